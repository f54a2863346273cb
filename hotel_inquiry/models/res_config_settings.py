# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    hotel_transfer_simple_minutes = fields.Integer(
        related="company_id.hotel_transfer_simple_minutes", readonly=False
    )
    hotel_transfer_general_minutes = fields.Integer(
        related="company_id.hotel_transfer_general_minutes", readonly=False
    )
    hotel_transfer_complex_days = fields.Integer(
        related="company_id.hotel_transfer_complex_days", readonly=False
    )
    hotel_transfer_followup_days = fields.Integer(
        related="company_id.hotel_transfer_followup_days", readonly=False
    )
