# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage's classifier on the labelled guest messages shipped with
hotel_complaint (C2.1, C2.2), without Odoo: the evaluation that
``scripts/triage-eval`` prints, its figures on the held-out part, the safety
layer, the shipped model and the data set itself."""

import collections
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "hotel_complaint" / "tools"

# Held-out figures this commit reaches (see the README): a drop below them
# fails. The targets (category 90%, severity 80%) are not reached yet.
CATEGORY_FLOOR = 0.80
SEVERITY_FLOOR = 0.65


def _tools():
    spec = importlib.util.spec_from_file_location(
        "hotel_triage_tools_test",
        TOOLS / "__init__.py",
        submodule_search_locations=[str(TOOLS)],
    )
    package = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = package
    spec.loader.exec_module(package)
    return (
        importlib.import_module(f"{spec.name}.triage_eval"),
        importlib.import_module(f"{spec.name}.triage_safety"),
    )


triage_eval, triage_safety = _tools()


@pytest.fixture(scope="module")
def evaluation():
    return triage_eval.run()


def test_dataset():
    rows = triage_eval.load_dataset()
    messages = [row for row in rows if row["style"] != "lexicon"]
    assert len(messages) >= 600
    train, test = triage_eval.split(rows)
    # Held out by complaint: no wording of a held-out complaint is trained on.
    assert not {row["core"] for row in train} & {row["core"] for row in test}
    assert not {row["text"] for row in train} & {row["text"] for row in test}
    for key in ("script", "subcategory", "severity"):
        counts = collections.Counter(row[key] for row in test)
        assert len(counts) == len(collections.Counter(row[key] for row in messages))
    assert set(collections.Counter(row["script"] for row in messages)) == {
        "en",
        "zh_CN",
        "zh_TW",
    }
    assert {row["style"] for row in messages} >= {
        "plain",
        "ramble",
        "typos",
        "mixed",
        "question",
    }


def test_held_out_figures(evaluation):
    _model, stats, info = evaluation
    assert info["test"] >= 150
    assert triage_eval.safety_recall(stats) == 1.0, stats["safety"]["missed"]
    assert triage_eval.accuracy(stats, "category") >= CATEGORY_FLOOR
    assert triage_eval.accuracy(stats, "severity") >= SEVERITY_FLOOR
    for script, figures in stats["scripts"].items():
        assert figures["category"] / figures["count"] >= CATEGORY_FLOOR - 0.05, script
    assert stats["false_urgent"] <= 0.02 * stats["count"]


def test_shipped_model_is_the_trained_one(evaluation):
    """The shipped model is what the evaluation trains: deterministic, and
    rebuilt with ``scripts/triage-eval --write-model`` after a change."""
    model, _stats, _info = evaluation
    assert triage_eval.dump_model(model) == Path(triage_eval.MODEL_FILE).read_bytes()


def test_speed():
    model = triage_eval.shipped_model()
    texts = [row["text"] for row in triage_eval.load_dataset()[:300]]
    started = time.perf_counter()
    for text in texts:
        triage_eval.suggest(model, text)
    assert (time.perf_counter() - started) / len(texts) < 0.005


@pytest.mark.parametrize(
    "text",
    [
        "Help, we are stuck in the elevator on floor 3",
        "The socket by the desk is smoking",
        "my son has an allergic reaction, his lips are swelling",
        "Water is coming through the ceiling of the bathroom",
        "I smell gas in the corridor",
        "Someone broke into our room and took our passports",
        "我爸爸在餐厅晕倒了",
        "房間有人闖入，東西被偷了",
        "走廊着火了，到处都是烟",
        "我被吹风机电了一下",
        "我女兒跌倒撞到頭，一直流血",
    ],
)
def test_safety_layer_raises(text):
    severity, found = triage_safety.raise_severity("minor", text)
    assert severity == "urgent" and found


@pytest.mark.parametrize(
    "text",
    [
        "The room smells of cigarette smoke",
        "There are blood stains on the sheets",
        "The fire exit sign is not lit",
        "隔壁太吵了，我们被打扰了一整晚",
        "The fish was a bit burnt",
        "There are cockroaches in the bathroom",
    ],
)
def test_safety_layer_leaves_others(text):
    assert triage_safety.raise_severity("minor", text) == ("minor", [])
    assert triage_safety.raise_severity("urgent", text)[0] == "urgent"


def test_command():
    proc = subprocess.run(
        [str(ROOT / "scripts" / "triage-eval")],
        cwd=ROOT,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert "Confusion matrix, category:" in proc.stdout, proc.stderr
    assert "Confusion matrix, severity:" in proc.stdout
    assert "life-safety messages suggested urgent" in proc.stdout
    assert proc.returncode in (0, 1)
