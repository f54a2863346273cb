"""Smoke test of tests/benchmarks/bench_scale.py without a database: its
arguments, its SQL weighting and its report."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))
import bench_scale  # noqa: E402


def test_default_sizes():
    args = bench_scale.parse_args(["-d", "db"])
    assert args.history == (20000, 200000)
    assert args.runs == 7 and not args.explain


def test_sizes_parsed():
    args = bench_scale.parse_args(
        ["-d", "db", "--history", "20_000,200000", "--explain"]
    )
    assert args.history == (20000, 200000)
    assert args.explain


@pytest.mark.parametrize("sizes", ["200000,20000", "500", "20000,x", ""])
def test_bad_sizes_refused(sizes, capsys):
    with pytest.raises(SystemExit):
        bench_scale.parse_args(["-d", "db", "--history", sizes])
    assert "--history" in capsys.readouterr().err


def test_sql_weighted():
    sql = bench_scale._sql_weighted((("a", 1), ("b", 3)), "r")
    assert sql == "(CASE WHEN r < 0.250000 THEN 'a' ELSE 'b' END)"


def _figures(scale):
    figures = {
        name: {"ms": 10.0 * scale, "queries": 3}
        for name in (*bench_scale.RATIO_TARGETS, "pivot 90d")
    }
    figures["cron 10 breached"] = {"ms": 100.0, "queries": 200}
    figures["cron 100 breached"] = {"ms": 1000.0, "queries": 2000}
    return figures


def test_report():
    facts = {
        "complaints": 0,
        "open": 1000,
        "overdue": 190,
        "stuck": 200,
        "open tasks": 30,
        "pending cron work": 0,
        "in 90 days": 5,
        "growth s": 1.0,
    }
    report = bench_scale.format_report(
        [(20000, _figures(1), {}, facts), (200000, _figures(3), {}, facts)]
    )
    assert "20k ms" in report and "200k ms" in report
    assert "3.0x  <= 2x 20k        NO" in report
    assert "20.0 queries" in report and "target <= 5 queries: NO" in report
