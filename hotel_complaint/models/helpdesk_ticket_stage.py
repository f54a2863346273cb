# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HelpdeskTicketStage(models.Model):
    _inherit = "helpdesk.ticket.stage"

    hotel_closing_checks = fields.Boolean(
        string="Complaint Closing Checks",
        default=True,
        help="A complaint reaches this closed stage only when the guest was told "
        "the result, every department task is done, approved compensation is "
        "delivered or cancelled and the guest's opinion is recorded. Leave "
        "unchecked for stages such as Cancelled.",
    )
