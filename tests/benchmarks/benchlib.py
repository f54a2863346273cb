# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the benchmark scripts share: a superuser environment on a database
where hotel_complaint is installed, inside a transaction that is always
rolled back (its cursor refuses to commit)."""

import contextlib
import sys


@contextlib.contextmanager
def rollback_env(database, addons_path=None, what="the benchmark"):
    import odoo
    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry

    options = ["-d", database, "--log-level=warn", "--max-cron-threads=0"]
    if addons_path:
        options.append(f"--addons-path={addons_path}")
    odoo.tools.config.parse_config(options)
    cr = Registry(database).cursor()

    def refuse_commit():
        raise RuntimeError(f"{what} never commits")

    cr.commit = refuse_commit
    try:
        env = api.Environment(cr, SUPERUSER_ID, {})
        if "hotel.complaint.matrix" not in env:
            sys.exit(f"error: hotel_complaint is not installed in {database}.")
        yield env
    finally:
        cr.rollback()
        cr.close()


def progress(done, total):
    print(f"  {done}/{total}...", file=sys.stderr, flush=True)
