# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"  # pylint: disable=consider-merging-classes-inherited

    hotel_recovery_days = fields.Integer(
        related="company_id.hotel_recovery_days", readonly=False
    )
