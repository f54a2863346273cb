# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"  # pylint: disable=consider-merging-classes-inherited

    hotel_care_months = fields.Integer(
        related="company_id.hotel_care_months", readonly=False
    )
    hotel_profile_review_months = fields.Integer(
        related="company_id.hotel_profile_review_months", readonly=False
    )
