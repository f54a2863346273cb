# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import res_company
from . import res_config_settings
from . import crm_lead
from . import helpdesk_ticket
from . import hotel_complaint_followup
