# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The aftercare flow from closing to the guest's profile (C6.1, C6.3,
C6.4): a complaint closed, its follow-up visit, the outcome recorded, an
invitation to a hotel event, the registration, attendance, and the profile
showing it."""

from odoo import fields

from . import common


class TestInvitationFlow(common.EventCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )
        cls.done_stage = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")

    def test_from_closing_to_profile(self):
        # A moderate complaint, told its result, closed.
        ticket = self._complaint(
            severity="moderate", team_id=self.teams["housekeeping"].id
        )
        self._tell_result(ticket)
        ticket.hotel_task_ids.action_done()
        ticket.stage_id = self.done_stage
        followup = ticket.hotel_followup_ids.with_user(self.agent)
        self.assertEqual(len(followup), 1, "closing schedules the follow-up")
        self.assertEqual(followup.partner_id, self.guest)
        # The follow-up visit: the guest was satisfied.
        followup.write(
            {"outcome": "satisfied", "outcome_note": "Lovely stay after all."}
        )
        followup.action_done()
        # Guest relations invites the guest to the tea ceremony salon.
        action = followup.action_hotel_invite_to_event()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.agent)
            .with_context(**action["context"])
            .create({"event_id": self.salon.id, "channel": "email"})
        )
        invitation = self.Invitation.browse(wizard.action_invite()["res_id"])
        self.assertEqual(invitation.ticket_id, ticket)
        self.assertEqual(invitation.state, "invited")
        # The guest accepts: registered to the event.
        invitation.with_user(self.agent).action_accept()
        registration = invitation.registration_id
        self.assertEqual(registration.event_id, self.salon)
        self.assertEqual(registration.state, "open")
        self.assertIn(registration, self.salon.registration_ids)
        # On the day, the registration desk marks the guest attended.
        registration.action_set_done()
        self.assertEqual(invitation.state, "attended")
        # The guest's profile shows the invitation and the attendance.
        guest = self.guest.with_user(self.agent)
        self.assertEqual(guest.hotel_invitation_count, 1)
        self.assertEqual(guest.hotel_event_attended_count, 1)
        self.assertEqual(guest.hotel_invitation_ids, invitation)
        found = self.Invitation.with_user(self.agent).search(
            guest.action_hotel_view_invitations()["domain"]
        )
        self.assertEqual(found, invitation)
        self.assertTrue(invitation.answer_date <= fields.Datetime.now())
