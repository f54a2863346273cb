# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Invitations to hotel events (C6.3): by email, phone or message, checked
(the hotel's coming events, a channel that reaches the guest, once per
event), and the guest's answer registering them to the event."""

from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, new_test_user

from . import common
from .common import CALL, TODO


class TestInvitation(common.EventCase):
    # ------------------------------------------------------------------
    # Inviting from the profile, by each channel
    # ------------------------------------------------------------------

    def test_invite_from_profile_by_email(self):
        action = self.guest.with_user(self.agent).action_hotel_invite_to_event()
        self.assertEqual(action["res_model"], "hotel.guest.invitation.wizard")
        wizard_form = Form(
            self.Wizard.with_user(self.agent).with_context(**action["context"])
        )
        self.assertEqual(wizard_form.channel, "email", "the guest has an email")
        wizard_form.event_id = self.party
        wizard_form.note = "We would love to see you again."
        result = wizard_form.save().action_invite()
        invitation = self.Invitation.browse(result["res_id"])
        self.assertRecordValues(
            invitation,
            [
                {
                    "partner_id": self.guest.id,
                    "event_id": self.party.id,
                    "company_id": self.company.id,
                    "channel": "email",
                    "state": "invited",
                    "user_id": self.agent.id,
                    "registration_id": False,
                }
            ],
        )
        message = invitation.message_ids.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(len(message), 1, "the invitation mail is sent")
        self.assertIn(self.guest, message.partner_ids)
        self.assertIn("Harbour Lights Theme Party", message.subject)
        self.assertIn("We would love to see you again.", message.body)
        self.assertFalse(invitation.activity_ids)

    def test_invite_by_phone_schedules_a_call(self):
        invitation = self._invite(partner_id=self.phone_guest.id, channel="phone")
        activity = invitation.activity_ids
        self.assertEqual(activity.activity_type_id, self.env.ref(CALL))
        self.assertEqual(activity.user_id, self.agent)
        self.assertIn("Harbour Lights Theme Party", activity.summary)
        self.assertIn("+852 9123 4567", activity.note)
        self.assertFalse(
            invitation.message_ids.filtered(lambda m: m.message_type == "comment"),
            "no mail by phone",
        )

    def test_invite_by_message_schedules_a_todo(self):
        invitation = self._invite(partner_id=self.phone_guest.id, channel="message")
        self.assertEqual(invitation.activity_ids.activity_type_id, self.env.ref(TODO))

    def test_wizard_proposes_phone_without_email(self):
        wizard_form = Form(
            self.Wizard.with_user(self.agent).with_context(
                default_partner_id=self.phone_guest.id
            )
        )
        self.assertEqual(wizard_form.channel, "phone")

    # ------------------------------------------------------------------
    # Refusals
    # ------------------------------------------------------------------

    def test_email_without_address_refused_proposing_phone(self):
        with self.assertRaises(ValidationError) as caught:
            self._invite(partner_id=self.phone_guest.id, channel="email")
        self.assertIn("Phone Call", str(caught.exception))
        self.assertIn("Message / WeChat", str(caught.exception))
        self.assertFalse(
            self.Invitation.search([("partner_id", "=", self.phone_guest.id)])
        )

    def test_guest_without_any_contact_refused(self):
        for channel in ("email", "phone", "message"):
            with self.assertRaises(ValidationError) as caught:
                self._invite(partner_id=self.mute_guest.id, channel=channel)
            self.assertIn("neither a phone number nor an email", str(caught.exception))

    def test_phone_without_number_refused_proposing_email(self):
        guest = self.env["res.partner"].create(
            {"name": "Only Mail", "email": "only.mail@example.com"}
        )
        with self.assertRaises(ValidationError) as caught:
            self._invite(partner_id=guest.id, channel="phone")
        self.assertIn("use Email instead", str(caught.exception))

    def test_other_hotels_event_refused(self):
        with self.assertRaises(UserError):
            self._invite(event_id=self.party_b.id)
        # Not even by an invitation of the other hotel made from this one.
        with self.assertRaises(UserError):
            self._invite(
                user=self.hotel_manager,
                event_id=self.party.id,
                company_id=self.company_b.id,
            )
        shared = self._event("Chain Gala", self.company, days=5)
        shared.company_id = False
        with self.assertRaises(ValidationError):
            self._invite(event_id=shared.id)

    def test_ended_event_refused(self):
        with self.assertRaises(ValidationError) as caught:
            self._invite(event_id=self.ended.id)
        self.assertIn("has ended", str(caught.exception))

    def test_double_invitation_refused(self):
        self._invite()
        with self.assertRaises(ValidationError) as caught:
            self._invite(channel="phone")
        self.assertIn("already invited", str(caught.exception))

    def test_guest_registered_in_events_app_refused(self):
        self.env["event.registration"].create(
            {"event_id": self.party.id, "partner_id": self.guest.id}
        )
        with self.assertRaises(ValidationError) as caught:
            self._invite()
        self.assertIn("already registered", str(caught.exception))

    # ------------------------------------------------------------------
    # The guest's answer and the registration
    # ------------------------------------------------------------------

    def test_accept_registers_to_the_event(self):
        invitation = self._invite(partner_id=self.phone_guest.id, channel="phone")
        invitation.action_accept()
        registration = invitation.sudo().registration_id
        self.assertEqual(invitation.state, "registered")
        self.assertTrue(invitation.answer_date)
        self.assertRecordValues(
            registration,
            [
                {
                    "event_id": self.party.id,
                    "partner_id": self.phone_guest.id,
                    "state": "open",
                    "phone": "+852 9123 4567",
                }
            ],
        )
        self.assertFalse(invitation.activity_ids, "the call is done")
        self.assertEqual(self.party.seats_reserved, 1)

    def test_decline_cancels_the_registration(self):
        invitation = self._invite()
        invitation.action_accept()
        invitation.action_decline()
        self.assertEqual(invitation.state, "declined")
        self.assertEqual(invitation.registration_id.state, "cancel")
        # The guest changes their mind: the same registration is confirmed.
        registration = invitation.registration_id
        invitation.action_accept()
        self.assertEqual(invitation.registration_id, registration)
        self.assertEqual(registration.state, "open")

    def test_attendance_from_the_registration_desk(self):
        invitation = self._invite()
        invitation.action_accept()
        desk = new_test_user(
            self.env,
            login="t_event_desk",
            groups="event.group_event_registration_desk",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        invitation.registration_id.with_user(desk).action_set_done()
        self.assertEqual(invitation.state, "attended")
        invitation.registration_id.with_user(desk).action_cancel()
        self.assertEqual(invitation.state, "declined")

    def test_attended_from_the_invitation(self):
        invitation = self._invite()
        invitation.action_accept()
        invitation.action_attended()
        self.assertEqual(invitation.state, "attended")
        self.assertEqual(invitation.registration_id.state, "done")

    def test_registration_made_elsewhere_is_linked(self):
        invitation = self._invite()
        registration = self.env["event.registration"].create(
            {"event_id": self.party.id, "partner_id": self.guest.id}
        )
        self.assertEqual(invitation.registration_id, registration)
        self.assertEqual(invitation.state, "registered")

    def test_no_show_after_the_event(self):
        invitation = self._invite()
        waiting = self._invite(event_id=self.salon.id)
        invitation.action_accept()
        self.party.write(
            {
                "date_begin": fields.Datetime.now() - timedelta(hours=5),
                "date_end": fields.Datetime.now() - timedelta(hours=1),
            }
        )
        self.Invitation._cron_hotel_no_show()
        self.assertEqual(invitation.state, "no_show")
        self.assertEqual(waiting.state, "invited")
        invitation.action_attended()
        self.assertEqual(invitation.state, "attended", "the desk forgot to mark it")

    def test_transitions_checked(self):
        invitation = self._invite()
        for action in ("action_attended", "action_no_show"):
            with self.assertRaises(UserError):
                getattr(invitation, action)()
        invitation.action_accept()
        with self.assertRaises(UserError):
            invitation.action_accept()
        self.assertEqual(len(self.party.registration_ids), 1)

    # ------------------------------------------------------------------
    # From a follow-up visit
    # ------------------------------------------------------------------

    def _followup(self):
        ticket = self._complaint(severity="moderate")
        return self.env["hotel.complaint.followup"].create(
            {
                "ticket_id": ticket.id,
                "partner_id": self.guest.id,
                "channel": "phone",
                "user_id": self.agent.id,
                "date_deadline": fields.Date.today(),
            }
        )

    def test_invite_from_followup_needs_outcome(self):
        followup = self._followup().with_user(self.agent)
        with self.assertRaises(UserError):
            followup.action_hotel_invite_to_event()
        with self.assertRaises(ValidationError):
            self._invite(followup_id=followup.id)
        followup.write({"outcome": "satisfied"})
        followup.action_done()
        action = followup.action_hotel_invite_to_event()
        wizard = (
            self.Wizard.with_user(self.agent)
            .with_context(**action["context"])
            .create({"event_id": self.salon.id})
        )
        self.assertEqual(wizard.partner_id, self.guest)
        invitation = self.Invitation.browse(wizard.action_invite()["res_id"])
        self.assertEqual(invitation.followup_id, followup)
        self.assertEqual(invitation.ticket_id, followup.ticket_id)
        self.assertEqual(followup.hotel_invitation_ids, invitation)

    def test_followup_of_another_guest_refused(self):
        followup = self._followup()
        followup.write({"outcome": "satisfied"})
        followup.action_done()
        with self.assertRaises(ValidationError):
            self._invite(
                partner_id=self.phone_guest.id, channel="phone", followup_id=followup.id
            )
