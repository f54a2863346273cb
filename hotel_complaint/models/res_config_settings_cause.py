# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"  # pylint: disable=consider-merging-classes-inherited

    hotel_cause_required_minor = fields.Boolean(
        related="company_id.hotel_cause_required_minor", readonly=False
    )
    hotel_cause_required_moderate = fields.Boolean(
        related="company_id.hotel_cause_required_moderate", readonly=False
    )
    hotel_cause_required_serious = fields.Boolean(
        related="company_id.hotel_cause_required_serious", readonly=False
    )
    hotel_cause_required_urgent = fields.Boolean(
        related="company_id.hotel_cause_required_urgent", readonly=False
    )
    hotel_recurrence_days = fields.Integer(
        related="company_id.hotel_recurrence_days", readonly=False
    )
