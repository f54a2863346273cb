# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recognition of staff (C5.3 incentives): by managers, and from a satisfied
guest's praise at the follow-up visit."""

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from . import common
from .test_compensation_security import STUFFED


class TestStaffRecognition(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Recognition = cls.env["hotel.staff.recognition"]

    def _recognition(self, user=None, **kw):
        vals = {
            "user_id": self.hk_staff.id,
            "kind": "resolved_well",
            "reason": "Cleaned the room again in twenty minutes",
            "points": 20,
            "company_id": self.company.id,
        }
        vals.update(kw)
        return self.Recognition.with_user(user or self.hk_manager).create(vals)

    def test_recorded_by_managers(self):
        ticket = self._complaint()
        recognition = self._recognition(ticket_id=ticket.id)
        self.assertEqual(recognition.recorded_by_id, self.hk_manager)
        with self.assertRaises(ValidationError):
            self._recognition(points=-5)
        with self.assertRaises(UserError):
            self._recognition(recorded_by_id=self.hk_staff.id)
        with self.assertRaises(UserError):
            recognition.with_user(self.hk_manager).with_context(**STUFFED).write(
                {"recorded_by_id": self.duty_manager.id}
            )
        ticket_b = self._complaint(company_id=self.company_b.id)
        with self.assertRaises(UserError):
            self._recognition(user=self.hotel_manager, ticket_id=ticket_b.id)

    def test_access(self):
        mine = self._recognition()
        other = self._recognition(user_id=self.eng_staff.id)
        # Staff read their own recognition only, and record none.
        self.assertEqual(self.Recognition.with_user(self.hk_staff).search([]), mine)
        with self.assertRaises(AccessError):
            other.with_user(self.hk_staff).read(["reason"])
        with self.assertRaises(AccessError):
            self._recognition(user=self.hk_staff)
        with self.assertRaises(AccessError):
            mine.with_user(self.hk_staff).write({"points": 100})
        with self.assertRaises(AccessError):
            self._recognition(user=self.agent)
        # Other hotels and the portal: nothing.
        self.assertFalse(self.Recognition.with_user(self.manager_b).search([]))
        portal = new_test_user(
            self.env, login="t_recognition_portal", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            self.Recognition.with_user(portal).search([])

    def test_praise_at_followup(self):
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        self.teams["guest_relations"].write({"user_ids": [(4, self.agent.id)]})
        followup = self.env["hotel.complaint.followup"].create(
            {
                "ticket_id": ticket.id,
                "channel": "email",
                "user_id": self.agent.id,
                "date_deadline": "2026-07-10",
            }
        )
        followup.with_user(self.agent).write(
            {
                "outcome": "satisfied",
                "outcome_note": "The attendant Ah Fong was very kind",
                "praised_user_ids": [(6, 0, self.hk_staff.ids)],
            }
        )
        followup.with_user(self.agent).action_done()
        recognition = self.Recognition.search([("followup_id", "=", followup.id)])
        self.assertEqual(recognition.user_id, self.hk_staff)
        self.assertEqual(recognition.kind, "praise")
        self.assertEqual(recognition.ticket_id, ticket)
        self.assertEqual(recognition.reason, "The attendant Ah Fong was very kind")
        # Recorded once, even if the outcome is recorded again.
        followup.action_done()
        self.assertEqual(
            self.Recognition.search_count([("followup_id", "=", followup.id)]), 1
        )
        # Not satisfied: nobody is recognised.
        other = self.env["hotel.complaint.followup"].create(
            {
                "ticket_id": ticket.id,
                "channel": "email",
                "user_id": self.agent.id,
                "date_deadline": "2026-07-10",
                "outcome": "not_satisfied",
                "praised_user_ids": [(6, 0, self.hk_staff.ids)],
            }
        )
        other.action_done()
        self.assertFalse(self.Recognition.search([("followup_id", "=", other.id)]))

    def test_praise_named_by_guest_relations_only(self):
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        followup = self.env["hotel.complaint.followup"].create(
            {
                "ticket_id": ticket.id,
                "channel": "email",
                "user_id": self.hk_staff.id,
                "date_deadline": "2026-07-10",
            }
        )
        with self.assertRaises(AccessError):
            followup.with_user(self.hk_staff).write(
                {"praised_user_ids": [(6, 0, self.hk_staff.ids)]}
            )
