# Shared checks of the two commands: Odoo 18.0 in python3, PostgreSQL reachable.
# Sourced by scripts/serve and scripts/test; defines PYTHON, ADDONS_PATH, ROOT.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}

die() {
    printf '%s\n' "$@" >&2
    exit 2
}

command -v "$PYTHON" >/dev/null 2>&1 || die "error: $PYTHON not found. Install Python 3.11."
odoo_version=$("$PYTHON" -c 'import odoo.release as r; print(r.version)' 2>/dev/null) || die \
    "error: Odoo 18.0 is not installed for $("$PYTHON" -c 'import sys; print(sys.executable)' 2>/dev/null || echo "$PYTHON")." \
    "Hotel Guest Care needs Odoo 18.0 Community importable as 'odoo' by that Python:" \
    "install an Odoo 18.0 source tree with 'pip install -r requirements.txt' and" \
    "'pip install -e . --config-settings editable_mode=compat' inside it (see README.md)."
case "$odoo_version" in
    18.0*) ;;
    *) die "error: found Odoo $odoo_version; Hotel Guest Care needs Odoo 18.0." ;;
esac

export PGHOST=${PGHOST:-}
if ! "$PYTHON" - <<'PY' >/dev/null 2>&1
import psycopg2
psycopg2.connect(dbname="postgres").close()
PY
then
    die "error: PostgreSQL does not answer (tried the local socket as $(id -un))." \
        "Start PostgreSQL and let this user connect (createuser -s $(id -un)), or set PGHOST/PGUSER."
fi

# Odoo's own addons (core and standard), then this project; the OCA addons
# installed from PyPI are found through the odoo.addons namespace.
ADDONS_PATH=$("$PYTHON" - "$ROOT" <<'PY'
import os, sys
import odoo
base = os.path.dirname(odoo.__file__)
paths = [os.path.join(os.path.dirname(base), "addons"), os.path.join(base, "addons")]
paths = [p for p in paths if os.path.isdir(p)] + [sys.argv[1]]
print(",".join(paths))
PY
)

install_requirements() {
    "$PYTHON" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt" \
        || die "error: could not install the PyPI dependencies of requirements.txt."
}
