# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's list of root causes of complaints (C5.1): what a complaint
came from, so that complaints can be summed up by cause and prevented."""

from odoo import api, fields, models
from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

# The causes each hotel gets (C5.1): (code, name).
DEFAULT_CAUSES = [
    ("staff_skill", _lt("Staff Skill")),
    ("staff_attitude", _lt("Staff Attitude")),
    ("procedure", _lt("Procedure")),
    ("facility", _lt("Facility or Equipment")),
    ("supplier", _lt("Supplier")),
    ("communication", _lt("Communication and Expectation")),
    ("external", _lt("External")),
]


class HotelComplaintCause(models.Model):
    _name = "hotel.complaint.cause"
    _description = "Complaint Root Cause"
    _order = "company_id, sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    code = fields.Char(
        help="A short fixed code, for reports and imports; the same cause "
        "has the same code in every hotel.",
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    description = fields.Text(
        help="What falls under this cause, for the staff who choose it.",
    )

    _sql_constraints = [
        (
            "code_company_unique",
            "UNIQUE(company_id, code)",
            "A hotel has one cause per code.",
        ),
    ]

    @api.model
    def _create_company_defaults(self, companies):
        """The default causes of each hotel that has none (archived ones
        count: a hotel that removed them keeps its choice), named in every
        installed language. Idempotent."""
        # sudo: the defaults come with the hotel, whoever creates it.
        Cause = self.sudo().with_context(active_test=False, lang="en_US")
        have = set(Cause.search([("company_id", "in", companies.ids)]).company_id.ids)
        todo = [company for company in companies if company.id not in have]
        causes = Cause.create(
            [
                {
                    "company_id": company.id,
                    "sequence": sequence,
                    "code": code,
                    "name": name._translate("en_US"),
                }
                for company in todo
                for sequence, (code, name) in enumerate(DEFAULT_CAUSES, 1)
            ]
        )
        langs = [
            code
            for code, _name in self.env["res.lang"].get_installed()
            if code != "en_US"
        ]
        if langs:
            names = dict(DEFAULT_CAUSES)
            for cause in causes:
                name = names[cause.code]
                cause.update_field_translations(
                    "name", {lang: name._translate(lang) for lang in langs}
                )
        return causes

    @api.model
    def _hotel_init_defaults(self):
        """At install or update: the defaults of every hotel without causes."""
        # sudo: every hotel.
        return self._create_company_defaults(self.env["res.company"].sudo().search([]))
