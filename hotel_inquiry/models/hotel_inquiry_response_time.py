# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Answer times per hotel, channel and complexity (I2.6, I3.5): the first
response, in minutes around the clock, and the full answer, in minutes
around the clock or in working days of the hotel's working-time calendar."""

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

COMPLEXITIES = [
    ("simple", "Simple"),
    ("general", "General"),
    ("complex", "Complex"),
]

# What guests expect, per kind of channel: minutes to the first response and,
# per complexity, (minutes, working days) to the full answer. A phone call or
# a guest at the desk is answered at once; a chat, text or social media
# message within 15 minutes; an email acknowledged within 30. A general
# question is answered within 4 hours, a complex one within 2 working days.
FOUR_HOURS = 4 * 60
DEFAULT_TIMES = {
    "live": (0, {"simple": (15, 0), "general": (FOUR_HOURS, 0), "complex": (0, 2)}),
    "written": (
        15,
        {"simple": (60, 0), "general": (FOUR_HOURS, 0), "complex": (0, 2)},
    ),
    "email": (
        30,
        {"simple": (FOUR_HOURS, 0), "general": (FOUR_HOURS, 0), "complex": (0, 2)},
    ),
}
# The kind of a channel that names none.
DEFAULT_KIND = "written"


class HotelInquiryResponseTime(models.Model):
    _name = "hotel.inquiry.response.time"
    _inherit = ["hotel.inquiry.cached.config"]
    _description = "Inquiry Answer Time"
    _order = "company_id, channel_id, complexity"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    channel_id = fields.Many2one(
        comodel_name="helpdesk.ticket.channel",
        required=True,
        ondelete="cascade",
        check_company=True,
    )
    complexity = fields.Selection(selection=COMPLEXITIES, required=True)
    response_minutes = fields.Integer(
        string="First Response (minutes)",
        help="0: at once (the guest is answered while in front of the staff "
        "or on the phone).",
    )
    answer_minutes = fields.Integer(
        string="Answer (minutes)",
        help="Minutes around the clock to the full answer, when no working "
        "days are given.",
    )
    answer_working_days = fields.Integer(
        string="Answer (working days)",
        help="Working days of the hotel's working-time calendar to the full "
        "answer; when set, the minutes are not used.",
    )

    _sql_constraints = [
        (
            "channel_complexity_uniq",
            "unique(company_id, channel_id, complexity)",
            "A hotel has one answer time per channel and complexity.",
        ),
        (
            "positive_times",
            "CHECK(response_minutes >= 0 AND answer_minutes >= 0 "
            "AND answer_working_days >= 0)",
            "Answer times cannot be negative.",
        ),
    ]

    @api.constrains("response_minutes", "answer_minutes", "answer_working_days")
    def _check_answer_after_response(self):
        for line in self:
            if line.answer_working_days:
                continue
            if line.answer_minutes < line.response_minutes:
                raise ValidationError(
                    self.env._(
                        "The answer (%(answer)s minutes) cannot be due before the "
                        "first response (%(response)s minutes) for %(channel)s.",
                        answer=line.answer_minutes,
                        response=line.response_minutes,
                        channel=line.channel_id.display_name,
                    )
                )

    @api.model
    def _hotel_default_times(self, channel, complexity):
        """``(response minutes, answer minutes, answer working days)`` that a
        channel's kind calls for."""
        response, answers = DEFAULT_TIMES[channel.hotel_inquiry_kind or DEFAULT_KIND]
        return (response, *answers[complexity])

    @tools.ormcache("company_id")
    def _hotel_company_times(self, company_id):
        """``{(channel id, complexity): (response minutes, answer minutes,
        answer working days)}`` of a hotel, cached: read on every inquiry."""
        # sudo: a cache shared by every user of the hotel.
        lines = self.sudo().search_fetch(
            [("company_id", "=", company_id)],
            [
                "channel_id",
                "complexity",
                "response_minutes",
                "answer_minutes",
                "answer_working_days",
            ],
        )
        return {
            (line.channel_id.id, line.complexity): (
                line.response_minutes,
                line.answer_minutes,
                line.answer_working_days,
            )
            for line in lines
        }

    @api.model
    def _hotel_times(self, company, channel, complexity):
        """The answer times of an inquiry: the hotel's line for its channel
        and complexity, else what the channel's kind calls for."""
        times = self._hotel_company_times(company.id).get((channel.id, complexity))
        if times is None:
            # sudo: the channel's kind, whoever reads channels.
            times = self._hotel_default_times(channel.sudo(), complexity)
        return times

    @api.model
    def _hotel_ensure_defaults(self, companies):
        """Give ``companies`` a line per inquiry channel and complexity they
        lack, with the default times: each hotel then sees and edits its
        figures."""
        # sudo: configuration the installation or a new hotel sets up.
        self = self.sudo()
        channels = self.env["helpdesk.ticket.channel"].search(
            [("hotel_inquiry_kind", "!=", False)]
        )
        existing = {
            (line.company_id.id, line.channel_id.id, line.complexity)
            for line in self.search([("company_id", "in", companies.ids)])
        }
        vals_list = []
        for company in companies:
            for channel in channels.filtered(
                lambda c, company=company: not c.company_id or c.company_id == company
            ):
                for complexity, _label in COMPLEXITIES:
                    if (company.id, channel.id, complexity) in existing:
                        continue
                    response, minutes, days = self._hotel_default_times(
                        channel, complexity
                    )
                    vals_list.append(
                        {
                            "company_id": company.id,
                            "channel_id": channel.id,
                            "complexity": complexity,
                            "response_minutes": response,
                            "answer_minutes": minutes,
                            "answer_working_days": days,
                        }
                    )
        return self.create(vals_list)
