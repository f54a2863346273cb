# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage classifier (C2.1, C2.2), pure Python, without Odoo.

Features: for Chinese, character n-grams (1 to 3 characters) of each run of
Chinese characters, so that no word segmentation is needed; for Latin script,
words, word pairs and character n-grams (3 to 5) inside each word, which
carry typos and word forms ("smoking", "smoke", "smoky"). A feature counts
once per message.

Model: a multinomial logistic regression per target (sub-category,
severity), trained by stochastic gradient descent with a fixed seed, so that
the same examples always give the same weights: a dict ``{feature: {label:
weight}}`` serialised as JSON. A prediction is the label with the highest score; the
features that spoke the most for it against the runner-up, mapped back to the
words or Chinese phrases of the message, explain it.
"""

import json
import math
import re
import unicodedata
import zlib

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W\d_{_CJK}]+|\d+")
_IS_CJK = re.compile(rf"[{_CJK}]")
CJK_NGRAMS = (1, 2, 3)
LATIN_NGRAMS = (3, 4, 5)
MAX_DF = 0.05
EPOCHS = 10
RATE = 0.5
PRUNE = 0.01
SEED = 20261208
FORMAT = 1


def normalize(text):
    return unicodedata.normalize("NFKC", text or "").casefold()


def tokens(text):
    """The words (Latin script, digits) and the runs of Chinese characters."""
    return _TOKEN.findall(normalize(text))


def features(text, sources=None):
    """The set of features of ``text``; with ``sources`` (a dict), also map
    each feature to the word or Chinese phrase it comes from."""
    found = set()
    previous = None
    for token in tokens(text):
        if _IS_CJK.match(token):
            previous = None
            for size in CJK_NGRAMS:
                for start in range(len(token) - size + 1):
                    gram = token[start : start + size]
                    feat = "k:" + gram
                    found.add(feat)
                    if sources is not None:
                        sources.setdefault(feat, gram)
            continue
        if token.isdigit():
            previous = None
            continue
        word = "w:" + token
        found.add(word)
        if sources is not None:
            sources.setdefault(word, token)
        if previous:
            pair = f"b:{previous} {token}"
            found.add(pair)
            if sources is not None:
                sources.setdefault(pair, f"{previous} {token}")
        previous = token
        padded = f"<{token}>"
        for size in LATIN_NGRAMS:
            for start in range(len(padded) - size + 1):
                feat = "c:" + padded[start : start + size]
                found.add(feat)
                if sources is not None:
                    sources.setdefault(feat, token)
    return found


def _confidence(totals):
    """The probability of the best label (softmax of the scores)."""
    top = max(totals.values())
    return 1.0 / sum(math.exp(value - top) for value in totals.values())


class LogisticRegression:
    """Multinomial logistic regression over sets of string features,
    trained by stochastic gradient descent in a fixed order.

    ``weights`` is ``{feature: {label: weight}}``. The features found in
    more than ``MAX_DF`` of the training texts ("the", "please", "我") are
    left out: they tell nothing about the label.
    """

    def __init__(self, labels, weights=None):
        self.labels = list(labels)
        self.weights = weights or {}

    def scores(self, feats):
        totals = dict.fromkeys(self.labels, 0.0)
        weights = self.weights
        for feat in feats:
            row = weights.get(feat)
            if row:
                for label, weight in row.items():
                    totals[label] += weight
        return totals

    def predict(self, feats):
        totals = self.scores(feats)
        # Ties go to the first label: deterministic.
        return max(self.labels, key=lambda label: totals[label])

    def contribution(self, feat, label, other):
        """How much ``feat`` speaks for ``label`` rather than ``other``."""
        row = self.weights.get(feat) or {}
        return row.get(label, 0.0) - row.get(other, 0.0)

    @classmethod
    def train(cls, examples, epochs=EPOCHS, rate=RATE, max_df=MAX_DF, seed=SEED):
        """``examples``: a list of (feature set, label, weight)."""
        labels = sorted({label for _f, label, _w in examples})
        frequency = {}
        for feats, _label, _weight in examples:
            for feat in feats:
                frequency[feat] = frequency.get(feat, 0) + 1
        limit = max_df * len(examples)
        data = [
            (sorted(feat for feat in feats if frequency[feat] <= limit), label, weight)
            for feats, label, weight in examples
        ]
        model = cls(labels)
        weights = model.weights
        # The order of each epoch is a hash of each example, not a shuffle:
        # adding a hotel's few examples leaves the others in the same order.
        keys = [
            zlib.crc32("\x1f".join(feats + [label]).encode(), seed)
            for feats, label, _weight in data
        ]
        for epoch in range(epochs):
            salt = str(epoch).encode()
            order = sorted(
                range(len(data)), key=lambda i: (zlib.crc32(salt, keys[i]), i)
            )
            step = rate / (1 + epoch)
            for index in order:
                feats, label, weight = data[index]
                if not feats:
                    continue
                totals = model.scores(feats)
                top = max(totals.values())
                exps = {key: math.exp(value - top) for key, value in totals.items()}
                norm = sum(exps.values())
                scale = step * weight / math.sqrt(len(feats))
                for target in labels:
                    gradient = (target == label) - exps[target] / norm
                    if abs(gradient) < 1e-3:
                        continue
                    delta = scale * gradient
                    for feat in feats:
                        row = weights.setdefault(feat, {})
                        row[target] = row.get(target, 0.0) + delta
        model.weights = {
            feat: kept
            for feat, row in weights.items()
            if (
                kept := {
                    label: round(value, 3)
                    for label, value in row.items()
                    if abs(value) >= PRUNE
                }
            )
        }
        return model


class TriageModel:
    """A sub-category classifier and a severity classifier."""

    def __init__(self, category, severity, meta=None):
        self.category = category
        self.severity = severity
        self.meta = meta or {}

    @classmethod
    def train(cls, rows, extra=(), extra_weight=3):
        """Train on ``rows`` (dicts with ``text``, ``subcategory``,
        ``severity``; an empty label is not trained), plus ``extra`` rows (a
        hotel's own corrections) that count ``extra_weight`` times."""
        cat_examples, sev_examples = [], []
        for batch, weight in ((rows, 1), (extra, extra_weight)):
            for row in batch:
                feats = features(row["text"])
                if row.get("subcategory"):
                    cat_examples.append((feats, row["subcategory"], weight))
                if row.get("severity"):
                    # "urgent" is the safety layer's call (life-safety
                    # hazards), the model tells minor, moderate and serious.
                    severity = row["severity"]
                    if severity == "urgent":
                        severity = "serious"
                    sev_examples.append((feats, severity, weight))
        return cls(
            LogisticRegression.train(cat_examples),
            LogisticRegression.train(sev_examples),
            {"examples": len(rows), "hotel_examples": len(extra)},
        )

    def to_json(self):
        return json.dumps(
            {
                "format": FORMAT,
                "meta": self.meta,
                **{
                    name: {"labels": model.labels, "weights": model.weights}
                    for name, model in (
                        ("category", self.category),
                        ("severity", self.severity),
                    )
                },
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, payload):
        data = json.loads(payload) if isinstance(payload, str | bytes) else payload
        if data.get("format") != FORMAT:
            raise ValueError("Unknown triage model format")
        return cls(
            *(
                LogisticRegression(data[name]["labels"], data[name]["weights"])
                for name in ("category", "severity")
            ),
            data.get("meta") or {},
        )

    @staticmethod
    def _reasons(model, totals, feats, sources, limit):
        """The words or phrases that spoke the most for the winning label
        against the runner-up."""
        ranked_labels = sorted(model.labels, key=lambda label: -totals[label])
        label, other = ranked_labels[0], ranked_labels[1:2] or ranked_labels[:1]
        by_source = {}
        other = other[0]
        weights = model.weights
        for feat in feats:
            row = weights.get(feat)
            if row:
                weight = row.get(label, 0.0) - row.get(other, 0.0)
                if weight > 0:
                    source = sources[feat]
                    by_source[source] = by_source.get(source, 0.0) + weight
        ranked = sorted(by_source.items(), key=lambda item: (-item[1], item[0]))
        reasons = []
        for source, _weight in ranked:
            # A Chinese phrase already covered by a longer one says nothing more.
            if any(source in kept for kept in reasons):
                continue
            reasons = [kept for kept in reasons if kept not in source]
            reasons.append(source)
            if len(reasons) >= limit:
                break
        return reasons

    def predict(self, text, explain=3):
        """``{"subcategory", "severity", "category_reasons",
        "severity_reasons"}``; empty when no feature of the text is known."""
        sources = {} if explain else None
        feats = features(text, sources)
        if not any(feat in self.category.weights for feat in feats):
            return {}
        cat_totals = self.category.scores(feats)
        sev_totals = self.severity.scores(feats)
        result = {
            "subcategory": max(self.category.labels, key=cat_totals.get),
            "severity": max(self.severity.labels, key=sev_totals.get),
            "category_confidence": _confidence(cat_totals),
            "severity_confidence": _confidence(sev_totals),
        }
        if explain:
            result["category_reasons"] = self._reasons(
                self.category, cat_totals, feats, sources, explain
            )
            result["severity_reasons"] = self._reasons(
                self.severity, sev_totals, feats, sources, explain
            )
        return result
