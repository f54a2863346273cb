# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage's trained classifier per hotel (C2.1, C2.2): the shipped model,
the staff's corrections kept as training examples, and each hotel's model
retrained on its own history, kept only when it does at least as well as the
shipped model on the held-out messages."""

import base64
import gzip
import logging

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError

from ..tools import triage_eval
from ..tools.triage_model import TriageModel
from .hotel_complaint_matrix import SEVERITIES

_logger = logging.getLogger(__name__)

DECISIONS = [("accepted", "Accepted"), ("overridden", "Overridden")]


class HotelComplaintTriageModel(models.Model):
    _name = "hotel.complaint.triage.model"
    _description = "Complaint Auto-Triage Model of a Hotel"
    _inherit = ["hotel.config.cache.mixin"]
    _order = "company_id"
    _check_company_auto = True
    _rec_name = "company_id"

    company_id = fields.Many2one(
        comodel_name="res.company", required=True, readonly=True, index=True
    )
    state = fields.Selection(
        selection=[
            ("shipped", "Shipped Model"),
            ("hotel", "Trained on the Hotel's Corrections"),
        ],
        string="Model in Use",
        default="shipped",
        required=True,
        readonly=True,
    )
    model_file = fields.Binary(attachment=True, readonly=True, copy=False)
    example_ids = fields.One2many(
        comodel_name="hotel.complaint.triage.example",
        inverse_name="model_id",
        string="Staff Corrections",
        readonly=True,
    )
    example_count = fields.Integer(
        string="Corrections", compute="_compute_example_count"
    )
    trained_example_count = fields.Integer(
        string="Corrections Trained On", readonly=True
    )
    trained_date = fields.Datetime(string="Last Training", readonly=True)
    category_accuracy = fields.Float(
        string="Category Accuracy (held-out)", readonly=True, digits=(5, 3)
    )
    severity_accuracy = fields.Float(
        string="Severity Accuracy (held-out)", readonly=True, digits=(5, 3)
    )
    shipped_category_accuracy = fields.Float(
        string="Shipped Model Category Accuracy", readonly=True, digits=(5, 3)
    )
    shipped_severity_accuracy = fields.Float(
        string="Shipped Model Severity Accuracy", readonly=True, digits=(5, 3)
    )
    training_note = fields.Char(readonly=True)

    _sql_constraints = [
        (
            "company_unique",
            "unique(company_id)",
            "A hotel has one auto-triage model.",
        )
    ]

    def _compute_example_count(self):
        counts = dict(
            self.env["hotel.complaint.triage.example"]._read_group(
                [("model_id", "in", self.ids)], ["model_id"], ["__count"]
            )
        )
        for record in self:
            record.example_count = counts.get(record, 0)

    @api.model
    def _hotel_model_for(self, company):
        """The hotel's model record, made when its first correction comes."""
        # sudo: the process keeps one model record per hotel.
        records = self.sudo()
        record = records.search([("company_id", "=", company.id)], limit=1)
        return record or records.create({"company_id": company.id})

    @tools.ormcache("company_id")
    def _hotel_triage_config(self, company_id):
        """What auto-triage uses for a hotel, cached per worker (no query
        once loaded): ``(classifier, source, {sub-category code: category
        id})``, the classifier being the hotel's own trained model
        (``source`` "hotel") or the shipped one ("shipped")."""
        # sudo: a cache shared by every user of the hotel.
        record = self.sudo().search(
            [("company_id", "=", company_id), ("state", "=", "hotel")], limit=1
        )
        classifier, source = None, "shipped"
        if record.model_file:
            try:
                classifier = TriageModel.from_json(
                    gzip.decompress(base64.b64decode(record.model_file))
                )
                source = "hotel"
            except ValueError:
                _logger.warning(
                    "Unreadable auto-triage model of company %s: shipped model used.",
                    company_id,
                )
        # sudo: the coded categories the hotel may use, shared by its users.
        categories = (
            self.env["helpdesk.ticket.category"]
            .sudo()
            .search(
                [
                    ("hotel_code", "!=", False),
                    ("company_id", "in", [company_id, False]),
                ],
                order="company_id, id",
            )
        )
        codes = {}
        for category in categories:
            # The hotel's own category of a code first (shared ones sort last).
            codes.setdefault(category.hotel_code, category.id)
        return classifier or triage_eval.shipped_model(), source, codes

    def action_hotel_retrain(self):
        """Retrain the hotel's model on its corrections now (hotel managers)."""
        if not self.env.user.has_group("hotel_complaint.group_hotel_manager"):
            raise AccessError(
                self.env._("Only hotel managers can retrain auto-triage.")
            )
        for record in self:
            if record.company_id not in self.env.user.company_ids:
                raise AccessError(
                    self.env._(
                        "You cannot retrain auto-triage for %(company)s.",
                        company=record.company_id.name,
                    )
                )
        # sudo: the checks above are done; training writes process fields.
        self.sudo()._hotel_retrain()
        return True

    @api.model
    def _cron_hotel_retrain(self):
        """Retrain the hotels that have corrections not trained on yet."""
        for record in self.search([]):
            if record.example_count != record.trained_example_count:
                record._hotel_retrain()

    def _hotel_training_rows(self):
        self.ensure_one()
        rows = []
        for example in self.example_ids:
            code = example.category_id.hotel_code or ""
            rows.append(
                {
                    "text": example.text,
                    "subcategory": code if "." in code else "",
                    "severity": example.severity or "",
                }
            )
        return rows

    def _hotel_retrain(self):
        """Train on the shipped training messages and the hotel's
        corrections; keep the result only if it does at least as well as the
        shipped model on the held-out messages, else keep the shipped one."""
        train, test = triage_eval.split(triage_eval.load_dataset())
        shipped_stats = triage_eval.evaluate(triage_eval.shipped_model(), test)
        for record in self:
            extra = record._hotel_training_rows()
            candidate = TriageModel.train(train, extra)
            stats = triage_eval.evaluate(candidate, test)
            vals = {
                "trained_date": fields.Datetime.now(),
                "trained_example_count": len(extra),
                "shipped_category_accuracy": triage_eval.accuracy(
                    shipped_stats, "category"
                ),
                "shipped_severity_accuracy": triage_eval.accuracy(
                    shipped_stats, "severity"
                ),
            }
            if triage_eval.score(stats) >= triage_eval.score(shipped_stats):
                vals.update(
                    state="hotel",
                    model_file=base64.b64encode(triage_eval.dump_model(candidate)),
                    category_accuracy=triage_eval.accuracy(stats, "category"),
                    severity_accuracy=triage_eval.accuracy(stats, "severity"),
                    training_note=self.env._(
                        "Trained on %(count)s corrections: kept.", count=len(extra)
                    ),
                )
            else:
                vals.update(
                    state="shipped",
                    model_file=False,
                    category_accuracy=vals["shipped_category_accuracy"],
                    severity_accuracy=vals["shipped_severity_accuracy"],
                    training_note=self.env._(
                        "Trained on %(count)s corrections: worse than the shipped "
                        "model on the held-out messages, the shipped model is kept.",
                        count=len(extra),
                    ),
                )
            record.write(vals)
        return True


class HotelComplaintTriageExample(models.Model):
    _name = "hotel.complaint.triage.example"
    _description = "Complaint Auto-Triage Correction"
    _order = "id desc"
    _check_company_auto = True
    _rec_name = "ticket_id"

    company_id = fields.Many2one(
        comodel_name="res.company", required=True, readonly=True, index=True
    )
    model_id = fields.Many2one(
        comodel_name="hotel.complaint.triage.model",
        required=True,
        readonly=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Complaint",
        required=True,
        readonly=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    text = fields.Text(string="Guest's Words", required=True, readonly=True)
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        readonly=True,
        check_company=True,
    )
    severity = fields.Selection(selection=SEVERITIES, readonly=True)
    decision = fields.Selection(selection=DECISIONS, required=True, readonly=True)
    suggested_category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        readonly=True,
        check_company=True,
    )
    suggested_severity = fields.Selection(selection=SEVERITIES, readonly=True)

    _sql_constraints = [
        ("ticket_unique", "unique(ticket_id)", "A complaint gives one example.")
    ]
