# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from .hotel_inquiry_transfer import OPEN_STATES

FOLLOWUP_TYPE = "hotel_inquiry.mail_activity_type_inquiry_transfer_followup"


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _action_done(self, feedback=False, attachment_ids=None):
        """The partner follow-up of an external transfer slip (I3.3) marked
        done from the chatter records the follow-up on the slip, with the
        feedback as its answer, as the slip's own button does: checked
        first (who may, what was said), recorded once the activity is
        done."""
        slips = self._hotel_followup_slips()
        if slips:
            slips._hotel_check_followup_from_activity(feedback)
        res = super()._action_done(feedback=feedback, attachment_ids=attachment_ids)
        if slips:
            slips._hotel_record_followup_from_activity(feedback)
        return res

    def _hotel_followup_slips(self):
        """The open external transfer slips whose follow-up is among these
        activities (a slip answered by its button closes its follow-up
        itself: not again)."""
        activity_type = self.env.ref(FOLLOWUP_TYPE, raise_if_not_found=False)
        followups = self.filtered(
            lambda a: (
                a.res_model == "hotel.inquiry.transfer"
                and activity_type
                and a.activity_type_id == activity_type
            )
        )
        if not followups:
            return self.env["hotel.inquiry.transfer"]
        # sudo: which slips these are, before the slip's own checks (made as
        # the user) say whether the user may record their follow-up.
        slips = (
            self.env["hotel.inquiry.transfer"]
            .sudo()
            .browse(set(followups.mapped("res_id")))
            .exists()
            .filtered(lambda s: s.kind == "external" and s.state in OPEN_STATES)
        )
        return slips.with_env(self.env)
