# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, models


class ResCompany(models.Model):
    _inherit = "res.company"

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
