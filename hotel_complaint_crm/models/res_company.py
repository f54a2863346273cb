# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's guest recovery settings (C6.1 in CRM): on or off, what makes
a repeat complainer, and the hotel's own "Guest Recovery" sales team."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError

# A guest with this many complaints in the hotel within DEFAULT_REPEAT_DAYS
# (the one being closed included) is a repeat complainer.
DEFAULT_REPEAT_COUNT = 2
DEFAULT_REPEAT_DAYS = 365


class ResCompany(models.Model):
    _inherit = "res.company"

    hotel_crm_recovery = fields.Boolean(
        string="Guest Recovery Opportunities",
        default=True,
        help="When a complaint of a VIP guest, of a repeat complainer or a "
        "serious or urgent one closes, open a guest recovery opportunity in CRM "
        "and schedule its follow-up visit there.",
    )
    hotel_crm_repeat_count = fields.Integer(
        string="Repeat Complainer: Complaints",
        default=DEFAULT_REPEAT_COUNT,
        help="A guest with at least this many complaints in the hotel within "
        "the days below is a repeat complainer (0: never).",
    )
    hotel_crm_repeat_days = fields.Integer(
        string="Repeat Complainer: Within (Days)",
        default=DEFAULT_REPEAT_DAYS,
    )
    hotel_crm_team_id = fields.Many2one(
        comodel_name="crm.team",
        string="Guest Recovery Team",
        check_company=True,
        help="The sales team of the hotel's guest recovery opportunities.",
    )

    @api.constrains("hotel_crm_repeat_count", "hotel_crm_repeat_days")
    def _check_hotel_crm_repeat(self):
        for company in self:
            if company.hotel_crm_repeat_count < 0 or (
                company.hotel_crm_repeat_count and company.hotel_crm_repeat_days < 1
            ):
                raise ValidationError(
                    self.env._(
                        "Hotel %(hotel)s: a repeat complainer needs a positive "
                        "number of complaints within at least one day.",
                        hotel=company.name,
                    )
                )

    def _hotel_create_defaults(self):
        """Also each hotel's "Guest Recovery" sales team."""
        res = super()._hotel_create_defaults()
        self._hotel_crm_create_teams()
        return res

    @api.model
    def _hotel_crm_init_defaults(self):
        """At install: the team of every existing hotel."""
        # sudo: at install, every hotel.
        self.sudo().search([])._hotel_crm_create_teams()

    def _hotel_crm_create_teams(self):
        """A "Guest Recovery" sales team per hotel without one. Idempotent."""
        todo = self.filtered(lambda c: not c.hotel_crm_team_id)
        if not todo:
            return
        # sudo: the team comes with the hotel, whoever creates it.
        teams = (
            self.env["crm.team"]
            .sudo()
            .create(
                [
                    {
                        "name": self.env._("Guest Recovery"),
                        "company_id": company.id,
                        "use_opportunities": True,
                    }
                    for company in todo
                ]
            )
        )
        for company, team in zip(todo, teams, strict=True):
            # sudo: the process links the team to its hotel.
            company.sudo().hotel_crm_team_id = team
