# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .helpdesk_ticket_team import DEPARTMENT_TYPES
from .hotel_complaint_matrix import SEVERITIES


class HelpdeskTicketCategory(models.Model):
    _inherit = "helpdesk.ticket.category"

    hotel_code = fields.Char(
        index=True,
        help="Stable code of a hotel complaint category (C2.1).",
    )
    hotel_default_severity = fields.Selection(
        selection=SEVERITIES,
        string="Default Severity",
    )
    hotel_department_type = fields.Selection(
        selection=DEPARTMENT_TYPES,
        string="Usual Department",
        help="Department that usually leads complaints of this category when "
        "no routing rule matches.",
    )
