# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools

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

    hotel_alias_ticket_type = fields.Selection(
        selection=[("complaint", "Complaint")],
        string="Mail to the Alias Creates",
        help="Emails to this department's alias become guest care tickets of "
        "this type (for example the hotel's complaint mailbox).",
    )

    def _alias_get_creation_values(self):
        values = super()._alias_get_creation_values()
        defaults = values.get("alias_defaults") or {}
        if self.hotel_alias_ticket_type:
            defaults["hotel_ticket_type"] = self.hotel_alias_ticket_type
            channel = self.env.ref(
                "helpdesk_mgmt.helpdesk_ticket_channel_email", raise_if_not_found=False
            )
            if channel:
                defaults.setdefault("channel_id", channel.id)
            if self.company_id:
                defaults.setdefault("company_id", self.company_id.id)
        else:
            defaults.pop("hotel_ticket_type", None)
        values["alias_defaults"] = defaults
        return values

    def write(self, vals):
        cached = {
            "user_id",
            "company_id",
            "hotel_department_type",
            "active",
            "sequence",
        }
        if cached & set(vals):
            self.env.registry.clear_cache()
        res = super().write(vals)
        if "hotel_alias_ticket_type" in vals:
            for team in self.filtered("alias_id"):
                # sudo: aliases are mail configuration the team's manager
                # may not write; the team's own write was allowed.
                team.alias_id.sudo().write(
                    {
                        "alias_defaults": team._alias_get_creation_values()[
                            "alias_defaults"
                        ]
                    }
                )
        return res

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()

    @tools.ormcache("company_id")
    def _hotel_company_teams(self, company_id):
        """``({department type: team id}, {team id: leader id})`` of a
        hotel's active teams, cached: read on every complaint created."""
        teams = (
            # sudo: a cache shared by every user: all teams of the hotel.
            self.sudo()
            .with_context(active_test=True)
            .search(
                [("company_id", "in", [company_id, False])],
                order="company_id, sequence, id",
            )
        )
        departments = {}
        for team in teams:
            if team.hotel_department_type:
                departments.setdefault(team.hotel_department_type, team.id)
        return departments, {team.id: team.user_id.id for team in teams}

    @api.model
    def _hotel_department(self, company, department_type):
        """The active team of ``company`` for ``department_type``."""
        if not department_type:
            return self.browse()
        departments = self._hotel_company_teams(company.id)[0]
        return self.browse(departments.get(department_type, []))

    @api.model
    def _hotel_leader(self, company, team):
        """The leader of ``team`` (a team of ``company``), from the cache."""
        leader_id = self._hotel_company_teams(company.id)[1].get(team.id)
        if leader_id is None:
            return team.user_id
        return self.env["res.users"].browse(leader_id)
