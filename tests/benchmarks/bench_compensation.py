# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: proposing, approving and delivering compensation (C3.3).

On N complaints (created first, not measured), one compensation proposal each
is proposed (created with two lines), submitted for approval, approved by a
department manager through OCA's tier validation (the comment wizard, as the
form's button does), accepted by the guest and delivered. Each step is timed
with ``time.perf_counter`` and its SQL queries counted with
``cr.sql_log_count``, from a cold record cache up to the flush and the
pre-commit hooks (mail tracking), as a request and its commit would. A quarter
of the proposals stay within front-line authority (approved at once, no
review), as in a hotel where most gestures are small. Nothing is committed.

Usage, on a database where hotel_complaint is installed::

    python3 tests/benchmarks/bench_compensation.py --database DB [--count 500]

or ``scripts/bench``, which makes a throwaway database and runs both
benchmarks. ``run(env, count)`` returns the figures as a dict (the test suite
runs it with a tiny count); ``format_report(result)`` renders them.
"""

import argparse
import os
import random
import statistics
import sys
import time

STEPS = ("propose", "submit", "approve", "deliver")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402


def _percentile(values, share):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def _measure(env, func):
    """Run ``func`` like one request: cold cache, flush and commit hooks."""
    env.invalidate_all()
    cr = env.cr
    queries = cr.sql_log_count
    started = time.perf_counter()
    result = func()
    env.flush_all()
    cr.precommit.run()
    return result, time.perf_counter() - started, cr.sql_log_count - queries


def _setup(env, count, seed):
    rng = random.Random(seed)
    company = env["res.company"].create({"name": f"Benchmark Hotel {seed}"})
    team = env["helpdesk.ticket.team"].create(
        {
            "name": "Housekeeping (benchmark)",
            "hotel_department_type": "housekeeping",
            "company_id": company.id,
        }
    )
    Users = env["res.users"].with_context(no_reset_password=True)
    agent, manager = (
        Users.create(
            {
                "name": login,
                "login": f"{login}_{seed}",
                "email": f"{login}.{seed}@example.com",
                "company_id": company.id,
                "company_ids": [(6, 0, company.ids)],
                "groups_id": [(6, 0, env.ref(group).ids)],
            }
        )
        for login, group in (
            ("bench_agent", "hotel_complaint.group_hotel_guest_relations"),
            ("bench_manager", "hotel_complaint.group_hotel_department_manager"),
        )
    )
    team.write({"user_id": manager.id, "user_ids": [(4, manager.id), (4, agent.id)]})
    guests = env["res.partner"].create(
        [
            {"name": f"Guest {i}", "email": f"guest{i}.{seed}@example.com"}
            for i in range(min(count, 50))
        ]
    )
    tickets = env["helpdesk.ticket"].create(
        [
            {
                "name": f"Complaint {i}",
                "description": "<p>The room was not ready at check-in.</p>",
                "hotel_ticket_type": "complaint",
                "company_id": company.id,
                "team_id": team.id,
                "partner_id": guests[i % len(guests)].id,
                "stay_reference": f"RES-{seed}-{i}",
                "severity": "moderate",
                "urgency": "medium",
            }
            for i in range(count)
        ]
    )
    # 1 in 4 within front-line authority (<= 300), the rest for the manager.
    amounts = [
        (rng.choice([40, 60, 80]), rng.choice([50, 100]))
        if i % 4 == 0
        else (rng.choice([200, 250, 300]), rng.choice([150, 250, 400]))
        for i in range(count)
    ]
    env.flush_all()
    return company, agent, manager, tickets, amounts


def run(env, count=500, seed=2024, progress=None):
    """Measure ``count`` proposals through every step; return the figures."""
    env = env(context=dict(env.context, tracking_disable=False))
    company, agent, manager, tickets, amounts = _setup(env, count, seed)
    agent_env = env(user=agent)(
        context=dict(env.context, allowed_company_ids=company.ids)
    )
    manager_env = env(user=manager)(
        context=dict(env.context, allowed_company_ids=company.ids)
    )
    figures = {step: {"times": [], "queries": []} for step in STEPS}
    reviewed = 0
    for index, (ticket, (first, second)) in enumerate(
        zip(tickets, amounts, strict=True)
    ):
        proposal, elapsed, queries = _measure(
            agent_env,
            lambda t=ticket, a=first, b=second: agent_env["hotel.compensation"].create(
                {
                    "ticket_id": t.id,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "compensation_type": "amenity",
                                "name": "Fruit platter",
                                "amount": a,
                            },
                        ),
                        (
                            0,
                            0,
                            {
                                "compensation_type": "fnb_voucher",
                                "name": "Dinner voucher",
                                "amount": b,
                            },
                        ),
                    ],
                }
            ),
        )
        figures["propose"]["times"].append(elapsed)
        figures["propose"]["queries"].append(queries)
        _none, elapsed, queries = _measure(agent_env, proposal.action_submit)
        figures["submit"]["times"].append(elapsed)
        figures["submit"]["queries"].append(queries)
        if proposal.state == "to_approve":
            reviewed += 1
            mine = proposal.with_env(manager_env)

            def approve(mine=mine):
                action = mine.validate_tier()
                wizard = (
                    manager_env["comment.wizard"]
                    .with_context(**action["context"])
                    .create({"comment": "Agreed"})
                )
                wizard.add_comment()

            _none, elapsed, queries = _measure(manager_env, approve)
            figures["approve"]["times"].append(elapsed)
            figures["approve"]["queries"].append(queries)
        if proposal.state != "approved":
            raise RuntimeError(f"{proposal.name} is {proposal.state}, not approved")

        def deliver(proposal=proposal):
            mine = proposal.with_env(agent_env)
            mine.action_guest_accepted()
            mine.action_deliver()

        _none, elapsed, queries = _measure(agent_env, deliver)
        figures["deliver"]["times"].append(elapsed)
        figures["deliver"]["queries"].append(queries)
        if progress and (index + 1) % 100 == 0:
            progress(index + 1, count)
    summary = {}
    for step, data in figures.items():
        times = [t * 1000 for t in data["times"]]
        summary[step] = {
            "n": len(times),
            "median_ms": statistics.median(times) if times else 0.0,
            "p95_ms": _percentile(times, 0.95),
            "queries_mean": statistics.mean(data["queries"]) if times else 0.0,
        }
    per_complaint_ms = (
        sum(sum(data["times"]) for data in figures.values()) * 1000 / max(count, 1)
    )
    per_complaint_queries = sum(
        sum(data["queries"]) for data in figures.values()
    ) / max(count, 1)
    return {
        "count": count,
        "reviewed": reviewed,
        "steps": summary,
        "per_complaint_ms": per_complaint_ms,
        "per_complaint_queries": per_complaint_queries,
    }


def format_report(result):
    lines = [
        f"Compensation on {result['count']} complaints "
        f"({result['reviewed']} reviewed by a department manager, the rest "
        "within front-line authority)",
        "",
        f"{'step':12}{'n':>6}{'median ms':>12}{'p95 ms':>10}{'queries':>10}",
    ]
    for step in STEPS:
        data = result["steps"][step]
        lines.append(
            f"{step:12}{data['n']:6}{data['median_ms']:12.2f}{data['p95_ms']:10.2f}"
            f"{data['queries_mean']:10.1f}"
        )
    lines += [
        "",
        f"Per complaint, all steps: {result['per_complaint_ms']:.1f} ms, "
        f"{result['per_complaint_queries']:.1f} queries",
    ]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", "-d", required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--addons-path")
    args = parser.parse_args(argv)

    with benchlib.rollback_env(
        args.database, args.addons_path, what="the benchmark"
    ) as env:
        result = run(
            env,
            args.count,
            seed=args.seed,
            progress=benchlib.progress,
        )
    print(format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
