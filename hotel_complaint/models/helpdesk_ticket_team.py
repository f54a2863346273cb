# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

DEPARTMENT_TYPES = [
    ("front_office", "Front Office"),
    ("housekeeping", "Housekeeping"),
    ("fnb", "Food & Beverage"),
    ("engineering", "Engineering"),
    ("security", "Security"),
    ("guest_relations", "Guest Relations / Customer Service"),
    ("sales_marketing", "Sales & Marketing"),
    ("administration", "Administration"),
]


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    hotel_department_type = fields.Selection(
        selection=DEPARTMENT_TYPES,
        string="Hotel Department",
        index=True,
        help="Which hotel department this team is. Triage rules name "
        "departments by type, so one rule serves every property of a chain.",
    )

    @api.model
    def _hotel_department(self, company, department_type):
        """The active team of ``company`` for ``department_type``."""
        if not department_type:
            return self.browse()
        return self.search(
            [
                ("hotel_department_type", "=", department_type),
                ("company_id", "in", [company.id, False]),
            ],
            order="company_id, sequence, id",
            limit=1,
        )
