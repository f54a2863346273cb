# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""SQL query counts of creating complaints and bare tickets, and of the
escalation cron, pinned so that a regression fails the tests; and a smoke test
of the creation benchmark (tests/benchmarks/bench_complaint_create.py).

Each count is measured as the benchmark measures a ticket: from a cold record
cache (as in a new request), after a warm-up (``@warmup`` runs the test twice,
counting the second time), up to the flush and the pre-commit hooks (mail
tracking) that a commit runs. Tracking is on; emails are queued, not sent at
once. When a change makes a count lower, lower its pin; when it makes it
higher, make sure it is worth it (scripts/bench shows the time it costs).
"""

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path

from freezegun import freeze_time

from odoo import fields
from odoo.tests.common import warmup

from . import common

BENCHMARK = (
    Path(__file__).resolve().parents[2]
    / "tests"
    / "benchmarks"
    / "bench_complaint_create.py"
)
NOW = datetime(2026, 7, 1, 8, 0)

# Pinned query counts, measured (see the module's docstring). Where a
# complaint's queries go, step by step, is printed by
# tests/benchmarks/profile_complaint_create.py.
QUERIES_BARE_TICKET = 21
# Each complaint measured recurs the one created before it (the same guest,
# room, place and category): + 2 for the recurrence check (C5.2), the search
# of similar complaints and the insert of the links.
QUERIES_COMPLAINT = 29
QUERIES_COMPLAINT_SERIOUS = 61
# A complaint logged without its contact (C6.2): found by email, by phone,
# or created. Measured as QUERIES_COMPLAINT.
QUERIES_COMPLAINT_FOUND_BY_EMAIL = 28
QUERIES_COMPLAINT_FOUND_BY_PHONE = 30
QUERIES_COMPLAINT_NEW_CONTACT = 35
# The escalation cron over CRON_SMALL and CRON_LARGE newly breached complaints.
CRON_SMALL = 5
CRON_LARGE = 20
QUERIES_CRON_SMALL = 42
QUERIES_CRON_LARGE = 72


def _load_benchmark(path=BENCHMARK):
    spec = importlib.util.spec_from_file_location(f"hotel_complaint_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestPerformance(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # What the benchmark uses: tracking on, emails queued (in tests Odoo
        # would otherwise "send" them at once, on the same cursor).
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
        cls.channel = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone")
        cls.cat_food_hygiene = cls.env.ref("hotel_complaint.category_fnb_food_hygiene")
        cls.location = cls.env["hotel.location"].create(
            {
                "name": "Guest Floors 10-15",
                "code": "GF10",
                "location_type": "room",
                "company_id": cls.company.id,
                "default_team_id": cls.teams["housekeeping"].id,
            }
        )
        Rule = cls.env["hotel.complaint.routing.rule"]
        cls.rule_cleanliness = Rule.create(
            {
                "name": "Cleanliness to housekeeping",
                "sequence": 1,
                "company_id": cls.company.id,
                "category_id": cls.cat_cleanliness.id,
                "lead_team_id": cls.teams["housekeeping"].id,
            }
        )
        cls.rule_hygiene = Rule.create(
            {
                "name": "Food hygiene to F&B, housekeeping helps",
                "sequence": 2,
                "company_id": cls.company.id,
                "category_id": cls.cat_food_hygiene.id,
                "lead_team_id": cls.teams["fnb"].id,
                "collaborator_team_ids": [(6, 0, [cls.teams["housekeeping"].id])],
                "collaborator_hours": 4,
            }
        )

    def _complaint_text_vals(self, title, text, **kw):
        """A complaint left to auto-triage: no category, no severity."""
        vals = self._complaint_vals(
            name=title,
            description=f"<p>{text}</p>",
            guest_account=text,
            channel_id=self.channel.id,
            location_id=self.location.id,
            stay_reference="RES-4411",
            **kw,
        )
        vals.pop("severity")
        return vals

    def _minor_vals(self):
        return self._complaint_text_vals(
            "Dirty bathroom",
            "The bathroom was dirty, there was hair in the sink.",
            urgency="medium",
        )

    def _serious_vals(self):
        return self._complaint_text_vals(
            "Insect in soup",
            "There was an insect in my soup and a fly in the salad.",
            urgency="medium",
        )

    def _bare_vals(self):
        return {
            "name": "Dirty bathroom",
            "description": "<p>The bathroom was dirty.</p>",
            "partner_id": self.guest.id,
            "partner_name": self.guest.name,
            "partner_email": self.guest.email,
            "company_id": self.company.id,
            "channel_id": self.channel.id,
            # Unassigned: else helpdesk_mgmt's auto-assignment gives it to the
            # creator, and the teams of the creator (demo data) decide its team.
            "user_id": False,
        }

    def _create_measured(self, vals, expected):
        self.Ticket.create(dict(vals))  # one of each first
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(expected):
            ticket = self.Ticket.create(vals)
        return ticket

    @warmup
    def test_query_count_bare_ticket(self):
        ticket = self._create_measured(self._bare_vals(), QUERIES_BARE_TICKET)
        self.assertFalse(ticket.hotel_ticket_type)

    @warmup
    def test_query_count_complaint(self):
        """Triage, a matching routing rule, matrix deadlines, the leader
        assigned (following, without an assignment email); no alert. At most
        10 queries more than a bare ticket (issue target)."""
        self.assertLessEqual(QUERIES_COMPLAINT, QUERIES_BARE_TICKET + 10)
        ticket = self._create_measured(self._minor_vals(), QUERIES_COMPLAINT)
        self.assertEqual(ticket.triage_rule_id.category_id, self.cat_cleanliness)
        self.assertEqual(ticket.routing_rule_id, self.rule_cleanliness)
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(ticket.user_id, self.hk_manager)
        self.assertEqual(ticket.severity, "moderate")
        self.assertTrue(ticket.first_response_deadline)
        self.assertTrue(ticket.resolution_deadline)
        self.assertFalse(ticket.hotel_alert_sent)
        self.assertTrue(ticket.hotel_is_recurrence)

    def _without_contact_vals(self, **kw):
        vals = dict(self._minor_vals(), partner_name="Chen Jing", **kw)
        vals.pop("partner_id")
        return vals

    @warmup
    def test_query_count_complaint_found_by_email(self):
        """The guest's contact found by the normalised email: one search."""
        self.guest.email = "Mei.Lin@Example.com"
        vals = self._without_contact_vals(partner_email="mei.lin@example.com")
        ticket = self._create_measured(vals, QUERIES_COMPLAINT_FOUND_BY_EMAIL)
        self.assertEqual(ticket.partner_id, self.guest)

    @warmup
    def test_query_count_complaint_found_by_phone(self):
        """Found by phone: the email search, then the phone one."""
        vals = self._without_contact_vals(partner_phone="(852) 5555-0101")
        ticket = self._create_measured(vals, QUERIES_COMPLAINT_FOUND_BY_PHONE)
        self.assertEqual(ticket.partner_id, self.guest)

    @warmup
    def test_query_count_complaint_new_contact(self):
        """No contact found: both searches, and the contact created."""
        vals = self._without_contact_vals(
            partner_email="new.guest@example.com", partner_phone="+86 138 0013 8000"
        )
        self.Ticket.create(dict(vals))
        self.env.flush_all()
        self.env.invalidate_all()
        vals.update(
            partner_email="other.guest@example.com", partner_phone="+86 139 0013 9000"
        )
        with self.assertQueryCount(QUERIES_COMPLAINT_NEW_CONTACT):
            ticket = self.Ticket.create(vals)
        self.assertEqual(ticket.partner_id.email, "other.guest@example.com")

    @warmup
    def test_query_count_complaint_serious(self):
        """Triage to serious: alert activities for the duty manager and the
        security manager with a note, collaborating department tasks (the
        routing rule's, security's)."""
        ticket = self._create_measured(self._serious_vals(), QUERIES_COMPLAINT_SERIOUS)
        self.assertEqual(ticket.severity, "serious")
        self.assertEqual(ticket.routing_rule_id, self.rule_hygiene)
        self.assertEqual(ticket.team_id, self.teams["fnb"])
        self.assertTrue(ticket.hotel_alert_sent)
        self.assertIn(self.teams["housekeeping"], ticket.hotel_task_ids.team_id)

    def test_serious_complaint_activities_and_notifications(self):
        """What the batched creation of a serious complaint produces: the
        tasks of the routing rule and of security, each with its handler's
        activity (created quietly: no email per activity), the alert
        activities of the duty manager and security's leader, and one note
        on the complaint that notifies, once each, both of them and the
        tasks' handlers (security's leader is one), listing the tasks. Each
        follows what their activity is on."""
        with freeze_time(NOW):
            ticket = self.Ticket.create(dict(self._serious_vals(), reported_date=NOW))
            today = fields.Date.context_today(ticket)
        tasks = ticket.hotel_task_ids
        self.assertEqual(
            tasks.team_id, self.teams["housekeeping"] | self.teams["security"]
        )
        task_type = self.env.ref("hotel_complaint.mail_activity_type_department_task")
        for task in tasks:
            self.assertEqual(task.user_id, task.team_id.user_id)
            activity = task.activity_ids
            self.assertEqual(len(activity), 1, task.name)
            self.assertEqual(activity.activity_type_id, task_type)
            self.assertEqual(activity.user_id, task.user_id)
            self.assertEqual(activity.summary, task.name)
            self.assertEqual(activity.date_deadline, task.deadline.date())
            self.assertTrue(activity.automated)
            self.assertIn(task.user_id.partner_id, task.message_partner_ids)
            # No "activity assigned to you" email per task: the note below.
            notified = self.env["mail.message"].search(
                [
                    ("model", "=", "hotel.complaint.task"),
                    ("res_id", "=", task.id),
                    ("partner_ids", "!=", False),
                ]
            )
            self.assertFalse(notified, task.name)
        housekeeping = tasks.filtered(lambda t: t.team_id == self.teams["housekeeping"])
        self.assertEqual(housekeeping.deadline, NOW + timedelta(hours=4))
        self.assertEqual(housekeeping.user_id, self.hk_manager)
        security = tasks - housekeeping
        self.assertEqual(security.user_id, self.security_manager)
        alert_type = self.env.ref("hotel_complaint.mail_activity_type_complaint_alert")
        alerts = ticket.activity_ids.filtered(
            lambda a: a.activity_type_id == alert_type
        )
        self.assertEqual(alerts.user_id, self.duty_manager | self.security_manager)
        summary = f"Serious complaint: {ticket.display_name}"
        self.assertEqual(set(alerts.mapped("summary")), {summary})
        self.assertEqual(set(alerts.mapped("date_deadline")), {today})
        recipients = (
            self.duty_manager | self.security_manager | self.hk_manager
        ).partner_id
        self.assertLessEqual(alerts.user_id.partner_id, ticket.message_partner_ids)
        note = ticket.message_ids.filtered(lambda m: summary in (m.body or ""))
        self.assertEqual(len(note), 1)
        self.assertEqual(note.subtype_id, self.env.ref("mail.mt_note"))
        self.assertEqual(note.partner_ids, recipients)
        for task in tasks:
            self.assertIn(task.name, note.body)
        # Once each, and no other notification of the complaint.
        notifications = note.notification_ids
        self.assertEqual(notifications.res_partner_id, recipients)
        self.assertEqual(len(notifications), len(recipients))
        self.assertEqual(ticket.message_ids.filtered("partner_ids"), note)

    def test_complaint_tasks_notified_by_one_note(self):
        """A complaint that is not alerted but has collaborating tasks: its
        tasks' handlers are notified by one note on the complaint listing
        the tasks, not by one email per task activity."""
        vals = self._complaint_text_vals(
            "Hair in the salad",
            "There was hair in the salad.",
            urgency="low",
        )
        vals.update(category_id=self.cat_food_hygiene.id, severity="minor")
        ticket = self.Ticket.create(vals)
        self.assertFalse(ticket.hotel_alert_sent)
        self.assertEqual(ticket.routing_rule_id, self.rule_hygiene)
        task = ticket.hotel_task_ids
        self.assertEqual(task.team_id, self.teams["housekeeping"])
        self.assertEqual(task.activity_ids.user_id, self.hk_manager)
        self.assertIn(self.hk_manager.partner_id, task.message_partner_ids)
        self.assertFalse(
            self.env["mail.message"].search(
                [
                    ("model", "=", "hotel.complaint.task"),
                    ("res_id", "=", task.id),
                    ("partner_ids", "!=", False),
                ]
            )
        )
        note = ticket.message_ids.filtered("partner_ids")
        self.assertEqual(len(note), 1)
        self.assertEqual(note.partner_ids, self.hk_manager.partner_id)
        self.assertEqual(note.subtype_id, self.env.ref("mail.mt_note"))
        self.assertIn(task.name, note.body)

    def test_complaint_made_serious_one_note(self):
        """A complaint made serious later: security's task (its leader's
        activity) and the alert; security's leader, alerted and the task's
        handler, is notified once, by the alert note that lists the task."""
        ticket = self.Ticket.create(self._minor_vals())
        self.assertFalse(ticket.hotel_task_ids)
        ticket.severity = "serious"
        task = ticket.hotel_task_ids
        self.assertEqual(task.team_id, self.teams["security"])
        self.assertEqual(task.activity_ids.user_id, self.security_manager)
        self.assertTrue(ticket.hotel_alert_sent)
        note = ticket.message_ids.filtered("partner_ids")
        self.assertEqual(len(note), 1)
        self.assertEqual(
            note.partner_ids,
            (self.duty_manager | self.security_manager).partner_id,
        )
        self.assertIn(task.name, note.body)
        self.assertEqual(len(note.notification_ids), 2)

    def _breached_complaints(self, count):
        """``count`` complaints past their first response deadline, alone
        open: whatever else is open (demo data) is set aside, so that the
        count does not depend on the database's content."""
        self.Ticket.search(self.Ticket._hotel_open_complaints_domain()).write(
            {"active": False}
        )
        tickets = self.Ticket.create(
            [
                dict(self._minor_vals(), reported_date=NOW - timedelta(days=3))
                for _index in range(count)
            ]
        )
        self.env.flush_all()
        self.env.invalidate_all()
        return tickets

    def _assert_escalated(self, tickets):
        self.assertEqual(set(tickets.mapped("hotel_sla_state")), {"breached"})
        self.assertEqual(set(tickets.mapped("hotel_escalation_level")), {1})
        escalation = self.env.ref("hotel_complaint.mail_activity_type_escalation")
        for ticket in tickets:
            activity = ticket.activity_ids.filtered(
                lambda a: a.activity_type_id == escalation
            )
            self.assertEqual(activity.user_id, self.hk_manager)
            self.assertIn(
                self.hk_manager.partner_id, ticket.message_ids.partner_ids, ticket
            )

    @warmup
    def test_query_count_escalation_cron(self):
        """Complaints past their first response deadline, escalated to their
        department's leader by one run of the cron: a constant plus at most
        5 queries per complaint (issue target), alerts included."""
        counts = {}
        for count, expected in (
            (CRON_SMALL, QUERIES_CRON_SMALL),
            (CRON_LARGE, QUERIES_CRON_LARGE),
        ):
            with freeze_time(NOW):
                tickets = self._breached_complaints(count)
                with self.assertQueryCount(expected):
                    self.Ticket._cron_hotel_sla()
                self._assert_escalated(tickets)
            counts[count] = expected
        per_complaint = (QUERIES_CRON_LARGE - QUERIES_CRON_SMALL) / (
            CRON_LARGE - CRON_SMALL
        )
        self.assertLessEqual(per_complaint, 5)

    def test_escalation_cron_notifies_once_per_manager(self):
        """Several complaints escalated to one manager in a run: each logs its
        note naming them, the manager gets one notification listing them."""
        with freeze_time(NOW):
            tickets = self._breached_complaints(3)
            self.Ticket._cron_hotel_sla()
        self._assert_escalated(tickets)
        digest = self.env["mail.message"].search(
            [
                ("message_type", "=", "user_notification"),
                ("partner_ids", "=", self.hk_manager.partner_id.id),
            ]
        )
        self.assertEqual(len(digest), 1)
        for ticket in tickets:
            self.assertIn(ticket.display_name, digest.body)

    def test_escalation_cron_in_batches(self):
        """A burst larger than the batch: each run handles one batch and tells
        the cron runner how many remain, until all are escalated."""
        cron = self.env.ref("hotel_complaint.ir_cron_hotel_complaint_sla")
        with freeze_time(NOW):
            tickets = self._breached_complaints(7)
            runs = []
            while True:
                cron_run, progress = cron._add_progress()
                Ticket = self.Ticket.with_context(
                    ir_cron_progress_id=cron_run.env.context["ir_cron_progress_id"]
                )
                Ticket._cron_hotel_sla(batch_size=3)
                runs.append((progress.done, progress.remaining))
                if not progress.remaining or len(runs) > 5:
                    break
        self.assertEqual(runs, [(3, 4), (3, 1), (1, 0)])
        self._assert_escalated(tickets)

    def test_benchmark_smoke(self):
        """The benchmark's measuring function runs and returns its figures."""
        if not BENCHMARK.is_file():
            self.skipTest(f"{BENCHMARK} not found (addon outside its repository)")
        bench = _load_benchmark()
        result = bench.run(self.env, 5, warmup=1)
        for kind in ("complaint", "bare"):
            figures = result[kind]
            self.assertEqual(figures["n"], 5)
            self.assertGreater(figures["median_ms"], 0)
            self.assertGreaterEqual(figures["p95_ms"], figures["median_ms"])
            self.assertGreater(figures["queries_mean"], 0)
        self.assertGreater(result["ratio_median"], 0)
        self.assertEqual(
            result["queries_delta_mean"],
            result["complaint"]["queries_mean"] - result["bare"]["queries_mean"],
        )
        self.assertIn("time_target_met", result)
        self.assertIn("query_target_met", result)
        self.assertEqual(sum(path["n"] for path in result["paths"].values()), 5)
        self.assertIn("Targets:", bench.format_report(result))

    def test_compensation_benchmark_smoke(self):
        """The compensation benchmark (issue: propose, approve and deliver on
        500 complaints) runs every step and reports per-step figures."""
        bench = _load_benchmark(BENCHMARK.parent / "bench_compensation.py")
        result = bench.run(self.env, 4)
        self.assertEqual(result["count"], 4)
        self.assertEqual(result["reviewed"], 3)
        for step in bench.STEPS:
            self.assertGreater(result["steps"][step]["queries_mean"], 0, step)
        self.assertIn("Per complaint", bench.format_report(result))
