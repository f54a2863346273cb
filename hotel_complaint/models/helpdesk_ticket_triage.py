# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage (C2.1, C2.2): a trained classifier suggests a category and a
severity from the guest's words, the hotel's keyword rules (its own layer)
take precedence where they fire, and the safety layer raises life-safety
messages to urgent; the suggestion says which words drove it. Staff accept or
override it, and their decisions are kept to retrain the hotel's model."""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import html2plaintext

from ..tools.triage_eval import MIN_CONFIDENCE, suggest
from .hotel_complaint_matrix import SEVERITIES

SEVERITY_RANK = {key: rank for rank, (key, _label) in enumerate(SEVERITIES)}

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
    hotel_triage_explanation = fields.Text(
        string="Why This Suggestion",
        readonly=True,
        copy=False,
        groups="base.group_user",
        help="The guest's words and phrases that drove auto-triage's "
        "suggestion, the safety hazards found and the keyword rules that fired.",
    )

    @api.onchange("name", "guest_account", "description")
    def _onchange_hotel_triage_live(self):
        """The suggestion, live on the form of a new complaint as the agent
        writes the guest's account, before it is saved ("Accept Suggestion"
        saves it and takes the suggestion)."""
        if self._origin.id or not self._hotel_vals_config(
            {"hotel_ticket_type": self.hotel_ticket_type}
        ).get("triage"):
            return
        suggestion = self.hotel_triage(
            self._hotel_triage_text(
                {
                    "name": self.name,
                    "guest_account": self.guest_account,
                    "description": self.description,
                }
            ),
            self.company_id.id or False,
        )
        self.suggested_category_id = suggestion["category_id"]
        self.suggested_severity = suggestion["severity"]
        self.suggested_team_id = suggestion["team_id"]
        self.hotel_triage_explanation = self._hotel_triage_explanation_text(
            suggestion["explanation"]
        )

    @api.model
    def hotel_triage(self, text, company_id=False):
        """Suggest a classification for a guest's complaint text.

        :param str text: the complaint, in English or Chinese
        :param int company_id: the hotel (company); the current one if empty
        :return: ``{"category_id", "severity", "team_id", "rule_id",
            "rule_ids", "explanation"}``: ids or keys, ``False`` where
            nothing is suggested; ``rule_id`` is the keyword rule that fired
            first (``rule_ids``: every rule that fired, empty if none);
            ``explanation`` says what drove the suggestion: ``{"category":
            [words], "severity": [words], "safety": [{"hazard", "phrase"}],
            "rules": [rule names], "model": "hotel" or "shipped"}``.
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
        result = self._hotel_triage_suggest(text, company)
        if not result["team_id"] and result["category_id"]:
            result["team_id"] = self._hotel_category_team(
                result["category_id"], company
            )
        return result

    @api.model
    def _hotel_category_team(self, category_id, company):
        """The hotel's department that usually leads the category."""
        department = (
            self.env["helpdesk.ticket.category"]
            ._hotel_category_data()
            .get(category_id, {})
            .get("department")
        )
        if not department:
            return False
        # sudo: the suggested department, whoever may read teams.
        team = (
            self.env["helpdesk.ticket.team"]
            .sudo()
            ._hotel_department(company, department)
        )
        return team.id or False

    @api.model
    def _hotel_triage_suggest(self, text, company):
        """The keyword rules' suggestion completed by the trained model and
        raised by the safety layer. The department is the rules' only: at
        creation, routing takes the category's usual one."""
        result = self.env["hotel.complaint.triage.rule"]._triage(text, company)
        return self._hotel_triage_with_model(text, company, result)

    @api.model
    def _hotel_triage_with_model(self, text, company, result):
        """Complete the keyword rules' ``result`` with the trained model's
        suggestion, then raise the severity of life-safety messages."""
        classifier, source, codes = self.env[
            "hotel.complaint.triage.model"
        ]._hotel_triage_config(company.id)
        predicted = suggest(classifier, text or "") if (text or "").strip() else {}
        explanation = {
            "category": [],
            "severity": [],
            "safety": [
                {"hazard": code, "phrase": phrase}
                for code, phrase in predicted.get("hazards", [])
            ],
            "rules": result.pop("rule_names", []),
            "model": source,
        }
        confidence = {
            key: round(predicted.get(f"{key}_confidence", 0.0), 2)
            for key in ("category", "severity")
        }
        if (
            not result["category_id"]
            and predicted.get("subcategory")
            and confidence["category"] >= MIN_CONFIDENCE
        ):
            result["category_id"] = codes.get(predicted["subcategory"], False)
            explanation["category"] = predicted.get("category_reasons", [])
        if (
            not result["severity"]
            and predicted.get("severity")
            and confidence["severity"] >= MIN_CONFIDENCE
        ):
            result["severity"] = predicted["severity"]
            explanation["severity"] = predicted.get("severity_reasons", [])
        if explanation["safety"] and result["severity"] != "urgent":
            result["severity"] = "urgent"
        explanation["confidence"] = confidence
        result["explanation"] = explanation
        return result

    @api.model
    def _hotel_hazard_label(self, code):
        """A life-safety hazard as staff read it (translated on demand)."""
        labels = {
            "fire": lambda: self.env._("fire or smoke"),
            "gas": lambda: self.env._("gas"),
            "flooding": lambda: self.env._("flooding"),
            "trapped": lambda: self.env._("people trapped"),
            "injury": lambda: self.env._("injury or bleeding"),
            "medical": lambda: self.env._("medical emergency"),
            "intrusion": lambda: self.env._("intrusion, theft or assault"),
            "electrical": lambda: self.env._("electrical hazard"),
        }
        return labels[code]() if code in labels else code

    @api.model
    def _hotel_triage_explanation_text(self, explanation):
        """The explanation as staff read it on the complaint."""
        lines = []
        if explanation["category"]:
            lines.append(
                self.env._(
                    "Category from: %(words)s",
                    words=", ".join(f"“{w}”" for w in explanation["category"]),
                )
            )
        if explanation["severity"]:
            lines.append(
                self.env._(
                    "Severity from: %(words)s",
                    words=", ".join(f"“{w}”" for w in explanation["severity"]),
                )
            )
        for hazard in explanation["safety"]:
            lines.append(
                self.env._(
                    "Life-safety (%(hazard)s): “%(phrase)s”, made urgent",
                    hazard=self._hotel_hazard_label(hazard["hazard"]),
                    phrase=hazard["phrase"],
                )
            )
        if explanation["rules"]:
            lines.append(
                self.env._(
                    "Keyword rules: %(rules)s", rules=", ".join(explanation["rules"])
                )
            )
        return "\n".join(lines) or False

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
        company = self.env["res.company"].browse(
            vals.get("company_id") or self.env.company.id
        )
        if not self.env.su and company not in self.env.user.company_ids:
            raise AccessError(
                self.env._("You cannot triage for %(company)s.", company=company.name)
            )
        suggestion = self._hotel_triage_suggest(self._hotel_triage_text(vals), company)
        if not (suggestion["category_id"] or suggestion["severity"]):
            return vals
        vals.update(
            {
                "triage_rule_id": suggestion["rule_id"],
                "suggested_category_id": suggestion["category_id"],
                "suggested_severity": suggestion["severity"],
                "suggested_team_id": suggestion["team_id"],
                "hotel_triage_explanation": self._hotel_triage_explanation_text(
                    suggestion["explanation"]
                ),
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

    def _hotel_after_write(self, vals, before):
        """After the write (checks passed): keep the staff's classification
        of a triaged complaint as a correction for its hotel's model."""
        res = super()._hotel_after_write(vals, before)
        if {"category_id", "severity", "hotel_triage_state"} & set(vals):
            self.filtered(
                lambda t: t.hotel_triage_state in ("accepted", "overridden")
            )._hotel_keep_triage_example()
        return res

    def _hotel_keep_triage_example(self):
        """Keep (or update) the staff's classification of each complaint as a
        training example of its hotel's auto-triage model."""
        # sudo: the process keeps the staff's decisions, whoever decides.
        Example = self.env["hotel.complaint.triage.example"].sudo()
        Model = self.env["hotel.complaint.triage.model"]
        for ticket in self:
            text = self._hotel_triage_text(
                {
                    "name": ticket.name,
                    "guest_account": ticket.guest_account,
                    "description": ticket.description,
                }
            )
            if not text.strip():
                continue
            example_vals = {
                "text": text,
                "category_id": ticket.category_id.id,
                "severity": ticket.severity or False,
                "decision": ticket.hotel_triage_state,
                "suggested_category_id": ticket.suggested_category_id.id,
                "suggested_severity": ticket.suggested_severity,
            }
            example = Example.search([("ticket_id", "=", ticket.id)], limit=1)
            if example:
                example.write(example_vals)
            else:
                model = Model._hotel_model_for(ticket.company_id)
                Example.create(
                    dict(
                        example_vals,
                        ticket_id=ticket.id,
                        company_id=ticket.company_id.id,
                        model_id=model.id,
                    )
                )

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
