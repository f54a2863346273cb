# Every test module, for Odoo's own test runner (--test-enable); pytest-odoo
# collects the same modules. ``common`` holds shared fixtures only.
from . import test_classification
from . import test_company_checks
from . import test_compensation
from . import test_compensation_concurrency
from . import test_compensation_rpc
from . import test_compensation_security
from . import test_context_defaults
from . import test_escalation
from . import test_feedback
from . import test_followup
from . import test_guest_profile
from . import test_guest_profile_rpc
from . import test_hotel_settings
from . import test_intake
from . import test_integrity
from . import test_investigation
from . import test_mail_gateway
from . import test_performance
from . import test_performance_scale
from . import test_plain_helpdesk
from . import test_portal
from . import test_portal_privacy
from . import test_routing
from . import test_security
from . import test_ticket_type_foundation
from . import test_triage
