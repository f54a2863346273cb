# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .tier_definition import create_company_default_tiers

# A complaint without any update for this many days is stuck.
DEFAULT_STUCK_DELAY_DAYS = 1


class ResCompany(models.Model):
    _inherit = "res.company"

    hotel_duty_manager_id = fields.Many2one(
        comodel_name="res.users",
        string="Duty Manager",
        help="Alerted at once for serious and urgent complaints and at the "
        "second escalation step of any breached complaint.",
    )
    hotel_sla_warning_percent = fields.Integer(
        string="Deadline Warning (%)",
        default=80,
        help="Warn the assignee when this share of the time to a deadline has elapsed.",
    )
    hotel_escalation_delay_minutes = fields.Integer(
        string="Escalate to Duty Manager After (minutes)",
        default=30,
        help="Minutes after a breach before the duty manager is alerted.",
    )

    hotel_stuck_delay_days = fields.Integer(
        string="Stuck After (days)",
        default=DEFAULT_STUCK_DELAY_DAYS,
        help="An open complaint without any update for this many days shows "
        "in the Stuck filter.",
    )

    hotel_portal_complaints = fields.Boolean(
        string="Portal Tickets Are Complaints",
        default=True,
        help="Tickets guests submit from the portal form follow the complaint "
        "process: triage, routing and deadlines.",
    )

    hotel_compensation_max_complaint = fields.Monetary(
        string="Compensation Ceiling per Complaint",
        currency_field="currency_id",
        default=5000.0,
        help="Compensation proposed for one complaint may not exceed this "
        "value (0: no ceiling).",
    )
    hotel_compensation_max_stay = fields.Monetary(
        string="Compensation Ceiling per Guest per Stay",
        currency_field="currency_id",
        default=8000.0,
        help="Compensation for one guest during one stay may not exceed this "
        "value (0: no ceiling).",
    )
    hotel_low_rating_threshold = fields.Integer(
        string="Reopen Below Rating",
        default=3,
        help="A satisfaction rating below this (out of 5) reopens the complaint "
        "and alerts guest relations.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        companies._hotel_create_defaults()
        return companies

    def _hotel_create_defaults(self):
        """The default severity x urgency matrix and compensation approval
        ladder of each hotel. Idempotent."""
        self.env["hotel.complaint.matrix"].sudo()._create_company_defaults(self)
        create_company_default_tiers(self.sudo().env, self)

    @api.model
    def _hotel_init_defaults(self):
        """At install: the defaults of every existing hotel."""
        self.sudo().search([])._hotel_create_defaults()
