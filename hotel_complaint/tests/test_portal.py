# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Portal guests: the /ticket/close hole of helpdesk_mgmt 18.0 (OCA/helpdesk
PR #1089) and reading other guests' complaints."""

from odoo import http
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPortalClose(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Guest Relations", "hotel_department_type": "guest_relations"}
        )
        cls.guest_a = new_test_user(
            cls.env, login="t_portal_a", groups="base.group_portal"
        )
        cls.guest_b = new_test_user(
            cls.env, login="t_portal_b", groups="base.group_portal"
        )
        cls.closing_stage = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.closing_stage.close_from_portal = True
        vals = {
            "description": "<p>Noisy room</p>",
            "team_id": cls.team.id,
            "hotel_ticket_type": "complaint",
            "severity": "minor",
            "urgency": "low",
        }
        cls.ticket_a = cls.env["helpdesk.ticket"].create(
            dict(
                vals,
                name="A",
                partner_id=cls.guest_a.partner_id.id,
                partner_email="a@example.com",
            )
        )
        cls.ticket_b = cls.env["helpdesk.ticket"].create(
            dict(
                vals,
                name="B",
                partner_id=cls.guest_b.partner_id.id,
                partner_email="b@example.com",
            )
        )

    def _close(self, ticket):
        return self.url_open(
            f"/ticket/close?ticket_id={ticket.id}&stage_id={self.closing_stage.id}",
            allow_redirects=False,
        )

    def test_cannot_close_other_guests_ticket(self):
        self.authenticate("t_portal_a", "t_portal_a")
        response = self._close(self.ticket_b)
        self.assertEqual(response.status_code, 403)
        self.ticket_b.invalidate_recordset()
        self.assertNotEqual(self.ticket_b.stage_id, self.closing_stage)

    def test_stage_that_cannot_close_changes_nothing(self):
        """As helpdesk_mgmt: back to the ticket, stage unchanged."""
        stage = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_awaiting")
        self.assertFalse(stage.close_from_portal)
        self.authenticate("t_portal_a", "t_portal_a")
        response = self.url_open(
            f"/ticket/close?ticket_id={self.ticket_a.id}&stage_id={stage.id}",
            allow_redirects=False,
        )
        self.assertEqual(response.status_code, 302)
        self.assertTrue(
            response.headers["Location"].endswith(f"/my/ticket/{self.ticket_a.id}")
        )
        self.ticket_a.invalidate_recordset()
        self.assertNotEqual(self.ticket_a.stage_id, stage)

    def test_can_close_own_ticket(self):
        self.authenticate("t_portal_a", "t_portal_a")
        response = self._close(self.ticket_a)
        self.assertIn(response.status_code, (302, 303))
        self.ticket_a.invalidate_recordset()
        self.assertEqual(self.ticket_a.stage_id, self.closing_stage)

    def test_close_blocked_explained_to_guest(self):
        """Closing checks still apply; the guest gets a plain message and
        nothing is saved."""
        other_team = self.env["helpdesk.ticket.team"].create(
            {"name": "Engineering", "hotel_department_type": "engineering"}
        )
        self.env["hotel.complaint.task"].create(
            {
                "name": "Replace the shower head",
                "ticket_id": self.ticket_a.id,
                "team_id": other_team.id,
            }
        )
        self.authenticate("t_portal_a", "t_portal_a")
        response = self._close(self.ticket_a)
        self.assertNotIn(response.status_code, (302, 303))
        self.assertIn("still working on your complaint", response.text)
        self.assertNotIn("Replace the shower head", response.text)
        self.ticket_a.invalidate_recordset()
        self.assertNotEqual(self.ticket_a.stage_id, self.closing_stage)
        self.assertFalse(self.ticket_a.sudo().hotel_feedback_ids)

    def test_portal_guest_cannot_read_other_guest(self):
        with self.assertRaises(AccessError):
            self.ticket_b.with_user(self.guest_a).read(["name"])
        self.assertEqual(
            self.ticket_a.with_user(self.guest_a).read(["name"])[0]["name"], "A"
        )

    def test_portal_submission_is_triaged_complaint(self):
        """A guest's ticket from the portal form is a complaint, triaged and
        routed like any other (C1.1)."""
        self.guest_a.partner_id.write(
            {"email": "guest.a@example.com", "phone": "+44 20 7946 0000"}
        )
        self.authenticate("t_portal_a", "t_portal_a")
        response = self.url_open(
            "/submitted/ticket",
            data={
                "csrf_token": http.Request.csrf_token(self),
                "subject": "Cockroach in the bathroom",
                "description": "There was a cockroach in the bathroom",
            },
            allow_redirects=False,
        )
        self.assertIn(response.status_code, (302, 303))
        ticket = self.env["helpdesk.ticket"].search(
            [("partner_id", "=", self.guest_a.partner_id.id)], order="id desc", limit=1
        )
        self.assertEqual(ticket.name, "Cockroach in the bathroom")
        self.assertEqual(ticket.hotel_ticket_type, "complaint")
        self.assertEqual(ticket.partner_phone, "+44 20 7946 0000")
        self.assertEqual(
            ticket.category_id,
            self.env.ref("hotel_complaint.category_environment_cleanliness"),
        )
        self.assertEqual(ticket.triage_rule_id.name, "Dirty room or area")
        self.assertTrue(ticket.team_id)
        self.assertTrue(ticket.resolution_deadline)
        # As helpdesk_mgmt's portal tickets, it waits unassigned in its lead
        # department's queue.
        self.assertFalse(ticket.user_id)
