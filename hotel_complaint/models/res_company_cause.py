# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's cause analysis settings (C5.1)."""

from odoo import models


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    def _hotel_create_defaults(self):
        """Also the default root causes of each hotel."""
        res = super()._hotel_create_defaults()
        # sudo: the defaults come with the hotel, whoever creates it.
        self.env["hotel.complaint.cause"].sudo()._create_company_defaults(self)
        return res
