# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_inquiry_intake
from . import test_inquiry_transfer
from . import test_inquiry_transfer_security
