"""The README's two commands stop at once, with a clear message and no
traceback, when Odoo 18.0 or PostgreSQL is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("scripts/serve", "scripts/test")


def _run(command, **env):
    return subprocess.run(
        [str(ROOT / command)],
        cwd=ROOT,
        env=dict(os.environ, **env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def python_without_odoo(tmp_path):
    """A Python for which ``import odoo`` fails (no site-packages)."""
    wrapper = tmp_path / "python-without-odoo"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -S "$@"\n')
    wrapper.chmod(0o755)
    return str(wrapper)


@pytest.mark.parametrize("command", COMMANDS)
def test_without_odoo(command, python_without_odoo):
    proc = _run(command, PYTHON=python_without_odoo)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Odoo 18.0 is not installed" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_without_postgresql(command, tmp_path):
    proc = _run(command, PGHOST=str(tmp_path), PGPORT="1")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "PostgreSQL does not answer" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
