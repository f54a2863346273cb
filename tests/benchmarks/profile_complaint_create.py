#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
# (a command-line tool: it prints its report)
"""Where does a complaint's creation spend its queries and its time?

Creates ``count`` complaints and ``count`` bare tickets like
bench_complaint_create.py (same fixtures, same values, same measuring: cold
record cache, flush and pre-commit hooks included), attributes every SQL query
to a step by the Python stack that ran it, and profiles the Python time of
each step with cProfile. Rolls everything back.

    python3 tests/benchmarks/profile_complaint_create.py --database DB \\
        [--count 300] [--addons-path PATHS] [--queries]

``--queries`` also prints the distinct SQL statements of each step.
"""

import argparse
import collections
import cProfile
import os
import pstats
import random
import re
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_complaint_create as bench  # noqa: E402
import benchlib  # noqa: E402

HC = "hotel_complaint/models/"
# The ticket is split by requirement area (helpdesk_ticket_*.py): any of them.
HT = HC + "helpdesk_ticket"
HD = "helpdesk_mgmt/models/"
MT = "mail/models/mail_thread.py"
ALERT = "hotel: alert (activities + note)"
TASKS = "hotel: collaborator tasks"
SECURITY = "hotel: security task"
# (label, path fragment, function; a function ending with "_" is a prefix): the
# first label whose function is on the stack of a query gets it. Hotel steps
# first, so that what they call (a message_post, an activity) is counted for
# them; hotel's create itself last, as everything runs inside it.
STEPS = [
    (ALERT, HT, "_hotel_alert_serious"),
    (TASKS, HC, "_hotel_create_task_records"),
    (SECURITY, HT, "_hotel_security_task_vals"),
    ("hotel: triage", HT, "_hotel_prepare_triage_vals"),
    ("hotel: routing", HT, "_hotel_prepare_create_routing_vals"),
    ("hotel: selection check", HT, "_hotel_check_selection_values"),
    ("hotel: matrix cell", HT, "_compute_hotel_matrix_id"),
    ("hotel: deadlines", HT, "_compute_deadlines"),
    ("hotel: priority", HT, "_compute_priority"),
    ("hotel: constraints", HT, "_check_hotel_"),
    ("helpdesk: ticket number", HD + "helpdesk_ticket.py", "_prepare_ticket_number"),
    ("helpdesk: team stage", HD + "helpdesk_ticket_team.py", "_get_applicable_stages"),
    ("helpdesk: stage/user/team computes", HD + "helpdesk_ticket.py", "_compute_"),
    ("mail: tracking (pre-commit)", MT, "_track_"),
    ("mail: assignment notification", MT, "_message_auto_subscribe_notify"),
    ("mail: auto-subscribe followers", MT, "_message_auto_subscribe"),
    ("mail: creator follower", "mail/models/mail_followers.py", "_insert_followers"),
    ("mail: creation message", MT, "message_post"),
    ("orm: insert ticket", "odoo/models.py", "_create"),
    ("orm: flush (other)", "odoo/models.py", "flush_model"),
    ("hotel: create itself (partner fetch)", HT, "create"),
]
OTHER = "other"
# Inside a hotel step, what part of Odoo the query comes from.
SUBSTEPS = [
    (
        "activity (+ its email)",
        "mail/models/mail_activity_mixin.py",
        "activity_schedule",
    ),
    ("message_post", MT, "message_post"),
    ("followers", MT, "_message_auto_subscribe"),
    ("record insert", "odoo/models.py", "_create"),
]


def _match(frames, rules):
    for label, path, func in rules:
        for filename, name in frames:
            if path in filename and (
                name == func or (func.endswith("_") and name.startswith(func))
            ):
                return label
    return None


def _label(stack):
    frames = [(f.filename.replace("\\", "/"), f.name) for f in stack]
    label = _match(frames, STEPS) or OTHER
    if label in (ALERT, TASKS, SECURITY):
        sub = _match(frames, SUBSTEPS)
        if sub:
            label = f"{label} / {sub}"
    return label


class QueryRecorder:
    """Wraps ``cr.execute`` to attribute every query to a step."""

    def __init__(self, cr):
        self.cr = cr
        self.execute = cr.execute
        self.counts = collections.Counter()
        self.times = collections.Counter()
        self.samples = collections.defaultdict(collections.Counter)
        self.active = False
        cr.execute = self._execute

    def _execute(self, query, params=None, log_exceptions=True):
        if not self.active:
            return self.execute(query, params, log_exceptions)
        stack = traceback.extract_stack()[:-1]
        start = time.perf_counter()
        try:
            return self.execute(query, params, log_exceptions)
        finally:
            label = _label(stack)
            self.counts[label] += 1
            self.times[label] += time.perf_counter() - start
            code = getattr(query, "code", query)
            code = re.sub(r"\s+", " ", str(code))[:160]
            self.samples[label][code] += 1

    def take(self):
        counts, times, samples = self.counts, self.times, self.samples
        self.counts = collections.Counter()
        self.times = collections.Counter()
        self.samples = collections.defaultdict(collections.Counter)
        return counts, times, samples


def assigned_vals(fixtures, rng, index):
    """A bare ticket created already assigned to a department and its leader:
    what routing adds to a complaint, done by plain helpdesk_mgmt."""
    vals = bench.bare_vals(fixtures, rng, index)
    team = rng.choice(list(fixtures["teams"].values()))
    vals.update({"team_id": team.id, "user_id": team.user_id.id})
    return vals


KINDS = {
    "complaint": bench.complaint_vals,
    "bare": bench.bare_vals,
    "assigned": assigned_vals,
}
PY_FUNCTIONS = [
    ("hotel create (all)", HC + "helpdesk_ticket.py", "create"),
    ("  triage", HC + "helpdesk_ticket.py", "_hotel_prepare_triage_vals"),
    ("    _triage (regex)", HC + "hotel_complaint_triage_rule.py", "_triage"),
    ("    html2plaintext", "odoo/tools/mail.py", "html2plaintext"),
    ("  routing", HC + "helpdesk_ticket.py", "_hotel_prepare_create_routing_vals"),
    ("  selection check", HC + "helpdesk_ticket.py", "_hotel_check_selection_values"),
    ("  tasks", HT, "_hotel_create_task_records"),
    ("  security task", HT, "_hotel_security_task_vals"),
    ("  alert", HT, "_hotel_alert_serious"),
    ("helpdesk_mgmt create", "helpdesk_mgmt/models/helpdesk_ticket.py", "create"),
    ("mail.thread create", "mail/models/mail_thread.py", "create"),
    ("  auto-subscribe", "mail/models/mail_thread.py", "_message_auto_subscribe"),
    ("  assignment notification", MT, "_message_auto_subscribe_notify"),
    ("    qweb render", "odoo/addons/base/models/ir_qweb.py", "_render"),
    ("  message_post", "mail/models/mail_thread.py", "message_post"),
    ("activity_schedule", "mail/models/mail_activity_mixin.py", "activity_schedule"),
    ("matrix cell compute", HC + "helpdesk_ticket.py", "_compute_hotel_matrix_id"),
    ("deadlines compute", HC + "helpdesk_ticket.py", "_compute_deadlines"),
    ("flush_all", "odoo/api.py", "flush_all"),
    (
        "_track_post_template_finalize",
        "mail/models/mail_thread.py",
        "_track_post_template_finalize",
    ),
    ("_track_finalize", "mail/models/mail_thread.py", "_track_finalize"),
]


def _collect(env, fixtures, count, seed):
    """Queries by step, then cProfile stats, of ``count`` creations per kind."""
    recorder = QueryRecorder(env.cr)
    results = {}
    for kind, maker in KINDS.items():
        local_rng = random.Random(seed)
        vals_list = [maker(fixtures, local_rng, i) for i in range(count)]
        recorder.active = True
        wall = 0.0
        for vals in vals_list:
            wall += bench.measure_create(env, vals)[1]
        recorder.active = False
        results[kind] = recorder.take() + (wall,)
    # Python time: cProfile of the same creations, without the query recorder.
    profiles = {}
    for kind, maker in KINDS.items():
        local_rng = random.Random(seed + 1)
        vals_list = [maker(fixtures, local_rng, i) for i in range(count)]
        profiler = cProfile.Profile()
        for vals in vals_list:
            env.invalidate_all()
            profiler.enable()
            env["helpdesk.ticket"].create(vals)
            env.flush_all()
            env.cr.flush()
            profiler.disable()
        profiles[kind] = pstats.Stats(profiler)
    return results, profiles


def _step_order(label):
    names = [step[0] for step in STEPS]
    main_label = label.split(" / ")[0]
    return (names.index(main_label) if main_label in names else len(names), label)


def _print_queries(results, count, show_queries, out):
    kinds = list(KINDS)
    labels = sorted(
        {label for kind in kinds for label in results[kind][0]}, key=_step_order
    )
    out(f"Queries (q) and SQL time per ticket, by step, {count} of each kind")
    out(
        "  complaint: hotel complaint; bare: plain helpdesk ticket; assigned: "
        "plain ticket created with a team and its leader as user\n"
    )
    head = "".join(f"{kind + ' q':>13}" for kind in kinds)
    head += "".join(f"{kind[:5] + ' ms':>10}" for kind in kinds)
    out(f"{'step':52}{head}")
    for label in labels:
        row = "".join(f"{results[k][0][label] / count:13.2f}" for k in kinds)
        row += "".join(f"{results[k][1][label] * 1000 / count:10.3f}" for k in kinds)
        out(f"{label:52}{row}")
    row = "".join(f"{sum(results[k][0].values()) / count:13.2f}" for k in kinds)
    row += "".join(f"{sum(results[k][1].values()) * 1000 / count:10.3f}" for k in kinds)
    out(f"{'total':52}{row}")
    row = "".join(f"{results[k][3] * 1000 / count:13.2f}" for k in kinds)
    out(f"{'wall ms per ticket (query recorder slows it)':52}{row}")
    if not show_queries:
        return
    for label in labels:
        for kind in kinds:
            samples = results[kind][2][label]
            if samples:
                out(f"\n[{label}] {kind}, per ticket:")
                for code, n in samples.most_common(25):
                    out(f"  {n / count:6.2f}  {code}")


def _print_python(profiles, count, out):
    kinds = list(KINDS)
    out("\nPython time per ticket (cProfile cumulative ms; profiler overhead included)")
    out(f"{'function':40}" + "".join(f"{kind:>12}" for kind in kinds))
    for name, path, func in PY_FUNCTIONS:
        values = []
        for kind in kinds:
            total = 0.0
            for (filename, _line, fname), stat in profiles[kind].stats.items():
                if fname == func and path in filename.replace("\\", "/"):
                    total = max(total, stat[3])
            values.append(total * 1000 / count)
        if any(values):
            out(f"{name:40}" + "".join(f"{value:12.2f}" for value in values))


def profile(env, count=300, warmup=10, seed=2024, show_queries=False, out=print):
    """Attribute the queries and Python time of ``count`` creations of each
    kind (complaint, bare ticket, bare ticket created assigned) to steps."""
    env = env(context=bench.bench_context(env))
    rng = random.Random(seed)
    fixtures = bench.setup_fixtures(env)
    env.flush_all()
    env.cr.flush()
    for index in range(warmup):
        for maker in KINDS.values():
            bench.measure_create(env, maker(fixtures, rng, -1 - index))
    results, profiles = _collect(env, fixtures, count, seed)
    _print_queries(results, count, show_queries, out)
    _print_python(profiles, count, out)
    return results, profiles


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--addons-path")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument(
        "--stats",
        type=int,
        default=0,
        help="also print the top N cProfile functions of a complaint",
    )
    args = parser.parse_args(argv)

    with benchlib.rollback_env(
        args.database, args.addons_path, what="the profiler"
    ) as env:
        _results, profiles = profile(
            env, args.count, seed=args.seed, show_queries=args.queries
        )
        if args.stats:
            profiles["complaint"].sort_stats("cumulative").print_stats(args.stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
