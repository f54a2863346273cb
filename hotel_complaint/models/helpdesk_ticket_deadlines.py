# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Classification, deadlines and escalation (C2.2, C2.4, C3.1): the severity
x urgency matrix cell, priority, the deadline clocks and their warnings, the
overdue and stuck filters, the alert of serious complaints and the
escalation cron."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.osv import expression

from .hotel_complaint_matrix import PRIORITIES, SEVERITIES, URGENCIES
from .res_company import DEFAULT_STUCK_DELAY_DAYS, DEFAULT_WARNING_PERCENT

# Priority of a ticket without a matrix cell (helpdesk_mgmt's "1", medium).
DEFAULT_PRIORITY = "1"
# Highest priority (helpdesk_mgmt's "3", very high).
MAX_PRIORITY = 3
# Escalation levels: the department manager on breach, then the duty manager.
LEVEL_MANAGER = 1
LEVEL_DUTY_MANAGER = 2
# The severities that call for the security department (C3.1).
SERIOUS_SEVERITIES = ("serious", "urgent")
# Complaints the escalation cron handles per committed batch.
CRON_BATCH_SIZE = 200


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    severity = fields.Selection(
        selection=SEVERITIES, tracking=True, index=True, groups="base.group_user"
    )
    urgency = fields.Selection(
        selection=URGENCIES, tracking=True, groups="base.group_user"
    )
    priority = fields.Selection(
        selection=PRIORITIES,
        default=None,
        compute="_compute_priority",
        store=True,
        readonly=False,
        tracking=True,
    )
    hotel_matrix_id = fields.Many2one(
        comodel_name="hotel.complaint.matrix",
        string="Matrix Cell",
        compute="_compute_hotel_matrix_id",
        store=True,
        index="btree_not_null",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    first_response_deadline = fields.Datetime(
        compute="_compute_deadlines", store=True, index=True, groups="base.group_user"
    )
    resolution_deadline = fields.Datetime(
        compute="_compute_deadlines", store=True, index=True, groups="base.group_user"
    )
    hotel_response_warning_date = fields.Datetime(
        compute="_compute_deadlines", store=True, groups="base.group_user"
    )
    hotel_resolution_warning_date = fields.Datetime(
        compute="_compute_deadlines", store=True, groups="base.group_user"
    )
    hotel_sla_state = fields.Selection(
        selection=[
            ("on_track", "On Track"),
            ("warning", "Deadline Near"),
            ("breached", "Overdue"),
        ],
        string="Deadline Status",
        default="on_track",
        tracking=True,
        index=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_hotel_is_overdue",
        search="_search_hotel_is_overdue",
        groups="base.group_user",
    )
    hotel_escalation_level = fields.Integer(
        string="Escalation Level",
        default=0,
        tracking=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_breach_date = fields.Datetime(
        string="Breached On", copy=False, groups="base.group_user"
    )
    hotel_alert_sent = fields.Boolean(copy=False, groups="base.group_user")
    hotel_is_stuck = fields.Boolean(
        string="Stuck",
        compute="_compute_hotel_is_stuck",
        search="_search_hotel_is_stuck",
        help="Open and overdue, with an overdue department task, or without "
        "any update for the hotel's stuck delay (one day by default).",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    # ------------------------------------------------------------------
    # Classification and the matrix cell (C2.2)
    # ------------------------------------------------------------------

    @api.model
    def _hotel_prepare_default_classification_vals(self, vals):
        """Every complaint gets a severity and an urgency, hence deadlines:
        the category's usual severity or minor, and medium urgency."""
        if not vals.get("severity"):
            category = (
                self.env["helpdesk.ticket.category"]
                ._hotel_category_data()
                .get(vals.get("category_id"), {})
            )
            vals["severity"] = category.get("severity") or "minor"
        if not vals.get("urgency"):
            vals["urgency"] = "medium"
        return vals

    @api.depends("hotel_matrix_id")
    def _compute_priority(self):
        # sudo: the matrix is configuration staff apply without reading it.
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        for ticket in self:
            if ticket.hotel_matrix_id:
                ticket.priority = (
                    Matrix._cell_data(
                        ticket.company_id.id, ticket.hotel_matrix_id.id
                    ).get("priority")
                    or ticket.hotel_matrix_id.priority
                )
            elif not ticket.priority:
                ticket.priority = DEFAULT_PRIORITY

    @api.depends("hotel_ticket_type", "severity", "urgency", "company_id")
    def _compute_hotel_matrix_id(self):
        # sudo: the matrix is configuration staff apply without reading it.
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        types = self._hotel_types("matrix")
        for ticket in self:
            cell = False
            if ticket.hotel_ticket_type in types and ticket.severity and ticket.urgency:
                cell = (
                    Matrix._cells_data(ticket.company_id.id)
                    .get((ticket.severity, ticket.urgency), {})
                    .get("id", False)
                )
            ticket.hotel_matrix_id = cell

    # ------------------------------------------------------------------
    # Deadline clocks (C2.4)
    # ------------------------------------------------------------------

    def _hotel_deadline_hours(self):
        """``(hours to the first response, hours to the resolution)`` of the
        ticket, or ``None`` without deadlines. Complaints take them from
        their matrix cell; another type overrides this for its own."""
        self.ensure_one()
        if not self.hotel_matrix_id:
            return None
        # sudo: the matrix is configuration staff apply without reading it.
        cell = (
            self.env["hotel.complaint.matrix"]
            .sudo()
            ._cell_data(self.company_id.id, self.hotel_matrix_id.id)
        )
        if not cell:
            return None
        return cell["response_hours"], cell["resolution_hours"]

    def _hotel_deadline_dates(self, start):
        """``(first response deadline, resolution deadline)`` of the ticket
        received at ``start``, or ``None`` without deadlines: ``start`` plus
        the hours of ``_hotel_deadline_hours``. A type whose clocks follow a
        working-time calendar overrides this one instead."""
        self.ensure_one()
        hours = self._hotel_deadline_hours()
        if not hours:
            return None
        return start + timedelta(hours=hours[0]), start + timedelta(hours=hours[1])

    @api.depends(
        "hotel_ticket_type",
        "reported_date",
        "hotel_matrix_id.response_hours",
        "hotel_matrix_id.resolution_hours",
        "company_id.hotel_sla_warning_percent",
    )
    def _compute_deadlines(self):
        for ticket in self:
            start = ticket.reported_date or ticket.create_date or fields.Datetime.now()
            dates = ticket._hotel_deadline_dates(start)
            if not dates:
                ticket.first_response_deadline = False
                ticket.resolution_deadline = False
                ticket.hotel_response_warning_date = False
                ticket.hotel_resolution_warning_date = False
                continue
            share = (
                ticket.company_id.hotel_sla_warning_percent or DEFAULT_WARNING_PERCENT
            ) / 100.0
            response, resolution = dates
            ticket.first_response_deadline = response
            ticket.resolution_deadline = resolution
            ticket.hotel_response_warning_date = start + (response - start) * share
            ticket.hotel_resolution_warning_date = start + (resolution - start) * share

    @api.model
    def _hotel_overdue_domain(self, now=None):
        """Open, and past the first-response deadline without an
        acknowledgement or past the resolution deadline: the one rule of
        "overdue", for the filter, the field and the escalation cron. Read
        through the partial indexes of the open work (``hotel_is_open``)."""
        now = now or fields.Datetime.now()
        return [
            *self._hotel_open_complaints_domain(),
            "|",
            "&",
            ("acknowledged_date", "=", False),
            ("first_response_deadline", "<", now),
            ("resolution_deadline", "<", now),
        ]

    def _compute_hotel_is_overdue(self):
        overdue = self.filtered_domain(self._hotel_overdue_domain())
        for ticket in self:
            ticket.hotel_is_overdue = ticket in overdue

    def _search_hotel_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Unsupported search on Overdue."))
        domain = self._hotel_overdue_domain()
        if (operator == "=") != value:
            # "!" on the whole domain, not on its first condition only.
            return ["!", *expression.normalize_domain(domain)]
        return domain

    @api.model
    def _hotel_stuck_domain(self, search=False):
        """Open complaints overdue, with an overdue department task, or
        without any update for their hotel's stuck delay. With ``search``,
        for SQL: the overdue tasks as a subquery without the task rules."""
        now = fields.Datetime.now()
        # One task both open and overdue, not one open task and another
        # (finished) one overdue.
        task_domain = [("state", "=", "open"), ("deadline", "<", now)]
        if search:
            # sudo: stuck on any department's overdue task, whichever tasks
            # the user may read (a property of the complaint; and without the
            # task rules' subqueries over the whole history).
            tasks = self.env["hotel.complaint.task"].sudo()._search(task_domain)
            task_leaf = ("hotel_task_ids", "in", tasks)
        else:
            task_leaf = ("hotel_task_ids", "any", task_domain)
        # sudo: every hotel's delay, whichever hotels the user works for.
        companies = (
            self.env["res.company"].sudo().search_fetch([], ["hotel_stuck_delay_days"])
        )
        delays = {}
        for company in companies:
            days = company.hotel_stuck_delay_days or DEFAULT_STUCK_DELAY_DAYS
            delays.setdefault(days, []).append(company.id)
        if len(delays) <= 1:
            days = next(iter(delays), DEFAULT_STUCK_DELAY_DAYS)
            idle = [("write_date", "<", now - timedelta(days=days))]
        else:
            idle = expression.OR(
                [
                    [
                        ("company_id", "in", company_ids),
                        ("write_date", "<", now - timedelta(days=days)),
                    ]
                    for days, company_ids in delays.items()
                ]
            )
        return expression.AND(
            [
                self._hotel_open_complaints_domain(),
                expression.OR(
                    [
                        [("hotel_sla_state", "=", "breached")],
                        idle,
                        [task_leaf],
                    ]
                ),
            ]
        )

    def _compute_hotel_is_stuck(self):
        stuck = self.filtered_domain(self._hotel_stuck_domain()) if self.ids else self
        for ticket in self:
            ticket.hotel_is_stuck = ticket in stuck and bool(ticket.id)

    def _search_hotel_is_stuck(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Unsupported search on Stuck."))
        domain = self._hotel_stuck_domain(search=True)
        if (operator == "=") != value:
            return [("id", "not in", self._search(domain))]
        return domain

    # ------------------------------------------------------------------
    # Alerts (C3.1)
    # ------------------------------------------------------------------

    def _hotel_alert_recipients(self):
        self.ensure_one()
        cell = self.hotel_matrix_id
        users = cell.alert_user_ids
        if cell.alert_duty_manager:
            users |= self.company_id.hotel_duty_manager_id
        if cell.alert_security:
            security = (
                self.env["helpdesk.ticket.team"]
                # sudo: the security department's leader, whoever may read teams.
                .sudo()
                ._hotel_department(self.company_id, "security")
            )
            users |= security.user_id
        return users

    def _hotel_to_alert(self):
        """The tickets of ``self`` whose matrix cell alerts, not alerted yet."""
        # sudo: the matrix is configuration staff apply without reading it.
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        return self.filtered(
            lambda t: (
                not t.hotel_alert_sent
                and t.hotel_matrix_id
                and Matrix._cell_data(t.company_id.id, t.hotel_matrix_id.id).get(
                    "alert"
                )
            )
        )

    def _hotel_alert_serious(self, tasks=None):
        """Alert at once whoever the matrix cell names (C3.1); the note also
        notifies the handlers of the ticket's new department ``tasks``.
        Returns the tickets alerted."""
        alerted = self.browse()
        for ticket in self._hotel_to_alert():
            users = ticket._hotel_alert_recipients()
            if not users:
                continue
            ticket._hotel_notify(
                users,
                "hotel_complaint.mail_activity_type_complaint_alert",
                self.env._(
                    "%(severity)s complaint: %(name)s",
                    severity=dict(
                        self._fields["severity"]._description_selection(self.env)
                    ).get(ticket.severity),
                    name=ticket.display_name,
                ),
                tasks=tasks
                and tasks.filtered(lambda t, ticket=ticket: t.ticket_id == ticket),
            )
            # sudo: a process flag, which clients cannot write themselves.
            ticket.sudo().hotel_alert_sent = True
            alerted |= ticket
        return alerted

    # ------------------------------------------------------------------
    # Warnings and escalation (C2.4)
    # ------------------------------------------------------------------

    @api.model
    def _hotel_open_complaints_domain(self):
        """Open tickets of the types with deadline clocks: the stored
        ``hotel_is_open`` flag (kept in sync with the stage), which the
        partial indexes of the open work cover."""
        return [
            ("hotel_ticket_type", "in", self._hotel_types("deadlines")),
            ("hotel_is_open", "=", True),
        ]

    @api.model
    def _hotel_sla_steps(self, now):
        """The escalation cron's steps, in their order: ``(domain of the
        complaints that have that step due, method doing it)``."""
        base = self._hotel_open_complaints_domain()
        return [
            (
                self._hotel_overdue_domain(now)
                + [("hotel_sla_state", "!=", "breached")],
                "_hotel_escalate_breach",
            ),
            (
                base
                + [
                    ("hotel_sla_state", "=", "on_track"),
                    "|",
                    "&",
                    ("acknowledged_date", "=", False),
                    ("hotel_response_warning_date", "<=", now),
                    ("hotel_resolution_warning_date", "<=", now),
                ],
                "_hotel_warn",
            ),
            (
                expression.AND([base, self._hotel_duty_manager_due_domain(now)]),
                "_hotel_escalate_duty_manager",
            ),
        ]

    @api.model
    def _cron_hotel_sla(self, batch_size=CRON_BATCH_SIZE):
        """Warn before a deadline, escalate on breach (C2.4).

        One run handles at most ``batch_size`` complaints (newly breached
        first, then warnings, then escalations to the duty manager) and
        reports its progress to Odoo's cron runner, which commits and runs it
        again while some remain: a burst of thousands is handled in committed
        batches, not in one long transaction. Outside a cron run (``Run
        Manually`` included), one call handles one batch."""
        steps = self._hotel_sla_steps(fields.Datetime.now())
        done = remaining = 0
        for index, (domain, method) in enumerate(steps):
            limit = batch_size - done
            tickets = self.search(domain, limit=limit, order="id")
            getattr(tickets, method)()
            done += len(tickets)
            if len(tickets) == limit:
                # The batch is full: what is left, of this step or else of the
                # next one with work (the next runs handle it, in this order).
                for later, _method in steps[index:]:
                    remaining = self.search_count(later)
                    if remaining:
                        break
                break
        # A no-op outside a cron run; in one, "remaining" makes the runner
        # commit this batch and call again.
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        return True

    @api.model
    def _hotel_duty_manager_due_domain(self, now):
        """Escalated to the department's manager longer ago than their
        hotel's escalation delay: for the duty manager."""
        # sudo: every hotel's delay, whichever hotels the cron's user works for.
        companies = (
            self.env["res.company"]
            .sudo()
            .search_fetch([], ["hotel_escalation_delay_minutes"])
        )
        delays = {}
        for company in companies:
            minutes = company.hotel_escalation_delay_minutes or 0
            delays.setdefault(minutes, []).append(company.id)
        return [
            ("hotel_sla_state", "=", "breached"),
            ("hotel_escalation_level", "=", LEVEL_MANAGER),
            *expression.OR(
                [
                    [
                        ("company_id", "in", company_ids),
                        ("hotel_breach_date", "<=", now - timedelta(minutes=minutes)),
                    ]
                    for minutes, company_ids in delays.items()
                ]
                or [expression.FALSE_DOMAIN]
            ),
        ]

    def _hotel_warn(self):
        # sudo: a process state, which clients cannot write themselves.
        self.sudo().hotel_sla_state = "warning"
        self._hotel_notify_batch(
            [
                (
                    ticket,
                    ticket.user_id or ticket.team_id.user_id,
                    "hotel_complaint.mail_activity_type_deadline_warning",
                    self.env._("Deadline near for %(name)s", name=ticket.display_name),
                )
                for ticket in self
            ]
        )

    def _hotel_escalate_breach(self):
        now = fields.Datetime.now()
        # Priority goes up one step per ticket: one write per current priority.
        for priority, tickets in self.grouped(
            lambda t: min(int(t.priority or 0) + 1, MAX_PRIORITY)
        ).items():
            # sudo: process fields, which clients cannot write themselves.
            tickets.sudo().write(
                {
                    "hotel_sla_state": "breached",
                    "hotel_escalation_level": LEVEL_MANAGER,
                    "hotel_breach_date": now,
                    "priority": str(priority),
                }
            )
        self._hotel_notify_batch(
            [
                (
                    ticket,
                    ticket.team_id.user_id,
                    "hotel_complaint.mail_activity_type_escalation",
                    self.env._(
                        "Overdue complaint %(name)s escalated to the %(team)s manager",
                        name=ticket.display_name,
                        team=ticket.team_id.display_name,
                    ),
                )
                for ticket in self
            ]
        )

    def _hotel_escalate_duty_manager(self):
        # sudo: process fields, which clients cannot write themselves.
        self.sudo().write(
            {
                "hotel_escalation_level": LEVEL_DUTY_MANAGER,
                "priority": str(MAX_PRIORITY),
            }
        )
        self._hotel_notify_batch(
            [
                (
                    ticket,
                    ticket.company_id.hotel_duty_manager_id,
                    "hotel_complaint.mail_activity_type_escalation",
                    self.env._(
                        "Overdue complaint %(name)s escalated to the duty manager",
                        name=ticket.display_name,
                    ),
                )
                for ticket in self
            ]
        )
