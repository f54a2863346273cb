# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recurring complaints (C5.1, C5.2): found when a complaint is logged (same
room, same place and category, same guest) or when its root cause is
recorded (same cause at the same place), within the hotel's window, only in
the same hotel; flagged and linked by the process only; the lead
department's leader alerted once; counts per location, category and room."""

from datetime import datetime, timedelta

from odoo.exceptions import AccessError

from . import common
from .test_compensation_security import STUFFED

ACTIVITY = "hotel_complaint.mail_activity_type_recurrence"


class TestRecurrence(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lobby = cls.env["hotel.location"].create(
            {"name": "Lobby", "company_id": cls.company.id}
        )
        cls.pool = cls.env["hotel.location"].create(
            {"name": "Pool", "company_id": cls.company.id}
        )
        cls.other_guest = cls.env["res.partner"].create(
            {"name": "Zhang Wei", "email": "zhang.wei@example.com"}
        )
        cls.third_guest = cls.env["res.partner"].create(
            {"name": "Sarah Miller", "email": "sarah.miller@example.com"}
        )
        cls.causes = {
            c.code: c
            for c in cls.env["hotel.complaint.cause"].search(
                [("company_id", "=", cls.company.id)]
            )
        }
        cls.now = datetime.now().replace(microsecond=0)
        # Alerts of other hotels' recurrences (if any) are not this test's.
        cls.Ticket.search([("hotel_recurrence_alert_pending", "=", True)]).sudo().write(
            {"hotel_recurrence_alert_pending": False}
        )

    def _log(self, days_ago=0, **kw):
        kw.setdefault("team_id", self.teams["housekeeping"].id)
        kw.setdefault("category_id", self.cat_cleanliness.id)
        return self._complaint(reported_date=self.now - timedelta(days=days_ago), **kw)

    def _reasons(self, ticket):
        return {
            key
            for key, fname in (
                ("room", "hotel_recurrence_room"),
                ("place", "hotel_recurrence_place"),
                ("guest", "hotel_recurrence_guest"),
                ("cause", "hotel_recurrence_cause"),
            )
            if ticket[fname]
        }

    # ------------------------------------------------------------------
    # Each criterion
    # ------------------------------------------------------------------

    def test_same_room(self):
        first = self._log(10, room_number="1208", location_id=self.lobby.id)
        self.assertFalse(first.hotel_is_recurrence)
        second = self._log(
            room_number="1208",
            partner_id=self.other_guest.id,
            location_id=self.pool.id,
        )
        self.assertTrue(second.hotel_is_recurrence)
        self.assertEqual(second.hotel_recurrence_of_ids, first)
        self.assertEqual(self._reasons(second), {"room"})
        self.assertEqual(second.hotel_recurrence_matches, {str(first.id): ["room"]})
        self.assertIn("same room", second.hotel_recurrence_reason)
        self.assertIn(first.display_name, second.hotel_recurrence_reason)

    def test_same_place_and_category(self):
        first = self._log(5, room_number="801", location_id=self.lobby.id)
        second = self._log(
            room_number="902",
            partner_id=self.other_guest.id,
            location_id=self.lobby.id,
        )
        self.assertEqual(second.hotel_recurrence_of_ids, first)
        self.assertEqual(self._reasons(second), {"place"})
        # The same place with another category is not the same problem.
        third = self._log(
            room_number="903",
            partner_id=self.third_guest.id,
            location_id=self.lobby.id,
            category_id=self.cat_food_hygiene.id,
        )
        self.assertFalse(third.hotel_is_recurrence)

    def test_same_guest(self):
        first = self._log(30, room_number="801", location_id=self.lobby.id)
        second = self._log(room_number="1502", location_id=self.pool.id)
        self.assertEqual(second.hotel_recurrence_of_ids, first)
        self.assertEqual(self._reasons(second), {"guest"})

    def test_several_criteria_and_several_earlier(self):
        first = self._log(20, room_number="1208", location_id=self.lobby.id)
        second = self._log(
            10,
            room_number="1208",
            partner_id=self.other_guest.id,
            location_id=self.pool.id,
        )
        third = self._log(room_number="1208", location_id=self.lobby.id)
        self.assertEqual(third.hotel_recurrence_of_ids, first | second)
        self.assertEqual(
            third.hotel_recurrence_matches,
            {str(first.id): ["room", "place", "guest"], str(second.id): ["room"]},
        )
        self.assertEqual(self._reasons(third), {"room", "place", "guest"})

    def test_same_cause_when_recorded(self):
        """Different rooms, guests and categories at the same place: linked
        once both have the same root cause, whichever is recorded first; the
        later complaint is the recurrence."""
        first = self._log(
            15,
            room_number="701",
            location_id=self.pool.id,
            category_id=self.cat_cleanliness.id,
        )
        second = self._log(
            room_number="702",
            partner_id=self.other_guest.id,
            location_id=self.pool.id,
            category_id=self.cat_appliances.id,
        )
        self.assertFalse(second.hotel_is_recurrence)
        second.hotel_cause_id = self.causes["facility"]
        self.assertFalse(second.hotel_is_recurrence)
        first.hotel_cause_id = self.causes["procedure"]
        self.assertFalse(second.hotel_is_recurrence)
        first.hotel_cause_id = self.causes["facility"]
        self.assertFalse(first.hotel_is_recurrence)
        self.assertTrue(second.hotel_is_recurrence)
        self.assertEqual(second.hotel_recurrence_of_ids, first)
        self.assertEqual(self._reasons(second), {"cause"})
        self.assertTrue(second.hotel_recurrence_alert_pending)
        # Recorded again: nothing more.
        second.hotel_cause_id = self.causes["facility"]
        self.assertEqual(second.hotel_recurrence_matches, {str(first.id): ["cause"]})

    def test_cause_added_to_an_existing_link(self):
        first = self._log(3, room_number="1208", location_id=self.lobby.id)
        second = self._log(room_number="1208", location_id=self.lobby.id)
        second.sudo().hotel_recurrence_alert_pending = False
        first.hotel_cause_id = self.causes["staff_skill"]
        second.hotel_cause_id = self.causes["staff_skill"]
        self.assertEqual(
            second.hotel_recurrence_matches[str(first.id)],
            ["room", "place", "guest", "cause"],
        )
        # Already a recurrence, already alerted: not alerted again.
        self.assertFalse(second.hotel_recurrence_alert_pending)

    # ------------------------------------------------------------------
    # Limits
    # ------------------------------------------------------------------

    def test_window(self):
        self._log(91, room_number="1208", location_id=self.lobby.id)
        second = self._log(room_number="1208", location_id=self.lobby.id)
        self.assertFalse(second.hotel_is_recurrence)
        self.company.hotel_recurrence_days = 120
        third = self._log(room_number="1208", location_id=self.lobby.id)
        self.assertEqual(len(third.hotel_recurrence_of_ids), 2)
        self.company.hotel_recurrence_days = 0
        fourth = self._log(room_number="1208", location_id=self.lobby.id)
        self.assertFalse(fourth.hotel_is_recurrence)

    def test_not_across_hotels(self):
        self._log(2, room_number="1208")
        other = self._complaint(
            company_id=self.company_b.id,
            team_id=self.teams["housekeeping_b"].id,
            category_id=self.cat_cleanliness.id,
            room_number="1208",
        )
        self.assertFalse(other.hotel_is_recurrence)

    def test_only_guest_care_complaints(self):
        plain = self.Ticket.create(
            {
                "name": "Room 1208 again",
                "description": "<p>Printer</p>",
                "partner_id": self.guest.id,
                "room_number": "1208",
            }
        )
        self.assertFalse(plain.hotel_is_recurrence)
        first = self._log(room_number="1208")
        self.assertFalse(first.hotel_is_recurrence)
        plain_again = self.Ticket.create(
            {
                "name": "Room 1208 once more",
                "description": "<p>Printer</p>",
                "partner_id": self.guest.id,
                "room_number": "1208",
            }
        )
        self.assertFalse(plain_again.hotel_is_recurrence)

    # ------------------------------------------------------------------
    # Alert
    # ------------------------------------------------------------------

    def test_leader_alerted_once(self):
        self._log(3, room_number="1208")
        second = self._log(room_number="1208")
        third = self._log(room_number="1208")
        activity = self.env.ref(ACTIVITY)
        Activity = self.env["mail.activity"]
        self.assertFalse(
            Activity.search([("activity_type_id", "=", activity.id)]),
            "alerted by the cron, in batches, not at creation",
        )
        self.Ticket._cron_hotel_recurrence_alerts()
        alerts = Activity.search([("activity_type_id", "=", activity.id)])
        self.assertEqual(alerts.mapped("res_id"), [second.id, third.id])
        self.assertEqual(alerts.user_id, self.hk_manager)
        self.assertIn("same room", alerts[0].summary)
        self.assertFalse((second | third).filtered("hotel_recurrence_alert_pending"))
        self.Ticket._cron_hotel_recurrence_alerts()
        self.assertEqual(
            Activity.search_count([("activity_type_id", "=", activity.id)]), 2
        )

    def test_cron_in_batches(self):
        self._log(3, room_number="1208")
        for _i in range(3):
            self._log(room_number="1208")
        self.Ticket._cron_hotel_recurrence_alerts(batch_size=2)
        self.assertEqual(
            self.Ticket.search_count([("hotel_recurrence_alert_pending", "=", True)]),
            1,
        )

    # ------------------------------------------------------------------
    # Counts
    # ------------------------------------------------------------------

    def test_counts(self):
        self._log(3, room_number="1208", location_id=self.lobby.id)
        self._log(room_number="1208", location_id=self.lobby.id)
        self._log(room_number="1208", location_id=self.pool.id)
        self._log(
            room_number="1501",
            partner_id=self.third_guest.id,
            location_id=self.pool.id,
            category_id=self.cat_food_hygiene.id,
        )
        self.assertEqual(self.lobby.hotel_recurrence_count, 1)
        self.assertEqual(self.pool.hotel_recurrence_count, 1)
        # Shared categories: counted in the hotels of the user.
        category = self.cat_cleanliness.with_user(self.hk_manager)
        self.assertEqual(category.hotel_recurrence_count, 2)
        action = self.lobby.action_view_hotel_recurrences()
        self.assertEqual(self.Ticket.search_count(action["domain"]), 1)
        rooms = dict(
            self.Ticket._read_group(
                [
                    ("hotel_is_recurrence", "=", True),
                    ("company_id", "=", self.company.id),
                ],
                ["room_number"],
                ["__count"],
            )
        )
        self.assertEqual(rooms, {"1208": 2})
        # Staff of another department count only what they may read.
        self.assertEqual(self.lobby.with_user(self.eng_staff).hotel_recurrence_count, 0)

    # ------------------------------------------------------------------
    # Security
    # ------------------------------------------------------------------

    def test_process_fields_refused(self):
        first = self._log(3, room_number="1208")
        ticket = self._log(room_number="1501", partner_id=self.other_guest.id)
        as_staff = ticket.with_user(self.hk_staff).with_context(**STUFFED)
        for vals in (
            {"hotel_is_recurrence": True},
            {"hotel_recurrence_of_ids": [(6, 0, first.ids)]},
            {"hotel_recurrence_room": True},
            {"hotel_recurrence_matches": {str(first.id): ["room"]}},
            {"hotel_recurrence_alert_pending": True},
        ):
            with self.assertRaises(AccessError):
                as_staff.write(vals)
        with self.assertRaises(AccessError):
            self.Ticket.with_user(self.agent).create(
                self._complaint_vals(
                    room_number="1777",
                    hotel_is_recurrence=True,
                    hotel_recurrence_of_ids=[(6, 0, first.ids)],
                )
            )
        with self.assertRaises(AccessError):
            self.Ticket.with_user(self.agent).with_context(
                default_hotel_is_recurrence=True
            ).create(self._complaint_vals(room_number="1778", partner_id=False))
        self.assertFalse(ticket.hotel_is_recurrence)

    def test_staff_log_a_recurrence(self):
        """A complaint logged by an agent who cannot read every earlier one
        is still matched with them; the reason lists those the reader may
        see."""
        first = self._log(3, room_number="1208")
        second = (
            self.Ticket.with_user(self.agent)
            .create(
                self._complaint_vals(
                    room_number="1208",
                    partner_id=self.other_guest.id,
                    team_id=self.teams["engineering"].id,
                )
            )
            .sudo()
        )
        self.assertEqual(second.hotel_recurrence_of_ids, first)
        self.env.invalidate_all()
        as_eng = second.with_user(self.eng_staff)
        self.assertFalse(as_eng.hotel_recurrence_reason)
        self.assertFalse(as_eng.hotel_recurrence_of_ids)
