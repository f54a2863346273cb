# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import helpdesk_ticket_channel
from . import helpdesk_ticket_team
from . import hotel_inquiry_topic
from . import hotel_inquiry_response_time
from . import hotel_inquiry_transfer
from . import hotel_inquiry_transfer_actions
from . import hotel_inquiry_transfer_deadlines
from . import res_company
from . import res_config_settings
from . import res_partner
from . import hotel_inquiry_quick_answer
from . import mail_canned_response
from . import helpdesk_ticket
from . import helpdesk_ticket_mail
from . import helpdesk_ticket_conversion
from . import helpdesk_ticket_statistics
from . import helpdesk_ticket_transfer
