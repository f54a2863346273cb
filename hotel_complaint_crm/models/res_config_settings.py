# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    hotel_crm_recovery = fields.Boolean(
        related="company_id.hotel_crm_recovery", readonly=False
    )
    hotel_crm_repeat_count = fields.Integer(
        related="company_id.hotel_crm_repeat_count", readonly=False
    )
    hotel_crm_repeat_days = fields.Integer(
        related="company_id.hotel_crm_repeat_days", readonly=False
    )
    hotel_crm_team_id = fields.Many2one(
        related="company_id.hotel_crm_team_id", readonly=False
    )
