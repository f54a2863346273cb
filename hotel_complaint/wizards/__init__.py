from . import hotel_complaint_handover
from . import hotel_complaint_account_request
from . import comment_wizard
from . import base_partner_merge_automatic_wizard
