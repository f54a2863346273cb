# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's personal touch settings (C6.2)."""

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    hotel_recovery_days = fields.Integer(
        string="Clear Recovery Flags after (Days)",
        default=180,
        help="A guest's recovery flag set by this hotel is cleared after this "
        "many days (0: only by hand).",
    )

    def _hotel_create_defaults(self):
        """Also the default personal touch rules of each hotel."""
        res = super()._hotel_create_defaults()
        # sudo: the defaults come with the hotel, whoever creates it.
        self.env["hotel.guest.touch.rule"].sudo()._create_company_defaults(self)
        return res
