# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage (C2.1): the triage rules suggest a category, a severity and a
lead department from the guest's words; staff accept or override them."""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import html2plaintext

from .hotel_complaint_matrix import SEVERITIES

# What auto-triage suggests, by ticket field.
TRIAGE_FIELDS = ("category_id", "severity", "team_id")


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_triage_state = fields.Selection(
        selection=[
            ("suggested", "Suggested"),
            ("accepted", "Accepted"),
            ("overridden", "Overridden"),
        ],
        string="Triage",
        copy=False,
        groups="base.group_user",
    )
    triage_rule_id = fields.Many2one(
        comodel_name="hotel.complaint.triage.rule",
        readonly=True,
        copy=False,
        groups="hotel_complaint.group_hotel_department_staff",
    )
    suggested_category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    suggested_severity = fields.Selection(
        selection=SEVERITIES, readonly=True, copy=False, groups="base.group_user"
    )
    suggested_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Suggested Department",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )

    @api.model
    def hotel_triage(self, text, company_id=False):
        """Suggest a classification for a guest's complaint text.

        :param str text: the complaint, in English or Chinese
        :param int company_id: the hotel (company); the current one if empty
        :return: ``{"category_id", "severity", "team_id", "rule_id",
            "rule_ids"}``: ids or keys, ``False`` where no rule matched
            (``rule_ids``, every rule that fired, is then empty).
        """
        company = (
            self.env["res.company"].browse(company_id)
            if company_id
            else self.env.company
        )
        if not self.env.su and company not in self.env.user.company_ids:
            raise AccessError(
                self.env._("You cannot triage for %(company)s.", company=company.name)
            )
        return self.env["hotel.complaint.triage.rule"]._triage(text, company)

    @api.model
    def _hotel_triage_text(self, vals):
        return " ".join(
            filter(
                None,
                [
                    vals.get("name"),
                    vals.get("guest_account"),
                    html2plaintext(vals["description"])
                    if vals.get("description")
                    else "",
                ],
            )
        )

    @api.model
    def _hotel_prepare_triage_vals(self, vals):
        """Fill the suggestions of auto-triage, and the values left empty."""
        company_id = vals.get("company_id") or self.env.company.id
        suggestion = self.hotel_triage(self._hotel_triage_text(vals), company_id)
        if not suggestion["rule_id"]:
            return vals
        vals.update(
            {
                "triage_rule_id": suggestion["rule_id"],
                "suggested_category_id": suggestion["category_id"],
                "suggested_severity": suggestion["severity"],
                "suggested_team_id": suggestion["team_id"],
                "hotel_triage_state": "suggested",
            }
        )
        for fname, key in (
            ("category_id", "category_id"),
            ("severity", "severity"),
        ):
            if not vals.get(fname) and suggestion[key]:
                vals[fname] = suggestion[key]
        return vals

    def _hotel_mark_triage_overridden(self, vals):
        """A write that changes a suggested value overrides the suggestion,
        unless it carries a triage decision itself (``hotel_triage_state``)
        or applies a routing rule (``routing_rule_id``: "Route Again")."""
        if not set(vals) & set(TRIAGE_FIELDS):
            return
        if {"hotel_triage_state", "routing_rule_id"} & set(vals):
            return
        for ticket in self.filtered(lambda t: t.hotel_triage_state == "suggested"):
            suggested = {
                "category_id": ticket.suggested_category_id.id,
                "severity": ticket.suggested_severity,
                "team_id": ticket.suggested_team_id.id,
            }
            if any(
                suggested[fname] and vals[fname] != suggested[fname]
                for fname in suggested
                if fname in vals
            ):
                ticket.hotel_triage_state = "overridden"

    def action_hotel_accept_triage(self):
        """Take auto-triage's suggestion. A suggested lead department that
        the user cannot decide on becomes a hand-over request."""
        for ticket in self:
            vals = {"hotel_triage_state": "accepted"}
            if ticket.suggested_category_id:
                vals["category_id"] = ticket.suggested_category_id.id
            if ticket.suggested_severity:
                vals["severity"] = ticket.suggested_severity
            reason = self.env._("Auto-triage suggestion accepted")
            team = ticket.suggested_team_id
            lead = None
            if team and team != ticket.team_id:
                if ticket._hotel_may_decide_handover():
                    lead = team
                else:
                    ticket._hotel_request_handover(team, team.user_id, reason)
            ticket._hotel_set_lead(lead, None, reason, vals=vals)
        return True
