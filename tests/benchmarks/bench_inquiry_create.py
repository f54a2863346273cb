#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
# (a command-line tool: it prints its report)
"""Benchmark: cost of creating a hotel inquiry versus a bare helpdesk ticket,
and of answering an inquiry.

Creates ``count`` inquiries (``hotel_ticket_type = "inquiry"``: intake,
answer times per channel and complexity, routing to the channel's
department, the conversion suggestion) over live channels (front desk,
phone, restaurant, outlets) and written ones (email, website, WeChat, social
media), and ``count`` bare helpdesk_mgmt tickets, one by one, interleaved
(ABBA order) in the same run, measured as bench_complaint_create.py measures
them (cold record cache, up to the flush); then answers every inquiry
(``_hotel_answer``). The answers are reported apart: on the spot (a live
channel: the guest at the desk or on the phone, a logged note with no mail)
and in writing (a written channel: the answer mailed to the guest, with the
stage's mail and rating request). Nothing is committed. The benchmark
reports; it does not fail on a missed target.

Targets: the median inquiry takes at most 1.2x the bare ticket's median time
and at most 6 queries more (mean); an answer on the spot at most 12 queries.
An answer in writing has no target: its figures are reported.

Usage, on a database where hotel_inquiry is installed::

    python3 tests/benchmarks/bench_inquiry_create.py --database DB \\
        [--count 500] [--addons-path PATHS] [--warmup 10]
"""

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_complaint_create as complaint_bench  # noqa: E402
import benchlib  # noqa: E402

TIME_RATIO_TARGET = 1.2
QUERY_DELTA_TARGET = 6
ANSWER_QUERY_TARGET = 12
QUESTIONS = [
    "Is breakfast included in the rate?",
    "What time is check-out?",
    "Can we book the ballroom for 80 guests in May?",
    "Do you have a shuttle to the airport?",
    "早餐几点开始？",
    "可以延迟退房吗？",
    "Where can I park?",
]
CHANNEL_XMLIDS = [
    "helpdesk_mgmt.helpdesk_ticket_channel_phone",
    "helpdesk_mgmt.helpdesk_ticket_channel_email",
    "helpdesk_mgmt.helpdesk_ticket_channel_web",
    "hotel_complaint.helpdesk_ticket_channel_front_desk",
    "hotel_complaint.helpdesk_ticket_channel_social",
    "hotel_inquiry.helpdesk_ticket_channel_wechat",
    "hotel_inquiry.helpdesk_ticket_channel_restaurant",
    "hotel_inquiry.helpdesk_ticket_channel_outlets",
]
# The channels whose guests are answered on the spot (at the desk, on the
# phone); the others are answered in writing.
LIVE_KIND = "live"
COMPLEXITIES = ["simple", "general", "complex"]


def inquiry_vals(fixtures, rng, index):
    """An inquiry as the intake form or the API would send it."""
    guest = rng.choice(fixtures["guests"])
    return {
        "hotel_ticket_type": "inquiry",
        "name": rng.choice(QUESTIONS),
        "partner_id": guest.id,
        "company_id": fixtures["company"].id,
        "channel_id": rng.choice(fixtures["inquiry_channels"]).id,
        "hotel_complexity": rng.choice(COMPLEXITIES),
    }


def run(env, count=500, warmup=10, seed=2024, progress=None):
    """Create ``count`` inquiries and ``count`` bare tickets interleaved, then
    answer the inquiries (on the spot or in writing, after their channel);
    return the figures as a dict."""
    env = env(context=complaint_bench.bench_context(env))
    rng = random.Random(seed)
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
        env.ref(xmlid) for xmlid in CHANNEL_XMLIDS if env.ref(xmlid, False)
    ]
    env.flush_all()
    measure = complaint_bench.measure_create
    for index in range(warmup):
        measure(env, inquiry_vals(fixtures, rng, -1 - index))
        measure(env, complaint_bench.bare_vals(fixtures, rng, -1 - index))
    data = {"inquiry": ([], []), "bare": ([], [])}
    makers = {"inquiry": inquiry_vals, "bare": complaint_bench.bare_vals}
    inquiries = []
    started = time.perf_counter()
    for index in range(count):
        order = ("inquiry", "bare") if index % 2 == 0 else ("bare", "inquiry")
        for kind in order:
            ticket, seconds, queries = measure(env, makers[kind](fixtures, rng, index))
            data[kind][0].append(seconds)
            data[kind][1].append(queries)
            if kind == "inquiry":
                inquiries.append(ticket)
        if progress and (index + 1) % 250 == 0:
            progress(index + 1, count)
    answers = {"spot": ([], []), "writing": ([], [])}
    cr = env.cr
    for ticket in inquiries:
        kind = (
            "spot" if ticket.channel_id.hotel_inquiry_kind == LIVE_KIND else "writing"
        )
        env.invalidate_all()
        start_queries = cr.sql_log_count
        start = time.perf_counter()
        ticket._hotel_answer("<p>Yes: from 6:30 to 10:30.</p>")
        env.flush_all()
        cr.flush()
        answers[kind][0].append(time.perf_counter() - start)
        answers[kind][1].append(cr.sql_log_count - start_queries)
    inquiry = complaint_bench._summary(*data["inquiry"])
    bare = complaint_bench._summary(*data["bare"])
    answer = complaint_bench._summary(*answers["spot"])
    written = complaint_bench._summary(*answers["writing"])
    result = {
        "count": count,
        "warmup": warmup,
        "total_s": time.perf_counter() - started,
        "inquiry": inquiry,
        "bare": bare,
        "answer": answer,
        "answer_written": written,
        "ratio_median": inquiry["median_ms"] / bare["median_ms"],
        "queries_delta_mean": inquiry["queries_mean"] - bare["queries_mean"],
    }
    result["time_target_met"] = result["ratio_median"] <= TIME_RATIO_TARGET
    result["query_target_met"] = result["queries_delta_mean"] <= QUERY_DELTA_TARGET
    result["answer_target_met"] = answer["queries_mean"] <= ANSWER_QUERY_TARGET
    return result


def _met(flag):
    return "MET" if flag else "NOT MET"


def format_report(result):
    i, b, a = result["inquiry"], result["bare"], result["answer"]
    w = result["answer_written"]
    return "\n".join(
        [
            f"Inquiry creation, {result['count']} of each, one by one "
            f"(warm-up {result['warmup']} of each excluded), "
            f"{result['total_s']:.1f} s in all",
            "",
            f"{'':24}{'inquiry':>12}{'bare':>12}{'ratio':>10}",
            f"{'median time (ms)':24}{i['median_ms']:12.2f}{b['median_ms']:12.2f}"
            f"{result['ratio_median']:9.2f}x",
            f"{'p95 time (ms)':24}{i['p95_ms']:12.2f}{b['p95_ms']:12.2f}",
            f"{'queries (mean)':24}{i['queries_mean']:12.2f}{b['queries_mean']:12.2f}"
            f"{result['queries_delta_mean']:+9.2f}",
            f"{'queries (min-max)':24}{i['queries_min']:>6}-{i['queries_max']:<5}"
            f"{b['queries_min']:>6}-{b['queries_max']:<5}",
            "",
            f"Answer on the spot ({a['n']}): median {a['median_ms']:.2f} ms, "
            f"queries mean {a['queries_mean']:.1f} (min {a['queries_min']}, max "
            f"{a['queries_max']})",
            f"Answer in writing ({w['n']}): median {w['median_ms']:.2f} ms, "
            f"queries mean {w['queries_mean']:.1f} (min {w['queries_min']}, max "
            f"{w['queries_max']}); no target",
            "",
            f"Targets: time (median) <= {TIME_RATIO_TARGET:.1f}x bare: "
            f"{_met(result['time_target_met'])} ({result['ratio_median']:.2f}x); "
            f"queries (mean) <= bare + {QUERY_DELTA_TARGET}: "
            f"{_met(result['query_target_met'])} "
            f"({result['queries_delta_mean']:+.1f}); answer on the spot queries <= "
            f"{ANSWER_QUERY_TARGET}: {_met(result['answer_target_met'])} "
            f"({a['queries_mean']:.1f})",
        ]
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--addons-path")
    args = parser.parse_args(argv)
    with benchlib.rollback_env(
        args.database, args.addons_path, what="the benchmark"
    ) as env:
        if "hotel.inquiry.topic" not in env:
            sys.exit(f"error: hotel_inquiry is not installed in {args.database}.")
        result = run(
            env,
            args.count,
            warmup=args.warmup,
            seed=args.seed,
            progress=benchlib.progress,
        )
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
