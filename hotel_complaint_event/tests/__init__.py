# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_invitation
from . import test_invitation_flow
from . import test_invitation_profile
from . import test_invitation_security
from . import test_invitation_translations
from . import test_no_event_in_complaint
