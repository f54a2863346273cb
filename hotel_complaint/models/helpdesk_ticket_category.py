# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools

from .helpdesk_ticket_team import DEPARTMENT_TYPES
from .hotel_complaint_matrix import SEVERITIES


class HelpdeskTicketCategory(models.Model):
    _inherit = "helpdesk.ticket.category"

    hotel_code = fields.Char(
        index=True,
        help="Stable code of a hotel complaint category.",
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

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        if {
            "parent_id",
            "hotel_department_type",
            "hotel_default_severity",
            "company_id",
            "hotel_code",
        } & set(vals):
            self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()

    @tools.ormcache()
    def _hotel_category_data(self):
        """``{category id: {parent_path, department, severity, company_id}}``,
        cached: routing and the hotel check read it on every complaint
        created."""
        # sudo: a cache shared by every user: all categories of all hotels.
        categories = self.sudo().with_context(active_test=False).search([])
        return {
            category.id: {
                "parent_path": category.parent_path,
                "department": category.hotel_department_type or False,
                "severity": category.hotel_default_severity or False,
                "company_id": category.company_id.id,
            }
            for category in categories
        }
