#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
# (a command-line tool: it prints its report)
"""Benchmark at scale: what staff open every minute, as the history grows.

A hotel whose complaint history grows (``--history 20000,200000``) while its
open work stays the same: about 1,000 open complaints, about 190 of them
overdue and already escalated, a few open department tasks (some overdue).

Growing (committed: use a throwaway database, see below):

* the hotel is staffed through the ORM (departments with leaders, a duty
  manager, a Guest Relations agent, a housekeeping staff member, guests,
  locations, routing rules: ``bench_complaint_create.setup_fixtures``);
* the open complaints are created through the ORM (intake, auto-triage,
  routing, matrix deadlines, collaborating tasks), then spread over the last
  three days with SQL: deadlines recomputed from the matrix as the ORM does,
  the overdue ones already breached and escalated to the duty manager, so
  that the escalation cron has nothing to do;
* the closed history is inserted with SQL (``INSERT ... SELECT
  generate_series``): every column the ORM writes for a complaint closed in a
  closed stage (number from the ticket sequence, matrix cell, priority,
  deadlines, deadline status, acknowledgement, resolution, dates spread over
  two years), and a finished department task for one complaint in seven. Mail
  messages, followers and feedback rounds are not inserted: no measured path
  reads them. Then ``VACUUM ANALYZE``.

Measuring, at each size, in a transaction that is rolled back (median of
``--runs`` runs, each from a cold record cache, ``env.invalidate_all()``; SQL
queries counted with ``cr.sql_log_count``, time with ``time.perf_counter``):

* ``cron idle``: ``_cron_hotel_sla()`` as superuser with nothing to do;
* ``overdue count`` / ``stuck count``: ``search_count`` of the Overdue and
  Stuck menus' domains, as the Guest Relations agent and as the department
  staff member (record rules apply);
* ``list page``: the Complaints list's first page as the web client loads it
  (``web_search_read`` of the action's domain and default filters (Open),
  the list view's fields,
  helpdesk_mgmt's order, limit 80, count limit 10001);
* ``pivot 90d``: ``_read_group`` category x severity over the complaints
  reported in the last 90 days, as the agent;
* ``cron N breached``: N (10, 100) open complaints made to breach (deadlines
  moved into the past), then the cron, rolled back to a savepoint; the slope
  is the extra queries per newly breached complaint.

With ``--explain``, ``EXPLAIN (ANALYZE, BUFFERS)`` of the slowest SQL query of
the idle cron, the counts and the list page (captured from the ORM).

Usage, on a THROWAWAY database where hotel_complaint is installed without demo
data (the fixtures and the history are committed into it; the measurements
are not)::

    python3 tests/benchmarks/bench_scale.py --database DB \\
        [--history 20000,200000] [--runs 7] [--explain] [--addons-path PATHS]

or ``scripts/bench-scale [same options]``, which makes the throwaway database,
runs this tool and drops the database (``--keep`` keeps it: a second run on a
kept database only tops the history up to the sizes asked for; the open work
is re-anchored to the current time before each measure).
``bench_scale_whatif.sql`` shows, on a kept database, the plans the
recommended stored "open" flag and indexes would give.
"""

import argparse
import contextlib
import os
import random
import statistics
import sys
import threading
import time
from datetime import timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_complaint_create as intake  # noqa: E402

DEFAULT_SIZES = (20000, 200000)
OPEN_COMPLAINTS = 1000
OVERDUE_COMPLAINTS = 190
EXTRA_TASKS = 40
OVERDUE_TASKS = 15
BREACH_SIZES = (10, 100)
COUNT_LIMIT = 10001  # the web client's list views count up to 10,000 (+1)
AGENT_LOGIN = "bench_scale_agent"
STAFF_LOGIN = "bench_scale_staff"
GUESTS = 200
# Against the smallest size: the idle cron, the Overdue and Stuck counts and
# the list's first page at most 2x; the cron at most 5 more queries for each
# newly breached complaint.
TIME_RATIO_TARGET = 2.0
QUERIES_PER_BREACH_TARGET = 5
RATIO_TARGETS = ("cron idle", "overdue count", "stuck count", "list page")
# The recurrence check of a new complaint (C5.2): its search (which reads
# the hotel's window itself), of the two queries it adds to creation with the
# insert of the links.
RECURRENCE_QUERIES_TARGET = 3
RECURRENCE_MS_TARGET = 2.0
# Closed history: stage weights (the stages' xmlids), severity weights.
CLOSED_STAGES = (
    ("helpdesk_mgmt.helpdesk_ticket_stage_done", 90),
    ("helpdesk_mgmt.helpdesk_ticket_stage_cancelled", 7),
    ("helpdesk_mgmt.helpdesk_ticket_stage_rejected", 3),
)
SEVERITY_WEIGHTS = (("minor", 45), ("moderate", 35), ("serious", 15), ("urgent", 5))
URGENCY_WEIGHTS = (("low", 3), ("medium", 5), ("high", 2))


# ----------------------------------------------------------------------
# Environments
# ----------------------------------------------------------------------


@contextlib.contextmanager
def odoo_registry(database, addons_path=None):
    import odoo
    from odoo.modules.registry import Registry

    options = ["-d", database, "--log-level=warn", "--max-cron-threads=0"]
    if addons_path:
        options.append(f"--addons-path={addons_path}")
    odoo.tools.config.parse_config(options)
    yield Registry(database)


@contextlib.contextmanager
def superuser_env(registry, commit):
    """A superuser environment; committed at the end if ``commit``, else
    rolled back (and its cursor refuses to commit)."""
    from odoo import SUPERUSER_ID, api

    cr = registry.cursor()
    if not commit:

        def refuse_commit():
            raise RuntimeError("the measurements never commit")

        cr.commit = refuse_commit
    try:
        env = api.Environment(cr, SUPERUSER_ID, {})
        if "hotel.complaint.matrix" not in env:
            sys.exit(f"error: hotel_complaint is not installed in {cr.dbname}.")
        yield env(context=intake.bench_context(env))
        if commit:
            env.flush_all()
            cr.commit()
    finally:
        cr.rollback()
        cr.close()


def vacuum_analyze(database):
    import psycopg2

    from odoo.sql_db import connection_info_for

    _name, dsn = connection_info_for(database)
    conn = psycopg2.connect(**dsn)
    try:
        conn.autocommit = True
        with conn.cursor() as cr:
            cr.execute("VACUUM ANALYZE helpdesk_ticket, hotel_complaint_task")
    finally:
        conn.close()


# ----------------------------------------------------------------------
# The hotel and its open work (ORM), then the history (SQL)
# ----------------------------------------------------------------------


def _sql_weighted(pairs, random_sql):
    """A SQL CASE choosing a value by weight from ``random_sql`` in [0, 1)."""
    total = sum(weight for _value, weight in pairs)
    cases, bound = [], 0
    for value, weight in pairs[:-1]:
        bound += weight
        cases.append(f"WHEN {random_sql} < {bound / total:.6f} THEN {value!r}")
    return f"(CASE {' '.join(cases)} ELSE {pairs[-1][0]!r} END)"


def find_hotel(env):
    agent = env["res.users"].search([("login", "=", AGENT_LOGIN)])
    staff = env["res.users"].search([("login", "=", STAFF_LOGIN)])
    if not agent:
        return None
    return {"company": agent.company_id, "agent": agent, "staff": staff}


def create_hotel(env, seed):
    """Staff the hotel and create its open work through the ORM (committed
    by the caller)."""
    module = env["ir.module.module"].search([("name", "=", "hotel_complaint")])
    if module.demo or env["helpdesk.ticket"].search_count([]):
        sys.exit(
            "error: use a throwaway database where hotel_complaint is installed "
            "without demo data and no ticket exists yet (scripts/bench-scale "
            "makes one)."
        )
    fixtures = intake.setup_fixtures(env)
    company = fixtures["company"]
    Users = env["res.users"].with_context(no_reset_password=True)
    agent, staff = (
        Users.create(
            {
                "name": name,
                "login": login,
                "email": f"{login}@example.com",
                "company_id": company.id,
                "company_ids": [(6, 0, company.ids)],
                "groups_id": [(6, 0, env.ref(group).ids)],
            }
        )
        for name, login, group in (
            (
                "Guest Relations Agent",
                AGENT_LOGIN,
                "hotel_complaint.group_hotel_guest_relations",
            ),
            (
                "Housekeeping Attendant",
                STAFF_LOGIN,
                "hotel_complaint.group_hotel_department_staff",
            ),
        )
    )
    fixtures["teams"]["guest_relations"].user_ids = [(4, agent.id)]
    fixtures["teams"]["housekeeping"].user_ids = [(4, staff.id)]
    fixtures["guests"] |= env["res.partner"].create(
        [
            {
                "name": f"Guest {i:03d}",
                "email": f"guest{i:03d}@example.com",
                "phone": f"+852 5000 {i:04d}",
            }
            for i in range(GUESTS)
        ]
    )
    rng = random.Random(seed)
    Ticket = env["helpdesk.ticket"]
    started = time.perf_counter()
    for first in range(0, OPEN_COMPLAINTS, 100):
        Ticket.create(
            [
                intake.complaint_vals(fixtures, rng, index)
                for index in range(first, min(first + 100, OPEN_COMPLAINTS))
            ]
        )
        env.flush_all()
    complaints = Ticket.search([("hotel_ticket_type", "=", "complaint")], order="id")
    teams = list(fixtures["teams"].values())
    tasks = []
    for ticket in rng.sample(list(complaints), EXTRA_TASKS):
        team = rng.choice([t for t in teams if t != ticket.team_id])
        tasks.append(
            {
                "ticket_id": ticket.id,
                "team_id": team.id,
                "name": f"Check with {team.name}",
                "deadline": env.cr.now() + timedelta(hours=rng.randint(2, 24)),
            }
        )
    env["hotel.complaint.task"].create(tasks)
    env.flush_all()
    print(
        f"  {len(complaints)} open complaints created through the ORM in "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    return {"company": company, "agent": agent, "staff": staff}


def anchor_open_work(env, seed):
    """Spread the open complaints over the last three days, relative to now:
    OVERDUE_COMPLAINTS of them breached and escalated to the duty manager,
    the others within their deadlines (acknowledged where the response is
    due within the hour, 'warning' where the warning time is past), so that
    the cron has nothing to do. OVERDUE_TASKS open tasks are overdue."""
    cr = env.cr
    company = find_hotel(env)["company"]
    share = (company.hotel_sla_warning_percent or 80) / 100.0
    cr.execute("SELECT setseed(%s)", [(seed % 1000) / 1000.0])
    cr.execute(
        """
        WITH open AS (
            SELECT t.id, m.response_hours AS rh, m.resolution_hours AS sh,
                   row_number() OVER (ORDER BY t.id) AS n, random() AS r1,
                   random() AS r2, random() AS r3
              FROM helpdesk_ticket t
              JOIN helpdesk_ticket_stage s ON s.id = t.stage_id AND NOT s.closed
              JOIN hotel_complaint_matrix m ON m.id = t.hotel_matrix_id
             WHERE t.hotel_ticket_type = 'complaint' AND t.company_id = %(company)s
        ), dated AS (
            SELECT id, rh, sh, n <= %(overdue)s AS overdue, r2, r3,
                   CASE WHEN n <= %(overdue)s
                        THEN (now() at time zone 'UTC')
                             - make_interval(secs => sh * 3600 + 3600 + r1 * 60000)
                        ELSE (now() at time zone 'UTC')
                             - make_interval(secs => r1 * LEAST(259200,
                                   GREATEST(0, sh * 3600 * %(share)s - 1800)))
                   END AS reported
              FROM open
        ), timed AS (
            SELECT *, reported + make_interval(secs => rh * 3600) AS frd,
                   reported + make_interval(secs => sh * 3600) AS rd,
                   reported + make_interval(secs => rh * 3600 * %(share)s) AS frw,
                   reported + make_interval(secs => sh * 3600 * %(share)s) AS rdw
              FROM dated
        )
        UPDATE helpdesk_ticket t
           SET reported_date = timed.reported,
               create_date = timed.reported,
               incident_date = timed.reported - interval '2 hours',
               first_response_deadline = timed.frd,
               resolution_deadline = timed.rd,
               hotel_response_warning_date = timed.frw,
               hotel_resolution_warning_date = timed.rdw,
               acknowledged_date = CASE
                   WHEN timed.overdue AND timed.r2 < 0.5 THEN NULL
                   WHEN timed.overdue OR timed.r2 < 0.7
                        OR timed.frw < (now() at time zone 'UTC') + interval '1 hour'
                   THEN LEAST(timed.reported + interval '10 minutes',
                              now() at time zone 'UTC')
               END,
               acknowledged_by_id = t.user_id,
               hotel_sla_state = CASE
                   WHEN timed.overdue THEN 'breached'
                   WHEN timed.rdw < (now() at time zone 'UTC') THEN 'warning'
                   ELSE 'on_track' END,
               hotel_escalation_level = CASE WHEN timed.overdue THEN 2 ELSE 0 END,
               hotel_breach_date = CASE WHEN timed.overdue
                   THEN LEAST(timed.frd, timed.rd) END,
               priority = CASE WHEN timed.overdue THEN '3' ELSE t.priority END,
               write_date = GREATEST(timed.reported, (now() at time zone 'UTC')
                   - make_interval(secs => timed.r3 * 129600))
          FROM timed
         WHERE t.id = timed.id
        """,
        {"company": company.id, "overdue": OVERDUE_COMPLAINTS, "share": share},
    )
    # Half the acknowledged complaints are being worked on.
    cr.execute(
        """
        UPDATE helpdesk_ticket t
           SET stage_id = CASE WHEN t.acknowledged_date IS NOT NULL AND t.id %% 2 = 0
                               THEN %(progress)s ELSE %(new)s END,
               unattended = NOT (t.acknowledged_date IS NOT NULL AND t.id %% 2 = 0),
               last_stage_update = COALESCE(t.acknowledged_date, t.reported_date)
          FROM helpdesk_ticket_stage s
         WHERE s.id = t.stage_id AND NOT s.closed AND t.company_id = %(company)s
           AND t.hotel_ticket_type = 'complaint'
        """,
        {
            "company": company.id,
            "new": env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new").id,
            "progress": env.ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress").id,
        },
    )
    cr.execute(
        """
        UPDATE hotel_complaint_task k
           SET deadline = CASE
               WHEN k.id IN (SELECT id FROM hotel_complaint_task
                              WHERE state = 'open' ORDER BY id LIMIT %s)
               THEN (now() at time zone 'UTC') - interval '3 hours'
               ELSE (now() at time zone 'UTC') + interval '6 hours' END
         WHERE k.state = 'open'
        """,
        [OVERDUE_TASKS],
    )
    env.invalidate_all()


def count_complaints(env):
    env.cr.execute(
        "SELECT count(*) FROM helpdesk_ticket WHERE hotel_ticket_type = 'complaint'"
    )
    return env.cr.fetchone()[0]


def grow_history(env, size, seed):
    """Insert closed complaints with SQL until the hotel has ``size``
    complaints; return how many were inserted."""
    cr = env.cr
    missing = size - count_complaints(env)
    if missing <= 0:
        return 0
    hotel = find_hotel(env)
    company = hotel["company"]
    teams = env["helpdesk.ticket.team"].search(
        [("company_id", "=", company.id), ("user_id", "!=", False)]
    )
    categories = env["helpdesk.ticket.category"].search([("parent_id", "!=", False)])
    locations = env["hotel.location"].search([("company_id", "=", company.id)])
    partners = env["res.partner"].search(
        [("email", "=like", "guest%@example.com")], order="id"
    )
    channels = env["helpdesk.ticket.channel"].search([])
    stages = [(env.ref(xmlid).id, weight) for xmlid, weight in CLOSED_STAGES]
    sequence = env["ir.sequence"].search(
        [("code", "=", "helpdesk.ticket.sequence")], limit=1
    )
    if sequence.implementation != "standard":
        sys.exit("error: the ticket sequence must be a standard (gapless: no) one.")
    prefix, suffix = sequence._get_prefix_suffix()
    share = (company.hotel_sla_warning_percent or 80) / 100.0
    cr.execute("SELECT setseed(%s)", [((seed + size) % 1000) / 1000.0])
    cr.execute("SELECT COALESCE(max(id), 0) FROM helpdesk_ticket")
    last_id = cr.fetchone()[0]
    started = time.perf_counter()
    cr.execute(
        f"""
        WITH g AS (
            SELECT random() AS r_stage, random() AS r_sev, random() AS r_urg,
                   random() AS r_team, random() AS r_cat, random() AS r_loc,
                   random() AS r_partner, random() AS r_chan, random() AS r_age,
                   random() AS r_took, random() AS r_sla, random() AS r_ack
              FROM generate_series(1, %(missing)s)
        ), picked AS (
            SELECT g.*,
                   {_sql_weighted(stages, "g.r_stage")}::int AS stage_id,
                   {_sql_weighted(SEVERITY_WEIGHTS, "g.r_sev")} AS severity,
                   {_sql_weighted(URGENCY_WEIGHTS, "g.r_urg")} AS urgency,
                   (%(teams)s::int[])[1 + floor(g.r_team * %(n_teams)s)] AS team_id,
                   (%(leaders)s::int[])[1 + floor(g.r_team * %(n_teams)s)] AS user_id,
                   (%(categories)s::int[])[1 + floor(g.r_cat * %(n_categories)s)]
                       AS category_id,
                   CASE WHEN g.r_loc < 0.7 THEN (%(locations)s::int[])
                       [1 + floor(g.r_loc / 0.7 * %(n_locations)s)] END AS location_id,
                   (%(partners)s::int[])[1 + floor(g.r_partner * %(n_partners)s)]
                       AS partner_id,
                   (%(channels)s::int[])[1 + floor(g.r_chan * %(n_channels)s)]
                       AS channel_id,
                   date_trunc('second', (now() at time zone 'UTC')
                       - interval '4 days' - g.r_age * interval '726 days')
                       AS reported
              FROM g
        ), cell AS (
            SELECT p.*, m.id AS matrix_id, m.priority AS cell_priority,
                   m.response_hours AS rh, m.resolution_hours AS sh,
                   CASE WHEN p.r_sla < 0.10 THEN 'breached'
                        WHEN p.r_sla < 0.18 THEN 'warning'
                        ELSE 'on_track' END AS sla_state,
                   -- how long it took, as a share of the time to resolve
                   CASE WHEN p.r_sla < 0.10 THEN 1.1 + p.r_took
                        WHEN p.r_sla < 0.18 THEN 0.8 + 0.2 * p.r_took
                        ELSE 0.05 + 0.75 * p.r_took END AS took
              FROM picked p
              JOIN hotel_complaint_matrix m
                ON m.company_id = %(company)s AND m.severity = p.severity
               AND m.urgency = p.urgency
        )
        INSERT INTO helpdesk_ticket (
            company_id, stage_id, team_id, user_id, category_id, location_id,
            partner_id, commercial_partner_id, partner_name, partner_email,
            partner_phone, channel_id, number, name, description, guest_account,
            hotel_ticket_type, severity, urgency, priority, hotel_matrix_id,
            sequence, active, unattended, kanban_state, positive_rate_percentage,
            rating_status, rating_last_value, room_number, stay_reference,
            incident_date, reported_date, first_response_deadline,
            resolution_deadline, hotel_response_warning_date,
            hotel_resolution_warning_date, hotel_sla_state,
            hotel_escalation_level, hotel_breach_date, hotel_alert_sent,
            hotel_triage_state, acknowledged_date, acknowledged_by_id,
            apology_given, cause_explained, initial_solution,
            guest_initial_opinion, hotel_resolution_summary, guest_verified,
            assigned_date, last_stage_update, closed_date,
            create_uid, write_uid, create_date, write_date
        )
        SELECT %(company)s, c.stage_id, c.team_id, c.user_id, c.category_id,
               c.location_id, c.partner_id, c.partner_id, rp.name, rp.email,
               rp.phone, c.channel_id,
               %(prefix)s || lpad(n.seq::text, GREATEST(%(padding)s,
                   length(n.seq::text)), '0') || %(suffix)s,
               'Past complaint ' || n.seq,
               '<p>Closed complaint of the history.</p>',
               'Closed complaint of the history.',
               'complaint', c.severity, c.urgency,
               CASE WHEN c.sla_state = 'breached'
                    THEN '3' ELSE c.cell_priority END,
               c.matrix_id, 10, true, false, 'normal', -1, 'stage_change', 0,
               (3 + floor(c.r_loc * 26))::int::text
                   || lpad((1 + floor(c.r_took * 40))::int::text, 2, '0'),
               'RES-H' || n.seq,
               c.reported - interval '2 hours', c.reported,
               c.reported + make_interval(secs => c.rh * 3600),
               c.reported + make_interval(secs => c.sh * 3600),
               c.reported + make_interval(secs => c.rh * 3600 * %(share)s),
               c.reported + make_interval(secs => c.sh * 3600 * %(share)s),
               c.sla_state,
               CASE WHEN c.sla_state = 'breached' THEN 2 ELSE 0 END,
               CASE WHEN c.sla_state = 'breached'
                    THEN c.reported + make_interval(secs => c.sh * 3600) END,
               false, 'accepted',
               c.reported + make_interval(secs => c.rh * 3600 * c.r_ack),
               c.user_id, true, 'What the investigation found.',
               'What was done at once.', 'accepted',
               'What was done and what the guest said.', true,
               c.reported + interval '5 minutes',
               c.reported + make_interval(secs => c.sh * 3600 * c.took),
               c.reported + make_interval(secs => c.sh * 3600 * c.took),
               %(agent)s, c.user_id, c.reported,
               c.reported + make_interval(secs => c.sh * 3600 * c.took)
          FROM cell c
          JOIN res_partner rp ON rp.id = c.partner_id
          CROSS JOIN LATERAL (SELECT nextval(%(pg_sequence)s) AS seq) n
        """,
        {
            "missing": missing,
            "company": company.id,
            "teams": teams.ids,
            "leaders": [team.user_id.id for team in teams],
            "n_teams": len(teams),
            "categories": categories.ids,
            "n_categories": len(categories),
            "locations": locations.ids,
            "n_locations": len(locations),
            "partners": partners.ids,
            "n_partners": len(partners),
            "channels": channels.ids,
            "n_channels": len(channels),
            "prefix": prefix or "",
            "suffix": suffix or "",
            "padding": sequence.padding,
            "pg_sequence": f"ir_sequence_{sequence.id:03d}",
            "share": share,
            "agent": hotel["agent"].id,
        },
    )
    inserted = cr.rowcount
    # A finished collaborating task for one closed complaint in seven.
    cr.execute(
        """
        INSERT INTO hotel_complaint_task (
            ticket_id, company_id, team_id, user_id, name, state, result,
            deadline, done_date, create_uid, write_uid, create_date, write_date)
        SELECT t.id, t.company_id, o.id, o.user_id, 'Check with the department',
               'done', 'Checked and fixed.', t.reported_date + interval '4 hours',
               t.reported_date + interval '3 hours', t.create_uid, o.user_id,
               t.reported_date, t.reported_date + interval '3 hours'
          FROM helpdesk_ticket t
          JOIN LATERAL (
              SELECT id, user_id FROM helpdesk_ticket_team
               WHERE id = ANY(%(teams)s) AND id != t.team_id
               ORDER BY id LIMIT 1 OFFSET (t.id %% (%(n_teams)s - 1))
          ) o ON true
         WHERE t.id > %(after)s AND t.hotel_ticket_type = 'complaint'
           AND t.id %% 7 = 0
        """,
        {
            "teams": teams.ids,
            "n_teams": len(teams),
            "after": last_id,
        },
    )
    print(
        f"  {inserted} closed complaints and {cr.rowcount} done tasks inserted "
        f"in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    return inserted


def prepare(registry, database, size, seed):
    """Make the hotel (once), grow its history to ``size`` complaints and
    re-anchor its open work to now; committed."""
    with superuser_env(registry, commit=True) as env:
        if not find_hotel(env):
            print("Staffing the hotel and creating its open work...", file=sys.stderr)
            create_hotel(env, seed)
            env.flush_all()
            env.cr.commit()
        print(f"Growing the history to {size} complaints...", file=sys.stderr)
        started = time.perf_counter()
        grow_history(env, size, seed)
        anchor_open_work(env, seed)
        env.flush_all()
        env.cr.commit()
        growth = time.perf_counter() - started
    started = time.perf_counter()
    vacuum_analyze(database)
    vacuum = time.perf_counter() - started
    print(
        f"  grown in {growth:.0f} s, VACUUM ANALYZE {vacuum:.0f} s",
        file=sys.stderr,
        flush=True,
    )
    return growth


# ----------------------------------------------------------------------
# Measures
# ----------------------------------------------------------------------


class QueryLog:
    """Collect the SQL queries a thread runs (Odoo's query hooks)."""

    def __init__(self):
        self.queries = []

    def hook(self, cr, query, params, start, delay):
        self.queries.append((delay, query, params))

    def __enter__(self):
        thread = threading.current_thread()
        self._previous = getattr(thread, "query_hooks", ())
        thread.query_hooks = (*self._previous, self.hook)
        return self

    def __exit__(self, *exc):
        threading.current_thread().query_hooks = self._previous

    def slowest(self, table="helpdesk_ticket"):
        selects = [
            (delay, query, params)
            for delay, query, params in self.queries
            if query.lstrip().upper().startswith("SELECT") and table in query
        ]
        return max(selects, key=lambda item: item[0]) if selects else None


def measure(env, func, runs):
    """Median time (ms) and queries of ``func()`` run ``runs`` times, each
    from a cold record cache, up to the flush and pre-commit hooks, each
    rolled back to a savepoint."""
    cr = env.cr
    times, queries = [], []
    for _run in range(runs):
        savepoint = cr.savepoint(flush=False)
        env.invalidate_all()
        count = cr.sql_log_count
        started = time.perf_counter()
        func()
        env.flush_all()
        cr.precommit.run()
        times.append((time.perf_counter() - started) * 1000)
        queries.append(cr.sql_log_count - count)
        cr.postcommit.clear()
        savepoint.close(rollback=True)
        env.invalidate_all(flush=False)
    return {"ms": statistics.median(times), "queries": statistics.median(queries)}


def explain(env, func):
    """EXPLAIN (ANALYZE, BUFFERS) of the slowest query on helpdesk_ticket
    that ``func()`` runs."""
    cr = env.cr
    savepoint = cr.savepoint(flush=False)
    env.invalidate_all()
    with QueryLog() as log:
        func()
        env.flush_all()
    found = log.slowest()
    lines = []
    if found:
        _delay, query, params = found
        cr.execute("EXPLAIN (ANALYZE, BUFFERS) " + query, params)
        lines = [query_text(cr, query, params), ""] + [row[0] for row in cr.fetchall()]
    savepoint.close(rollback=True)
    env.invalidate_all(flush=False)
    return lines


def query_text(cr, query, params):
    return cr.mogrify(query, params).decode()


def list_specification(env):
    """The fields the web client reads for the Complaints list: those of the
    list view's arch, many2one/many2many with their display name."""
    from lxml import etree

    Ticket = env["helpdesk.ticket"]
    arch = Ticket.get_views([(False, "list")])["views"]["list"]["arch"]
    spec = {}
    for node in etree.fromstring(arch).iter("field"):
        name = node.get("name")
        field = Ticket._fields.get(name)
        if not field:
            continue
        if field.type in ("many2one", "many2many"):
            spec[name] = {"fields": {"display_name": {}}}
        else:
            spec[name] = {}
    return spec


def default_filters_domain(env, action):
    """The domain of the action's default filters (``search_default_X`` in
    its context, filter ``X`` of its search view), as the web client opens
    the list."""
    from lxml import etree

    from odoo.osv import expression
    from odoo.tools.safe_eval import safe_eval

    context = safe_eval(action.context or "{}")
    names = {
        key[len("search_default_") :]
        for key, value in context.items()
        if key.startswith("search_default_") and value
    }
    if not names:
        return []
    views = env[action.res_model].get_views([(action.search_view_id.id, "search")])
    arch = etree.fromstring(views["views"]["search"]["arch"])
    domains = [
        safe_eval(node.get("domain"))
        for node in arch.iter("filter")
        if node.get("name") in names and node.get("domain")
    ]
    return expression.AND(domains) if domains else []


def user_env(env, user):
    return env(user=user)(
        context=dict(env.context, allowed_company_ids=user.company_ids.ids)
    )


def break_deadlines(env, count, seed):
    """Make ``count`` open complaints within their deadlines breach now."""
    env.cr.execute(
        """
        SELECT t.id FROM helpdesk_ticket t
          JOIN helpdesk_ticket_stage s ON s.id = t.stage_id AND NOT s.closed
         WHERE t.hotel_ticket_type = 'complaint' AND t.hotel_sla_state != 'breached'
         ORDER BY t.id
        """
    )
    ids = [row[0] for row in env.cr.fetchall()]
    chosen = random.Random(seed).sample(ids, min(count, len(ids)))
    env.cr.execute(
        """
        UPDATE helpdesk_ticket
           SET resolution_deadline = (now() at time zone 'UTC') - interval '1 minute',
               hotel_resolution_warning_date = (now() at time zone 'UTC')
                   - interval '20 minutes'
         WHERE id = ANY(%s)
        """,
        [chosen],
    )
    env.invalidate_all()
    return len(chosen)


def cron_work(env):
    """What the idle cron would find: (to breach, to warn); both must be 0."""
    from odoo import fields

    Ticket = env["helpdesk.ticket"]
    (breach, _b), (warn, _w), _duty = Ticket._hotel_sla_steps(fields.Datetime.now())
    return Ticket.search_count(breach), Ticket.search_count(warn)


def server_facts(cr):
    """What PostgreSQL settings and table sizes the figures depend on."""
    cr.execute(
        """
        SELECT current_setting('server_version'), current_setting('shared_buffers'),
               current_setting('work_mem'),
               current_setting('max_parallel_workers_per_gather'),
               pg_size_pretty(pg_table_size('helpdesk_ticket')),
               pg_size_pretty(pg_indexes_size('helpdesk_ticket'))
        """
    )
    version, buffers, work_mem, workers, table, indexes = cr.fetchone()
    return (
        f"PostgreSQL {version}, shared_buffers {buffers}, work_mem {work_mem}, "
        f"{workers} parallel workers per gather; helpdesk_ticket {table} "
        f"+ {indexes} of indexes"
    )


def measure_size(env, runs, seed, with_explain):
    """Every measure at the current size; return (figures, plans, facts)."""
    from odoo import fields

    hotel = find_hotel(env)
    agent, staff = user_env(env, hotel["agent"]), user_env(env, hotel["staff"])
    Ticket = env["helpdesk.ticket"]
    overdue = [("hotel_is_overdue", "=", True)]
    stuck = [("hotel_is_stuck", "=", True)]
    action = env.ref("hotel_complaint.helpdesk_ticket_action_complaint")
    from odoo.tools.safe_eval import safe_eval

    domain = safe_eval(action.domain or "[]")
    since = fields.Datetime.now() - timedelta(days=90)
    pivot = domain + [("reported_date", ">=", since)]
    # The list opens with the action's default filters (search_default_*).
    domain = domain + default_filters_domain(env, action)
    spec = list_specification(agent)
    breach, warn = cron_work(env)
    facts = {
        "complaints": count_complaints(env),
        "open": Ticket.search_count(Ticket._hotel_open_complaints_domain()),
        "overdue": Ticket.search_count(overdue),
        "stuck": Ticket.search_count(stuck),
        "open tasks": env["hotel.complaint.task"].search_count(
            [("state", "=", "open")]
        ),
        "pending cron work": breach + warn,
        "in 90 days": Ticket.search_count(pivot),
        "server": server_facts(env.cr),
    }

    def cron():
        Ticket._cron_hotel_sla()

    def count(user_env_, dom):
        return lambda: user_env_["helpdesk.ticket"].search_count(dom)

    def page(user_env_):
        return lambda: user_env_["helpdesk.ticket"].web_search_read(
            domain, spec, limit=80, count_limit=COUNT_LIMIT
        )

    def group():
        agent["helpdesk.ticket"]._read_group(
            pivot, ["category_id", "severity"], ["__count"]
        )

    # The recurrence check of a new complaint (C5.2), on the values of the
    # latest complaint of the history: its room, place and category, guest.
    sample = Ticket.search(
        [("hotel_ticket_type", "=", "complaint"), ("location_id", "!=", False)],
        order="id desc",
        limit=1,
    )
    recurrence_vals = {
        "company_id": sample.company_id.id,
        "room_number": sample.room_number,
        "location_id": sample.location_id.id,
        "category_id": sample.category_id.id,
        "partner_id": sample.partner_id.id,
        "hotel_ticket_type": "complaint",
    }
    found = {}

    def recurrence():
        vals = dict(recurrence_vals)
        agent["helpdesk.ticket"]._hotel_prepare_recurrence_vals(vals)
        found["links"] = len(vals.get("hotel_recurrence_of_ids", []))

    figures = {
        "cron idle": measure(env, cron, runs),
        "overdue count": measure(agent, count(agent, overdue), runs),
        "overdue count (staff)": measure(staff, count(staff, overdue), runs),
        "stuck count": measure(agent, count(agent, stuck), runs),
        "stuck count (staff)": measure(staff, count(staff, stuck), runs),
        "list page": measure(agent, page(agent), runs),
        "list page (staff)": measure(staff, page(staff), runs),
        "pivot 90d": measure(agent, group, runs),
        "recurrence check": measure(agent, recurrence, runs),
    }
    facts["recurrence links"] = found.get("links", 0)
    for size in BREACH_SIZES:
        times, queries = [], []
        for run in range(max(3, runs // 2)):
            savepoint = env.cr.savepoint(flush=False)
            broken = break_deadlines(env, size, seed + run)
            result = measure(env, cron, 1)
            times.append(result["ms"])
            queries.append(result["queries"])
            savepoint.close(rollback=True)
            env.invalidate_all(flush=False)
        figures[f"cron {broken} breached"] = {
            "ms": statistics.median(times),
            "queries": statistics.median(queries),
        }
    plans = {}
    if with_explain:
        plans = {
            "cron idle": explain(env, cron),
            "overdue count (agent)": explain(agent, count(agent, overdue)),
            "stuck count (agent)": explain(agent, count(agent, stuck)),
            "list page (agent)": explain(agent, page(agent)),
            "pivot 90d (agent)": explain(agent, group),
            "recurrence check (agent)": explain(agent, recurrence),
        }
    return figures, plans, facts


# ----------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------


def breach_slope(figures):
    low, high = (figures.get(f"cron {n} breached") for n in BREACH_SIZES)
    if not (low and high):
        return None
    return (high["queries"] - low["queries"]) / (BREACH_SIZES[1] - BREACH_SIZES[0])


def format_report(results):
    """``results``: [(size, figures, plans, facts)] in growing order."""
    sizes = [size for size, *_rest in results]
    first, last = results[0][1], results[-1][1]
    label = [f"{size // 1000}k" if size % 1000 == 0 else str(size) for size in sizes]
    lines = ["Hotel at scale (median of the runs; q: SQL queries)"]
    for lab, (_size, _figures, _plans, facts) in zip(label, results, strict=True):
        lines.append(
            f"  {lab}: {facts['complaints']} complaints ({facts['open']} open, "
            f"{facts['overdue']} overdue, {facts['stuck']} stuck; "
            f"{facts['in 90 days']} reported in 90 days), {facts['open tasks']} "
            f"open tasks, cron work pending {facts['pending cron work']}; history "
            f"grown in {facts.get('growth s', 0):.0f} s"
        )
        if facts.get("server"):
            lines.append(f"       {facts['server']}")
        if "recurrence links" in facts:
            lines.append(
                f"       recurrence check: {facts['recurrence links']} earlier "
                "complaints linked (at most 20)"
            )
    lines.append("")
    head = f"{'measure':24}" + "".join(f"{lab + ' ms':>10}{'q':>5}" for lab in label)
    head += f"{'ratio':>8}  {'target':14}{'met?':>5}"
    lines += [head, "-" * len(head)]
    for name in first:
        row = f"{name:24}"
        for _size, figures, _p, _facts in results:
            data = figures.get(name, {"ms": float("nan"), "queries": 0})
            row += f"{data['ms']:10.1f}{data['queries']:5.0f}"
        ratio = last[name]["ms"] / first[name]["ms"] if first[name]["ms"] else 0.0
        target, met = "", ""
        if name in RATIO_TARGETS and len(results) > 1:
            target = f"<= {TIME_RATIO_TARGET:g}x {label[0]}"
            met = "yes" if ratio <= TIME_RATIO_TARGET else "NO"
        row += f"{ratio:7.1f}x  {target:14}{met:>5}"
        lines.append(row)
    lines.append("")
    for lab, (_size, figures, _p, _facts) in zip(label, results, strict=True):
        slope = breach_slope(figures)
        if slope is None:
            continue
        met = "yes" if slope <= QUERIES_PER_BREACH_TARGET else "NO"
        low, high = BREACH_SIZES
        ms = (
            figures[f"cron {high} breached"]["ms"]
            - figures[f"cron {low} breached"]["ms"]
        ) / (high - low)
        lines.append(
            f"{lab}: the cron costs {slope:.1f} queries and {ms:.1f} ms per newly "
            f"breached complaint (target <= {QUERIES_PER_BREACH_TARGET} queries: {met})"
        )
    for lab, (_size, figures, _p, _facts) in zip(label, results, strict=True):
        check = figures.get("recurrence check")
        if not check:
            continue
        met = (
            "yes"
            if check["queries"] <= RECURRENCE_QUERIES_TARGET
            and check["ms"] <= RECURRENCE_MS_TARGET
            else "NO"
        )
        lines.append(
            f"{lab}: the recurrence check costs {check['queries']:.0f} queries and "
            f"{check['ms']:.2f} ms per complaint created (target <= "
            f"{RECURRENCE_QUERIES_TARGET} queries and <= {RECURRENCE_MS_TARGET:g} ms "
            f"with the insert of the links: {met})"
        )
    for size_label, (_size, _figures, plans, _facts) in zip(
        label, results, strict=True
    ):
        for name, plan in plans.items():
            lines += ["", f"EXPLAIN (ANALYZE, BUFFERS) at {size_label}, {name}:"]
            lines += [f"    {line}" for line in plan]
    return "\n".join(lines)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument(
        "--history",
        type=_sizes,
        default=DEFAULT_SIZES,
        help="complaint counts to grow to and measure at, growing order "
        "(default: 20000,200000)",
    )
    parser.add_argument("--runs", type=int, default=7, help="runs per measure (median)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    parser.add_argument("--addons-path")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def _sizes(text):
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text}") from None
    if not sizes or sizes != sorted(set(sizes)) or sizes[0] < OPEN_COMPLAINTS + 1:
        raise argparse.ArgumentTypeError(
            f"sizes must grow and exceed the {OPEN_COMPLAINTS} open complaints: {text}"
        )
    return tuple(sizes)


def main(argv=None):
    args = parse_args(argv)
    results = []
    with odoo_registry(args.database, args.addons_path) as registry:
        for size in args.history:
            growth = prepare(registry, args.database, size, args.seed)
            print(f"Measuring at {size} complaints...", file=sys.stderr, flush=True)
            with superuser_env(registry, commit=False) as env:
                figures, plans, facts = measure_size(
                    env, args.runs, args.seed, args.explain
                )
            facts["growth s"] = growth
            results.append((size, figures, plans, facts))
    print(format_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
