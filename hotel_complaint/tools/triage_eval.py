# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The labelled guest messages shipped with the addon, the shipped model
trained on their training part, and the evaluation on their held-out part
(C2.1, C2.2). Pure Python, without Odoo: ``scripts/triage-eval`` and the
repository's tests run it without a database."""

import gzip
import json
import os
import threading
import time

from .triage_model import TriageModel
from .triage_safety import raise_severity

DATASET = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "data",
    "triage",
    "messages.jsonl",
)
MODEL_FILE = os.path.join(os.path.dirname(DATASET), "model.json.gz")
SEVERITY_ORDER = ("minor", "moderate", "serious", "urgent")
TARGETS = {"category": 0.90, "severity": 0.80, "safety": 1.0}
# Below this probability the product makes no suggestion (staff decide, routing
# falls back); the evaluation reports how often and how well it suggests.
MIN_CONFIDENCE = 0.5

_lock = threading.Lock()
_shipped = {}


def load_dataset(path=DATASET):
    with open(path, encoding="utf-8") as data:
        return [json.loads(line) for line in data if line.strip()]


def split(rows):
    """The training part and the held-out part (the ``split`` field)."""
    return (
        [row for row in rows if row["split"] == "train"],
        [row for row in rows if row["split"] == "test"],
    )


def shipped_model(path=MODEL_FILE):
    """The shipped model (trained on the training part of the shipped
    messages by ``scripts/triage-eval --write-model``), read once per process
    and kept in memory."""
    key = (path, os.path.getmtime(path))
    model = _shipped.get(key)
    if model is None:
        with _lock:
            model = _shipped.get(key)
            if model is None:
                model = read_model(path)
                _shipped.clear()
                _shipped[key] = model
    return model


def read_model(path):
    with gzip.open(path, "rt", encoding="utf-8") as data:
        return TriageModel.from_json(data.read())


def dump_model(model):
    """The model as gzipped JSON, byte for byte the same for the same model."""
    return gzip.compress(model.to_json().encode(), mtime=0)


def write_model(model, path=MODEL_FILE):
    with open(path, "wb") as out:
        out.write(dump_model(model))


def suggest(model, text, explain=3):
    """The model's suggestion raised by the safety layer: ``{"subcategory",
    "category", "severity", "hazards", reasons...}``, empty if the model
    knows no word of the text and no hazard is found."""
    result = model.predict(text, explain=explain)
    severity, found = raise_severity(result.get("severity"), text)
    if not result and not found:
        return {}
    result["severity"] = severity
    result["hazards"] = found
    if result.get("subcategory"):
        result["category"] = result["subcategory"].split(".")[0]
    if found:
        result["severity_confidence"] = 1.0
    return result


def evaluate(model, rows):
    """Accuracy (category, sub-category, severity, overall and per script),
    confusion matrices and safety recall of ``model`` on ``rows``."""
    stats = {
        "count": len(rows),
        "correct": {"category": 0, "subcategory": 0, "severity": 0},
        "scripts": {},
        "confusion": {"category": {}, "severity": {}},
        "safety": {"total": 0, "urgent": 0, "missed": []},
        "false_urgent": 0,
        "confident": {
            key: {"suggested": 0, "correct": 0} for key in ("category", "severity")
        },
    }
    started = time.perf_counter()
    for row in rows:
        result = suggest(model, row["text"], explain=0)
        script = stats["scripts"].setdefault(
            row["script"],
            {"count": 0, "category": 0, "subcategory": 0, "severity": 0},
        )
        script["count"] += 1
        for key in ("category", "subcategory", "severity"):
            if result.get(key) == row[key]:
                stats["correct"][key] += 1
                script[key] += 1
        for key in ("category", "severity"):
            confident = stats["confident"][key]
            if key == "severity" and row.get("hazard"):
                pass  # the safety layer's, not the model's
            elif result.get(f"{key}_confidence", 0.0) >= MIN_CONFIDENCE:
                confident["suggested"] += 1
                confident["correct"] += result.get(key) == row[key]
            matrix = stats["confusion"][key].setdefault(row[key], {})
            predicted = result.get(key) or "-"
            matrix[predicted] = matrix.get(predicted, 0) + 1
        if row.get("hazard"):
            stats["safety"]["total"] += 1
            if result.get("severity") == "urgent":
                stats["safety"]["urgent"] += 1
            else:
                stats["safety"]["missed"].append(row["id"])
        elif result.get("hazards"):
            stats["false_urgent"] += 1
    stats["ms_per_message"] = (
        (time.perf_counter() - started) * 1000 / len(rows) if rows else 0.0
    )
    return stats


def accuracy(stats, key):
    return stats["correct"][key] / stats["count"] if stats["count"] else 0.0


def score(stats):
    """One figure to compare two models on the same rows."""
    return accuracy(stats, "category") + accuracy(stats, "severity")


def safety_recall(stats):
    safety = stats["safety"]
    return safety["urgent"] / safety["total"] if safety["total"] else 1.0


def meets_targets(stats):
    return (
        accuracy(stats, "category") >= TARGETS["category"]
        and accuracy(stats, "severity") >= TARGETS["severity"]
        and safety_recall(stats) >= TARGETS["safety"]
    )


def _matrix_lines(title, matrix, labels):
    width = max(len(label) for label in labels + ["actual \\ predicted"]) + 1
    lines = [
        title,
        "actual \\ predicted".ljust(width)
        + "".join(label[:11].rjust(12) for label in labels),
    ]
    for actual in labels:
        if actual == "-":
            continue
        row = matrix.get(actual, {})
        lines.append(
            actual.ljust(width)
            + "".join(str(row.get(label, 0)).rjust(12) for label in labels)
        )
    return lines


def format_report(stats, title="Held-out messages"):
    lines = [f"{title}: {stats['count']}"]
    for key in ("category", "subcategory", "severity"):
        lines.append(f"  {key:<12} {accuracy(stats, key):7.1%}")
    safety = stats["safety"]
    lines.append(
        f"  life-safety messages suggested urgent: {safety['urgent']}/"
        f"{safety['total']} ({safety_recall(stats):.0%})"
        + (f", missed: {', '.join(safety['missed'])}" if safety["missed"] else "")
    )
    lines.append(
        f"  other messages raised to urgent by the safety layer: "
        f"{stats['false_urgent']}"
    )
    others = stats["count"] - safety["total"]
    for key in ("category", "severity"):
        confident = stats["confident"][key]
        total = stats["count"] if key == "category" else others
        lines.append(
            f"  {key} suggested by the product (model {MIN_CONFIDENCE:.0%} sure or "
            f"more): {confident['suggested'] / (total or 1):.0%} of "
            + ("messages" if key == "category" else "non-life-safety messages")
            + f", right for {confident['correct'] / (confident['suggested'] or 1):.1%}"
        )
    lines.append(f"  time per message: {stats['ms_per_message']:.2f} ms")
    lines.append("Per script:")
    for script, figures in sorted(stats["scripts"].items()):
        count = figures["count"]
        lines.append(
            f"  {script:<6} {count:4d} messages  category "
            f"{figures['category'] / count:6.1%}  sub-category "
            f"{figures['subcategory'] / count:6.1%}  severity "
            f"{figures['severity'] / count:6.1%}"
        )
    categories = sorted(stats["confusion"]["category"])
    lines += _matrix_lines(
        "Confusion matrix, category:",
        stats["confusion"]["category"],
        categories + ["-"],
    )
    lines += _matrix_lines(
        "Confusion matrix, severity:",
        stats["confusion"]["severity"],
        list(SEVERITY_ORDER) + ["-"],
    )
    return "\n".join(lines)


def run(path=DATASET):
    """Train on the training part, evaluate on the held-out part."""
    rows = load_dataset(path)
    train, test = split(rows)
    started = time.perf_counter()
    model = TriageModel.train(train)
    seconds = time.perf_counter() - started
    return (
        model,
        evaluate(model, test),
        {
            "messages": len(rows),
            "train": len(train),
            "test": len(test),
            "train_seconds": seconds,
        },
    )
