# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A guest's preferences and needs, recorded on the guest profile (C6.2)."""

from odoo import api, fields, models
from odoo.exceptions import UserError

PREFERENCE_CATEGORIES = [
    ("room", "Room"),
    ("pillow", "Pillow"),
    ("dietary", "Dietary Needs and Allergies"),
    ("accessibility", "Accessibility"),
    ("language", "Language"),
    ("date", "Date to Remember"),
    ("other", "Other"),
]


class HotelGuestPreference(models.Model):
    """One preference or need of a guest. With a hotel set it is that
    hotel's only; without one it is shared across the chain."""

    _name = "hotel.guest.preference"
    _description = "Guest Preference"
    _order = "partner_id, category, id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Guest",
        required=True,
        index=True,
        ondelete="cascade",
    )
    category = fields.Selection(
        selection=PREFERENCE_CATEGORIES, required=True, default="other"
    )
    value = fields.Text(string="Preference or Need", required=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        index=True,
        help="Empty: shared by every hotel of the chain.",
    )
    active = fields.Boolean(default=True)

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records.partner_id._hotel_touch_profile()
        return records

    def write(self, vals):
        if "partner_id" in vals and any(
            pref.partner_id.id != vals["partner_id"] for pref in self
        ):
            raise UserError(
                self.env._("A preference stays with the guest it was recorded for.")
            )
        res = super().write(vals)
        self.partner_id._hotel_touch_profile()
        return res
