# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.http import request

from odoo.addons.helpdesk_mgmt.controllers.myaccount import CustomerPortalHelpdesk


class HotelCustomerPortalHelpdesk(CustomerPortalHelpdesk):
    def _ticket_get_page_view_values(self, ticket, access_token, **kwargs):
        """The ticket page lists only the files meant for the guest: helpdesk
        _mgmt lists every file of the ticket, those of internal notes too."""
        values = super()._ticket_get_page_view_values(ticket, access_token, **kwargs)
        # The ticket comes as superuser: the files are the visitor's.
        attachments = ticket._hotel_portal_attachments(request.env.user)
        attachments.generate_access_token()
        values["ticket_attachments"] = attachments
        return values
