# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile on the contact (C6.2, C6.4): counts, compensation per
hotel, preferences and their access, "handle with care", the periodic
review and the cost of opening a profile."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form

from . import common

PROFILE_SPEC = {
    "display_name": {},
    "hotel_complaint_count": {},
    "hotel_vip_level": {},
    "hotel_profile_date": {},
    "hotel_handle_with_care": {},
    "hotel_care_message": {},
    "hotel_compensation_currency_id": {"fields": {"display_name": {}}},
    "hotel_compensation_total": {},
    "hotel_compensation_summary": {},
    "hotel_preference_ids": {
        "fields": {
            "category": {},
            "value": {},
            "company_id": {"fields": {"display_name": {}}},
            "create_uid": {"fields": {"display_name": {}}},
            "create_date": {},
        }
    },
    "hotel_rating_ids": {
        "fields": {"write_date": {}, "res_name": {}, "rating_text": {}, "feedback": {}}
    },
    "hotel_feedback_ids": {
        "fields": {
            "communicated_date": {},
            "ticket_id": {"fields": {"display_name": {}}},
            "guest_opinion": {},
            "guest_comment": {},
        }
    },
}


class TestGuestProfile(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Preference = cls.env["hotel.guest.preference"]
        cls.other_guest = cls.env["res.partner"].create(
            {"name": "Tom Lee", "email": "tom.lee@example.com"}
        )
        cls.portal = cls._user("t_profile_portal", "base.group_portal")
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )

    def _complaint_b(self, **kw):
        return self._complaint(company_id=self.company_b.id, **kw)

    def _approved(self, ticket, amount):
        proposal = self._proposal(ticket, amount)
        proposal.action_submit()
        self.assertEqual(proposal.state, "approved")
        return proposal

    # ------------------------------------------------------------------
    # Counts and compensation
    # ------------------------------------------------------------------

    def test_complaint_count_open_and_closed(self):
        first = self._complaint()
        self._complaint()
        self._complaint(partner_id=self.other_guest.id)
        first.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_cancelled")
        self.assertTrue(first.closed)
        self.assertEqual(self.guest.hotel_complaint_count, 2)
        self.assertEqual(self.other_guest.hotel_complaint_count, 1)
        action = self.guest.action_hotel_view_complaints()
        found = self.Ticket.search(action["domain"])
        self.assertEqual(len(found), 2, "open and closed complaints")
        self.assertIn(first, found)

    def test_compensation_total_per_hotel(self):
        eur = self.env.ref("base.EUR")
        eur.active = True
        self.company_b.currency_id = eur
        self._approved(self._complaint(), 80)
        delivered = self._approved(self._complaint(), 50)
        delivered.action_guest_accepted()
        delivered.action_deliver()
        self.assertEqual(delivered.state, "delivered")
        self._proposal(self._complaint(), 70)  # a draft does not count
        self._approved(self._complaint_b(), 40)
        self._approved(self._complaint(partner_id=self.other_guest.id), 10)

        guest = self.guest.with_user(self.hotel_manager)
        self.assertEqual(guest.hotel_compensation_total, 130)
        self.assertEqual(guest.hotel_compensation_currency_id, self.company.currency_id)
        guest_b = self.guest.with_user(self.hotel_manager).with_company(self.company_b)
        self.assertEqual(guest_b.hotel_compensation_total, 40)
        self.assertEqual(guest_b.hotel_compensation_currency_id, eur)
        summary = guest.with_context(
            allowed_company_ids=[self.company.id, self.company_b.id]
        ).hotel_compensation_summary
        self.assertIn(self.company.name, summary)
        self.assertIn(self.company_b.name, summary)
        self.assertIn("40.00", summary)
        # A manager of the other hotel sees that hotel's only.
        only_b = self.guest.with_user(self.manager_b)
        self.assertEqual(only_b.hotel_compensation_total, 40)
        self.assertNotIn(self.company.name, only_b.hotel_compensation_summary)
        other = self.other_guest.with_user(self.hotel_manager)
        self.assertEqual(other.hotel_compensation_total, 10)

    def test_compensation_for_guest_relations_and_managers_only(self):
        self._approved(self._complaint(), 80)
        self.assertEqual(self.guest.with_user(self.agent).hotel_compensation_total, 80)
        for user in (self.hk_staff, self.portal):
            with self.assertRaises(AccessError):
                self.guest.with_user(user).read(["hotel_compensation_total"])

    def test_satisfaction_over_time(self):
        ticket = self._complaint()
        feedback = self._tell_result(ticket, "partly")
        ticket.rating_apply(4, token=ticket._rating_get_access_token())
        guest = self.guest.with_user(self.hotel_manager)
        self.assertEqual(guest.hotel_feedback_ids, feedback)
        self.assertEqual(len(guest.hotel_rating_ids), 1)
        self.assertEqual(guest.hotel_rating_ids.rating, 4)
        self.assertFalse(self.other_guest.hotel_feedback_ids)

    # ------------------------------------------------------------------
    # Preferences
    # ------------------------------------------------------------------

    def test_preferences_access_per_group(self):
        pref = self.Preference.with_user(self.agent).create(
            {
                "partner_id": self.guest.id,
                "category": "dietary",
                "value": "Peanut allergy",
            }
        )
        self.assertEqual(pref.create_uid, self.agent)
        self.assertTrue(self.guest.hotel_profile_date, "recording updates the profile")
        pref.with_user(self.agent).value = "Severe peanut allergy"
        # Department staff serving the guest read it, do not change it.
        self.assertEqual(self.guest.with_user(self.hk_staff).hotel_preference_ids, pref)
        self.assertEqual(pref.with_user(self.hk_staff).value, "Severe peanut allergy")
        with self.assertRaises(AccessError):
            pref.with_user(self.hk_staff).write({"value": "None"})
        with self.assertRaises(AccessError):
            self.Preference.with_user(self.hk_staff).create(
                {"partner_id": self.guest.id, "value": "Quiet room"}
            )
        # The portal sees nothing of it, not even their own.
        with self.assertRaises(AccessError):
            pref.with_user(self.portal).read(["value"])
        with self.assertRaises(AccessError):
            self.guest.with_user(self.portal).read(["hotel_preference_ids"])
        # A preference stays with its guest.
        with self.assertRaises(UserError):
            pref.with_user(self.agent).write({"partner_id": self.other_guest.id})

    def test_preferences_per_hotel(self):
        shared = self.Preference.create(
            {"partner_id": self.guest.id, "category": "pillow", "value": "Buckwheat"}
        )
        own = self.Preference.create(
            {
                "partner_id": self.guest.id,
                "category": "room",
                "value": "Sea view, high floor",
                "company_id": self.company.id,
            }
        )
        other = self.Preference.create(
            {
                "partner_id": self.guest.id,
                "category": "room",
                "value": "Near the lift",
                "company_id": self.company_b.id,
            }
        )
        self.env.invalidate_all()
        self.assertEqual(
            self.guest.with_user(self.hk_staff).hotel_preference_ids, shared | own
        )
        self.env.invalidate_all()
        self.assertEqual(
            self.guest.with_user(self.manager_b).hotel_preference_ids, shared | other
        )
        # A stuffed context does not open another hotel.
        stuffed = self.Preference.with_user(self.hk_staff).with_context(
            allowed_company_ids=[self.company.id, self.company_b.id]
        )
        with self.assertRaises(AccessError):
            stuffed.browse(other.id).read(["value"])

    # ------------------------------------------------------------------
    # Handle with care
    # ------------------------------------------------------------------

    def test_handle_with_care_vip(self):
        ticket = self._complaint()
        self.assertFalse(ticket.hotel_handle_with_care)
        self.guest.hotel_vip_level = "gold"
        ticket.invalidate_recordset()
        self.assertTrue(ticket.hotel_handle_with_care)
        self.assertIn("VIP", ticket.hotel_care_message)
        self.assertTrue(self.guest.hotel_handle_with_care)

    def test_handle_with_care_after_serious_complaint(self):
        serious = self._complaint(severity="serious")
        self.assertFalse(serious.hotel_handle_with_care, "not flagged by itself")
        later = self._complaint()
        self.assertTrue(later.hotel_handle_with_care)
        self.assertIn("Serious complaint", later.hotel_care_message)
        # Another hotel of the chain is not concerned.
        self.assertFalse(self._complaint_b().hotel_handle_with_care)
        # Department staff who cannot read the serious complaint are warned.
        self.assertTrue(later.with_user(self.hk_staff).hotel_handle_with_care)
        now = fields.Datetime.now()
        with freeze_time(now + timedelta(days=5 * 30)):
            later.invalidate_recordset()
            self.assertTrue(later.hotel_handle_with_care)
        with freeze_time(now + timedelta(days=7 * 31)):
            later.invalidate_recordset()
            self.assertFalse(later.hotel_handle_with_care, "after 6 months")
            self.company.hotel_care_months = 12
            later.invalidate_recordset()
            self.assertTrue(later.hotel_handle_with_care, "the hotel's setting")

    # ------------------------------------------------------------------
    # Periodic review (C6.4)
    # ------------------------------------------------------------------

    def _reviews(self, partner):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "=", partner.id),
                (
                    "activity_type_id",
                    "=",
                    self.env.ref(
                        "hotel_complaint.mail_activity_type_profile_review"
                    ).id,
                ),
            ]
        )

    def test_review_cron(self):
        self._complaint()
        self._complaint()
        self._complaint(partner_id=self.other_guest.id)  # not returning
        Partner = self.env["res.partner"]
        Partner._cron_hotel_profile_review()
        self.assertFalse(self._reviews(self.guest), "a new profile is not due")
        with freeze_time(fields.Datetime.now() + timedelta(days=13 * 31)):
            Partner._cron_hotel_profile_review()
            review = self._reviews(self.guest)
            self.assertEqual(len(review), 1)
            self.assertEqual(review.user_id, self.agent)
            self.assertFalse(self._reviews(self.other_guest))
            Partner._cron_hotel_profile_review()
            self.assertEqual(self._reviews(self.guest), review, "not duplicated")
            self.guest.with_user(self.agent).action_hotel_profile_reviewed()
            self.assertFalse(self._reviews(self.guest))
            Partner._cron_hotel_profile_review()
            self.assertFalse(self._reviews(self.guest), "reviewed: not due")

    def test_review_cron_one_complaint_not_returning(self):
        self._complaint(stay_reference="R-1")
        self._complaint(stay_reference="R-2", partner_id=self.other_guest.id)
        with freeze_time(fields.Datetime.now() + timedelta(days=13 * 31)):
            self.env["res.partner"]._cron_hotel_profile_review()
        self.assertFalse(self._reviews(self.guest), "one stay, one complaint")
        self.assertFalse(self._reviews(self.other_guest))

    def test_vip_level_set_by_guest_relations(self):
        # Staff who may edit contacts still do not set a VIP level.
        editor = self._user(
            "t_profile_editor", f"{common.GROUP_STAFF},base.group_partner_manager"
        )
        self.guest.with_user(editor).write({"comment": "Prefers email"})
        for user in (editor, self.hk_staff):
            with self.assertRaises(AccessError):
                self.guest.with_user(user).write({"hotel_vip_level": "gold"})
            with self.assertRaises(AccessError):
                self.guest.with_user(user).with_context(hotel_vip_allowed=True).write(
                    {"hotel_vip_level": "gold"}
                )
        self.assertFalse(self.guest.hotel_vip_level)
        self.guest.with_user(self.agent).write({"hotel_vip_level": "gold"})
        self.assertEqual(self.guest.hotel_vip_level, "gold")
        self.assertTrue(self.guest.hotel_profile_date)

    # ------------------------------------------------------------------
    # Performance
    # ------------------------------------------------------------------

    def test_profile_opening_queries(self):
        """A profile with 200 complaints opens in at most 20 queries."""
        tickets = self.Ticket.create([self._complaint_vals() for _i in range(200)])
        for ticket in tickets[:3]:
            self._tell_result(ticket)
        self._approved(tickets[0], 80)
        self._approved(tickets[1], 60)
        for category in ("room", "pillow", "dietary"):
            self.Preference.create(
                {"partner_id": self.guest.id, "category": category, "value": "x"}
            )
        guest = self.guest.with_user(self.hotel_manager)
        guest.web_read(PROFILE_SPEC)  # warm-up
        self.env.invalidate_all()
        with self.assertQueryCount(20):
            data = guest.web_read(PROFILE_SPEC)[0]
        self.assertEqual(data["hotel_complaint_count"], 200)
        self.assertEqual(data["hotel_compensation_total"], 140)
        self.assertEqual(len(data["hotel_preference_ids"]), 3)
        self.assertEqual(len(data["hotel_feedback_ids"]), 3)

    def test_profile_form_queries(self):
        """The guest profile as the contact form shows it (every hotel field
        of the form, with whatever the installed bridges add: touches,
        recovery flag, invitations...), for a guest with 200 complaints: at
        most 20 queries."""
        tickets = self.Ticket.create([self._complaint_vals() for _i in range(200)])
        for ticket in tickets[:3]:
            self._tell_result(ticket)
        self._approved(tickets[0], 80)
        guest = self.guest.with_user(self.hotel_manager)
        spec = {
            fname: field_spec
            for fname, field_spec in Form(guest)._view["fields_spec"].items()
            if fname.startswith("hotel_")
        }
        self.assertIn("hotel_preference_ids", spec)
        self.assertIn("hotel_touch_ids", spec)
        guest.web_read(spec)  # warm-up
        self.env.invalidate_all()
        with self.assertQueryCount(20):
            data = guest.web_read(spec)[0]
        self.assertEqual(data["hotel_complaint_count"], 200)
