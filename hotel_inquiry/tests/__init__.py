# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_inquiry_answer
from . import test_inquiry_caches
from . import test_inquiry_conversion
from . import test_inquiry_conversion_suggestion
from . import test_inquiry_escalation
from . import test_inquiry_intake
from . import test_inquiry_mail
from . import test_inquiry_performance
from . import test_inquiry_portal
from . import test_inquiry_security
from . import test_inquiry_statistics
from . import test_inquiry_transfer
from . import test_inquiry_transfer_security
from . import test_inquiry_translations
from . import test_quick_answer
from . import test_quick_answer_canned
from . import test_quick_answer_rpc
