# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A follow-up visit (C6.1) that finds the guest not satisfied, or with a
new issue, flags the guest for service recovery (C6.2)."""

from odoo import api, models

RECOVERY_OUTCOMES = ("not_satisfied", "new_issue")


class HotelComplaintFollowup(models.Model):
    _inherit = "hotel.complaint.followup"

    @api.model_create_multi
    def create(self, vals_list):
        followups = super().create(vals_list)
        followups._hotel_flag_recovery()
        return followups

    def write(self, vals):
        res = super().write(vals)
        if vals.get("outcome") in RECOVERY_OUTCOMES:
            self._hotel_flag_recovery()
        return res

    def _hotel_flag_recovery(self):
        labels = dict(self._fields["outcome"]._description_selection(self.env))
        for followup in self.filtered(
            lambda f: f.outcome in RECOVERY_OUTCOMES and f.partner_id
        ):
            followup.partner_id._hotel_set_recovery(
                followup.company_id,
                self.env._(
                    "Follow-up of %(name)s: %(outcome)s",
                    name=followup.ticket_id.display_name,
                    outcome=labels[followup.outcome],
                ),
            )
