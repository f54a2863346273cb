#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
# (a command-line tool: it prints its report)
"""Benchmark: cost of creating a hotel complaint versus a bare helpdesk ticket.

Creates ``count`` complaints (``hotel_ticket_type = "complaint"``: intake
defaults, auto-triage, routing, severity x urgency matrix deadlines, alerts,
collaborating department tasks) and ``count`` bare helpdesk_mgmt tickets (no
hotel field), one by one through the ORM, interleaved (ABBA order) so both see
the same database and cache conditions. Each creation is timed with
``time.perf_counter`` and its SQL queries counted with ``cr.sql_log_count``,
including the flush and the pre-commit hooks (mail tracking), as a commit
would run them. Nothing is committed: everything is rolled back at the end.

Targets (issue): the median complaint takes at most 1.3x the bare ticket's
median time, and complaints cost on average (mean) at most 12 more SQL queries
than bare tickets: the mean includes serious complaints, which do more work on
purpose (alerts to the duty manager and security, department tasks), as the
per-path table shows.

Usage, on a database where hotel_complaint is installed::

    python3 tests/benchmarks/bench_complaint_create.py --database DB \\
        [--count 2000] [--addons-path PATHS] [--warmup 10] [--login LOGIN] \\
        [--context KEY=VALUE ...]

or ``scripts/bench [--count N]``, which makes the throwaway database itself.

The measuring function ``run(env, count)`` can be imported and called with any
environment (the test suite runs it with a tiny count inside its transaction);
it returns a dict of figures, and ``format_report(result)`` renders them.
"""

import argparse
import ast
import math
import os
import random
import statistics
import sys
import time
from datetime import timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

TIME_RATIO_TARGET = 1.3
QUERY_DELTA_TARGET = 12

# (title, guest's account). English, simplified and traditional Chinese; most
# texts fire an auto-triage rule, a few fire none (fallback routing).
TEXTS = [
    (
        "Dirty bathroom",
        "The bathroom was dirty, there was hair in the sink and a stain on the towel.",
    ),
    ("Room not cleaned", "Our room was not cleaned today and it has a smell."),
    ("Noisy neighbours", "Loud party next door until 2am, we could not sleep."),
    ("Construction noise", "Construction noise from 7am, very noisy."),
    ("No hot water", "There is no hot water in the shower since this morning."),
    ("Toilet leaking", "The toilet is leaking and the floor is wet."),
    ("Air conditioner broken", "The air conditioner is broken, the room is hot."),
    ("TV and wifi", "The TV does not work and the wifi keeps dropping."),
    ("Rude receptionist", "The receptionist was rude and shouted at my wife."),
    ("Slow check-in", "We waited 40 minutes in the queue at check-in."),
    ("Wrong bill", "I was overcharged, the wrong bill shows two minibar items."),
    ("Cold breakfast", "Breakfast was cold and the eggs were undercooked."),
    ("Insect in soup", "There was an insect in my soup and a fly in the salad."),
    (
        "Sick after dinner",
        "My son was vomiting all night, food poisoning after dinner at the restaurant.",
    ),
    ("Guest injured", "My father slipped by the pool and is injured, there was blood."),
    ("Wallet stolen", "My wallet was stolen from the room safe: theft."),
    ("Gym treadmill", "The treadmill in the gym is broken."),
    ("Parking", "Nobody told us that parking costs extra."),
    ("View", "We booked a sea view and got a view of the car park."),
    ("房间很脏", "房间很脏，床单上有头发，卫生间有异味。"),
    ("隔壁太吵", "隔壁太吵了，一直吵闹到半夜。"),
    ("空调坏了", "空调坏了，房间很热，电视也不能看。"),
    ("没有热水", "淋浴没有热水，马桶也漏水。"),
    ("前台态度差", "前台态度很差，非常不礼貌。"),
    ("早餐不新鲜", "早餐不新鲜，菜太咸了。"),
    ("食物中毒", "晚餐后呕吐腹泻，怀疑食物中毒。"),
    ("行李被盗", "行李被盗，房间门锁坏了。"),
    ("排队太久", "办理入住排队等了一个小时，太慢。"),
    ("房間很髒", "房間很髒，地毯有污漬，還有蟑螂。"),
    ("服務態度", "服務員態度冷漠，不禮貌。"),
    ("帳單錯誤", "帳單錯誤，多收費兩晚。"),
    ("景觀", "我們預訂的是海景房。"),
]
# Weights of the guests' urgency and of a severity chosen at intake (empty:
# auto-triage or nothing decides).
URGENCIES = [("low", 3), ("medium", 5), ("high", 2)]
INTAKE_SEVERITIES = [(False, 12), ("minor", 4), ("moderate", 3), ("serious", 1)]
GUESTS = [
    ("Mei Lin", "mei.lin@example.com", "+852 5555 0101"),
    ("John Carter", "john.carter@example.com", False),
    ("王小明", "xiaoming.wang@example.cn", "+86 138 0000 0001"),
    ("陳大文", "taiman.chan@example.hk", "+852 6666 0202"),
    ("Anna Schmidt", "anna.schmidt@example.de", "+49 30 1234567"),
    ("Kenji Sato", "kenji.sato@example.jp", False),
]
LOCATIONS = [
    ("Guest Floors 10-15", "GF10", "room", "housekeeping"),
    ("Harbour Restaurant", "REST", "restaurant", "fnb"),
    ("Lobby Bar", "LBAR", "restaurant", "fnb"),
    ("Pool and Gym", "POOL", "leisure", "engineering"),
    ("Lobby", "LOBBY", "public", "front_office"),
    ("Car Park", "PARK", "parking", "security"),
]
CATEGORY_XMLIDS = [
    "hotel_complaint.category_service_attitude",
    "hotel_complaint.category_environment_cleanliness",
    "hotel_complaint.category_environment_noise",
    "hotel_complaint.category_facilities_room_facilities",
    "hotel_complaint.category_facilities_appliances",
    "hotel_complaint.category_fnb_dish_quality",
]
CHANNEL_XMLIDS = [
    "helpdesk_mgmt.helpdesk_ticket_channel_phone",
    "helpdesk_mgmt.helpdesk_ticket_channel_email",
    "helpdesk_mgmt.helpdesk_ticket_channel_web",
    "hotel_complaint.helpdesk_ticket_channel_front_desk",
    "hotel_complaint.helpdesk_ticket_channel_ota",
]
DEPARTMENTS = [
    "front_office",
    "housekeeping",
    "fnb",
    "engineering",
    "security",
    "guest_relations",
]


def bench_context(env):
    """A user's context: tracking on, emails queued instead of sent at once."""
    return dict(
        env.context,
        lang="en_US",
        tz="Asia/Hong_Kong",
        tracking_disable=False,
        mail_notify_force_send=False,
    )


def _weighted(rng, choices):
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights)[0]


def setup_fixtures(env):
    """A staffed hotel: department leaders, duty manager, guests, locations,
    routing rules. Everything is created in the current transaction."""
    company = env.company
    Team = env["helpdesk.ticket.team"]
    Users = env["res.users"].with_context(no_reset_password=True)
    staff_group = env.ref("hotel_complaint.group_hotel_department_manager")
    manager_group = env.ref("hotel_complaint.group_hotel_manager")
    teams = {}
    for dept in DEPARTMENTS:
        team = Team._hotel_department(company, dept)
        if not team:
            team = Team.create(
                {
                    "name": f"Bench {dept}",
                    "hotel_department_type": dept,
                    "company_id": company.id,
                }
            )
        teams[dept] = team
    suffix = str(env["res.users"].search_count([]))
    for dept, team in teams.items():
        leader = Users.create(
            {
                "name": f"{dept.replace('_', ' ').title()} Leader",
                "login": f"bench_{dept}_{suffix}",
                "email": f"bench.{dept}.{suffix}@example.com",
                "company_id": company.id,
                "company_ids": [(6, 0, [company.id])],
                "groups_id": [(6, 0, [staff_group.id])],
            }
        )
        team.write({"user_id": leader.id, "user_ids": [(4, leader.id)]})
    duty = Users.create(
        {
            "name": "Duty Manager",
            "login": f"bench_duty_{suffix}",
            "email": f"bench.duty.{suffix}@example.com",
            "company_id": company.id,
            "company_ids": [(6, 0, [company.id])],
            "groups_id": [(6, 0, [manager_group.id])],
        }
    )
    company.hotel_duty_manager_id = duty
    guests = env["res.partner"].create(
        [
            {"name": name, "email": email, "phone": phone}
            for name, email, phone in GUESTS
        ]
    )
    locations = env["hotel.location"].create(
        [
            {
                "name": name,
                "code": f"B{suffix}{code}",
                "location_type": ltype,
                "company_id": company.id,
                "default_team_id": teams[dept].id,
            }
            for name, code, ltype, dept in LOCATIONS
        ]
    )
    Rule = env["hotel.complaint.routing.rule"]
    Rule.create(
        [
            {
                "name": "Bench: food hygiene",
                "sequence": 1,
                "company_id": company.id,
                "category_id": env.ref("hotel_complaint.category_fnb_food_hygiene").id,
                "lead_team_id": teams["fnb"].id,
                "collaborator_team_ids": [(6, 0, [teams["guest_relations"].id])],
                "collaborator_hours": 4,
            },
            {
                "name": "Bench: urgent",
                "sequence": 2,
                "company_id": company.id,
                "severity": "urgent",
                "lead_team_id": teams["security"].id,
                "collaborator_team_ids": [
                    (6, 0, [teams["front_office"].id, teams["guest_relations"].id])
                ],
                "collaborator_hours": 1,
            },
            {
                "name": "Bench: pool",
                "sequence": 3,
                "company_id": company.id,
                "location_id": locations[3].id,
                "lead_team_id": teams["engineering"].id,
            },
        ]
    )
    return {
        "company": company,
        "teams": teams,
        "guests": guests,
        "locations": locations,
        "categories": [env.ref(xmlid) for xmlid in CATEGORY_XMLIDS],
        "channels": [
            channel
            for channel in (
                env.ref(xmlid, raise_if_not_found=False) for xmlid in CHANNEL_XMLIDS
            )
            if channel
        ],
        "now": env.cr.now(),
    }


def complaint_vals(fixtures, rng, index):
    """A complaint as the intake form or the API would send it."""
    title, text = rng.choice(TEXTS)
    guest = rng.choice(fixtures["guests"])
    vals = {
        "hotel_ticket_type": "complaint",
        "name": title,
        "description": f"<p>{text}</p>",
        "guest_account": text,
        "partner_id": guest.id,
        "company_id": fixtures["company"].id,
        "channel_id": rng.choice(fixtures["channels"]).id,
        "urgency": _weighted(rng, URGENCIES),
        "room_number": f"{rng.randint(3, 28)}{rng.randint(1, 40):02d}",
        "stay_reference": f"RES-{100000 + index}",
        "incident_date": fixtures["now"] - timedelta(minutes=rng.randint(5, 600)),
    }
    severity = _weighted(rng, INTAKE_SEVERITIES)
    if severity:
        vals["severity"] = severity
    if rng.random() < 0.25:
        vals["category_id"] = rng.choice(fixtures["categories"]).id
    if rng.random() < 0.7:
        vals["location_id"] = rng.choice(fixtures["locations"]).id
    return vals


def bare_vals(fixtures, rng, index):
    """A plain helpdesk_mgmt ticket, as its form fills it: no hotel field."""
    title, text = rng.choice(TEXTS)
    guest = rng.choice(fixtures["guests"])
    vals = {
        "name": title,
        "description": f"<p>{text}</p>",
        "partner_id": guest.id,
        "partner_name": guest.name,
        "partner_email": guest.email,
        "company_id": fixtures["company"].id,
        "channel_id": rng.choice(fixtures["channels"]).id,
        # Unassigned: else helpdesk_mgmt's auto-assignment gives it to the
        # creator, and the creator's teams (demo data) may give it a team.
        "user_id": False,
    }
    if rng.random() < 0.25:
        vals["category_id"] = rng.choice(fixtures["categories"]).id
    return vals


def measure_create(env, vals):
    """Create one ticket as one request would: from a cold record cache, up to
    the flush and the pre-commit hooks (mail tracking) a commit runs.

    :return: ``(ticket, seconds, queries)``
    """
    Ticket = env["helpdesk.ticket"]
    cr = env.cr
    env.invalidate_all()
    start_queries = cr.sql_log_count
    start = time.perf_counter()
    ticket = Ticket.create(vals)
    env.flush_all()
    cr.flush()
    elapsed = time.perf_counter() - start
    return ticket, elapsed, cr.sql_log_count - start_queries


def _percentile(values, share):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def _summary(times, queries):
    times_ms = [t * 1000.0 for t in times]
    return {
        "n": len(times),
        "median_ms": statistics.median(times_ms),
        "p95_ms": _percentile(times_ms, 0.95),
        "mean_ms": statistics.fmean(times_ms),
        "min_ms": min(times_ms),
        "max_ms": max(times_ms),
        "queries_median": statistics.median(queries),
        "queries_mean": statistics.fmean(queries),
        "queries_min": min(queries),
        "queries_max": max(queries),
    }


def _complaint_path(ticket):
    parts = []
    parts.append("triaged" if ticket.triage_rule_id else "no triage")
    if ticket.routing_rule_id:
        parts.append("routing rule")
    if ticket.hotel_task_ids:
        parts.append("tasks")
    if ticket.hotel_alert_sent:
        parts.append("alert")
    return ", ".join(parts)


def run(env, count=2000, warmup=10, seed=2024, progress=None, context=None):
    """Create ``count`` complaints and ``count`` bare tickets, one by one,
    interleaved in ABBA order; return the figures as a dict.

    Creates its own fixtures in the current transaction and never commits:
    the caller rolls back (or the test framework does). ``context`` adds keys
    to the benchmark's context (to try e.g. ``mail_auto_subscribe_no_notify``).
    """
    env = env(context=dict(bench_context(env), **(context or {})))
    rng = random.Random(seed)
    fixtures = setup_fixtures(env)
    env.flush_all()
    env.cr.flush()
    for index in range(warmup):
        measure_create(env, complaint_vals(fixtures, rng, -1 - index))
        measure_create(env, bare_vals(fixtures, rng, -1 - index))
    data = {"complaint": ([], []), "bare": ([], [])}
    paths = {}
    makers = {"complaint": complaint_vals, "bare": bare_vals}
    started = time.perf_counter()
    for index in range(count):
        order = ("complaint", "bare") if index % 2 == 0 else ("bare", "complaint")
        for kind in order:
            ticket, seconds, queries = measure_create(
                env, makers[kind](fixtures, rng, index)
            )
            data[kind][0].append(seconds)
            data[kind][1].append(queries)
            if kind == "complaint":
                path = paths.setdefault(_complaint_path(ticket), ([], []))
                path[0].append(seconds)
                path[1].append(queries)
        if progress and (index + 1) % 250 == 0:
            progress(index + 1, count)
    complaint = _summary(*data["complaint"])
    bare = _summary(*data["bare"])
    result = {
        "count": count,
        "warmup": warmup,
        "seed": seed,
        "context": dict(context or {}),
        "total_s": time.perf_counter() - started,
        "complaint": complaint,
        "bare": bare,
        "ratio_median": complaint["median_ms"] / bare["median_ms"],
        "ratio_p95": complaint["p95_ms"] / bare["p95_ms"],
        "ratio_mean": complaint["mean_ms"] / bare["mean_ms"],
        "queries_ratio": complaint["queries_mean"] / bare["queries_mean"],
        "queries_delta_mean": complaint["queries_mean"] - bare["queries_mean"],
        "queries_delta_median": complaint["queries_median"] - bare["queries_median"],
        "paths": {
            name: _summary(times, queries)
            for name, (times, queries) in sorted(
                paths.items(), key=lambda item: -len(item[1][0])
            )
        },
    }
    result["time_target_met"] = result["ratio_median"] <= TIME_RATIO_TARGET
    result["query_target_met"] = result["queries_delta_mean"] <= QUERY_DELTA_TARGET
    return result


def format_report(result):
    c, b = result["complaint"], result["bare"]
    lines = [
        f"Ticket creation, {result['count']} of each, one by one "
        f"(warm-up {result['warmup']} of each excluded), "
        f"{result['total_s']:.1f} s in all",
    ]
    if result.get("context"):
        lines.append(f"Extra context: {result['context']}")
    lines += [
        "",
        f"{'':24}{'complaint':>12}{'bare':>12}{'ratio':>10}",
        f"{'median time (ms)':24}{c['median_ms']:12.2f}{b['median_ms']:12.2f}"
        f"{result['ratio_median']:9.2f}x",
        f"{'p95 time (ms)':24}{c['p95_ms']:12.2f}{b['p95_ms']:12.2f}"
        f"{result['ratio_p95']:9.2f}x",
        f"{'mean time (ms)':24}{c['mean_ms']:12.2f}{b['mean_ms']:12.2f}"
        f"{result['ratio_mean']:9.2f}x",
        f"{'queries (median)':24}{c['queries_median']:12.1f}"
        f"{b['queries_median']:12.1f}"
        f"{result['queries_delta_median']:+9.1f}",
        f"{'queries (mean)':24}{c['queries_mean']:12.2f}{b['queries_mean']:12.2f}"
        f"{result['queries_delta_mean']:+9.2f}",
        f"{'queries (min-max)':24}{c['queries_min']:>6}-{c['queries_max']:<5}"
        f"{b['queries_min']:>6}-{b['queries_max']:<5}",
        "",
        "Complaints by path:",
    ]
    for name, path in result["paths"].items():
        lines.append(
            f"  {name:40} n={path['n']:5}  median {path['median_ms']:7.2f} ms"
            f"  queries {path['queries_mean']:6.1f}"
        )
    lines += [
        "",
        f"Targets: time (median) <= {TIME_RATIO_TARGET:.1f}x bare: "
        f"{'MET' if result['time_target_met'] else 'NOT MET'} "
        f"({result['ratio_median']:.2f}x); queries (mean) <= bare + "
        f"{QUERY_DELTA_TARGET}: "
        f"{'MET' if result['query_target_met'] else 'NOT MET'} "
        f"({result['queries_delta_mean']:+.1f}; median "
        f"{result['queries_delta_median']:+.1f})",
    ]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--addons-path")
    parser.add_argument(
        "--context",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="add a context key (value as a Python literal) to try a variant",
    )
    parser.add_argument(
        "--login",
        help="run as this user in superuser mode (default: the superuser)",
    )
    args = parser.parse_args(argv)
    context = {}
    for item in args.context:
        key, _sep, value = item.partition("=")
        try:
            context[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            context[key] = value

    with benchlib.rollback_env(
        args.database, args.addons_path, what="the benchmark"
    ) as env:
        if args.login:
            user = env["res.users"].search([("login", "=", args.login)])
            if not user:
                sys.exit(f"error: no user {args.login}.")
            env = env(user=user, su=True)
        result = run(
            env,
            args.count,
            warmup=args.warmup,
            seed=args.seed,
            context=context,
            progress=benchlib.progress,
        )
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
