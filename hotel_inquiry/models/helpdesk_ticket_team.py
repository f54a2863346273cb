# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

# The departments that answer inquiries besides the complaint desk's (I2.3,
# I2.5).
INQUIRY_DEPARTMENT_TYPES = [
    ("social_media", "Social Media Team"),
    ("recreation", "Recreation & Spa"),
]


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    hotel_department_type = fields.Selection(
        selection_add=INQUIRY_DEPARTMENT_TYPES,
        ondelete={key: "set null" for key, _label in INQUIRY_DEPARTMENT_TYPES},
    )
    hotel_alias_ticket_type = fields.Selection(
        selection_add=[("inquiry", "Inquiry")],
        ondelete={"inquiry": "set null"},
    )
