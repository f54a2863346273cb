#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
# (a command-line tool: it prints its report)
"""Where does an inquiry's creation spend its queries and its time?

Creates ``count`` inquiries and ``count`` bare tickets like
bench_inquiry_create.py (same fixtures, same values, same measuring),
attributes every SQL query to a step by the Python stack that ran it (as
profile_complaint_create.py does), and prints the top cProfile functions of
an inquiry's creation. Rolls everything back.

    python3 tests/benchmarks/profile_inquiry_create.py --database DB \\
        [--count 300] [--addons-path PATHS] [--queries] [--stats 40]
"""

import argparse
import collections
import cProfile
import os
import pstats
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_complaint_create as complaint_bench  # noqa: E402
import bench_inquiry_create as inquiry_bench  # noqa: E402
import benchlib  # noqa: E402
import profile_complaint_create as complaint_profile  # noqa: E402

HC = "hotel_complaint/models/"
HI = "hotel_inquiry/models/"
MT = "mail/models/mail_thread.py"
STEPS = [
    ("inquiry: intake", HI, "_hotel_prepare_inquiry_vals"),
    ("inquiry: routing facts", HI, "_hotel_routing_facts"),
    ("hotel: routing", HC, "_hotel_prepare_create_routing_vals"),
    ("inquiry: deadlines", HI, "_hotel_deadline_dates"),
    ("hotel: deadlines", HC, "_compute_deadlines"),
    ("inquiry: conversion suggestion", HI, "_compute_hotel_conversion_suggested"),
    ("inquiry: computes", HI, "_compute_"),
    ("hotel: after create", HC, "_hotel_after_create"),
    ("hotel: constraints", HC, "_check_hotel_"),
    ("inquiry: constraints", HI, "_check_hotel_"),
    ("hotel: computes", HC, "_compute_"),
    *complaint_profile.STEPS,
]
KINDS = {"inquiry": inquiry_bench.inquiry_vals, "bare": complaint_bench.bare_vals}


def _fixtures(env):
    fixtures = complaint_bench.setup_fixtures(env)
    Team = env["helpdesk.ticket.team"]
    for dept in ("sales_marketing", "administration", "social_media", "recreation"):
        if not Team._hotel_department(fixtures["company"], dept):
            Team.create(
                {
                    "name": f"Bench {dept}",
                    "hotel_department_type": dept,
                    "company_id": fixtures["company"].id,
                }
            )
    fixtures["inquiry_channels"] = [
        env.ref(xmlid)
        for xmlid in inquiry_bench.CHANNEL_XMLIDS
        if env.ref(xmlid, False)
    ]
    env.flush_all()
    return fixtures


def profile(env, count=300, seed=2024, show_queries=False, stats=0, out=print):
    env = env(context=complaint_bench.bench_context(env))
    complaint_profile.STEPS[:] = STEPS
    fixtures = _fixtures(env)
    rng = random.Random(seed)
    for index in range(10):
        for maker in KINDS.values():
            complaint_bench.measure_create(env, maker(fixtures, rng, -1 - index))
    recorder = complaint_profile.QueryRecorder(env.cr)
    results = {}
    for kind, maker in KINDS.items():
        local_rng = random.Random(seed)
        vals_list = [maker(fixtures, local_rng, i) for i in range(count)]
        recorder.active = True
        wall = 0.0
        for vals in vals_list:
            wall += complaint_bench.measure_create(env, vals)[1]
        recorder.active = False
        results[kind] = recorder.take() + (wall,)
    out(f"Queries per ticket by step, {count} of each")
    kinds = list(KINDS)
    labels = sorted({label for kind in kinds for label in results[kind][0]})
    for label in labels:
        row = "".join(f"{results[k][0][label] / count:10.2f}" for k in kinds)
        row += "".join(f"{results[k][1][label] * 1000 / count:10.3f}" for k in kinds)
        out(f"{label:52}{row}")
    row = "".join(f"{sum(results[k][0].values()) / count:10.2f}" for k in kinds)
    out(f"{'total':52}{row}")
    if show_queries:
        for label in labels:
            for kind in kinds:
                samples = results[kind][2][label]
                if samples:
                    out(f"\n[{label}] {kind}, per ticket:")
                    for code, n in samples.most_common(25):
                        out(f"  {n / count:6.2f}  {code}")
    if stats:
        profiles = collections.defaultdict(cProfile.Profile)
        for kind, maker in KINDS.items():
            local_rng = random.Random(seed + 1)
            for index in range(count):
                vals = maker(fixtures, local_rng, index)
                env.invalidate_all()
                profiles[kind].enable()
                env["helpdesk.ticket"].create(vals)
                env.flush_all()
                env.cr.flush()
                profiles[kind].disable()
        for kind in kinds:
            out(f"\n===== {kind} =====")
            pstats.Stats(profiles[kind]).sort_stats("cumulative").print_stats(stats)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--addons-path")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument("--stats", type=int, default=0)
    args = parser.parse_args(argv)
    with benchlib.rollback_env(
        args.database, args.addons_path, what="the profiler"
    ) as env:
        profile(
            env,
            args.count,
            seed=args.seed,
            show_queries=args.queries,
            stats=args.stats,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
