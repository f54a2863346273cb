# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Staff training and simulation drills (C5.3): sessions per department,
their attendees and results, and the trainings the complaints' root causes
call for."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .res_company_improvement import (
    DEFAULT_TRAINING_THRESHOLD,
    DEFAULT_TRAINING_WINDOW_DAYS,
)

ACTIVITY_PROPOSAL = "hotel_complaint.mail_activity_type_training_proposal"
# Written by the training's process only (its buttons and cron, as sudo).
PROCESS_FIELDS = frozenset(
    {"state", "proposal_cause_id", "proposal_count", "proposal_ticket_ids"}
)


class HotelTraining(models.Model):
    _name = "hotel.training"
    _description = "Training or Drill"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Topic", required=True, tracking=True)
    kind = fields.Selection(
        selection=[("training", "Training"), ("drill", "Simulation Drill")],
        required=True,
        default="training",
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Department",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    trainer_user_id = fields.Many2one(
        comodel_name="res.users", string="Trainer", check_company=True
    )
    trainer_partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="External Trainer",
        help="A trainer from outside the hotel.",
    )
    date_start = fields.Datetime(string="Date", tracking=True)
    duration = fields.Float(string="Duration (Hours)", default=1.0)
    description = fields.Html(string="Programme")
    state = fields.Selection(
        selection=[
            ("draft", "Proposed"),
            ("planned", "Planned"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
        copy=False,
    )
    attendee_ids = fields.One2many(
        comodel_name="hotel.training.attendee",
        inverse_name="training_id",
        string="Attendees",
    )
    attendee_count = fields.Integer(compute="_compute_attendee_stats")
    attended_count = fields.Integer(
        string="Attended", compute="_compute_attendee_stats"
    )
    cause_ids = fields.Many2many(
        comodel_name="hotel.complaint.cause",
        relation="hotel_training_cause_rel",
        column1="training_id",
        column2="cause_id",
        string="Root Causes",
        check_company=True,
    )
    action_ids = fields.Many2many(
        comodel_name="hotel.improvement.action",
        relation="hotel_training_action_rel",
        column1="training_id",
        column2="action_id",
        string="Improvement Actions",
        check_company=True,
    )
    proposal_cause_id = fields.Many2one(
        comodel_name="hotel.complaint.cause",
        string="Proposed for Cause",
        readonly=True,
        index="btree_not_null",
        copy=False,
    )
    proposal_count = fields.Integer(
        string="Complaints Counted", readonly=True, copy=False
    )
    proposal_ticket_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        relation="hotel_training_proposal_ticket_rel",
        column1="training_id",
        column2="ticket_id",
        string="Complaints behind the Proposal",
        readonly=True,
        copy=False,
    )

    @api.depends("attendee_ids.attendance")
    def _compute_attendee_stats(self):
        for training in self:
            training.attendee_count = len(training.attendee_ids)
            training.attended_count = len(
                training.attendee_ids.filtered(lambda a: a.attendance == "attended")
            )

    @api.constrains("duration")
    def _check_duration(self):
        for training in self:
            if training.duration < 0:
                raise ValidationError(
                    self.env._(
                        "The duration of %(name)s cannot be negative.",
                        name=training.name,
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._hotel_check_process_fields(vals)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._hotel_check_process_fields(vals)
            if "company_id" in vals and any(
                t.company_id.id != vals["company_id"] for t in self
            ):
                raise UserError(
                    self.env._("A training stays with the hotel it was planned in.")
                )
        res = super().write(vals)
        if not self.env.su and "team_id" in vals:
            # The department's managers only: the rules hold after the move.
            self.check_access("write")
        return res

    @api.model
    def _hotel_check_process_fields(self, vals):
        fnames = PROCESS_FIELDS & set(vals)
        if fnames:
            raise UserError(
                self.env._(
                    "These fields are set by the training process, not by "
                    "hand: %(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def _hotel_set_state(self, from_states, state, label):
        wrong = self.filtered(lambda t: t.state not in from_states)
        if wrong:
            raise UserError(
                self.env._(
                    "%(name)s cannot be %(what)s in its current state.",
                    name=wrong[:1].display_name,
                    what=label,
                )
            )
        self.check_access("write")
        # sudo: the state is the process's to write, after the checks.
        self.sudo().write({"state": state})
        return True

    def action_plan(self):
        for training in self:
            if not training.date_start:
                raise UserError(
                    self.env._(
                        "Set the date of %(name)s before planning it.",
                        name=training.name,
                    )
                )
        res = self._hotel_set_state(("draft",), "planned", self.env._("planned"))
        type_id = self.env["ir.model.data"]._xmlid_to_res_id(ACTIVITY_PROPOSAL)
        # sudo: the proposal's activity closes once the training is planned,
        # whoever holds it.
        activities = self.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id.id == type_id
        )
        if activities:
            activities.action_feedback(feedback=self.env._("Training planned."))
        return res

    def action_done(self):
        missing = self.attendee_ids.filtered(lambda a: not a.attendance)
        if missing:
            raise UserError(
                self.env._(
                    "Record whether %(name)s attended first.",
                    name=missing[:1].display_name,
                )
            )
        return self._hotel_set_state(("planned",), "done", self.env._("done"))

    def action_cancel(self):
        return self._hotel_set_state(
            ("draft", "planned"), "cancelled", self.env._("cancelled")
        )

    def action_reset_draft(self):
        return self._hotel_set_state(
            ("cancelled",), "draft", self.env._("reset to proposed")
        )

    # ------------------------------------------------------------------
    # Proposals from the complaints' root causes
    # ------------------------------------------------------------------

    @api.model
    def _cron_hotel_training_proposals(self):
        """Propose a training where the hotel's threshold of complaints with
        one root cause was reached in one department within its window, unless
        one is already proposed for that cause and department."""
        # sudo: every hotel's complaints and settings, whoever runs the cron.
        companies = self.env["res.company"].sudo().search([])
        proposals = self.browse()
        for company in companies:
            proposals |= self._hotel_propose_for_company(company)
        return proposals

    @api.model
    def _hotel_propose_for_company(self, company):
        threshold = company.hotel_training_threshold
        if threshold is None or threshold is False:
            threshold = DEFAULT_TRAINING_THRESHOLD
        if threshold <= 0:
            return self.browse()
        days = company.hotel_training_window_days or DEFAULT_TRAINING_WINDOW_DAYS
        since = fields.Datetime.now() - timedelta(days=days)
        # sudo: counts over every complaint of the hotel.
        Ticket = self.env["helpdesk.ticket"].sudo()
        groups = Ticket._read_group(
            [
                ("company_id", "=", company.id),
                ("hotel_ticket_type", "!=", False),
                ("hotel_cause_id", "!=", False),
                ("team_id", "!=", False),
                ("reported_date", ">=", since),
            ],
            ["hotel_cause_id", "team_id"],
            ["id:array_agg"],
            having=[("__count", ">=", threshold)],
        )
        if not groups:
            return self.browse()
        # sudo: the proposals already waiting, whoever runs the cron.
        waiting = self.sudo().search(
            [
                ("company_id", "=", company.id),
                ("state", "=", "draft"),
                ("proposal_cause_id", "in", [g[0].id for g in groups]),
            ]
        )
        taken = {(t.proposal_cause_id.id, t.team_id.id) for t in waiting}
        vals_list = [
            self._hotel_prepare_proposal_vals(company, cause, team, ticket_ids)
            for cause, team, ticket_ids in groups
            if (cause.id, team.id) not in taken
        ]
        if not vals_list:
            return self.browse()
        # sudo: the process creates the proposals.
        proposals = self.sudo().create(vals_list)
        entries = []
        for training in proposals:
            leader = self.env["helpdesk.ticket.team"]._hotel_leader(
                company, training.team_id
            )
            users = leader or company.hotel_duty_manager_id
            if users:
                entries.append(
                    (
                        training,
                        users,
                        ACTIVITY_PROPOSAL,
                        self.env._(
                            "%(count)s complaints with cause %(cause)s in %(days)s "
                            "days: plan %(name)s",
                            count=training.proposal_count,
                            cause=training.proposal_cause_id.display_name,
                            days=days,
                            name=training.name,
                        ),
                    )
                )
        self.env["helpdesk.ticket"]._hotel_schedule_activities(entries)
        return proposals

    @api.model
    def _hotel_prepare_proposal_vals(self, company, cause, team, ticket_ids):
        return {
            "name": self.env._("Training: %(cause)s", cause=cause.display_name),
            "kind": "training",
            "company_id": company.id,
            "team_id": team.id,
            "cause_ids": [(6, 0, cause.ids)],
            "proposal_cause_id": cause.id,
            "proposal_count": len(ticket_ids),
            "proposal_ticket_ids": [(6, 0, ticket_ids)],
        }
