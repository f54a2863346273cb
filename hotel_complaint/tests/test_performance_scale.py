# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What staff open every minute costs the same whatever the history: the
Overdue and Stuck counts, the idle escalation cron and the Complaints list's
first page make the same SQL queries with 50 and with 500 closed complaints
(inserted with SQL, as tests/benchmarks/bench_scale.py does at scale), and the
open-work count goes through an index. And the Stuck rule of department
tasks: one task both open and overdue."""

from datetime import timedelta

from odoo import fields
from odoo.tools import SQL
from odoo.tools.safe_eval import safe_eval

from . import common

# Pinned query counts, the same at both history sizes (cold record cache,
# after a warm-up). When a change makes one lower, lower its pin.
QUERIES_OVERDUE_COUNT = 1
QUERIES_STUCK_COUNT = 2
QUERIES_CRON_IDLE = 5
QUERIES_LIST_PAGE = 6
HISTORY_SIZES = (50, 500)
PLAN_HISTORY = 3000


class TestPerformanceScale(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.Ticket = cls.env["helpdesk.ticket"]
        now = fields.Datetime.now()
        # Whatever else is open (demo data) is set aside: the counts must not
        # depend on the database's content.
        cls.Ticket.search([("hotel_is_open", "=", True)]).write({"active": False})
        housekeeping = cls.teams["housekeeping"]
        cls.open = cls.Ticket.create(
            [
                cls._complaint_vals(
                    name=f"Open {index}",
                    team_id=housekeeping.id,
                    reported_date=now - timedelta(days=3 if index < 2 else 0),
                )
                for index in range(6)
            ]
        )
        cls.env["hotel.complaint.task"].create(
            {
                "ticket_id": cls.open[2].id,
                "team_id": cls.teams["engineering"].id,
                "name": "Check the pipes",
                "deadline": now - timedelta(hours=2),
            }
        )
        # The closed complaint (with a finished housekeeping task) that the
        # history is copied from.
        cls.template = cls._complaint(
            name="Closed", team_id=cls.teams["engineering"].id
        )
        cls.template_task = cls.env["hotel.complaint.task"].create(
            {
                "ticket_id": cls.template.id,
                "team_id": housekeeping.id,
                "name": "Clean again",
                "deadline": now - timedelta(days=30),
            }
        )
        cls.env.flush_all()
        done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.env.cr.execute(
            "UPDATE helpdesk_ticket SET stage_id = %s, hotel_is_open = FALSE, "
            "reported_date = %s WHERE id = %s",
            [done.id, now - timedelta(days=400), cls.template.id],
        )
        cls.env.cr.execute(
            "UPDATE hotel_complaint_task SET state = 'done' WHERE id = %s",
            [cls.template_task.id],
        )
        cls.env.invalidate_all()
        cls.history = 1

    def _columns(self, table, *skip):
        self.env.cr.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = %s AND column_name != ALL(%s)",
            [table, ["id", *skip]],
        )
        return SQL(", ").join(SQL.identifier(row[0]) for row in self.env.cr.fetchall())

    def _grow_history(self, size):
        """Copy the closed complaint and its finished task until there are
        ``size`` closed complaints."""
        missing = size - self.history
        if missing <= 0:
            return
        tickets, tasks = (
            self._columns("helpdesk_ticket"),
            self._columns("hotel_complaint_task", "ticket_id"),
        )
        self.env.cr.execute(
            SQL(
                "INSERT INTO helpdesk_ticket (%(cols)s) SELECT %(cols)s "
                "FROM helpdesk_ticket, generate_series(1, %(n)s) WHERE id = %(id)s "
                "RETURNING id",
                cols=tickets,
                n=missing,
                id=self.template.id,
            )
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        self.env.cr.execute(
            SQL(
                "INSERT INTO hotel_complaint_task (ticket_id, %(cols)s) "
                "SELECT ticket.id, %(cols)s FROM hotel_complaint_task, "
                "unnest(%(ids)s) AS ticket(id) "
                "WHERE hotel_complaint_task.id = %(task)s",
                cols=tasks,
                ids=ids,
                task=self.template_task.id,
            )
        )
        self.history = size
        self.env.invalidate_all()

    def _measures(self):
        """The measured paths, as the benchmark measures them."""
        agent = self.env(user=self.agent)
        staff = self.env(user=self.hk_staff)
        action = self.env.ref("hotel_complaint.helpdesk_ticket_action_complaint")
        domain = safe_eval(action.domain) + [("hotel_is_open", "=", True)]
        spec = {
            "number": {},
            "name": {},
            "priority": {},
            "severity": {},
            "hotel_sla_state": {},
            "stage_id": {"fields": {"display_name": {}}},
            "team_id": {"fields": {"display_name": {}}},
            "user_id": {"fields": {"display_name": {}}},
        }
        overdue = [("hotel_is_overdue", "=", True)]
        stuck = [("hotel_is_stuck", "=", True)]
        return {
            "overdue count": (
                QUERIES_OVERDUE_COUNT,
                lambda: agent["helpdesk.ticket"].search_count(overdue),
            ),
            "overdue count (staff)": (
                QUERIES_OVERDUE_COUNT,
                lambda: staff["helpdesk.ticket"].search_count(overdue),
            ),
            "stuck count": (
                QUERIES_STUCK_COUNT,
                lambda: agent["helpdesk.ticket"].search_count(stuck),
            ),
            "stuck count (staff)": (
                QUERIES_STUCK_COUNT,
                lambda: staff["helpdesk.ticket"].search_count(stuck),
            ),
            "cron idle": (
                QUERIES_CRON_IDLE,
                lambda: self.Ticket._cron_hotel_sla(),
            ),
            "list page": (
                QUERIES_LIST_PAGE,
                lambda: agent["helpdesk.ticket"].web_search_read(
                    domain, spec, limit=80, count_limit=10001
                ),
            ),
        }

    def test_query_counts_do_not_depend_on_history(self):
        results = {}
        for size in HISTORY_SIZES:
            self._grow_history(size)
            for name, (expected, func) in self._measures().items():
                func()  # warm-up: record rules, views, registries
                self.env.flush_all()
                self.env.invalidate_all()
                with self.subTest(measure=name, history=size):
                    with self.assertQueryCount(expected):
                        results[name, size] = func()
        low, high = HISTORY_SIZES
        self.assertEqual(results["overdue count", low], 2)
        self.assertEqual(results["overdue count", high], 2)
        self.assertEqual(results["stuck count", high], 3)
        self.assertEqual(results["list page", high]["length"], 6)

    def test_open_work_count_uses_an_index(self):
        """The Overdue count's plan reads the open work through an index, not
        the whole table, once PostgreSQL knows the history's size."""
        self._grow_history(PLAN_HISTORY)
        self.env.cr.execute("ANALYZE helpdesk_ticket")
        query = self.env(user=self.agent)["helpdesk.ticket"]._search(
            [("hotel_is_overdue", "=", True)]
        )
        self.env.cr.execute(SQL("EXPLAIN %s", query.select(SQL("COUNT(*)"))))
        plan = "\n".join(row[0] for row in self.env.cr.fetchall())
        self.assertIn("Index", plan)
        self.assertNotIn("Seq Scan on helpdesk_ticket", plan)


class TestStuckTasks(common.HotelCase):
    def test_stuck_needs_one_task_open_and_overdue(self):
        """One finished overdue task and another open task within its
        deadline: not stuck; the open task overdue: stuck."""
        now = fields.Datetime.now()
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        Task = self.env["hotel.complaint.task"]
        finished = Task.create(
            {
                "ticket_id": ticket.id,
                "team_id": self.teams["engineering"].id,
                "name": "Check the pipes",
                "deadline": now - timedelta(hours=3),
            }
        )
        finished.action_done()
        on_time = Task.create(
            {
                "ticket_id": ticket.id,
                "team_id": self.teams["fnb"].id,
                "name": "Ask the kitchen",
                "deadline": now + timedelta(hours=3),
            }
        )
        self.env.flush_all()
        stuck = [("hotel_is_stuck", "=", True)]
        self.assertNotIn(ticket, self.Ticket.search(stuck))
        ticket.invalidate_recordset(["hotel_is_stuck"])
        self.assertFalse(ticket.hotel_is_stuck)
        on_time.deadline = now - timedelta(hours=1)
        self.env.flush_all()
        self.assertIn(ticket, self.Ticket.search(stuck))
        ticket.invalidate_recordset(["hotel_is_stuck"])
        self.assertTrue(ticket.hotel_is_stuck)


class TestOpenFlag(common.HotelCase):
    def test_open_flag_follows_the_stage(self):
        """hotel_is_open follows the ticket's stage, and the stage's own
        Closed flag when it changes."""
        ticket = self._complaint()
        self.assertTrue(ticket.hotel_is_open)
        stage = self.env["helpdesk.ticket.stage"].create(
            {"name": "Waiting for the guest", "closed": False}
        )
        ticket.stage_id = stage
        self.env.flush_all()
        self.assertIn(ticket, self.Ticket.search([("hotel_is_open", "=", True)]))
        stage.write({"closed": True, "hotel_closing_checks": False})
        self.env.flush_all()
        self.assertFalse(ticket.hotel_is_open)
        self.assertNotIn(ticket, self.Ticket.search([("hotel_is_open", "=", True)]))
        self.assertIn(ticket, self.Ticket.search([("hotel_is_overdue", "=", False)]))
        stage.closed = False
        self.env.flush_all()
        self.assertTrue(ticket.hotel_is_open)
