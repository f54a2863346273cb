# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_inquiry_conversion
from . import test_inquiry_intake
from . import test_inquiry_performance
from . import test_inquiry_statistics
