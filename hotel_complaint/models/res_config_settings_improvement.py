# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"  # pylint: disable=consider-merging-classes-inherited

    hotel_action_escalation_days = fields.Integer(
        related="company_id.hotel_action_escalation_days", readonly=False
    )
    hotel_action_verification_days = fields.Integer(
        related="company_id.hotel_action_verification_days", readonly=False
    )
    hotel_training_threshold = fields.Integer(
        related="company_id.hotel_training_threshold", readonly=False
    )
    hotel_training_window_days = fields.Integer(
        related="company_id.hotel_training_window_days", readonly=False
    )
