# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Improvement plans (C5.2): corrective and preventive actions, their
escalation when overdue and the verification that the problem did not come
back."""

from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from . import common
from .test_compensation_security import STUFFED

OVERDUE = "hotel_complaint.mail_activity_type_action_overdue"
VERIFY = "hotel_complaint.mail_activity_type_action_verification"


class ImprovementCase(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Action = cls.env["hotel.improvement.action"]
        cls.Cause = cls.env["hotel.complaint.cause"]
        cls.cause = cls.Cause.create(
            {
                "name": "Rushed turnaround",
                "code": "t_rushed",
                "company_id": cls.company.id,
            }
        )
        cls.other_cause = cls.Cause.create(
            {"name": "Supplier", "code": "t_supplier", "company_id": cls.company.id}
        )
        cls.location = cls.env["hotel.location"].create(
            {"name": "Floor 12", "company_id": cls.company.id}
        )

    def _action(self, user=None, **kw):
        vals = {
            "name": "Check every turned-around room",
            "team_id": self.teams["housekeeping"].id,
            "user_id": self.hk_staff.id,
            "date_deadline": "2026-07-10",
            "company_id": self.company.id,
        }
        vals.update(kw)
        return self.Action.with_user(user or self.hk_manager).create(vals)

    def _activities(self, record, xmlid):
        return record.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(xmlid)
        )


class TestImprovementAction(ImprovementCase):
    @freeze_time("2026-07-01 10:00")
    def test_lifecycle_and_effective_verification(self):
        ticket = self._complaint(
            category_id=self.cat_cleanliness.id, location_id=self.location.id
        )
        action = self._action(ticket_ids=[(6, 0, ticket.ids)])
        self.assertEqual(action.state, "draft")
        action.with_user(self.hk_manager).action_open()
        self.assertEqual(action.state, "open")
        # The owner, department staff, marks their own action done.
        action.with_user(self.hk_staff).action_done()
        self.assertEqual(action.state, "done")
        self.assertEqual(action.date_done, date(2026, 7, 1))
        self.assertEqual(action.verification_state, "pending")
        self.assertEqual(action.verification_date, date(2026, 7, 31))
        # Not yet due: nothing proposed.
        self.Action._cron_hotel_improvement()
        self.assertEqual(action.verification_state, "pending")
        with freeze_time("2026-07-31 08:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.verification_state, "proposed")
        self.assertEqual(action.verification_proposal, "effective")
        self.assertEqual(action.recurrence_count, 0)
        activity = self._activities(action, VERIFY)
        self.assertEqual(activity.user_id, self.hk_manager)
        self.assertIn("Proposed: effective", activity.summary)
        action.with_user(self.hk_manager).action_confirm_effective()
        self.assertEqual(action.verification_state, "effective")
        self.assertEqual(action.verified_by_id, self.hk_manager)
        self.assertFalse(self._activities(action, VERIFY))

    @freeze_time("2026-07-01 10:00")
    def test_recurrence_not_effective(self):
        ticket = self._complaint(
            category_id=self.cat_cleanliness.id, location_id=self.location.id
        )
        action = self._action(
            ticket_ids=[(6, 0, ticket.ids)], cause_ids=[(6, 0, self.cause.ids)]
        )
        action.action_open()
        action.action_done()
        with freeze_time("2026-07-10 10:00"):
            same = self._complaint(
                category_id=self.cat_cleanliness.id, location_id=self.location.id
            )
            same.sudo().hotel_cause_id = self.cause
            # Another cause, another category, another hotel: not the pattern.
            other_cause = self._complaint(
                category_id=self.cat_cleanliness.id, location_id=self.location.id
            )
            other_cause.sudo().hotel_cause_id = self.other_cause
            self._complaint(
                category_id=self.cat_food_hygiene.id, location_id=self.location.id
            ).sudo().hotel_cause_id = self.cause
            self._complaint(company_id=self.company_b.id)
        with freeze_time("2026-08-01 08:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.verification_proposal, "not_effective")
        self.assertEqual(action.recurrence_ticket_ids, same)
        self.assertEqual(action.recurrence_count, 1)
        self.assertIn(
            "Proposed: not effective", self._activities(action, VERIFY).summary
        )
        # The manager may override the proposal.
        action.with_user(self.hk_manager).action_confirm_not_effective()
        self.assertEqual(action.verification_state, "not_effective")

    @freeze_time("2026-07-01 10:00")
    def test_verification_delay_per_hotel(self):
        self.company.hotel_action_verification_days = 10
        action = self._action()
        action.action_open()
        action.action_done()
        self.assertEqual(action.verification_date, date(2026, 7, 11))

    def test_overdue_escalation(self):
        self.company.hotel_action_escalation_days = 2
        with freeze_time("2026-07-01 10:00"):
            action = self._action(date_deadline="2026-07-05")
            action.action_open()
            other = self._action(date_deadline="2026-07-20")
            other.action_open()
        with freeze_time("2026-07-06 10:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.escalation_level, 1)
        self.assertEqual(self._activities(action, OVERDUE).user_id, self.hk_staff)
        self.assertFalse(other.escalation_level)
        with freeze_time("2026-07-07 10:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.escalation_level, 1)
        with freeze_time("2026-07-08 10:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.escalation_level, 2)
        self.assertIn(self.hk_manager, self._activities(action, OVERDUE).user_id)
        with freeze_time("2026-07-10 10:00"):
            self.Action._cron_hotel_improvement()
        self.assertEqual(action.escalation_level, 3)
        self.assertIn(self.duty_manager, self._activities(action, OVERDUE).user_id)
        # Done: the overdue activities close with it.
        action.with_user(self.hk_staff).action_done()
        self.assertFalse(self._activities(action, OVERDUE))

    def test_cron_batches(self):
        with freeze_time("2026-07-01 10:00"):
            actions = self.Action.create(
                [
                    {
                        "name": f"Action {i}",
                        "team_id": self.teams["housekeeping"].id,
                        "user_id": self.hk_staff.id,
                        "date_deadline": "2026-07-02",
                        "company_id": self.company.id,
                    }
                    for i in range(3)
                ]
            )
            actions.action_open()
        with freeze_time("2026-07-06 10:00"):
            self.Action._cron_hotel_improvement(batch_size=2)
            self.assertEqual(sorted(actions.mapped("escalation_level")), [0, 1, 1])
            self.Action._cron_hotel_improvement(batch_size=2)
            self.assertEqual(actions.mapped("escalation_level"), [1, 1, 1])

    def test_only_managers_confirm(self):
        with freeze_time("2026-07-01 10:00"):
            action = self._action()
            action.action_open()
            action.with_user(self.hk_staff).action_done()
        with self.assertRaises(AccessError):
            action.with_user(self.hk_staff).with_context(
                **STUFFED
            ).action_confirm_effective()
        # Another department's manager cannot confirm it either.
        other_manager = new_test_user(
            self.env,
            login="t_eng_manager",
            groups=common.GROUP_DEPT_MANAGER,
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        self.teams["engineering"].user_id = other_manager
        with self.assertRaises(AccessError):
            action.with_user(other_manager).action_confirm_effective()
        self.assertEqual(action.verification_state, "pending")
        # A draft action has nothing to confirm.
        with self.assertRaises(UserError):
            self._action().action_confirm_effective()

    def test_process_fields_refused(self):
        action = self._action()
        manager = action.with_user(self.hk_manager).with_context(**STUFFED)
        for vals in (
            {"state": "done"},
            {"verification_state": "effective"},
            {"escalation_level": 0},
            {"recurrence_ticket_ids": [(6, 0, [])]},
            {"verified_by_id": self.hk_manager.id},
        ):
            with self.assertRaises(UserError):
                manager.write(vals)
        with self.assertRaises(UserError):
            self._action(state="done", verification_state="effective")
        with self.assertRaises(UserError):
            manager.write({"verification_date": "2026-01-01"})
        with self.assertRaises(UserError):
            action.with_user(self.hotel_manager).write(
                {"company_id": self.company_b.id}
            )
        self.assertEqual(action.state, "draft")

    def test_closed_action_frozen(self):
        action = self._action()
        action.action_open()
        action.with_user(self.hk_staff).action_done()
        with self.assertRaises(UserError):
            action.with_user(self.hk_manager).write({"date_deadline": "2026-12-31"})
        action.with_user(self.hk_manager).description = "<p>Check list v2</p>"
        # Only open actions can be marked done.
        with self.assertRaises(UserError):
            action.with_user(self.hk_staff).action_done()

    def test_access(self):
        hk_action = self._action()
        eng_action = self._action(
            user=self.hotel_manager,
            team_id=self.teams["engineering"].id,
            user_id=self.eng_staff.id,
        )
        # Staff read their department's actions and their own, nothing else.
        Staff = self.Action.with_user(self.hk_staff)
        self.assertEqual(Staff.search([]), hk_action)
        with self.assertRaises(AccessError):
            eng_action.with_user(self.hk_staff).read(["name"])
        with self.assertRaises(AccessError):
            Staff.create(
                {
                    "name": "Mine",
                    "team_id": self.teams["housekeeping"].id,
                    "user_id": self.hk_staff.id,
                    "date_deadline": "2026-07-10",
                }
            )
        with self.assertRaises(AccessError):
            hk_action.with_user(self.hk_staff).write({"name": "Renamed"})
        # The staff owner cannot start it (a manager's step) ...
        with self.assertRaises(AccessError):
            hk_action.with_user(self.hk_staff).action_open()
        # ... nor another department's staff mark it done.
        hk_action.action_open()
        with self.assertRaises(AccessError):
            hk_action.with_user(self.eng_staff).action_done()
        # Department managers read all of their hotel, change their own.
        self.assertIn(eng_action, self.Action.with_user(self.hk_manager).search([]))
        with self.assertRaises(AccessError):
            eng_action.with_user(self.hk_manager).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            self._action(team_id=self.teams["engineering"].id)
        # A department manager cannot move an action out of their reach.
        with self.assertRaises(AccessError):
            hk_action.with_user(self.hk_manager).write(
                {"team_id": self.teams["engineering"].id}
            )
        eng_action.with_user(self.hotel_manager).write({"name": "Renamed"})
        # Other hotels and the portal: nothing.
        self.assertFalse(self.Action.with_user(self.manager_b).search([]))
        portal = new_test_user(
            self.env, login="t_action_portal", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            self.Action.with_user(portal).search([])

    def test_company_checks(self):
        ticket_b = self._complaint(company_id=self.company_b.id)
        with self.assertRaises(UserError):
            self._action(user=self.hotel_manager, ticket_ids=[(6, 0, ticket_b.ids)])
        with self.assertRaises(UserError):
            self._action(
                user=self.hotel_manager, team_id=self.teams["housekeeping_b"].id
            )

    def test_verdict_summary_figures(self):
        action = self._action()
        action.action_open()
        action.action_done()
        action.sudo().date_done = datetime(2026, 7, 1).date()
        tickets = self._complaint() | self._complaint()
        summary = action._hotel_verdict_summary(tickets)
        self.assertIn("2 complaints", summary)
        self.assertIn(tickets[0].display_name, summary)

    def test_complaint_side(self):
        ticket = self._complaint()
        action = self._action(ticket_ids=[(6, 0, ticket.ids)])
        self._action(name="Another one")
        self.assertEqual(
            ticket.with_user(self.hk_manager).hotel_improvement_action_count, 1
        )
        view = ticket.action_view_hotel_improvement_actions()
        self.assertEqual(self.Action.search(view["domain"]), action)
        form = ticket.action_hotel_recognise_staff()
        recognition = (
            self.env["hotel.staff.recognition"]
            .with_user(self.hk_manager)
            .with_context(**form["context"])
            .create({"user_id": self.hk_staff.id, "reason": "Calm and quick"})
        )
        self.assertEqual(recognition.ticket_id, ticket)
        self.assertEqual(recognition.kind, "resolved_well")
