# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

from .hotel_inquiry_transfer import (
    DEFAULT_COMPLEX_DAYS,
    DEFAULT_FOLLOWUP_DAYS,
    DEFAULT_GENERAL_MINUTES,
    DEFAULT_SIMPLE_MINUTES,
)


class ResCompany(models.Model):
    _inherit = "res.company"

    # Hand-off times of transfer slips (I3.2, I3.3, I3.5).
    hotel_transfer_simple_minutes = fields.Integer(
        string="Transfer of a Simple Question (minutes)",
        default=DEFAULT_SIMPLE_MINUTES,
    )
    hotel_transfer_general_minutes = fields.Integer(
        string="Transfer of a General Question (minutes)",
        default=DEFAULT_GENERAL_MINUTES,
    )
    hotel_transfer_complex_days = fields.Integer(
        string="Transfer of a Complex Question (working days)",
        default=DEFAULT_COMPLEX_DAYS,
        help="Working days of the hotel's working-time calendar.",
    )
    hotel_transfer_followup_days = fields.Integer(
        string="Follow-up of an External Transfer (days)",
        default=DEFAULT_FOLLOWUP_DAYS,
        help="Days after an external transfer before checking that the "
        "partner helped the guest.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        self.env["hotel.inquiry.response.time"]._hotel_ensure_defaults(companies)
        return companies

    def _hotel_inquiry_summary(self):
        """Last month's inquiry figures of the hotel, for the summary mailed
        to its managers: ``date_from`` and ``date_to`` (excluded), the
        ``first_day`` and ``last_day`` and the ``rows`` of
        ``helpdesk.ticket._hotel_inquiry_summary_rows``."""
        self.ensure_one()
        Ticket = self.env["helpdesk.ticket"]
        date_from, date_to = Ticket._hotel_summary_period()
        return {
            "date_from": date_from,
            "date_to": date_to,
            "first_day": date_from.date(),
            "last_day": (date_to - timedelta(days=1)).date(),
            "rows": Ticket._hotel_inquiry_summary_rows(self, date_from, date_to),
        }
