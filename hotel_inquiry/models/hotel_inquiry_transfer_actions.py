# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The actions of a transfer slip (I3.2, I3.3): send it (to the receiving
department's leader, or the guest emailed the partner's details and a
follow-up scheduled), acknowledge it, record its answer or follow-up (also
on the inquiry), cancel it, print it. Each moves the state through the
slip's one transition check (``_hotel_change_state``)."""

from markupsafe import Markup

from odoo import fields, models
from odoo.exceptions import ValidationError
from odoo.tools import html2plaintext

from .hotel_inquiry_transfer import DEADLINE_TOLERANCE

# The activity types a slip's actions schedule and close.
TRANSFER_ACTIVITY_TYPES = [
    "hotel_inquiry.mail_activity_type_inquiry_transfer",
    "hotel_inquiry.mail_activity_type_inquiry_transfer_followup",
    "hotel_inquiry.mail_activity_type_inquiry_transfer_overdue",
    "hotel_inquiry.mail_activity_type_inquiry_transfer_warning",
]


# One class per concern of the slip, on purpose (see hotel_inquiry_transfer.py).
class HotelInquiryTransfer(models.Model):
    _inherit = "hotel.inquiry.transfer"  # pylint: disable=consider-merging-classes-inherited

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_send(self):
        """Send the slip: to the receiving department's leader (internal), or
        the guest is emailed the partner's details and the sender gets the
        follow-up (external)."""
        self.ensure_one()
        now = fields.Datetime.now()
        if self.deadline and self.deadline < now - DEADLINE_TOLERANCE:
            raise ValidationError(
                self.env._(
                    "The deadline of %(name)s is in the past: set a new one "
                    "before sending it.",
                    name=self.display_name,
                )
            )
        if self.kind == "internal" and not (self.guest_told or "").strip():
            raise ValidationError(
                self.env._(
                    "Record what the guest of %(name)s was told (why the question "
                    "is transferred and how long the answer takes) before sending "
                    "it.",
                    name=self.display_name,
                )
            )
        if self.kind == "external" and not self.email:
            raise ValidationError(
                self.env._(
                    "The guest of %(name)s has no email address: the partner's "
                    "contact details cannot be sent to them.",
                    name=self.display_name,
                )
            )
        deadline = self.deadline or self._hotel_default_deadline(now)
        self._hotel_change_state(
            "sent",
            {
                "sent_date": now,
                "sent_by_id": self.env.uid,
                "deadline": deadline,
                "warning_date": self._hotel_warning_date(now, deadline),
                "sla_state": "on_track",
            },
        )
        if self.kind == "external":
            self._hotel_send_external()
        else:
            self._hotel_send_internal()
        return True

    def _hotel_warning_date(self, start, deadline):
        percent = self.company_id.hotel_sla_warning_percent or 80
        return start + (deadline - start) * (percent / 100.0)

    def _hotel_send_internal(self):
        self.ensure_one()
        # sudo: the receiving team's leader, whoever may read teams.
        team = self.to_team_id.sudo()
        users = team.user_id or team.user_ids
        summary = self.env._(
            "Inquiry transferred to %(team)s: %(guest)s",
            team=team.display_name,
            guest=self.partner_name or self.ticket_id.display_name,
        )
        for user in users:
            self.activity_schedule(
                "hotel_inquiry.mail_activity_type_inquiry_transfer",
                date_deadline=fields.Date.context_today(self, self.deadline),
                summary=summary,
                user_id=user.id,
            )
        self.ticket_id._hotel_post_on_inquiry(
            self.env._(
                "Transferred to %(team)s (%(name)s): %(reason)s",
                team=team.display_name,
                name=self.name,
                reason=self.reason,
            )
        )

    def _hotel_send_external(self):
        self.ensure_one()
        template = self.env.ref("hotel_inquiry.mail_template_inquiry_transfer_partner")
        # sudo: the guest's email is the process's, whoever sends the slip.
        template.sudo().send_mail(
            self.id, email_layout_xmlid="mail.mail_notification_light"
        )
        followup = self.env.user if self.env.user._is_internal() else self.create_uid
        self.activity_schedule(
            "hotel_inquiry.mail_activity_type_inquiry_transfer_followup",
            date_deadline=fields.Date.context_today(self, self.deadline),
            user_id=followup.id,
            summary=self.env._(
                "Check that %(partner)s helped the guest",
                partner=self.partner_id.display_name,
            ),
        )
        self.ticket_id._hotel_post_on_inquiry(
            self.env._(
                "Guest put in touch with %(partner)s (%(name)s); they were "
                "emailed how to reach them.",
                partner=self.partner_id.display_name,
                name=self.name,
            )
        )

    def action_acknowledge(self):
        """The receiving department has the slip."""
        self.ensure_one()
        self._hotel_change_state(
            "acknowledged", {"acknowledged_date": fields.Datetime.now()}
        )
        return True

    def action_answer(self):
        """Record the answer (internal) or the follow-up (external); it is
        also logged on the inquiry."""
        self.ensure_one()
        if not (self.answer or "").strip():
            raise ValidationError(
                self.env._(
                    "Write the answer (or how the partner helped the guest) "
                    "before recording it."
                )
            )
        now = fields.Datetime.now()
        vals = {"answered_date": now, "answered_by_id": self.env.uid}
        if not self.acknowledged_date:
            vals["acknowledged_date"] = now
        self._hotel_change_state("answered", vals)
        self.activity_feedback(
            TRANSFER_ACTIVITY_TYPES,
            feedback=self.answer,
        )
        if self.kind == "external":
            label = self.env._(
                "Follow-up of %(name)s (%(partner)s):",
                name=self.name,
                partner=self.partner_id.display_name,
            )
        else:
            label = self.env._(
                "Answer of %(name)s (%(team)s):",
                name=self.name,
                team=self.to_team_id.display_name,
            )
        self.ticket_id._hotel_post_on_inquiry(
            Markup("<p>%s</p><p>%s</p>") % (label, self.answer)
        )
        return True

    def _hotel_check_followup_from_activity(self, feedback):
        """Before a follow-up activity is marked done: the user may record
        the follow-up of these slips (the slip's transition check), and
        there is something to record (the feedback, or the answer already
        written on the slip)."""
        self._hotel_check_transition("answered")
        for transfer in self:
            if not (feedback or "").strip() and not (transfer.answer or "").strip():
                raise ValidationError(
                    self.env._(
                        "Write how %(partner)s helped the guest in the feedback "
                        "before marking the follow-up of %(name)s done.",
                        partner=transfer.partner_id.display_name,
                        name=transfer.display_name,
                    )
                )

    def _hotel_record_followup_from_activity(self, feedback):
        """The follow-up activity is done: the follow-up recorded on each
        slip as its button records it, the feedback as its answer."""
        if isinstance(feedback, Markup):
            feedback = html2plaintext(feedback)
        text = (feedback or "").strip()
        for transfer in self:
            if text:
                transfer.write({"answer": text})
            transfer.action_answer()

    def action_cancel(self):
        self.ensure_one()
        self._hotel_change_state("cancelled")
        self.activity_unlink(TRANSFER_ACTIVITY_TYPES)
        return True

    def action_print(self):
        self.ensure_one()
        return self.env.ref(
            "hotel_inquiry.action_report_inquiry_transfer"
        ).report_action(self)
