# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Follow-up visits after a complaint (C6.1) and their queue."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException, warmup

from . import common
from .common import GROUP_STAFF
from .test_compensation_security import STUFFED

VISIT = "hotel_complaint.mail_activity_type_follow_up_visit"


class TestFollowup(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.Followup = cls.env["hotel.complaint.followup"]
        cls.Rule = cls.env["hotel.complaint.followup.rule"]
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )

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

    def _close(self, ticket):
        ticket.stage_id = self.done
        return ticket.hotel_followup_ids

    # ------------------------------------------------------------------
    # Defaults and scheduling
    # ------------------------------------------------------------------

    def test_defaults_per_hotel(self):
        for company in (self.company, self.company_b):
            rules = self.Rule.search([("company_id", "=", company.id)])
            self.assertEqual(
                {
                    (r.severity, r.channel, r.responsible_type, r.delay_days)
                    for r in rules
                },
                {
                    ("urgent", "phone", "duty_manager", 1),
                    ("serious", "phone", "duty_manager", 1),
                    ("moderate", "email", "guest_relations", 3),
                },
            )
        # Idempotent: a second run adds nothing.
        self.assertFalse(self.Rule._create_company_defaults(self.company))

    @freeze_time("2026-07-01 10:00")
    def test_serious_call_by_duty_manager_next_day(self):
        ticket = self._ready("serious")
        followup = self._close(ticket)
        self.assertEqual(len(followup), 1)
        self.assertEqual(followup.channel, "phone")
        self.assertEqual(followup.user_id, self.duty_manager)
        self.assertEqual(followup.date_deadline, date(2026, 7, 2))
        activity = followup.activity_id
        self.assertEqual(activity.activity_type_id, self.env.ref(VISIT))
        self.assertEqual(
            (activity.res_model, activity.res_id), ("res.partner", self.guest.id)
        )
        self.assertEqual(activity.user_id, self.duty_manager)
        self.assertIn(ticket.display_name, activity.summary)

    @freeze_time("2026-07-01 10:00")
    def test_moderate_email_by_guest_relations_after_3_days(self):
        followup = self._close(self._ready("moderate"))
        self.assertEqual(
            (followup.channel, followup.user_id, followup.date_deadline),
            ("email", self.agent, date(2026, 7, 4)),
        )

    def test_minor_none(self):
        self.assertFalse(self._close(self._ready("minor")))

    @freeze_time("2026-07-01 10:00")
    def test_in_house_before_departure(self):
        ticket = self._ready(
            "moderate", arrival_date="2026-06-28", departure_date="2026-07-02"
        )
        followup = self._close(ticket)
        self.assertEqual(followup.date_deadline, date(2026, 7, 2), "before leaving")

    @freeze_time("2026-07-01 10:00")
    def test_departed_days_after_departure(self):
        rule = self.Rule.search(
            [("company_id", "=", self.company.id), ("severity", "=", "moderate")]
        )
        rule.departure_delay_days = 5
        ticket = self._ready(
            "moderate", arrival_date="2026-06-25", departure_date="2026-06-29"
        )
        followup = self._close(ticket)
        # 3 days after the resolution, also 5 days after departure.
        self.assertEqual(followup.date_deadline, date(2026, 7, 4))
        rule.departure_delay_days = 7  # 7 days after departure: later
        ticket = self._ready(
            "moderate", arrival_date="2026-06-25", departure_date="2026-06-29"
        )
        self.assertEqual(self._close(ticket).date_deadline, date(2026, 7, 6))

    def test_stay_dates_checked(self):
        with self.assertRaises(ValidationError):
            self._complaint(arrival_date="2026-07-02", departure_date="2026-07-01")

    def test_other_hotels_rule_not_applied(self):
        # Hotel B's moderate rule changed; hotel A's removed.
        self.Rule.search(
            [("company_id", "=", self.company_b.id), ("severity", "=", "moderate")]
        ).channel = "phone"
        self.Rule.search(
            [("company_id", "=", self.company.id), ("severity", "=", "moderate")]
        ).active = False
        self.assertFalse(self._close(self._ready("moderate")))
        # An edited rule of the hotel applies.
        self.Rule.create(
            {
                "company_id": self.company.id,
                "severity": "minor",
                "channel": "message",
                "responsible_type": "ticket_user",
                "delay_days": 2,
            }
        )
        followup = self._close(self._ready("minor"))
        self.assertEqual(followup.channel, "message")
        self.assertEqual(followup.user_id, self.hk_manager, "the responsible person")

    def test_no_partner_kept_on_complaint(self):
        ticket = self._ready(
            "moderate",
            partner_id=False,
            partner_name="Walk-in guest",
            partner_email="walkin@example.com",
        )
        # As a complaint logged before the intake found or created contacts.
        self.assertTrue(ticket.partner_id)
        ticket.partner_id = False
        followup = self._close(ticket)
        activity = followup.activity_id
        self.assertEqual(
            (activity.res_model, activity.res_id), (ticket._name, ticket.id)
        )
        self.assertIn("kept on the complaint", activity.summary)

    # ------------------------------------------------------------------
    # Bad input: no way to reach the guest
    # ------------------------------------------------------------------

    def test_no_contact_by_channel(self):
        guest = self.env["res.partner"].create(
            {"name": "Phone only", "phone": "+852 1"}
        )
        ticket = self._ready("moderate", partner_id=guest.id)
        followup = self._close(ticket)
        self.assertEqual(followup.channel, "phone", "the channel that exists")
        self.assertIn("instead", followup.activity_id.note)
        with self.assertRaises(ValidationError) as caught:
            followup.with_user(self.agent).channel = "email"
        self.assertIn("Phone Call", str(caught.exception), "proposes the phone")
        with self.assertRaises(ValidationError):
            self.Followup.with_user(self.agent).create(
                {
                    "ticket_id": ticket.id,
                    "partner_id": guest.id,
                    "channel": "email",
                    "date_deadline": "2026-07-10",
                }
            )

    # ------------------------------------------------------------------
    # Outcome
    # ------------------------------------------------------------------

    def test_outcome_satisfied_from_record(self):
        followup = self._close(self._ready("moderate")).with_user(self.agent)
        activity = followup.activity_id
        with self.assertRaises(UserError):
            followup.action_done()  # no outcome yet
        followup.write({"outcome": "satisfied", "outcome_note": "All good now."})
        followup.action_done()
        self.assertEqual(followup.state, "done")
        self.assertEqual(followup.done_by_id, self.agent)
        self.assertFalse(activity.exists(), "the activity is done with it")
        with self.assertRaises(UserError):
            followup.outcome = "not_satisfied"

    def test_outcome_suggestion_needs_text(self):
        followup = self._close(self._ready("moderate")).with_user(self.agent)
        followup.outcome = "suggestion"
        with self.assertRaises(UserError):
            followup.action_done()
        followup.outcome_note = "Offer late check-out to guests who complained."
        followup.action_done()
        self.assertEqual(followup.state, "done")

    def test_outcome_new_issue_opens_linked_complaint(self):
        old = self._ready("moderate")
        followup = self._close(old).with_user(self.agent)
        followup.write({"outcome": "new_issue", "outcome_note": "The safe is broken."})
        followup.action_done()
        new = followup.new_ticket_id
        self.assertTrue(new)
        self.assertEqual(new.hotel_ticket_type, "complaint")
        self.assertEqual(new.partner_id, self.guest, "same guest")
        self.assertEqual(new.hotel_origin_ticket_id, old)
        self.assertEqual(new.company_id, old.company_id)
        self.assertFalse(new.closed)
        followup.action_done()
        self.assertEqual(followup.new_ticket_id, new, "only once")

    def test_done_from_chatter(self):
        followup = self._close(self._ready("moderate"))
        followup.activity_id.with_user(self.agent).action_feedback(
            feedback="Happy with the new room."
        )
        self.assertEqual(followup.state, "done")
        self.assertEqual(followup.outcome_note, "Happy with the new room.")
        self.assertFalse(followup.outcome, "chosen on the follow-up")
        self.assertIn(
            followup,
            self.Followup.search([("state", "=", "done"), ("outcome", "=", False)]),
        )
        followup.with_user(self.agent).outcome = "new_issue"
        followup.with_user(self.agent).action_done()
        self.assertTrue(followup.new_ticket_id)

    def test_reopening_cancels_pending(self):
        ticket = self._ready("moderate")
        followup = self._close(ticket)
        activity = followup.activity_id
        ticket._hotel_reopen("The guest called back")
        self.assertFalse(ticket.closed)
        self.assertEqual(followup.state, "cancelled")
        self.assertFalse(activity.exists())
        with self.assertRaises(UserError):
            followup.with_user(self.agent).action_done()

    def test_process_fields_not_writable(self):
        followup = self._close(self._ready("moderate"))
        for vals in ({"state": "done"}, {"new_ticket_id": followup.ticket_id.id}):
            with self.assertRaises(UserError):
                followup.with_user(self.hotel_manager).write(vals)
            with self.assertRaises(UserError):
                followup.with_user(self.hotel_manager).with_context(
                    default_state="done"
                ).write(vals)

    # ------------------------------------------------------------------
    # Access
    # ------------------------------------------------------------------

    def test_access_per_group(self):
        followup = self._close(self._ready("moderate"))
        # Housekeeping staff see the follow-ups of their department's complaint.
        self.assertEqual(
            self.Followup.with_user(self.hk_staff).search([("id", "=", followup.id)]),
            followup,
        )
        with self.assertRaises(AccessError):
            self.Followup.with_user(self.hk_staff).create(
                {
                    "ticket_id": followup.ticket_id.id,
                    "channel": "phone",
                    "date_deadline": "2026-07-10",
                }
            )
        # Engineering staff do not.
        self.assertFalse(
            self.Followup.with_user(self.eng_staff).search([("id", "=", followup.id)])
        )
        with self.assertRaises(AccessError):
            followup.with_user(self.eng_staff).outcome = "satisfied"
        # ... unless it is assigned to them.
        followup.user_id = self.eng_staff
        self.assertTrue(
            self.Followup.with_user(self.eng_staff).search([("id", "=", followup.id)])
        )
        # Another hotel's manager sees nothing, nor edits this hotel's rules.
        self.assertFalse(
            self.Followup.with_user(self.manager_b).search([("id", "=", followup.id)])
        )
        rule = followup.rule_id
        self.assertFalse(
            self.Rule.with_user(self.manager_b).search([("id", "=", rule.id)])
        )
        with self.assertRaises(AccessError):
            rule.with_user(self.agent).delay_days = 0
        rule.with_user(self.duty_manager).delay_days = 2
        # A portal user: nothing.
        portal = common.new_test_user(
            self.env, login="t_fu_portal", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            self.Followup.with_user(portal).search([])
        with self.assertRaises(AccessError):
            self.Rule.with_user(portal).search([])

    def test_queue_menu_and_views(self):
        """The queue (C6.1, issue point 2): guest relations' menu, with list,
        kanban and calendar views and the filters of the queue."""
        menu = self.env.ref("hotel_complaint.hotel_complaint_followup_menu")
        Menu = self.env["ir.ui.menu"]
        self.assertIn(menu.id, Menu.with_user(self.agent)._visible_menu_ids())
        self.assertNotIn(menu.id, Menu.with_user(self.hk_staff)._visible_menu_ids())
        rules_menu = self.env.ref("hotel_complaint.hotel_complaint_followup_rule_menu")
        self.assertIn(
            rules_menu.id, Menu.with_user(self.hotel_manager)._visible_menu_ids()
        )
        self.assertNotIn(rules_menu.id, Menu.with_user(self.agent)._visible_menu_ids())
        views = self.Followup.with_user(self.agent).get_views(
            [(False, "list"), (False, "kanban"), (False, "calendar"), (False, "search")]
        )["views"]
        self.assertEqual(set(views), {"list", "kanban", "calendar", "search"})
        search = views["search"]["arch"]
        for name in (
            "due_today",
            "overdue",
            "done",
            "channel_phone",
            "severity_urgent",
            "group_user",
        ):
            self.assertIn(f'name="{name}"', search)

    @freeze_time("2026-07-01 10:00")
    def test_queue_filters_due_and_overdue(self):
        today = self._close(self._ready("serious"))
        today.date_deadline = "2026-07-01"
        late = self._close(self._ready("moderate"))
        late.date_deadline = "2026-06-30"
        self.assertTrue(late.is_overdue)
        self.assertFalse(today.is_overdue)

    def test_staff_closing_schedules(self):
        """Department staff close: the process schedules what they may not
        create themselves."""
        ticket = self._ready("serious")
        ticket.with_user(self.hk_manager).stage_id = self.done
        self.assertEqual(ticket.hotel_followup_ids.user_id, self.duty_manager)

    # ------------------------------------------------------------------
    # Performance
    # ------------------------------------------------------------------

    def _measure_closing(self, severity, expected):
        # A Done stage sending no mail of its own (stage mail, survey): what
        # sending costs depends on the runner's mail setup, not on the
        # follow-ups measured here.
        quiet_done = self.done.copy(
            {"mail_template_id": False, "rating_mail_template_id": False}
        )
        ticket = self._ready(severity)
        self.env.flush_all()
        self.env.invalidate_all()
        start = self.cr.sql_log_count
        with self.assertQueryCount(expected):
            ticket.stage_id = quiet_done
            self.env.flush_all()
        return ticket, self.cr.sql_log_count - start

    @warmup
    def test_query_count_closing(self):
        """Closing with the follow-up scheduled costs at most 15 queries more
        than closing without a rule (issue target)."""
        rule = self.Rule.search(
            [("company_id", "=", self.company.id), ("severity", "=", "serious")]
        )
        if "hotel_crm_recovery" in self.company._fields:
            # With the CRM bridge, a serious complaint also opens a guest
            # recovery opportunity: measured by that addon's own pin; here
            # the visit alone, as without CRM.
            self.company.hotel_crm_recovery = False
        rule.active = False
        without, count_without = self._measure_closing(
            "serious", QUERIES_CLOSING_WITHOUT
        )
        self.assertFalse(without.hotel_followup_ids)
        rule.active = True
        with_rule, count_with = self._measure_closing("serious", QUERIES_CLOSING_WITH)
        self.assertTrue(with_rule.hotel_followup_ids)
        # The target, measured in the same run whichever the runner.
        self.assertLessEqual(count_with, count_without + 15)


# Odoo's runner counts more than pytest-odoo on both (47 and 60 there):
# the pins hold in both, the difference is asserted from the same run.
# Closing a serious complaint flags the guest for service recovery (C6.2):
# the contact's update and its tracking message.
QUERIES_CLOSING_WITHOUT = 59
QUERIES_CLOSING_WITH = 73


@tagged("post_install", "-at_install")
class TestFollowupRpc(HttpCase):
    """The follow-up's process fields over JSON-RPC, context stuffed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Housekeeping (RPC)", "hotel_department_type": "housekeeping"}
        )
        cls.staff = new_test_user(cls.env, login="t_fu_rpc_staff", groups=GROUP_STAFF)
        new_test_user(cls.env, login="t_fu_rpc_portal", groups="base.group_portal")
        team.write({"user_ids": [(4, cls.staff.id)]})
        ticket = cls.env["helpdesk.ticket"].create(
            {
                "name": "Noisy room",
                "description": "<p>Noise</p>",
                "hotel_ticket_type": "complaint",
                "team_id": team.id,
                "partner_email": "noise.rpc@example.com",
                "severity": "moderate",
            }
        )
        cls.followup = cls.env["hotel.complaint.followup"].create(
            {
                "ticket_id": ticket.id,
                "channel": "email",
                "user_id": cls.staff.id,
                "date_deadline": "2026-07-10",
            }
        )

    def _call(self, method, args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "hotel.complaint.followup",
                "method": method,
                "args": args,
                "kwargs": {"context": dict(STUFFED, default_state="done")},
            },
        )

    def test_process_fields_refused(self):
        self.authenticate("t_fu_rpc_staff", "t_fu_rpc_staff")
        for vals in ({"state": "done"}, {"done_by_id": self.staff.id}):
            with self.assertRaises(JsonRpcException) as caught:
                self._call("write", [[self.followup.id], vals])
            self.assertEqual(str(caught.exception), "odoo.exceptions.UserError")
        with self.assertRaises(JsonRpcException) as caught:
            self._call(
                "create",
                [{"ticket_id": self.followup.ticket_id.id, "channel": "email"}],
            )
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
        self._call("write", [[self.followup.id], {"outcome": "satisfied"}])
        self._call("action_done", [[self.followup.id]])
        self.assertEqual(self.followup.state, "done")

    def test_portal_nothing(self):
        self.authenticate("t_fu_rpc_portal", "t_fu_rpc_portal")
        with self.assertRaises(JsonRpcException) as caught:
            self._call("search_read", [[], ["state"]])
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
