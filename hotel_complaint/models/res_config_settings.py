# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    hotel_duty_manager_id = fields.Many2one(
        related="company_id.hotel_duty_manager_id", readonly=False
    )
    hotel_sla_warning_percent = fields.Integer(
        related="company_id.hotel_sla_warning_percent", readonly=False
    )
    hotel_escalation_delay_minutes = fields.Integer(
        related="company_id.hotel_escalation_delay_minutes", readonly=False
    )
    hotel_stuck_delay_days = fields.Integer(
        related="company_id.hotel_stuck_delay_days", readonly=False
    )
    hotel_portal_complaints = fields.Boolean(
        related="company_id.hotel_portal_complaints", readonly=False
    )
    hotel_currency_id = fields.Many2one(related="company_id.currency_id")
    hotel_compensation_max_complaint = fields.Monetary(
        related="company_id.hotel_compensation_max_complaint",
        readonly=False,
        currency_field="hotel_currency_id",
    )
    hotel_compensation_max_stay = fields.Monetary(
        related="company_id.hotel_compensation_max_stay",
        readonly=False,
        currency_field="hotel_currency_id",
    )
    hotel_approval_manager_threshold = fields.Monetary(
        related="company_id.hotel_approval_manager_threshold",
        readonly=False,
        currency_field="hotel_currency_id",
    )
    hotel_approval_hotel_manager_threshold = fields.Monetary(
        related="company_id.hotel_approval_hotel_manager_threshold",
        readonly=False,
        currency_field="hotel_currency_id",
    )
    hotel_low_rating_threshold = fields.Integer(
        related="company_id.hotel_low_rating_threshold", readonly=False
    )
