"""zh_CN and zh_TW translations are complete (a standing rule): every string
of the addons' .pot is translated in both, and every string the Python code
passes to ``_()`` / ``env._()`` is in the .pot.

    python3 -m pytest tests/test_translations.py   # no database needed
"""

import ast
import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
ADDONS = sorted(path for path in ROOT.iterdir() if (path / "__manifest__.py").is_file())
LANGS = ("zh_CN", "zh_TW")


def _code_strings(addon):
    """Literal first arguments of ``_(...)`` and ``*._(...)`` calls."""
    strings = set()
    for path in addon.rglob("*.py"):
        if "tests" in path.relative_to(addon).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else getattr(func, "id", None)
            )
            first = node.args[0]
            if name == "_" and isinstance(first, ast.Constant):
                if isinstance(first.value, str):
                    strings.add(first.value)
    return strings


@pytest.mark.parametrize("addon", ADDONS, ids=[a.name for a in ADDONS])
def test_pot_has_code_strings(addon):
    pot = addon / "i18n" / f"{addon.name}.pot"
    assert pot.is_file(), f"{pot} is missing"
    msgids = {entry.msgid for entry in polib.pofile(str(pot))}
    missing = sorted(_code_strings(addon) - msgids)
    assert not missing, "Not in the .pot (export it again):\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("addon", ADDONS, ids=[a.name for a in ADDONS])
def test_po_complete(addon, lang):
    pot = polib.pofile(str(addon / "i18n" / f"{addon.name}.pot"))
    po_path = addon / "i18n" / f"{lang}.po"
    assert po_path.is_file(), f"{po_path} is missing"
    po = polib.pofile(str(po_path))
    translated = {
        entry.msgid
        for entry in po
        if entry.msgstr.strip() and "fuzzy" not in entry.flags and not entry.obsolete
    }
    missing = [entry.msgid for entry in pot if entry.msgid not in translated]
    assert not missing, f"{len(missing)} untranslated in {po_path.name}:\n" + (
        "\n".join(missing[:40])
    )


REQUIREMENT_ID = re.compile(r"\b[CI]\d\.\d")


@pytest.mark.parametrize("addon", ADDONS, ids=[a.name for a in ADDONS])
def test_no_requirement_ids_on_screen(addon):
    """Requirement ids (C1.1 ... I3.5) belong in code, tests and docs, never
    in what staff read: no translatable string carries one."""
    pot = polib.pofile(str(addon / "i18n" / f"{addon.name}.pot"))
    found = sorted(entry.msgid for entry in pot if REQUIREMENT_ID.search(entry.msgid))
    assert not found, "Requirement ids in user-visible strings:\n" + "\n".join(found)
