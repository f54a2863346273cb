# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Personal touches (C6.2): the hotel's rules and their defaults, touches
suggested on a new ticket or stay, no duplicates, nothing across hotels, the
activity and what was done; the recovery flag set and cleared."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user
from odoo.tests.common import warmup

from . import common

TOUCH = "hotel_complaint.mail_activity_type_personal_touch"
# Creating a complaint of a guest with a preference in the hotel: the rules,
# the preferences and the earlier touches read, the touch and its activity
# created (measured as test_performance measures a complaint), with 2 for
# the recurrence check (C5.2: the complaint measured recurs the one created
# before it; its search and the insert of the links).
QUERIES_COMPLAINT_WITH_TOUCH = 43


class TouchCase(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.Touch = cls.env["hotel.guest.touch"]
        cls.Rule = cls.env["hotel.guest.touch.rule"]
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )
        cls.teams["fnb"].write({"user_id": cls.hk_manager.id})
        cls.Preference = cls.env["hotel.guest.preference"]

    def _prefer(self, category="dietary", value="Peanut allergy", company=None):
        return self.Preference.create(
            {
                "partner_id": self.guest.id,
                "category": category,
                "value": value,
                "company_id": company.id if company else False,
            }
        )

    def _touches(self, partner=None):
        return self.Touch.search([("partner_id", "=", (partner or self.guest).id)])

    def _ready(self, severity="moderate", **kw):
        """A complaint of the housekeeping department ready to close."""
        kw.setdefault("team_id", self.teams["housekeeping"].id)
        ticket = self._complaint(severity=severity, **kw)
        self._tell_result(ticket)
        if severity in ("serious", "urgent"):
            ticket.action_hotel_verify_guest()
            ticket.no_evidence_reason = "Reported after the fact."
            self._record_cause(ticket)
        ticket.hotel_task_ids.action_done()
        return ticket


class TestGuestTouchRules(TouchCase):
    def test_defaults_per_hotel(self):
        for company in (self.company, self.company_b):
            rules = self.Rule.search([("company_id", "=", company.id)])
            self.assertEqual(len(rules), 7)
            self.assertEqual(
                set(rules.mapped("condition")), {"recovery", "preference", "vip"}
            )
            self.assertTrue(all(rules.mapped("suggestion")))
        dietary = self.Rule.search(
            [
                ("company_id", "=", self.company.id),
                ("preference_category", "=", "dietary"),
            ]
        )
        self.assertEqual(
            (dietary.touch_kind, dietary.responsible_type, dietary.department_type),
            ("dining", "department", "fnb"),
        )
        # A hotel that archived its rules keeps its choice.
        self.Rule.search([("company_id", "=", self.company_b.id)]).active = False
        self.assertFalse(self.Rule._create_company_defaults(self.company_b))
        self.assertFalse(self.Rule._hotel_init_defaults())
        # A hotel that existed before the rules (install, update) gets them.
        self.Rule.with_context(active_test=False).search(
            [("company_id", "=", self.company_b.id)]
        ).unlink()
        created = self.Rule._hotel_init_defaults()
        self.assertEqual(created.company_id, self.company_b)
        self.assertEqual(len(created), 7)

    def test_new_hotel_gets_defaults(self):
        hotel = self.env["res.company"].create({"name": "Test Garden Inn"})
        self.assertEqual(self.Rule.search_count([("company_id", "=", hotel.id)]), 7)

    def test_rule_conditions_checked(self):
        with self.assertRaises(ValidationError):
            self.Rule.create(
                {
                    "company_id": self.company.id,
                    "condition": "preference",
                    "suggestion": "x",
                }
            )
        with self.assertRaises(ValidationError):
            self.Rule.create(
                {"company_id": self.company.id, "condition": "vip", "suggestion": "x"}
            )
        with self.assertRaises(ValidationError):
            self.Rule.create(
                {
                    "company_id": self.company.id,
                    "condition": "recovery",
                    "suggestion": "x",
                    "responsible_type": "department",
                }
            )

    def test_rules_edited_by_hotel_managers_only(self):
        rule = self.Rule.search([("company_id", "=", self.company.id)], limit=1)
        rule.with_user(self.hk_staff).read(["suggestion"])
        for user in (self.hk_staff, self.agent, self.hk_manager):
            with self.assertRaises(AccessError):
                rule.with_user(user).suggestion = "Champagne"
        rule.with_user(self.hotel_manager).suggestion = "Champagne"
        other = self.Rule.search([("company_id", "=", self.company_b.id)], limit=1)
        with self.assertRaises(AccessError):
            other.with_user(self.duty_manager).read(["suggestion"])


class TestGuestTouchTriggers(TouchCase):
    def test_plain_guest_no_touch(self):
        self._complaint(stay_reference="R-1")
        self.assertFalse(self._touches())
        self.assertFalse(self.guest.hotel_has_preferences)

    def test_preference_touch_at_creation(self):
        self._prefer()
        self.assertTrue(self.guest.hotel_has_preferences)
        arrival = fields.Date.context_today(self.Touch) + timedelta(days=10)
        ticket = self._complaint(stay_reference="R-1", arrival_date=arrival)
        touch = self._touches()
        self.assertEqual(len(touch), 1)
        self.assertEqual(touch.touch_kind, "dining")
        self.assertEqual(touch.ticket_id, ticket)
        self.assertEqual(touch.stay_reference, "R-1")
        self.assertEqual(touch.reason, "Peanut allergy")
        self.assertEqual(touch.company_id, self.company)
        self.assertEqual(touch.user_id, self.hk_manager, "F&B's leader")
        self.assertEqual(touch.date_deadline, arrival - timedelta(days=1))
        activity = touch.activity_id
        self.assertEqual(activity.activity_type_id, self.env.ref(TOUCH))
        self.assertEqual(activity.user_id, self.hk_manager)
        self.assertEqual(activity.res_model, "hotel.guest.touch")
        self.assertIn("dietary needs", str(activity.note))

    def test_department_without_leader_goes_to_guest_relations(self):
        self._prefer(category="room", value="High floor, harbour side")
        self._complaint()
        self.assertEqual(self._touches().touch_kind, "room")
        self.assertEqual(self._touches().user_id, self.agent)

    def test_vip_level(self):
        self.guest.hotel_vip_level = "silver"
        self._complaint()
        self.assertFalse(self._touches(), "the default rule is for gold and above")
        self.guest.hotel_vip_level = "platinum"
        self._complaint()
        self.assertEqual(self._touches().touch_kind, "amenity")
        self.assertIn("VIP", self._touches().reason)

    def test_no_duplicate(self):
        self._prefer()
        first = self._complaint(stay_reference="R-1")
        self._complaint(stay_reference="R-1")
        first.write({"name": "Renamed", "stay_reference": "R-1"})
        self.assertEqual(len(self._touches()), 1, "once per guest, stay and rule")
        # Without a stay reference: not while one is pending.
        self._complaint()
        self.assertEqual(len(self._touches()), 1)
        touch = self._touches()
        touch.result_note = "Menu agreed"
        touch.action_done()
        self._complaint()
        self._complaint()
        self.assertEqual(len(self._touches()), 2)

    def test_new_stay_on_write(self):
        old = self._complaint(stay_reference="R-1")
        self._prefer()
        ticket = self._complaint()
        self.assertEqual(len(self._touches()), 1)
        ticket.stay_reference = "R-1"
        self.assertEqual(len(self._touches()), 1, "R-1 is not a new stay")
        old.stay_reference = "R-2"
        new = self._touches().filtered(lambda t: t.stay_reference == "R-2")
        self.assertEqual(len(new), 1, "R-2 is new")
        self.assertEqual(new.ticket_id, old)

    def test_no_cross_hotel(self):
        self._prefer(company=self.company)
        self._complaint(company_id=self.company_b.id, stay_reference="B-1")
        self.assertFalse(self._touches(), "hotel A's preference stays in hotel A")
        self.guest.sudo()._hotel_set_recovery(self.company, "Test")
        self._complaint(company_id=self.company_b.id, stay_reference="B-2")
        self.assertFalse(self._touches(), "hotel A's recovery flag")
        self._complaint(stay_reference="A-1")
        touches = self._touches()
        self.assertEqual(set(touches.mapped("touch_kind")), {"gift", "dining"})
        self.assertEqual(touches.company_id, self.company)
        self.assertFalse(self.Touch.with_user(self.manager_b).search([]))
        profile = self.guest.with_user(self.manager_b).read(
            ["hotel_recovery_here", "hotel_touch_ids", "hotel_recovery_reason"]
        )[0]
        self.assertFalse(profile["hotel_recovery_here"])
        self.assertFalse(profile["hotel_touch_ids"], "hotel A's touches")
        with self.assertRaises(AccessError):
            touches.with_user(self.manager_b).read(["suggestion"])

    def test_plain_ticket_untouched(self):
        self._prefer()
        self.Ticket.create(
            {
                "name": "Printer",
                "description": "<p>Broken</p>",
                "partner_id": self.guest.id,
                "company_id": self.company.id,
            }
        )
        self.assertFalse(self._touches())


class TestGuestTouchRecord(TouchCase):
    def _touch(self):
        self._prefer()
        self._complaint()
        return self._touches()

    def test_done_from_chatter(self):
        touch = self._touch()
        touch.activity_id.with_user(self.hk_manager).action_feedback(
            feedback="Nut-free menu agreed with the chef."
        )
        self.assertEqual(touch.state, "done")
        self.assertEqual(touch.result_note, "Nut-free menu agreed with the chef.")
        self.assertEqual(touch.done_by_id, self.hk_manager)
        self.assertTrue(touch.done_date)
        self.assertIn(touch, self.guest.hotel_touch_ids)

    def test_done_and_not_done(self):
        touch = self._touch().with_user(self.agent)
        activity = touch.activity_id
        with self.assertRaises(UserError):
            touch.action_done()  # what was done, first
        touch.result_note = "Chef's letter and a nut-free cake."
        touch.action_done()
        self.assertEqual(touch.state, "done")
        self.assertEqual(touch.done_by_id, self.agent)
        self.assertFalse(activity.exists())
        with self.assertRaises(UserError):
            touch.action_not_done()
        with self.assertRaises(UserError):
            touch.touch_kind = "gift"
        touch.result_note = "Chef's letter and a nut-free birthday cake."
        other = self._complaint(stay_reference="R-9")
        pending = self._touches().filtered(lambda t: t.ticket_id == other)
        pending.with_user(self.agent).result_note = "The guest cancelled the stay."
        pending.with_user(self.agent).action_not_done()
        self.assertEqual(pending.state, "not_done")

    def test_reassign_moves_activity(self):
        touch = self._touch()
        touch.with_user(self.agent).user_id = self.agent
        self.assertEqual(touch.activity_id.user_id, self.agent)


class TestRecoveryFlag(TouchCase):
    def test_serious_closing_sets_flag_and_touch_follows(self):
        ticket = self._ready("serious")
        self.assertFalse(self.guest.hotel_recovery_flag, "not while open")
        ticket.stage_id = self.done
        self.assertTrue(self.guest.hotel_recovery_flag)
        self.assertEqual(self.guest.hotel_recovery_company_id, self.company)
        self.assertEqual(
            self.guest.hotel_recovery_date, fields.Date.context_today(self.guest)
        )
        self.assertIn(ticket.display_name, self.guest.hotel_recovery_reason)
        self._complaint(stay_reference="R-5")
        touch = self._touches()
        self.assertEqual(touch.touch_kind, "gift")
        self.assertIn(ticket.display_name, touch.reason)

    def test_moderate_closing_no_flag(self):
        self._ready("moderate").stage_id = self.done
        self.assertFalse(self.guest.hotel_recovery_flag)

    def test_followup_outcome_sets_flag(self):
        ticket = self._ready("moderate")
        ticket.stage_id = self.done
        followup = ticket.hotel_followup_ids.with_user(self.agent)
        followup.outcome = "satisfied"
        self.assertFalse(self.guest.hotel_recovery_flag)
        followup.outcome = "not_satisfied"
        self.assertTrue(self.guest.hotel_recovery_flag)
        self.assertIn("Not Satisfied", self.guest.hotel_recovery_reason)

    def test_declined_compensation_sets_flag(self):
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        proposal = self._proposal(ticket, 80, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        self.assertFalse(self.guest.hotel_recovery_flag)
        proposal.with_user(self.hk_staff).action_guest_declined()
        self.assertTrue(self.guest.hotel_recovery_flag)
        self.assertIn(proposal.name, self.guest.hotel_recovery_reason)

    def test_flag_not_writable_by_clients(self):
        for user in (self.hk_staff, self.agent, self.hotel_manager):
            with self.assertRaises(AccessError):
                self.guest.with_user(user).with_context(
                    default_hotel_recovery_flag=True
                ).write({"hotel_recovery_flag": True})
        self.assertFalse(self.guest.hotel_recovery_flag)

    def test_flag_not_set_by_clients_at_creation(self):
        # An agent who may create contacts (Odoo's Contact Creation).
        creator = new_test_user(
            self.env,
            login="t_contact_creator",
            groups=f"{common.GROUP_AGENT},base.group_partner_manager",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        Partner = self.env["res.partner"].with_user(creator)
        with self.assertRaises(AccessError):
            Partner.create({"name": "Flagged", "hotel_recovery_flag": True})
        with self.assertRaises(AccessError):
            Partner.with_context(default_hotel_recovery_flag=True).create(
                {"name": "Flagged by default"}
            )
        self.assertFalse(Partner.create({"name": "Plain guest"}).hotel_recovery_flag)

    def test_clear_by_guest_relations(self):
        self.guest._hotel_set_recovery(self.company, "Test")
        with self.assertRaises(AccessError):
            self.guest.with_user(self.hk_staff).action_hotel_clear_recovery()
        with self.assertRaises(UserError):
            self.guest.with_user(self.manager_b).action_hotel_clear_recovery()
        self.assertTrue(self.guest.with_user(self.agent).hotel_recovery_here)
        self.assertFalse(
            self.guest.with_user(self.manager_b).hotel_recovery_here,
            "the profile shows it in its own hotel only",
        )
        self.guest.with_user(self.agent).action_hotel_clear_recovery()
        self.assertFalse(self.guest.hotel_recovery_flag)
        self.assertFalse(self.guest.hotel_recovery_reason)

    def test_cleared_after_the_hotels_days(self):
        self.company.hotel_recovery_days = 30
        self.company_b.hotel_recovery_days = 0
        other = self.env["res.partner"].create({"name": "Other guest"})
        with freeze_time("2026-01-01"):
            self.guest._hotel_set_recovery(self.company, "Test")
            other._hotel_set_recovery(self.company_b, "Test")
        with freeze_time("2026-01-30"):
            self.env["res.partner"]._cron_hotel_recovery_expiry()
            self.assertTrue(self.guest.hotel_recovery_flag)
        with freeze_time("2026-01-31"):
            self.env["res.partner"]._cron_hotel_recovery_expiry()
            self.assertFalse(self.guest.hotel_recovery_flag)
            self.assertTrue(other.hotel_recovery_flag, "hotel B: by hand only")


class TestGuestTouchPerformance(TouchCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(
            context=dict(
                cls.env.context,
                lang="en_US",
                tz="Asia/Hong_Kong",
                tracking_disable=False,
                mail_notify_force_send=False,
            )
        )
        cls.Ticket = cls.env["helpdesk.ticket"]

    @warmup
    def test_query_count_complaint_with_touch(self):
        self._prefer()
        # A new stay each time (@warmup runs the test twice).
        self.Ticket.create(
            self._complaint_vals(stay_reference=f"P-{self.cr.sql_log_count}")
        )
        self.env.flush_all()
        self.env.invalidate_all()
        vals = self._complaint_vals(stay_reference=f"Q-{self.cr.sql_log_count}")
        with self.assertQueryCount(QUERIES_COMPLAINT_WITH_TOUCH):
            self.Ticket.create(vals)
        self.assertTrue(
            self._touches().filtered(
                lambda t: t.stay_reference == vals["stay_reference"]
            )
        )
