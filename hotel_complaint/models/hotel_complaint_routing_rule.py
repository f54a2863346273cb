# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from .hotel_complaint_matrix import SEVERITIES


class HotelComplaintRoutingRule(models.Model):
    _name = "hotel.complaint.routing.rule"
    _description = "Complaint Routing Rule"
    _inherit = ["hotel.config.cache.mixin"]
    _order = "sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        check_company=True,
        help="Matches this category and its sub-categories. Empty matches all.",
    )
    location_id = fields.Many2one(
        comodel_name="hotel.location",
        check_company=True,
        help="Empty matches every location.",
    )
    severity = fields.Selection(
        selection=SEVERITIES, help="Empty matches every severity."
    )
    lead_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Lead Department",
        check_company=True,
        required=True,
        ondelete="restrict",
    )
    collaborator_team_ids = fields.Many2many(
        comodel_name="helpdesk.ticket.team",
        relation="hotel_routing_rule_collaborator_rel",
        column1="rule_id",
        column2="team_id",
        string="Collaborating Departments",
        check_company=True,
    )
    responsible_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Responsible Person",
        check_company=True,
        help="Assigned to the complaint. Empty: the lead department's leader.",
    )
    collaborator_hours = fields.Float(
        string="Collaborator Deadline (hours)",
        help="Time each collaborating department has for its task. "
        "Zero: the complaint's resolution deadline.",
    )

    @api.constrains("lead_team_id", "collaborator_team_ids", "collaborator_hours")
    def _check_departments(self):
        for rule in self:
            if not rule.lead_team_id:
                raise ValidationError(
                    self.env._(
                        "Routing rule %(name)s needs a lead department.",
                        name=rule.name,
                    )
                )
            if rule.lead_team_id in rule.collaborator_team_ids:
                raise ValidationError(
                    self.env._(
                        "In routing rule %(name)s the lead department cannot also "
                        "collaborate.",
                        name=rule.name,
                    )
                )
            if rule.collaborator_hours < 0:
                raise ValidationError(
                    self.env._(
                        "Routing rule %(name)s: the collaborator deadline cannot be "
                        "negative.",
                        name=rule.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("lead_team_id"):
                raise ValidationError(
                    self.env._(
                        "Routing rule %(name)s needs a lead department.",
                        name=vals.get("name") or "",
                    )
                )
        return super().create(vals_list)

    @tools.ormcache("company_id")
    def _rules_data(self, company_id):
        """The active rules of a hotel in sequence, as plain cached values:
        routing runs on every complaint created."""
        # sudo: a cache shared by every user: all rules of the hotel.
        rules = (
            self.sudo()
            .with_context(active_test=True)
            .search([("company_id", "=", company_id)])
        )
        return tuple(
            {
                "id": rule.id,
                "category_path": rule.category_id.parent_path or False,
                "location_id": rule.location_id.id,
                "severity": rule.severity or False,
                "lead_team_id": rule.lead_team_id.id,
                "responsible_user_id": rule.responsible_user_id.id,
            }
            for rule in rules
        )

    @api.model
    def _find_rule(self, company, category, location, severity):
        """The first rule of ``company`` matching these facts, in sequence."""
        category_path = None  # read from the cache once a rule needs it
        for row in self._rules_data(company.id):
            if row["severity"] and row["severity"] != severity:
                continue
            if row["location_id"] and row["location_id"] != location.id:
                continue
            if row["category_path"]:
                if category_path is None:
                    category_path = (
                        self.env["helpdesk.ticket.category"]
                        ._hotel_category_data()
                        .get(category.id, {})
                        .get("parent_path")
                        or ""
                    )
                if not category_path.startswith(row["category_path"]):
                    continue
            return row
        return {}
