# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The hotel's rules for follow-up visits after a complaint (C6.1): which
severity, by which channel, by whom and when."""

from datetime import timedelta

from odoo import api, fields, models

from .hotel_complaint_matrix import SEVERITIES

CHANNELS = [
    ("phone", "Phone Call"),
    ("email", "Email"),
    ("message", "Message / WeChat"),
]
RESPONSIBLES = [
    ("ticket_user", "Complaint's Responsible Person"),
    ("guest_relations", "Guest Relations Leader"),
    ("duty_manager", "Duty Manager"),
]

# The defaults each hotel gets (C6.1): urgent and serious, a call by the duty
# manager the next day; moderate, an email by guest relations after 3 days;
# minor, none.
DEFAULT_RULES = [
    {"severity": "urgent", "channel": "phone", "responsible_type": "duty_manager"},
    {"severity": "serious", "channel": "phone", "responsible_type": "duty_manager"},
    {
        "severity": "moderate",
        "channel": "email",
        "responsible_type": "guest_relations",
        "delay_days": 3,
        "departure_delay_days": 3,
    },
]


class HotelComplaintFollowupRule(models.Model):
    _name = "hotel.complaint.followup.rule"
    _description = "Complaint Follow-up Rule"
    _order = "company_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    severity = fields.Selection(selection=SEVERITIES, required=True)
    channel = fields.Selection(selection=CHANNELS, required=True, default="phone")
    responsible_type = fields.Selection(
        selection=RESPONSIBLES,
        string="Who",
        required=True,
        default="guest_relations",
    )
    delay_days = fields.Integer(
        string="Days After Resolution",
        default=1,
        help="The visit is due this many days after the complaint is closed; "
        "a guest still in house is visited before departure at the latest.",
    )
    departure_delay_days = fields.Integer(
        string="Days After Departure",
        default=1,
        help="A guest who has left is visited no sooner than this many days "
        "after departure.",
    )

    _sql_constraints = [
        (
            "delays_positive",
            "CHECK(delay_days >= 0 AND departure_delay_days >= 0)",
            "The delays of a follow-up rule cannot be negative.",
        ),
    ]

    @api.depends("severity", "channel", "responsible_type")
    def _compute_display_name(self):
        severities = dict(SEVERITIES)
        channels = dict(self._fields["channel"]._description_selection(self.env))
        for rule in self:
            rule.display_name = (
                f"{severities.get(rule.severity, '')}: {channels.get(rule.channel, '')}"
            )

    @api.model
    def _create_company_defaults(self, companies):
        """The default rules of each hotel that has none (archived ones count:
        a hotel that removed them keeps its choice). Idempotent."""
        # sudo: the defaults come with the hotel, whoever creates it.
        Rule = self.sudo().with_context(active_test=False)
        have = set(Rule.search([("company_id", "in", companies.ids)]).company_id.ids)
        return Rule.create(
            [
                dict(vals, company_id=company.id)
                for company in companies
                if company.id not in have
                for vals in DEFAULT_RULES
            ]
        )

    def _due_date(self, resolved, departure):
        """When the visit is due, for a complaint resolved on ``resolved``
        of a guest leaving on ``departure`` (a date, may be empty):
        ``delay_days`` after the resolution; a guest in house then who
        leaves before that, on the day of departure; a guest who has left,
        no sooner than ``departure_delay_days`` after departure."""
        self.ensure_one()
        due = resolved + timedelta(days=self.delay_days)
        if not departure or departure >= due:
            return due
        if departure >= resolved:
            # Still in house: visited before leaving.
            return departure
        return max(due, departure + timedelta(days=self.departure_delay_days))
