# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class MailCannedResponse(models.Model):
    _inherit = "mail.canned.response"

    hotel_quick_answer_ids = fields.One2many(
        comodel_name="hotel.inquiry.quick.answer",
        inverse_name="canned_response_id",
        string="Quick Answers",
    )

    @api.depends_context("uid")
    def _compute_is_editable(self):
        """Discuss offers to edit the canned response of a quick answer to
        its keepers, as ``write`` allows."""
        res = super()._compute_is_editable()
        answers = self.filtered("id")._hotel_quick_answers()
        if answers and not self.env.su:
            readable = answers._filtered_access("read")
            is_manager = self.env.user.has_group("hotel_complaint.group_hotel_manager")
            for answer in answers:
                canned = self.filtered(
                    lambda c, a=answer: c.id == a.canned_response_id.id
                )
                canned.is_editable = answer in readable and (
                    is_manager or answer.user_id == self.env.user
                )
        return res

    def write(self, vals):
        """A canned response that backs a quick answer (I3.1) is kept by the
        quick answer's keepers (its owner or a hotel manager), whoever
        created it: mail's creator rule neither lets the owner in nor keeps
        its creator out. Other canned responses keep mail's rules."""
        answers = self._hotel_quick_answers()
        if not answers or self.env.su:
            return super().write(vals)
        answers._hotel_check_keeper("write")
        backing = answers.canned_response_id
        res = super(MailCannedResponse, self - backing).write(vals)
        # sudo: the keeper of each quick answer was checked just above;
        # mail's rules would refuse an owner who did not create it.
        super(MailCannedResponse, backing.sudo()).write(vals)
        return res

    def unlink(self):
        """Deleting the canned response of a quick answer deletes the quick
        answer: its keepers only (see ``write``)."""
        answers = self._hotel_quick_answers()
        if not answers or self.env.su:
            return super().unlink()
        answers._hotel_check_keeper("unlink")
        plain = self - answers.canned_response_id
        # sudo: the keeper was checked; the quick answer removes its canned
        # response with it.
        answers.sudo().unlink()
        return super(MailCannedResponse, plain).unlink()

    def _hotel_quick_answers(self):
        """The quick answers (archived too) these canned responses back, in
        the user's environment."""
        # sudo: which canned responses back a quick answer, also one of
        # another hotel (then refused by the keeper check, not hidden).
        answers = self.sudo().with_context(active_test=False).hotel_quick_answer_ids
        return answers.with_env(self.env)
