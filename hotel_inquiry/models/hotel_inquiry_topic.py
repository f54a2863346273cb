# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What guests ask about (I2): shared topics, each answered in each hotel by
a department."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.hotel_complaint.models.helpdesk_ticket_team import DEPARTMENT_TYPES

from .helpdesk_ticket_team import INQUIRY_DEPARTMENT_TYPES


class HotelInquiryTopic(models.Model):
    _name = "hotel.inquiry.topic"
    _description = "Inquiry Topic"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True, help="What questions belong here.")
    department_type = fields.Selection(
        selection=DEPARTMENT_TYPES + INQUIRY_DEPARTMENT_TYPES,
        string="Answered By",
        help="The department that answers this topic in every hotel, unless "
        "the hotel names its own team below.",
    )
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Department in This Hotel",
        company_dependent=True,
        help="This hotel's department for the topic, when it is not the "
        "hotel's team of the department type above.",
    )

    def _hotel_team(self, company):
        """The department of ``company`` that answers this topic."""
        self.ensure_one()
        team = self.with_company(company).team_id
        if team and team.company_id in (company, self.env["res.company"]):
            return team
        # sudo: the hotel's department of the type, whoever reads topics.
        return (
            self.env["helpdesk.ticket.team"]
            .sudo()
            ._hotel_department(company, self.department_type)
        )

    @api.constrains("team_id")
    def _check_team_company(self):
        for topic in self:
            team = topic.team_id
            if team.company_id and team.company_id != self.env.company:
                raise ValidationError(
                    self.env._(
                        "%(team)s belongs to %(company)s: choose a department of "
                        "%(current)s for the topic %(topic)s.",
                        team=team.display_name,
                        company=team.company_id.name,
                        current=self.env.company.name,
                        topic=topic.name,
                    )
                )
