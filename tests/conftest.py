"""Fixtures of the repository-level tests (static checks, translations,
commands): plain pytest tests that need no Odoo database."""

import sys

import pytest


# pytest-odoo (active whenever it is installed) adds autouse fixtures to every
# test, plain functions included: the session fixture ``load_registry`` loads
# the Odoo registry of --odoo-database (and fails with "Missing database name"
# without one), ``load_http`` starts Odoo's HTTP server under --odoo-http.
# These checks need neither: override both for this module only, so that it
# runs without a database and does not touch the Odoo tests' fixtures (their
# tests still get pytest-odoo's own ones).
@pytest.fixture(scope="session")
def load_registry():
    yield


@pytest.fixture(scope="session")
def load_http():
    yield


def _import_odoo_test_framework():
    """Import odoo.tests.common now, in test mode.

    pytest-odoo's pytest_runtest_setup hook imports it before the first test's
    fixtures run; outside test mode Odoo then logs an ERROR with a stack, which
    pytest shows under "Captured log setup" of a failing check when this module
    runs alone (in scripts/test the Odoo tests have imported it already).
    """
    if "pytest_odoo" not in sys.modules or "odoo.tests.common" in sys.modules:
        return
    from odoo.tools import config

    test_enable = config["test_enable"]
    config["test_enable"] = True
    try:
        import odoo.tests.common  # noqa: F401
    finally:
        config["test_enable"] = test_enable


_import_odoo_test_framework()
