# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class TierReview(models.Model):
    _inherit = "tier.review"

    def write(self, vals):
        res = super().write(vals)
        if {"model", "res_id", "definition_id"} & set(vals):
            # Record rules are checked before a write only: check them again,
            # so that no one moves a review of theirs onto a compensation
            # proposal (rules scoped to model = 'hotel.compensation').
            self.check_access("write")
        return res
