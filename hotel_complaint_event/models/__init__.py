# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import hotel_guest_invitation
from . import event_registration
from . import hotel_complaint_followup
from . import res_partner
