# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Cause analysis of a complaint (C5.1): its root cause, how it happened and
the causes that contributed; recorded by the lead department or guest
relations, required before closing where the hotel asks for it."""

from odoo import api, fields, models
from odoo.exceptions import AccessError

# The fields of the cause analysis: only the lead department and guest
# relations record them.
CAUSE_FIELDS = frozenset(
    {"hotel_cause_id", "hotel_cause_factor_ids", "hotel_cause_description"}
)


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_cause_id = fields.Many2one(
        comodel_name="hotel.complaint.cause",
        string="Root Cause",
        check_company=True,
        ondelete="restrict",
        copy=False,
        tracking=True,
        groups="base.group_user",
        help="What the complaint came from, once the investigation found it.",
    )
    hotel_cause_factor_ids = fields.Many2many(
        comodel_name="hotel.complaint.cause",
        relation="helpdesk_ticket_hotel_cause_factor_rel",
        column1="ticket_id",
        column2="cause_id",
        string="Contributing Causes",
        check_company=True,
        copy=False,
        groups="base.group_user",
        help="Other causes that played a part.",
    )
    hotel_cause_description = fields.Text(
        string="How It Happened",
        copy=False,
        groups="base.group_user",
    )

    @api.model
    def _hotel_type_config(self):
        """Complaints take part in cause analysis and recurrence (C5.1)."""
        config = super()._hotel_type_config()
        if "complaint" in config:
            config["complaint"] = dict(config["complaint"], causes=True)
        return config

    # ------------------------------------------------------------------
    # Who records the cause
    # ------------------------------------------------------------------

    def _hotel_may_record_cause(self):
        """Whether the current user may record the cause analysis of the
        complaint ``self``: guest relations (and the managers above it), or
        a member or the leader of its lead department."""
        self.ensure_one()
        user = self.env.user
        if self.env.su or user.has_group("hotel_complaint.group_hotel_guest_relations"):
            return True
        team = self.team_id
        return bool(team) and (team.user_id == user or team in user.helpdesk_team_ids)

    def _hotel_check_cause_access(self, vals):
        """Refuse the cause analysis of complaints from anyone else than
        their lead department and guest relations."""
        if self.env.su or not CAUSE_FIELDS.intersection(vals):
            return
        refused = self._hotel_filter("causes").filtered(
            lambda t: not t._hotel_may_record_cause()
        )
        if refused:
            raise AccessError(
                self.env._(
                    "Only the lead department and guest relations record the "
                    "cause of complaint %(name)s.",
                    name=refused[0].display_name,
                )
            )

    def _hotel_prepare_write(self, vals):
        """Also: who may record the cause analysis."""
        self._hotel_check_cause_access(vals)
        return super()._hotel_prepare_write(vals)

    @api.model
    def _hotel_prepare_create_vals(self, vals):
        """Also: a cause analysis given at creation, by whom may record it
        for the lead department routing chose."""
        vals = super()._hotel_prepare_create_vals(vals)
        if (
            not self.env.su
            and CAUSE_FIELDS.intersection(vals)
            and self._hotel_vals_config(vals).get("causes")
        ):
            self.new(
                {
                    "team_id": vals.get("team_id"),
                    "hotel_ticket_type": vals.get("hotel_ticket_type"),
                }
            )._hotel_check_cause_access(vals)
        return vals

    # ------------------------------------------------------------------
    # Closing
    # ------------------------------------------------------------------

    def _hotel_cause_required(self):
        """Whether the hotel requires the root cause before this complaint
        closes (per severity, see the hotel's settings)."""
        self.ensure_one()
        return bool(
            self._hotel_filter("causes")
            and self.severity
            and self.company_id[f"hotel_cause_required_{self.severity}"]
        )

    def _hotel_closing_problems(self):
        """Also: the root cause, where the hotel requires it (C5.1)."""
        problems = super()._hotel_closing_problems()
        if self._hotel_cause_required() and not self.hotel_cause_id:
            problems.append(self.env._("the root cause is not recorded"))
        return problems
