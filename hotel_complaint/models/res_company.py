# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .tier_definition import create_company_default_tiers, refresh_company_default_tiers

# A complaint without any update for this many days is stuck.
DEFAULT_STUCK_DELAY_DAYS = 1
# The assignee is warned when this share (%) of the time to a deadline is gone.
DEFAULT_WARNING_PERCENT = 80

# Each hotel's amounts, for a currency of the magnitude of the US dollar or
# the euro; scaled by CURRENCY_MAGNITUDE for the hotel's own currency.
BASE_AMOUNTS = {
    # Front-line staff approve alone up to this amount...
    "hotel_approval_manager_threshold": 300.0,
    # ... the hotel manager approves above this one.
    "hotel_approval_hotel_manager_threshold": 2000.0,
    "hotel_compensation_max_complaint": 5000.0,
    "hotel_compensation_max_stay": 8000.0,
}

# How many units of a currency make about one US dollar or euro, rounded to a
# figure a hotel would write in its policy. A fixed table, not the exchange
# rates: rates are often not installed (or stale) when a hotel is created,
# and a policy threshold should be a round amount of the hotel's money that
# does not drift with the market. Currencies not listed are taken at 1.
CURRENCY_MAGNITUDE = {
    "JPY": 100,
    "KRW": 1000,
    "CNY": 5,
    "HKD": 5,
    "MOP": 5,
    "TWD": 30,
    "THB": 30,
    "PHP": 50,
    "INR": 50,
    "MYR": 5,
    "VND": 20000,
    "IDR": 10000,
    "KHR": 4000,
    "LAK": 20000,
    "MMK": 2000,
    "LKR": 300,
    "RUB": 100,
    "TRY": 30,
    "HUF": 300,
    "CZK": 20,
    "SEK": 10,
    "NOK": 10,
    "DKK": 5,
    "ZAR": 10,
    "MXN": 20,
    "BRL": 5,
    "ARS": 1000,
    "AED": 3,
    "SAR": 3,
    "EGP": 50,
}

THRESHOLD_FIELDS = (
    "hotel_approval_manager_threshold",
    "hotel_approval_hotel_manager_threshold",
)


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
        default=DEFAULT_WARNING_PERCENT,
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

    hotel_approval_manager_threshold = fields.Monetary(
        string="Department Manager Approval Above",
        currency_field="currency_id",
        default=BASE_AMOUNTS["hotel_approval_manager_threshold"],
        help="Compensation above this value (or for a serious or urgent "
        "complaint) needs the department manager's approval.",
    )
    hotel_approval_hotel_manager_threshold = fields.Monetary(
        string="Hotel Manager Approval Above",
        currency_field="currency_id",
        default=BASE_AMOUNTS["hotel_approval_hotel_manager_threshold"],
        help="Compensation above this value (or for an urgent complaint) also "
        "needs the hotel manager's approval.",
    )
    hotel_compensation_max_complaint = fields.Monetary(
        string="Compensation Ceiling per Complaint",
        currency_field="currency_id",
        default=BASE_AMOUNTS["hotel_compensation_max_complaint"],
        help="Compensation proposed for one complaint may not exceed this "
        "value (0: no ceiling).",
    )
    hotel_compensation_max_stay = fields.Monetary(
        string="Compensation Ceiling per Guest per Stay",
        currency_field="currency_id",
        default=BASE_AMOUNTS["hotel_compensation_max_stay"],
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
        for company, vals in zip(companies, vals_list, strict=True):
            scaled = company._hotel_scaled_amounts(set(vals))
            if scaled:
                company.write(scaled)
        companies._hotel_create_defaults()
        return companies

    def write(self, vals):
        res = super().write(vals)
        if set(THRESHOLD_FIELDS) & set(vals):
            # The default tiers' conditions are stored strings: follow the
            # thresholds.
            # sudo: tiers follow the thresholds whoever may write them.
            refresh_company_default_tiers(self.sudo().env, self)
        return res

    def _hotel_scaled_amounts(self, given=()):
        """The amounts of ``BASE_AMOUNTS`` not in ``given``, scaled to the
        hotel's currency (see ``CURRENCY_MAGNITUDE``), where it is not of the
        dollar's or the euro's magnitude."""
        self.ensure_one()
        factor = CURRENCY_MAGNITUDE.get(self.currency_id.name, 1)
        if factor == 1:
            return {}
        return {
            fname: base * factor
            for fname, base in BASE_AMOUNTS.items()
            # Amounts given, or changed since, are the hotel's own.
            if fname not in given and self[fname] == base
        }

    def _hotel_create_defaults(self):
        """The default severity x urgency matrix, compensation approval
        ladder and follow-up rules of each hotel. Idempotent."""
        # sudo: the defaults come with the hotel, whoever creates it.
        self.env["hotel.complaint.matrix"].sudo()._create_company_defaults(self)
        create_company_default_tiers(self.sudo().env, self)
        # sudo: the defaults come with the hotel, whoever creates it.
        self.env["hotel.complaint.followup.rule"].sudo()._create_company_defaults(self)

    @api.model
    def _hotel_init_defaults(self):
        """At install: the defaults of every existing hotel."""
        # sudo: at install, every hotel.
        companies = self.sudo().search([])
        for company in companies:
            # Installed on a hotel whose currency is not of the dollar's
            # magnitude: its amounts in its own currency.
            scaled = company._hotel_scaled_amounts()
            if scaled:
                company.write(scaled)
        companies._hotel_create_defaults()
