"""Static checks of the addons as ordinary pytest tests.

Runs ruff, pylint with pylint-odoo and the OCA pre-commit hooks on every
top-level directory of the repository that holds a ``__manifest__.py``, with
the settings of the repository root (.ruff.toml, .pylintrc-mandatory), the
same settings as .pre-commit-config.yaml. Each tool runs in a subprocess of
the interpreter running pytest; a test fails with the tool's output.

    python3 -m pytest tests/test_static_checks.py   # alone, no database needed
    scripts/test                                    # with the Odoo tests
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ADDONS = sorted(
    path.name
    for path in ROOT.iterdir()
    if path.is_dir() and (path / "__manifest__.py").is_file()
)
TIMEOUT = 900  # seconds, per tool


def _run(*args):
    """Run ``python -m <args>`` at the repository root; return (code, output)."""
    env = dict(os.environ, NO_COLOR="1", PYTHONIOENCODING="utf-8")
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    return proc.returncode, (proc.stdout + proc.stderr).strip()


def _check(*args):
    __tracebackhide__ = True  # report the failure at the test function
    code, output = _run(*args)
    command = " ".join(["python3", "-m", *args])
    assert code == 0, f"`{command}` exited with {code}:\n{output}"


def test_addons_found():
    assert ADDONS, f"no directory with a __manifest__.py in {ROOT}"


def test_ruff_check():
    # --no-fix: .ruff.toml sets fix = true for developers; tests never edit files.
    _check(
        "ruff", "check", "--no-fix", "--no-cache", "--output-format=concise", *ADDONS
    )


def test_ruff_format():
    _check("ruff", "format", "--check", "--no-cache", *ADDONS)


def test_pylint_odoo_mandatory():
    _check(
        "pylint",
        "--rcfile=.pylintrc-mandatory",
        "--load-plugins=pylint_odoo",
        "--output-format=text",  # the rcfile asks for colours
        *ADDONS,
    )


def test_oca_checks_odoo_module():
    # Console script oca-checks-odoo-module (XML, CSV and manifest checks);
    # takes addon directories or files of addons.
    _check("oca_pre_commit_hooks.cli", *ADDONS)


def test_oca_checks_po():
    # Console script oca-checks-po; takes .po/.pot files. Arguments as in
    # OCA's pre-commit config.
    po_files = sorted(
        str(path.relative_to(ROOT))
        for addon in ADDONS
        for pattern in ("*.po", "*.pot")
        for path in (ROOT / addon).rglob(pattern)
    )
    if not po_files:
        pytest.skip("no .po/.pot file in the addons")
    _check("oca_pre_commit_hooks.cli_po", "--disable=po-pretty-format", *po_files)


MAX_LINES = 600  # per Python file of an addon: one concern per file
SUDO_REASON_LINES = 6  # a "# sudo: why" comment within this many lines above


def _addon_python_files(tests=True):
    for addon in ADDONS:
        for path in sorted((ROOT / addon).rglob("*.py")):
            if tests or "tests" not in path.relative_to(ROOT / addon).parts:
                yield path


def test_python_files_short():
    """A newcomer finds a requirement's code by file name: no Python file of
    an addon is a catch-all of several concerns."""
    long = [
        f"{path.relative_to(ROOT)}: {count} lines"
        for path in _addon_python_files()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not long, f"Above {MAX_LINES} lines: split by concern:\n" + "\n".join(long)


def test_sudo_has_reason():
    """Every sudo() in an addon's code (tests aside) says why, in a
    ``# sudo: ...`` comment on its line or just above it."""
    missing = []
    for path in _addon_python_files(tests=False):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            code = line.split("#", 1)[0]
            if ".sudo()" not in code and ".sudo(" not in code:
                continue
            if ".sudo(False)" in code:
                continue
            above = lines[max(0, number - 1 - SUDO_REASON_LINES) : number]
            if not any("# sudo:" in text for text in above):
                missing.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not missing, "sudo() without a '# sudo: reason':\n" + "\n".join(missing)
