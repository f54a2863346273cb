# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Invitations and attendance on the guest profile (C6.3, C6.4): counted
per guest with one grouped read for all partners, the user's hotels only."""

from . import common


class TestInvitationProfile(common.EventCase):
    def _guests(self, count):
        return self.env["res.partner"].create(
            [
                {"name": f"Guest {i}", "email": f"profile.guest{i}@example.com"}
                for i in range(count)
            ]
        )

    def test_counts(self):
        attended = self._invite()
        attended.action_accept()
        attended.action_attended()
        self._invite(event_id=self.salon.id)
        self._invite(
            user=self.manager_b, company_id=self.company_b.id, event_id=self.party_b.id
        )
        other = self._guests(1)
        self._invite(partner_id=other.id).action_decline()
        guest = self.guest.with_user(self.agent)
        self.assertEqual(guest.hotel_invitation_count, 2, "the other hotel's unseen")
        self.assertEqual(guest.hotel_event_attended_count, 1)
        self.assertEqual(len(guest.hotel_invitation_ids), 2)
        self.assertEqual(other.with_user(self.agent).hotel_invitation_count, 1)
        self.assertEqual(other.with_user(self.agent).hotel_event_attended_count, 0)
        # The other hotel's manager sees their own invitation only.
        self.assertEqual(self.guest.with_user(self.manager_b).hotel_invitation_count, 1)
        # Department staff see the profile's events too.
        self.assertEqual(self.guest.with_user(self.hk_staff).hotel_invitation_count, 2)

    def test_one_grouped_read_for_many_partners(self):
        few = self._guests(2)
        many = self._guests(20)
        for partner in few | many:
            self._invite(partner_id=partner.id)
        few = few.with_user(self.agent)
        many = many.with_user(self.agent)
        # Warm up the user's rules and caches.
        self._guests(1).with_user(self.agent).mapped("hotel_invitation_count")
        few.invalidate_recordset()
        with self.assertQueryCount(1):
            few.mapped("hotel_invitation_count")
        many.invalidate_recordset()
        with self.assertQueryCount(1):
            self.assertEqual(set(many.mapped("hotel_invitation_count")), {1})
        many.invalidate_recordset()
        with self.assertQueryCount(1):
            many.mapped("hotel_event_attended_count")

    def test_views(self):
        """The profile's list and smart button for hotel staff, the invite
        buttons (profile and follow-up) for guest relations only."""
        staff_arch = (
            self.env["res.partner"]
            .with_user(self.hk_staff)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIn("hotel_invitation_ids", staff_arch)
        self.assertIn("hotel_event_attended_count", staff_arch)
        self.assertNotIn("action_hotel_invite_to_event", staff_arch)
        agent_arch = (
            self.env["res.partner"]
            .with_user(self.agent)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIn("action_hotel_invite_to_event", agent_arch)
        followup_arch = (
            self.env["hotel.complaint.followup"]
            .with_user(self.agent)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIn("action_hotel_invite_to_event", followup_arch)
        for view_type in ("list", "form", "search", "pivot"):
            self.Invitation.with_user(self.hk_staff).get_views([(False, view_type)])
        wizard_arch = self.Wizard.with_user(self.agent).get_views([(False, "form")])
        self.assertIn("action_invite", wizard_arch["views"]["form"]["arch"])
