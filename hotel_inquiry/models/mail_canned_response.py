# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class MailCannedResponse(models.Model):
    _inherit = "mail.canned.response"

    hotel_quick_answer_ids = fields.One2many(
        comodel_name="hotel.inquiry.quick.answer",
        inverse_name="canned_response_id",
        string="Quick Answers",
    )
