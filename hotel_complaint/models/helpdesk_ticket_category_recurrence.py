# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The recurring complaints of a category (C5.2)."""

from odoo import api, fields, models


class HelpdeskTicketCategory(models.Model):
    _inherit = "helpdesk.ticket.category"  # pylint: disable=consider-merging-classes-inherited

    hotel_recurrence_count = fields.Integer(
        string="Recurrences",
        compute="_compute_hotel_recurrence_count",
        groups="hotel_complaint.group_hotel_department_staff",
        help="Recurring complaints of this category (those you may see).",
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_hotel_recurrence_count(self):
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [("category_id", "in", self.ids), ("hotel_is_recurrence", "=", True)],
                ["category_id"],
                ["__count"],
            )
        )
        for category in self:
            category.hotel_recurrence_count = counts.get(category, 0)

    def action_view_hotel_recurrences(self):
        self.ensure_one()
        return self.env["helpdesk.ticket"]._hotel_recurrence_action(
            [("category_id", "=", self.id)], self.display_name
        )
