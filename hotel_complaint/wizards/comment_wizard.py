# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import AccessError, UserError


class CommentWizard(models.TransientModel):
    _inherit = "comment.wizard"

    def add_comment(self):
        """On a compensation proposal, the reviews come from the client: keep
        the current user's own pending reviews of that proposal only."""
        self.ensure_one()
        if self.res_model != "hotel.compensation":
            return super().add_comment()
        if self.validate_reject not in ("validate", "reject"):
            raise UserError(self.env._("Approve or reject the proposal."))
        proposal = self.env["hotel.compensation"].browse(self.res_id)
        reviews = self.review_ids.filtered(
            lambda r: (
                r.model == proposal._name
                and r.res_id == proposal.id
                and r.status in ("waiting", "pending")
                and self.env.user in r.reviewer_ids
            )
        )
        if not reviews:
            raise AccessError(
                self.env._(
                    "You are not a reviewer of %(name)s at this step.",
                    name=proposal.display_name,
                )
            )
        # sudo: the comment goes on the user's own pending reviews of this
        # proposal (checked above), which they cannot write directly.
        reviews.sudo().write({"comment": self.comment})
        if self.validate_reject == "validate":
            proposal._validate_tier(reviews)
        else:
            proposal._rejected_tier(reviews)
        proposal._update_counter({"review_deleted": True})
