# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile seen from a ticket (C6.2): the "handle with care"
notice. Not stored, and read by the form only: creating a ticket never
computes it."""

from collections import defaultdict

from odoo import api, fields, models


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_handle_with_care = fields.Boolean(
        compute="_compute_hotel_handle_with_care", groups="base.group_user"
    )
    hotel_care_message = fields.Char(
        string="Handle with Care",
        compute="_compute_hotel_handle_with_care",
        groups="base.group_user",
    )

    @api.depends("partner_id", "company_id")
    def _compute_hotel_handle_with_care(self):
        """VIP guests and guests with a recent serious complaint in the
        ticket's hotel (other than this one): one grouped read per hotel."""
        by_company = defaultdict(lambda: self.browse())
        for ticket in self:
            by_company[ticket.company_id] |= ticket
        for company, tickets in by_company.items():
            messages = (
                tickets.partner_id._hotel_care_messages(
                    company, exclude_tickets=tickets._origin
                )
                if company
                else {}
            )
            for ticket in tickets:
                message = messages.get(ticket.partner_id.id, "")
                ticket.hotel_handle_with_care = bool(message)
                ticket.hotel_care_message = message
