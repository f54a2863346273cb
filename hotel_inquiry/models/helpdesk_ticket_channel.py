# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who answers each channel (I2.1 - I2.7) and how fast guests expect it."""

from odoo import fields, models

from odoo.addons.hotel_complaint.models.helpdesk_ticket_team import DEPARTMENT_TYPES

from .helpdesk_ticket_team import INQUIRY_DEPARTMENT_TYPES

# How a channel reaches the hotel; the default answer times follow from it.
CHANNEL_KINDS = [
    ("live", "In Person or by Phone"),
    ("written", "Chat, Text or Social Media"),
    ("email", "Email"),
]


class HelpdeskTicketChannel(models.Model):
    _inherit = "helpdesk.ticket.channel"

    hotel_inquiry_kind = fields.Selection(
        selection=CHANNEL_KINDS,
        string="Kind of Channel",
        help="Gives the channel's default answer times: a guest in front of "
        "the staff or on the phone is answered at once.",
    )
    hotel_department_type = fields.Selection(
        selection=DEPARTMENT_TYPES + INQUIRY_DEPARTMENT_TYPES,
        string="Answered By",
        help="The department that answers the inquiries of this channel in "
        "each hotel (its team of that department type).",
    )
