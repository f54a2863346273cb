# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Improvement plans (C5.2): corrective and preventive actions of a
department, their tracking (overdue warnings and escalation) and the
verification that the problem did not come back."""

from datetime import timedelta

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError, UserError

from .res_company_improvement import DEFAULT_ACTION_VERIFICATION_DAYS

ACTIVITY_OVERDUE = "hotel_complaint.mail_activity_type_action_overdue"
ACTIVITY_VERIFICATION = "hotel_complaint.mail_activity_type_action_verification"
# Written by the action's process only (its buttons and cron, as sudo).
PROCESS_FIELDS = frozenset(
    {
        "state",
        "date_done",
        "verification_date",
        "escalation_level",
        "escalation_date",
        "verification_state",
        "verification_proposal",
        "recurrence_count",
        "recurrence_ticket_ids",
        "verified_by_id",
        "verified_date",
    }
)


class HotelImprovementAction(models.Model):
    _name = "hotel.improvement.action"
    _description = "Improvement Action"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_deadline, id"
    _check_company_auto = True

    name = fields.Char(string="Action", required=True, tracking=True)
    description = fields.Html(string="Measures")
    action_type = fields.Selection(
        selection=[("corrective", "Corrective"), ("preventive", "Preventive")],
        string="Type",
        required=True,
        default="corrective",
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
        string="Responsible Department",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Owner",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        default=lambda self: self.env.user,
    )
    date_deadline = fields.Date(string="Deadline", required=True, tracking=True)
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("open", "In Progress"),
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
    ticket_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        relation="hotel_improvement_action_ticket_rel",
        column1="action_id",
        column2="ticket_id",
        string="Complaints",
        check_company=True,
        domain=[("hotel_ticket_type", "!=", False)],
    )
    cause_ids = fields.Many2many(
        comodel_name="hotel.complaint.cause",
        relation="hotel_improvement_action_cause_rel",
        column1="action_id",
        column2="cause_id",
        string="Root Causes",
        check_company=True,
    )
    training_ids = fields.Many2many(
        comodel_name="hotel.training",
        relation="hotel_training_action_rel",
        column1="action_id",
        column2="training_id",
        string="Trainings and Drills",
        check_company=True,
    )
    date_done = fields.Date(string="Done On", readonly=True, copy=False)
    verification_date = fields.Date(
        string="Verify On",
        compute="_compute_verification_date",
        store=True,
        help="The day the hotel checks whether the problem came back.",
    )
    escalation_level = fields.Integer(readonly=True, copy=False, tracking=True)
    escalation_date = fields.Date(string="Escalated On", readonly=True, copy=False)
    is_overdue = fields.Boolean(string="Overdue", compute="_compute_is_overdue")
    verification_state = fields.Selection(
        selection=[
            ("pending", "To Verify"),
            ("proposed", "Verdict Proposed"),
            ("effective", "Effective"),
            ("not_effective", "Not Effective"),
        ],
        string="Verification",
        readonly=True,
        copy=False,
        index="btree_not_null",
        tracking=True,
    )
    verification_proposal = fields.Selection(
        selection=[("effective", "Effective"), ("not_effective", "Not Effective")],
        string="Proposed Verdict",
        readonly=True,
        copy=False,
    )
    recurrence_count = fields.Integer(
        string="Recurrences",
        readonly=True,
        copy=False,
        help="Complaints of the same pattern reported after the action was done.",
    )
    recurrence_ticket_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        relation="hotel_improvement_action_recurrence_rel",
        column1="action_id",
        column2="ticket_id",
        string="Recurring Complaints",
        readonly=True,
        copy=False,
    )
    verified_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    verified_date = fields.Date(string="Verified On", readonly=True, copy=False)

    def init(self):
        # What the cron and the staff's lists look at: the open actions by
        # deadline, the done ones by verification day.
        tools.create_index(
            self._cr,
            "hotel_improvement_action_open_deadline_index",
            self._table,
            ["date_deadline"],
            where="state = 'open'",
        )
        tools.create_index(
            self._cr,
            "hotel_improvement_action_verify_index",
            self._table,
            ["verification_date"],
            where="state = 'done' AND verification_state = 'pending'",
        )

    @api.depends("date_done", "company_id.hotel_action_verification_days")
    def _compute_verification_date(self):
        for action in self:
            days = (
                action.company_id.hotel_action_verification_days
                or DEFAULT_ACTION_VERIFICATION_DAYS
            )
            action.verification_date = action.date_done and action.date_done + (
                timedelta(days=days)
            )

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for action in self:
            action.is_overdue = action.state == "open" and action.date_deadline < today

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
                a.company_id.id != vals["company_id"] for a in self
            ):
                raise UserError(
                    self.env._("An action stays with the hotel it was planned in.")
                )
            closed = self.filtered(lambda a: a.state in ("done", "cancelled"))
            if closed and set(vals) - {"description"}:
                raise UserError(
                    self.env._(
                        "Action %(name)s is closed: only its measures' "
                        "description can still change.",
                        name=closed[:1].display_name,
                    )
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
                    "These fields are set by the improvement process, not by "
                    "hand: %(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )

    def _hotel_process_write(self, vals):
        """Write process fields, after the caller's checks."""
        # sudo: process fields, which clients cannot write themselves.
        return self.sudo().write(vals)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def _hotel_check_state(self, states, label):
        wrong = self.filtered(lambda a: a.state not in states)
        if wrong:
            raise UserError(
                self.env._(
                    "Action %(name)s cannot be %(what)s in its current state.",
                    name=wrong[:1].display_name,
                    what=label,
                )
            )

    def action_open(self):
        """Start the action: the owner works on it until its deadline."""
        self._hotel_check_state(("draft",), self.env._("started"))
        self.check_access("write")
        self._hotel_process_write({"state": "open"})
        return True

    def action_done(self):
        """Done by its owner or a manager of its department; the
        verification waits for the hotel's delay."""
        self._hotel_check_state(("open",), self.env._("marked done"))
        for action in self:
            if action.user_id != self.env.user:
                action.check_access("write")
        self._hotel_process_write(
            {
                "state": "done",
                "date_done": fields.Date.context_today(self),
                "verification_state": "pending",
            }
        )
        self._hotel_close_activities(ACTIVITY_OVERDUE)
        return True

    def action_cancel(self):
        self._hotel_check_state(("draft", "open"), self.env._("cancelled"))
        self.check_access("write")
        self._hotel_process_write({"state": "cancelled"})
        self._hotel_close_activities(ACTIVITY_OVERDUE)
        return True

    def action_reset_draft(self):
        self._hotel_check_state(("cancelled",), self.env._("reset to draft"))
        self.check_access("write")
        self._hotel_process_write({"state": "draft", "escalation_level": 0})
        return True

    def action_confirm_effective(self):
        return self._hotel_confirm_verdict("effective")

    def action_confirm_not_effective(self):
        return self._hotel_confirm_verdict("not_effective")

    def _hotel_confirm_verdict(self, verdict):
        """The department's manager (or a hotel manager) confirms or
        overrides the proposed verdict."""
        if not self.env.user.has_group(
            "hotel_complaint.group_hotel_department_manager"
        ):
            raise AccessError(
                self.env._("Only managers confirm the verification of an action.")
            )
        self.check_access("write")
        wrong = self.filtered(
            lambda a: (
                a.state != "done" or a.verification_state not in ("pending", "proposed")
            )
        )
        if wrong:
            raise UserError(
                self.env._(
                    "Action %(name)s is not waiting for its verification.",
                    name=wrong[:1].display_name,
                )
            )
        self._hotel_process_write(
            {
                "verification_state": verdict,
                "verified_by_id": self.env.user.id,
                "verified_date": fields.Date.context_today(self),
            }
        )
        self._hotel_close_activities(ACTIVITY_VERIFICATION)
        if verdict == "not_effective":
            for action in self:
                action.message_post(
                    body=self.env._(
                        "Not effective: the problem came back. Plan a new action."
                    ),
                    subtype_xmlid="mail.mt_note",
                )
        return True

    def _hotel_close_activities(self, activity_xmlid):
        type_id = self.env["ir.model.data"]._xmlid_to_res_id(activity_xmlid)
        # sudo: the process's own activities close with its step, whoever
        # holds them.
        activities = self.sudo().activity_ids.filtered(
            lambda a: a.activity_type_id.id == type_id
        )
        if activities:
            activities.action_feedback(feedback=self.env._("Done."))

    def action_view_recurrences(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recurring Complaints"),
            "res_model": "helpdesk.ticket",
            "view_mode": "list,form",
            "domain": [("id", "in", self.recurrence_ticket_ids.ids)],
        }
