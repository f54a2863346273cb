# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools import sql


class HotelComplaintTask(models.Model):
    _name = "hotel.complaint.task"
    _description = "Collaborating Department Task"
    _inherit = ["hotel.complaint.record.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "deadline, id"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Department",
        required=True,
        check_company=True,
        index=True,
        tracking=True,
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Handler",
        tracking=True,
        compute="_compute_user_id",
        store=True,
        readonly=False,
        check_company=True,
    )
    deadline = fields.Datetime(tracking=True, index=True)
    state = fields.Selection(
        selection=[("open", "Open"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="open",
        required=True,
        tracking=True,
        index=True,
    )
    description = fields.Text()
    result = fields.Text(help="What the department found and did.")
    done_date = fields.Datetime(readonly=True)
    is_overdue = fields.Boolean(compute="_compute_is_overdue")

    @api.depends("team_id")
    def _compute_user_id(self):
        for task in self:
            if not task.user_id or task.user_id not in task.team_id.user_ids:
                task.user_id = task.team_id.user_id

    def _compute_is_overdue(self):
        now = fields.Datetime.now()
        for task in self:
            task.is_overdue = bool(
                task.state == "open" and task.deadline and task.deadline < now
            )

    @api.constrains("team_id", "ticket_id", "state")
    def _check_team(self):
        for task in self:
            if task.team_id == task.ticket_id.team_id and task.state == "open":
                raise ValidationError(
                    self.env._(
                        "%(team)s leads complaint %(ticket)s and cannot also have a "
                        "collaborating task on it.",
                        team=task.team_id.display_name,
                        ticket=task.ticket_id.display_name,
                    )
                )

    def write(self, vals):
        if (
            "team_id" in vals
            and not self.env.su
            and not self.env.user.has_group(
                "hotel_complaint.group_hotel_guest_relations"
            )
            and any(task.team_id.id != vals["team_id"] for task in self)
        ):
            # Whoever may create tasks may give one to another department;
            # a department cannot pass its task (and its complaint) around.
            raise AccessError(
                self.env._(
                    "Only guest relations and managers can give a task to another "
                    "department."
                )
            )
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        tasks = super().create(vals_list)
        tasks._schedule_handler_activity()
        return tasks

    def _schedule_handler_activity(self):
        """The handler's activity on each task, all in one create (what
        ``activity_schedule`` does task by task); each handler is notified of
        theirs, as for any activity assigned to someone else."""
        activity_type = self.env["mail.activity.type"].browse(
            self.env["ir.model.data"]._xmlid_to_res_id(
                "hotel_complaint.mail_activity_type_department_task"
            )
        )
        model_id = self.env["ir.model"]._get_id(self._name)
        vals_list = [
            {
                "activity_type_id": activity_type.id,
                "summary": task.name or activity_type.summary,
                "automated": True,
                "note": activity_type.default_note,
                "date_deadline": (task.deadline or fields.Datetime.now()).date(),
                "res_model_id": model_id,
                "res_id": task.id,
                "user_id": task.user_id.id,
            }
            for task in self.filtered("user_id")
        ]
        if not vals_list:
            return
        # Each handler follows their task, all at once, instead of the
        # activities' own subscription user by user.
        with self.env["mail.thread"]._hotel_subscribed(
            [(task, task.user_id.partner_id) for task in self.filtered("user_id")]
        ):
            self.env["mail.activity"].create(vals_list)

    def action_done(self):
        self.write({"state": "done", "done_date": fields.Datetime.now()})
        self.activity_feedback(["hotel_complaint.mail_activity_type_department_task"])
        for task in self:
            task.ticket_id.message_post(
                body=self.env._(
                    "%(team)s finished its task: %(result)s",
                    team=task.team_id.display_name,
                    result=task.result or "-",
                ),
                subtype_xmlid="mail.mt_note",
            )

    def action_cancel(self):
        self.write({"state": "cancelled"})
        self.activity_unlink(["hotel_complaint.mail_activity_type_department_task"])

    def action_reopen(self):
        self.write({"state": "open", "done_date": False})

    def init(self):
        """The open tasks of a complaint (the Stuck filter) through a partial
        index, whatever the number of finished tasks; the tasks of a
        department through an index-only scan."""
        res = super().init()
        sql.create_index(
            self.env.cr,
            "hotel_complaint_task_open_ticket_idx",
            self._table,
            ["ticket_id"],
            where="state = 'open'",
        )
        # The department staff's complaint rule ("the complaints my
        # departments have a task on"): an index-only scan.
        sql.create_index(
            self.env.cr,
            "hotel_complaint_task_team_ticket_idx",
            self._table,
            ["team_id", "ticket_id"],
        )
        return res
