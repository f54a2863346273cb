# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.hotel_complaint.controllers.portal import HotelCustomerPortalHelpdesk


class HotelInquiryCustomerPortal(HotelCustomerPortalHelpdesk):
    def _ticket_get_page_view_values(self, ticket, access_token, **kwargs):
        """An answered inquiry's page shows the guest the answer and when it
        was given (item 10); the page's access check (the guest's own
        tickets, or the ticket's token) was made by the route."""
        values = super()._ticket_get_page_view_values(ticket, access_token, **kwargs)
        values["hotel_inquiry_answer"] = ticket._hotel_portal_answer()
        return values
