#!/usr/bin/env python3
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# pylint: disable=print-used
"""Builds the labelled guest messages of auto-triage
(hotel_complaint/data/triage/messages.jsonl) from the hand-written complaints
of triage_complaints.tsv and the vocabulary of triage_lexicon.tsv.

Each complaint ("core") is written for this project in English, simplified
and traditional Chinese, with its sub-category, its severity and, for a
life-safety message, the hazard. Every core gives two messages per language:
the complaint as a guest would send it, and a variant (a long rambling
account, typos, a message mixing English and Chinese, a question). The split
is by core: every fourth core of each sub-category, with all its messages, is
held out, so that the held-out part is never seen in training, not even as
another wording of the same complaint.

    python3 tests/benchmarks/triage_dataset.py   # rewrites the data file
"""

import csv
import json
import os
import random
import zlib

OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "..",
    "hotel_complaint",
    "data",
    "triage",
    "messages.jsonl",
)

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "zh_CN", "zh_TW")


def _read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as data:
        return list(csv.DictReader(data, delimiter="\t"))


def cores():
    """The hand-written complaints (triage_complaints.tsv): sub-category,
    severity, hazard (life-safety messages) and the text in each language."""
    return _read("triage_complaints.tsv")


def lexicon_rows():
    """Domain vocabulary (triage_lexicon.tsv): words and short phrases guests
    use, by sub-category (for the category classifier only) and by severity
    (for the severity classifier only), comma-separated. Training rows, never
    held out."""
    rows = []
    for entry in _read("triage_lexicon.tsv"):
        target, label = entry["target"], entry["label"]
        for lang in LANGS:
            for number, term in enumerate(entry[lang].split(", ")):
                rows.append(
                    {
                        "id": f"lex-{label}-{lang}-{number}",
                        "core": None,
                        "text": term,
                        "lang": lang,
                        "script": lang,
                        "style": "lexicon",
                        "category": label.split(".")[0]
                        if target == "subcategory"
                        else "",
                        "subcategory": label if target == "subcategory" else "",
                        "severity": label if target == "severity" else "",
                        "hazard": "",
                        "split": "train",
                    }
                )
    return rows


OPENERS = {
    "en": [
        "",
        "Hi, ",
        "Hello, room 1208 here. ",
        "Good evening. ",
        "Sorry to bother you but ",
        "To whom it may concern: ",
    ],
    "zh_CN": [
        "",
        "你好，",
        "您好，我是1208房的客人。",
        "前台你好，",
        "不好意思打扰一下，",
    ],
    "zh_TW": [
        "",
        "你好，",
        "您好，我是1208房的房客。",
        "櫃檯你好，",
        "不好意思打擾一下，",
    ],
}
CLOSERS = {
    "en": [
        "",
        " Please sort this out.",
        " Can someone help?",
        " Thanks.",
        " Really disappointed.",
    ],
    "zh_CN": ["", "请尽快处理。", "麻烦帮忙看一下。", "谢谢。", "太失望了。"],
    "zh_TW": ["", "請盡快處理。", "麻煩幫忙看一下。", "謝謝。", "太失望了。"],
}
RAMBLES = {
    "en": [
        "We arrived late last night after a long flight from Shanghai and the "
        "check-in itself was okay, the room has a nice view of the harbour and "
        "the kids liked the welcome cookies, but I have to tell you this: ",
        "This is our third stay with you and we usually love it, my husband "
        "chose the hotel for our anniversary and we had dinner plans in town, "
        "anyway, long story short, ",
        "I am writing on behalf of my parents who do not speak English, they "
        "are staying two more nights and we booked through the travel agency, "
        "so here is what happened: ",
    ],
    "zh_CN": [
        "我们昨天晚上坐了很久的飞机才到，入住倒还顺利，房间看海景也不错，孩子也喜欢欢迎小点心，可是有件事一定要说：",
        "这已经是我们第三次住你们酒店了，平时都很满意，这次是来过结婚纪念日的，本来还约了朋友吃饭，总之长话短说，",
        "我是替我爸妈写的，他们还要再住两晚，是通过旅行社订的，事情是这样的：",
    ],
    "zh_TW": [
        "我們昨天晚上坐了很久的飛機才到，入住還算順利，房間看海景也不錯，小孩也喜歡歡迎點心，可是有件事一定要說：",
        "這已經是我們第三次住你們飯店了，平常都很滿意，這次是來過結婚紀念日的，本來還約了朋友吃飯，總之長話短說，",
        "我是幫我爸媽寫的，他們還要再住兩晚，是透過旅行社訂的，事情是這樣的：",
    ],
}
QUESTIONS = {
    "en": "Is this normal? ",
    "zh_CN": "请问这正常吗？",
    "zh_TW": "請問這樣正常嗎？",
}
MIXED_TAILS = {
    "en": [" 请尽快处理，谢谢。", " 麻煩處理一下。"],
    "zh_CN": [" Please help asap, thanks.", " room 1208, please check."],
    "zh_TW": [" Please help asap, thanks.", " room 1208, please check."],
}


def _typos(text, rng):
    """Swap or drop a letter in a few words, as a guest typing on a phone."""
    words = text.split(" ")
    wanted = max(2, len(words) // 5)
    for _i in range(40):
        pos = rng.randrange(len(words))
        word = words[pos]
        if len(word) > 3 and word.isalpha():
            cut = rng.randrange(1, len(word) - 2)
            if rng.random() < 0.5:
                word = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
            else:
                word = word[:cut] + word[cut + 1 :]
            words[pos] = word
            wanted -= 1
            if not wanted:
                break
    return " ".join(words).lower()


def _variant(text, lang, rng):
    kind = rng.choice(["ramble", "typos", "mixed", "question"])
    if kind == "typos" and lang != "en":
        kind = "mixed"
    if kind == "ramble":
        text = rng.choice(RAMBLES[lang]) + (
            text[0].lower() + text[1:] if lang == "en" else text
        )
    elif kind == "typos":
        text = _typos(text, rng)
    elif kind == "mixed":
        text = text + rng.choice(MIXED_TAILS[lang])
        lang = "mixed"
    else:
        text = text + (" " if lang == "en" else "") + QUESTIONS[lang]
    return kind, lang, text


def build():
    rows = []
    position = {}
    for index, core in enumerate(cores()):
        sub, severity, hazard = core["subcategory"], core["severity"], core["hazard"]
        position[sub] = position.get(sub, -1) + 1
        split = "test" if position[sub] % 4 == 1 else "train"
        for lang in LANGS:
            text = core[lang]
            rng = random.Random(zlib.crc32(f"{index}:{lang}".encode()))
            base = (
                rng.choice(OPENERS[lang])
                + (text if lang != "en" else text)
                + rng.choice(CLOSERS[lang])
            ).strip()
            kind, vlang, variant = _variant(text, lang, rng)
            variant = variant.strip()
            for style, msg_lang, msg in (("plain", lang, base), (kind, vlang, variant)):
                rows.append(
                    {
                        "id": f"c{index:03d}-{lang}-{style}",
                        "core": index,
                        "text": msg,
                        "lang": msg_lang,
                        "script": lang,
                        "style": style,
                        "category": sub.split(".")[0],
                        "subcategory": sub,
                        "severity": severity,
                        "hazard": hazard,
                        "split": split,
                    }
                )
    return rows + lexicon_rows()


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} messages written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
