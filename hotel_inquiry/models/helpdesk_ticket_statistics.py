# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiry statistics (I2.7): inquiries by channel, topic, department,
language and complexity, per day, week or month; their first-response and
answer times, the share answered on time, conversions into complaints (and
transfers, counted by the addon that adds them); a monthly summary mailed to
each hotel's managers."""

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.osv import expression
from odoo.tools import SQL

# The averages that count only the inquiries they apply to: an inquiry not
# answered (yet) has no answer time, not one of 0 minutes (an Integer column
# stores 0 for "none"). Field: the condition of the inquiries it applies to,
# in SQL over the ticket's table. A first response or answer counts if it came
# before the inquiry was converted into a complaint.
FILTERED_AVERAGES = {
    "hotel_first_response_minutes": "acknowledged_date",
    "hotel_answer_minutes": "hotel_answered_date",
    "hotel_on_time_percent": "hotel_answered_date",
}


# One class per requirement area, on purpose (see hotel_complaint's
# helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_inquiry_date = fields.Datetime(
        string="Inquiry Received On",
        compute="_compute_hotel_inquiry_date",
        store=True,
        index="btree_not_null",
        help="When the hotel received the inquiry; kept when it is converted "
        "into a complaint (whose deadlines start from its conversion).",
    )
    hotel_on_time_percent = fields.Integer(
        string="Answered on Time (%)",
        compute="_compute_hotel_on_time_percent",
        store=True,
        aggregator="avg",
        groups="base.group_user",
        help="100 for an inquiry answered by its answer time, 0 for one "
        "answered late: averaged, the share answered on time.",
    )
    hotel_converted_percent = fields.Integer(
        string="Converted to Complaint (%)",
        compute="_compute_hotel_converted_percent",
        store=True,
        aggregator="avg",
        groups="base.group_user",
        help="100 for an inquiry converted into a complaint, else 0: "
        "averaged, the share converted.",
    )

    @api.depends("hotel_ticket_type", "reported_date")
    def _compute_hotel_inquiry_date(self):
        for ticket in self:
            if ticket.hotel_ticket_type == "inquiry":
                ticket.hotel_inquiry_date = ticket.reported_date or ticket.create_date
            elif not ticket.hotel_converted_date:
                ticket.hotel_inquiry_date = False
            # Converted into a complaint: the inquiry's date stays.

    @api.depends("hotel_answered_on_time")
    def _compute_hotel_on_time_percent(self):
        for ticket in self:
            ticket.hotel_on_time_percent = 100 if ticket.hotel_answered_on_time else 0

    @api.depends("hotel_converted_date")
    def _compute_hotel_converted_percent(self):
        for ticket in self:
            ticket.hotel_converted_percent = 100 if ticket.hotel_converted_date else 0

    # ------------------------------------------------------------------
    # Aggregation
    # ------------------------------------------------------------------

    def _read_group_select(self, aggregate_spec, query):
        """The averages of ``FILTERED_AVERAGES`` over the inquiries they
        apply to (pivot, graph, the monthly summary)."""
        fname, _property, func = models.parse_read_group_spec(aggregate_spec)
        if func == "avg" and fname in FILTERED_AVERAGES:
            # Checks the user may read the field, as the standard one does.
            value = self._field_to_sql(self._table, fname, query)
            event = self._field_to_sql(self._table, FILTERED_AVERAGES[fname], query)
            converted = self._field_to_sql(self._table, "hotel_converted_date", query)
            return SQL(
                "AVG(%s) FILTER (WHERE %s IS NOT NULL AND (%s IS NULL OR %s <= %s))",
                value,
                event,
                converted,
                event,
                converted,
            )
        return super()._read_group_select(aggregate_spec, query)

    @api.model
    def _hotel_inquiry_statistics_domain(self):
        """Inquiries, and the complaints that began as one."""
        return [
            "|",
            ("hotel_ticket_type", "=", "inquiry"),
            ("hotel_was_inquiry", "=", True),
        ]

    @api.model
    def _hotel_inquiry_transfer_count(self, company, date_from, date_to):
        """``{channel id: number of transfer slips}`` (not cancelled) of the
        inquiries of ``company`` received from ``date_from`` to ``date_to``
        (excluded): one grouped read of the slips, one read of their
        inquiries' channels."""
        # sudo: the hotel's figures for its managers, whichever slips the
        # user running the summary may read.
        groups = (
            self.env["hotel.inquiry.transfer"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "=", company.id),
                    ("state", "!=", "cancelled"),
                    ("ticket_id.hotel_inquiry_date", ">=", date_from),
                    ("ticket_id.hotel_inquiry_date", "<", date_to),
                ],
                ["ticket_id"],
                ["__count"],
            )
        )
        counts = {}
        for ticket, count in groups:
            channel_id = ticket.channel_id.id
            counts[channel_id] = counts.get(channel_id, 0) + count
        return counts

    @api.model
    def _hotel_inquiry_summary_rows(self, company, date_from, date_to):
        """The figures of ``company``'s inquiries received from
        ``date_from`` to ``date_to`` (excluded), one row per channel: count,
        average first response and answer (minutes, ``None`` without any),
        share answered on time (%), conversions and transfers. One
        ``_read_group`` for the hotel."""
        domain = expression.AND(
            [
                self._hotel_inquiry_statistics_domain(),
                [
                    ("company_id", "=", company.id),
                    ("hotel_inquiry_date", ">=", date_from),
                    ("hotel_inquiry_date", "<", date_to),
                ],
            ]
        )
        groups = self._read_group(
            domain,
            ["channel_id"],
            [
                "__count",
                "hotel_first_response_minutes:avg",
                "hotel_answer_minutes:avg",
                "hotel_on_time_percent:avg",
                "hotel_converted_date:count",
            ],
        )
        transfers = self._hotel_inquiry_transfer_count(company, date_from, date_to)
        return [
            {
                "channel": channel,
                "count": count,
                "first_response_minutes": first_response,
                "answer_minutes": answer,
                "on_time_percent": on_time,
                "conversions": conversions,
                "transfers": transfers.get(channel.id, 0),
            }
            for channel, count, first_response, answer, on_time, conversions in groups
        ]

    # ------------------------------------------------------------------
    # Monthly summary
    # ------------------------------------------------------------------

    @api.model
    def _hotel_summary_period(self, today=None):
        """The previous calendar month: ``(first day, first day of this
        month)``, as datetimes."""
        today = today or fields.Date.context_today(self)
        date_to = fields.Datetime.to_datetime(today.replace(day=1))
        return date_to - relativedelta(months=1), date_to

    @api.model
    def _hotel_summary_recipients(self, company):
        """The hotel managers of ``company`` with an email address."""
        group = self.env.ref("hotel_complaint.group_hotel_manager")
        return group.users.filtered(
            lambda u: company in u.company_ids and not u.share and u.email
        )

    @api.model
    def _cron_hotel_inquiry_summary(self):
        """Mail each hotel's managers last month's inquiry figures."""
        template = self.env.ref("hotel_inquiry.mail_template_inquiry_monthly_summary")
        for company in self.env["res.company"].search([]):
            users = self._hotel_summary_recipients(company)
            if not users:
                continue
            template.send_mail(
                company.id,
                email_values={"recipient_ids": [(6, 0, users.partner_id.ids)]},
            )
        return True
