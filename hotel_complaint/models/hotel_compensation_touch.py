# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A guest who declines a compensation proposal is flagged for service
recovery (C6.2)."""

from odoo import models


class HotelCompensation(models.Model):
    _inherit = "hotel.compensation"

    def _record_answer(self, answer):
        res = super()._record_answer(answer)
        if answer == "declined" and self.partner_id:
            self.partner_id._hotel_set_recovery(
                self.company_id,
                self.env._(
                    "Compensation %(name)s declined by the guest",
                    name=self.name,
                ),
            )
        return res
