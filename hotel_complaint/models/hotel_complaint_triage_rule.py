# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from .helpdesk_ticket_team import DEPARTMENT_TYPES
from .hotel_complaint_matrix import SEVERITIES

_KEYWORD_SPLIT = re.compile(r"[\n,;，；、]+")


def _keyword_pattern(keyword):
    """Whole words for Latin script, plain substrings for Chinese."""
    escaped = re.escape(keyword)
    if keyword.isascii():
        return rf"(?<!\w){escaped}(?!\w)"
    return escaped


class HotelComplaintTriageRule(models.Model):
    _name = "hotel.complaint.triage.rule"
    _description = "Complaint Auto-Triage Keyword Rule"
    _inherit = ["hotel.config.cache.mixin"]
    _order = "sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        help="Leave empty to share the rule with every hotel of the chain.",
    )
    keywords = fields.Text(
        required=True,
        help="Words or phrases in any language (English, simplified or "
        "traditional Chinese...), one per line or separated by commas. "
        "Latin words match whole words, ignoring case; Chinese phrases match "
        "anywhere in the text.",
    )
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        string="Suggested Category",
        check_company=True,
    )
    severity = fields.Selection(selection=SEVERITIES, string="Suggested Severity")
    department_type = fields.Selection(
        selection=DEPARTMENT_TYPES,
        string="Suggested Department",
        help="The property's department of this type is suggested as lead.",
    )
    match_count = fields.Integer(
        string="Times Fired",
        compute="_compute_match_count",
        help="How many complaints this rule has classified.",
    )

    def _compute_match_count(self):
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [("triage_rule_id", "in", self.ids)], ["triage_rule_id"], ["__count"]
            )
        )
        for rule in self:
            rule.match_count = counts.get(rule, 0)

    @api.constrains("keywords", "category_id", "severity", "department_type")
    def _check_rule(self):
        for rule in self:
            if not rule._keyword_list():
                raise ValidationError(
                    self.env._("Triage rule %(name)s has no keyword.", name=rule.name)
                )
            if not (rule.category_id or rule.severity or rule.department_type):
                raise ValidationError(
                    self.env._(
                        "Triage rule %(name)s must suggest a category, a severity "
                        "or a department.",
                        name=rule.name,
                    )
                )

    def _keyword_list(self):
        self.ensure_one()
        return [
            kw.strip().casefold()
            for kw in _KEYWORD_SPLIT.split(self.keywords or "")
            if kw.strip()
        ]

    @tools.ormcache("company_id", "self.env.lang")
    def _compiled_rules(self, company_id):
        """Rules visible to a company, as plain tuples safe to cache."""
        # sudo: a cache shared by every user: all rules of the hotel.
        rules = (
            self.sudo()
            .with_context(active_test=True)
            .search([("company_id", "in", [company_id, False])])
        )
        return tuple(
            (
                rule.id,
                re.compile("|".join(_keyword_pattern(kw) for kw in keywords)),
                rule.category_id.id,
                rule.severity or False,
                rule.department_type or False,
                rule.name,
            )
            for rule in rules
            if (keywords := rule._keyword_list())
        )

    @api.model
    def _triage(self, text, company):
        """Suggest a category, a severity and a lead department for ``text``.

        Each rule scores the number of its distinct keywords found in the text;
        for each suggestion the best scoring rule wins, the first in sequence
        on a tie.
        """
        result = {
            "category_id": False,
            "severity": False,
            "team_id": False,
            "rule_id": False,
            "rule_ids": [],
        }
        text = (text or "").casefold()
        if not text.strip():
            return result
        scored = []
        names = {}
        for position, (
            rule_id,
            pattern,
            category,
            severity,
            department,
            name,
        ) in enumerate(self._compiled_rules(company.id)):
            score = len(set(pattern.findall(text)))
            if score:
                names[rule_id] = name
                scored.append(
                    (-score, position, rule_id, category, severity, department)
                )
        if not scored:
            return result
        scored.sort()
        result["rule_ids"] = [row[2] for row in scored]
        result["rule_names"] = [names[row[2]] for row in scored]
        result["rule_id"] = scored[0][2]
        department = False
        for _score, _pos, _rule, category, severity, dept in scored:
            result["category_id"] = result["category_id"] or category
            result["severity"] = result["severity"] or severity
            department = department or dept
        if department:
            # sudo: the suggested department, whoever may read teams.
            team = (
                self.env["helpdesk.ticket.team"]
                .sudo()
                ._hotel_department(company, department)
            )
            result["team_id"] = team.id or False
        return result
