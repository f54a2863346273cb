# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models

from .hotel_complaint_followup import ACTIVITY_TYPE
from .hotel_guest_touch import ACTIVITY_TYPE as TOUCH_ACTIVITY_TYPE


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _action_done(self, feedback=False, attachment_ids=None):
        """A follow-up visit (C6.1) marked done from the chatter: its
        follow-up is done with the feedback as what the guest said; the
        outcome is then chosen on the follow-up (the chatter offers no
        choice of outcome)."""
        followups = self._hotel_pending_followups()
        touches = self._hotel_pending_touches()
        res = super()._action_done(feedback=feedback, attachment_ids=attachment_ids)
        if followups:
            followups._hotel_mark_done(note=feedback)
        if touches:
            # A personal touch (C6.2) marked done from the chatter: done,
            # the feedback recorded as what was done.
            touches._hotel_mark("done", note=feedback)
        return res

    def _hotel_pending_touches(self):
        type_id = self.env["ir.model.data"]._xmlid_to_res_id(
            TOUCH_ACTIVITY_TYPE, raise_if_not_found=False
        )
        touches = self.filtered(lambda a: a.activity_type_id.id == type_id)
        if not type_id or not touches:
            return self.env["hotel.guest.touch"]
        # sudo: which touches these activities are, whoever marks them done
        # (the activity's own rights were checked by mail).
        return (
            self.env["hotel.guest.touch"]
            .sudo()
            .search([("activity_id", "in", touches.ids), ("state", "=", "pending")])
        )

    def _hotel_pending_followups(self):
        type_id = self.env["ir.model.data"]._xmlid_to_res_id(
            ACTIVITY_TYPE, raise_if_not_found=False
        )
        visits = self.filtered(lambda a: a.activity_type_id.id == type_id)
        if not type_id or not visits:
            return self.env["hotel.complaint.followup"]
        # sudo: which follow-ups these activities are, whoever marks them
        # done (the activity's own rights were checked by mail).
        return (
            self.env["hotel.complaint.followup"]
            .sudo()
            .search([("activity_id", "in", visits.ids), ("state", "=", "pending")])
        )
