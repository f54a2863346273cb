# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .hotel_complaint_matrix import SEVERITIES


class HotelComplaintRoutingRule(models.Model):
    _name = "hotel.complaint.routing.rule"
    _description = "Complaint Routing Rule"
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

    def _matches(self, category, location, severity):
        self.ensure_one()
        if self.severity and self.severity != severity:
            return False
        if self.location_id and self.location_id != location:
            return False
        if self.category_id:
            if not category or not (category.parent_path or "").startswith(
                self.category_id.parent_path or "\0"
            ):
                return False
        return True

    @api.model
    def _find_rule(self, company, category, location, severity, rules=None):
        """The first rule of ``company`` matching these facts, in sequence."""
        if rules is None:
            rules = self.search([("company_id", "=", company.id)])
        for rule in rules:
            if rule.company_id == company and rule._matches(
                category, location, severity
            ):
                return rule
        return self.browse()
