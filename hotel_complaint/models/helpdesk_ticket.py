# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.osv import expression
from odoo.tools import email_normalize, html2plaintext
from odoo.tools.mail import single_email_re

from .hotel_complaint_matrix import PRIORITIES, SEVERITIES, URGENCIES

# Set by the complaint process itself, never entered by a client: auto-triage,
# routing, the first contact, verification, alerts and escalation, and
# hand-over requests. The process writes them with sudo() after its checks.
SERVER_SET_FIELDS = frozenset(
    {
        "suggested_category_id",
        "suggested_severity",
        "suggested_team_id",
        "triage_rule_id",
        "routing_rule_id",
        "acknowledged_date",
        "acknowledged_by_id",
        "guest_verified_by_id",
        "guest_verified_date",
        "hotel_sla_state",
        "hotel_escalation_level",
        "hotel_breach_date",
        "hotel_alert_sent",
        "hotel_handover_team_id",
        "hotel_handover_user_id",
        "hotel_handover_reason",
        "hotel_handover_requested_by_id",
    }
)

OPINIONS = [
    ("accepted", "Accepted"),
    ("partly", "Partly accepted"),
    ("declined", "Declined"),
]


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"
    _check_company_auto = True

    # Intake (C1.1 - C1.3)
    hotel_ticket_type = fields.Selection(
        selection=[("complaint", "Complaint")],
        string="Guest Care Type",
        index=True,
        tracking=True,
        help="Complaints follow the hotel complaint process. Other guest care "
        "addons add their own types on the same tickets.",
    )
    partner_phone = fields.Char(string="Phone")
    room_number = fields.Char(index="btree_not_null")
    stay_reference = fields.Char(
        string="Stay / Reservation", help="Reservation or folio reference."
    )
    incident_date = fields.Datetime(string="Occurred On")
    location_id = fields.Many2one(
        comodel_name="hotel.location",
        string="Location / Outlet",
        check_company=True,
        index="btree_not_null",
        groups="base.group_user",
    )
    guest_account = fields.Text(
        string="Guest's Account", help="What the guest said, in their own words."
    )
    reported_date = fields.Datetime(
        string="Received On",
        default=fields.Datetime.now,
        help="When the hotel received the complaint: deadlines start here.",
    )
    # First response (C1.2, C1.4)
    acknowledged_date = fields.Datetime(
        string="Acknowledged On",
        readonly=True,
        copy=False,
        tracking=True,
        groups="base.group_user",
    )
    acknowledged_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False, groups="base.group_user"
    )
    apology_given = fields.Boolean(tracking=True, copy=False, groups="base.group_user")
    cause_explained = fields.Text(
        string="Cause Explained to the Guest", copy=False, groups="base.group_user"
    )
    initial_solution = fields.Text(
        string="Initial Solution Proposed", copy=False, groups="base.group_user"
    )
    guest_initial_opinion = fields.Selection(
        selection=OPINIONS,
        string="Guest's Opinion of the Proposal",
        tracking=True,
        copy=False,
        groups="base.group_user",
    )
    guest_initial_opinion_note = fields.Text(
        string="Guest's Words", copy=False, groups="base.group_user"
    )
    # Classification (C2.1, C2.2, C2.4)
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
    team_id = fields.Many2one(tracking=True)
    # The team's members and the internal notes are the staff's business, not
    # the guest's: portal users cannot read them. helpdesk_mgmt's portal page
    # reads its ticket with sudo() and is unchanged. The assignee (user_id)
    # stays readable: helpdesk_mgmt's portal contract (and its tests) read it
    # as the portal user; complaint pages do not show it.
    user_ids = fields.Many2many(groups="base.group_user")
    notes = fields.Html(groups="base.group_user")
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
    # Auto-triage
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
    # Routing (C2.3)
    routing_rule_id = fields.Many2one(
        comodel_name="hotel.complaint.routing.rule",
        readonly=True,
        copy=False,
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_task_ids = fields.One2many(
        comodel_name="hotel.complaint.task",
        inverse_name="ticket_id",
        string="Collaborating Departments",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_open_task_count = fields.Integer(
        string="Open Department Tasks",
        compute="_compute_hotel_open_task_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    # A hand-over asked for by someone who cannot decide it (C2.3): the
    # current lead department's manager or a hotel manager accepts it.
    hotel_handover_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Hand-over Requested To",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Requested Responsible Person",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_reason = fields.Text(
        string="Hand-over Request Reason",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_requested_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Hand-over Requested By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )

    # Investigation (C3.1, C3.2)
    guest_verified = fields.Boolean(
        string="Guest Details Verified",
        tracking=True,
        copy=False,
        groups="base.group_user",
        help="Identity, room number and contact details checked.",
    )
    guest_verified_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Verified By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    guest_verified_date = fields.Datetime(
        string="Verified On", readonly=True, copy=False, groups="base.group_user"
    )
    no_evidence_reason = fields.Text(
        string="Why There Is No Evidence",
        tracking=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_evidence_ids = fields.One2many(
        comodel_name="hotel.complaint.evidence",
        inverse_name="ticket_id",
        string="Evidence",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_measure_ids = fields.One2many(
        comodel_name="hotel.complaint.measure",
        inverse_name="ticket_id",
        string="Emergency Measures",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    # Resolution and feedback (C3.3, C3.4, C4)
    hotel_compensation_ids = fields.One2many(
        comodel_name="hotel.compensation",
        inverse_name="ticket_id",
        string="Compensation Proposals",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_compensation_count = fields.Integer(
        compute="_compute_hotel_compensation_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_feedback_ids = fields.One2many(
        comodel_name="hotel.complaint.feedback",
        inverse_name="ticket_id",
        string="Result Communication",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_resolution_summary = fields.Text(
        string="Actions Taken", copy=False, groups="base.group_user"
    )
    hotel_task_progress = fields.Integer(
        string="Department Tasks Done (%)",
        compute="_compute_hotel_open_task_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_is_stuck = fields.Boolean(
        string="Stuck",
        compute="_compute_hotel_is_stuck",
        search="_search_hotel_is_stuck",
        help="Open and overdue, with an overdue department task, or without "
        "any update for a day.",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("name", "number")
    def _compute_display_name(self):
        """helpdesk_mgmt shows "number - name", i.e. "/ - False" on a new
        complaint's form before it is saved: "New" (or its title) there."""
        res = super()._compute_display_name()
        for ticket in self.filtered(
            lambda t: t.hotel_ticket_type and not t._origin.id and t.number == "/"
        ):
            ticket.display_name = ticket.name or self.env._("New")
        return res

    @api.depends("hotel_matrix_id")
    def _compute_priority(self):
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
                ticket.priority = "1"

    @api.depends("hotel_ticket_type", "severity", "urgency", "company_id")
    def _compute_hotel_matrix_id(self):
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        for ticket in self:
            cell = False
            if (
                ticket.hotel_ticket_type == "complaint"
                and ticket.severity
                and ticket.urgency
            ):
                cell = (
                    Matrix._cells_data(ticket.company_id.id)
                    .get((ticket.severity, ticket.urgency), {})
                    .get("id", False)
                )
            ticket.hotel_matrix_id = cell

    @api.depends(
        "reported_date",
        "hotel_matrix_id.response_hours",
        "hotel_matrix_id.resolution_hours",
        "company_id.hotel_sla_warning_percent",
    )
    def _compute_deadlines(self):
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        for ticket in self:
            cell = Matrix._cell_data(ticket.company_id.id, ticket.hotel_matrix_id.id)
            start = ticket.reported_date or ticket.create_date or fields.Datetime.now()
            if not cell:
                ticket.first_response_deadline = False
                ticket.resolution_deadline = False
                ticket.hotel_response_warning_date = False
                ticket.hotel_resolution_warning_date = False
                continue
            share = (ticket.company_id.hotel_sla_warning_percent or 80) / 100.0
            response = timedelta(hours=cell["response_hours"])
            resolution = timedelta(hours=cell["resolution_hours"])
            ticket.first_response_deadline = start + response
            ticket.resolution_deadline = start + resolution
            ticket.hotel_response_warning_date = start + response * share
            ticket.hotel_resolution_warning_date = start + resolution * share

    def _compute_hotel_is_overdue(self):
        now = fields.Datetime.now()
        for ticket in self:
            ticket.hotel_is_overdue = bool(
                not ticket.closed
                and (
                    (
                        not ticket.acknowledged_date
                        and ticket.first_response_deadline
                        and ticket.first_response_deadline < now
                    )
                    or (ticket.resolution_deadline and ticket.resolution_deadline < now)
                )
            )

    def _search_hotel_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Unsupported search on Overdue."))
        now = fields.Datetime.now()
        domain = [
            ("stage_id.closed", "=", False),
            "|",
            "&",
            ("acknowledged_date", "=", False),
            ("first_response_deadline", "<", now),
            ("resolution_deadline", "<", now),
        ]
        if (operator == "=") != value:
            # "!" on the whole domain, not on its first condition only.
            return ["!", *expression.normalize_domain(domain)]
        return domain

    @api.depends("hotel_task_ids.state")
    def _compute_hotel_open_task_count(self):
        counts = {}
        # sudo: the progress counts every department's tasks, also those of
        # departments whose tasks the user cannot see.
        for ticket, state, count in (
            self.env["hotel.complaint.task"]
            .sudo()
            ._read_group(
                [("ticket_id", "in", self.ids), ("state", "!=", "cancelled")],
                ["ticket_id", "state"],
                ["__count"],
            )
        ):
            counts.setdefault(ticket.id, {})[state] = count
        for ticket in self:
            by_state = counts.get(ticket.id, {})
            total = sum(by_state.values())
            ticket.hotel_open_task_count = by_state.get("open", 0)
            ticket.hotel_task_progress = (
                round(100 * by_state.get("done", 0) / total) if total else 100
            )

    def _compute_hotel_compensation_count(self):
        counts = dict(
            self.env["hotel.compensation"]._read_group(
                [("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]
            )
        )
        for ticket in self:
            ticket.hotel_compensation_count = counts.get(ticket, 0)

    @api.model
    def _hotel_stuck_domain(self):
        now = fields.Datetime.now()
        return [
            ("hotel_ticket_type", "=", "complaint"),
            ("stage_id.closed", "=", False),
            "|",
            "|",
            ("hotel_sla_state", "=", "breached"),
            ("write_date", "<", now - timedelta(days=1)),
            "&",
            ("hotel_task_ids.state", "=", "open"),
            ("hotel_task_ids.deadline", "<", now),
        ]

    def _compute_hotel_is_stuck(self):
        stuck = self.filtered_domain(self._hotel_stuck_domain()) if self.ids else self
        for ticket in self:
            ticket.hotel_is_stuck = ticket in stuck and bool(ticket.id)

    def _search_hotel_is_stuck(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Unsupported search on Stuck."))
        domain = self._hotel_stuck_domain()
        if (operator == "=") != value:
            return [("id", "not in", self._search(domain))]
        return domain

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("hotel_ticket_type", "partner_email", "partner_phone")
    def _check_hotel_guest_contact(self):
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "complaint"):
            if not (ticket.partner_email or ticket.partner_phone):
                raise ValidationError(
                    self.env._(
                        "Complaint %(name)s needs a way to reach the guest: an "
                        "email address or a phone number.",
                        name=ticket.name,
                    )
                )

    @api.constrains("partner_email")
    def _check_hotel_email(self):
        for ticket in self.filtered("partner_email"):
            normalized = email_normalize(ticket.partner_email)
            if not normalized or not single_email_re.match(normalized):
                raise ValidationError(
                    self.env._(
                        "%(email)s is not a valid email address.",
                        email=ticket.partner_email,
                    )
                )

    @api.constrains("hotel_ticket_type", "team_id")
    def _check_hotel_lead_department(self):
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "complaint"):
            if not ticket.team_id:
                raise ValidationError(
                    self.env._(
                        "Complaint %(name)s needs a lead department: no routing "
                        "rule, triage rule or category named one, and this hotel "
                        "has no guest relations department to fall back on.",
                        name=ticket.name,
                    )
                )

    @api.constrains("team_id", "company_id")
    def _check_hotel_team_company(self):
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "complaint"):
            if ticket.team_id.company_id and ticket.team_id.company_id != (
                ticket.company_id
            ):
                raise ValidationError(
                    self.env._(
                        "%(team)s belongs to %(team_company)s and cannot lead a "
                        "complaint of %(company)s.",
                        team=ticket.team_id.display_name,
                        team_company=ticket.team_id.company_id.name,
                        company=ticket.company_id.name,
                    )
                )

    @api.constrains("category_id", "user_id", "company_id", "hotel_ticket_type")
    def _check_hotel_category_user_company(self):
        """helpdesk_mgmt does not check the hotel of a ticket's category and
        assignee: a complaint takes only its own hotel's."""
        categories = self.env["helpdesk.ticket.category"]._hotel_category_data()
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "complaint"):
            # sudo: the other hotel's name is needed for the message, and the
            # user may not read it.
            category = ticket.sudo().category_id
            category_company = categories.get(category.id, {}).get("company_id")
            if category_company and category_company != ticket.company_id.id:
                raise ValidationError(
                    self.env._(
                        "The category %(category)s belongs to %(category_company)s "
                        "and cannot be used for a complaint of %(company)s.",
                        category=category.display_name,
                        category_company=category.company_id.name,
                        company=ticket.sudo().company_id.name,
                    )
                )
            user = ticket.sudo().user_id
            if user and ticket.company_id.id not in user._get_company_ids():
                raise ValidationError(
                    self.env._(
                        "%(user)s works for %(user_companies)s and cannot be "
                        "assigned a complaint of %(company)s.",
                        user=user.name,
                        user_companies=", ".join(user.company_ids.mapped("name")),
                        company=ticket.sudo().company_id.name,
                    )
                )

    @api.constrains("stage_id")
    def _check_hotel_close(self):
        for ticket in self.filtered(
            lambda t: t.hotel_ticket_type == "complaint" and t.stage_id.closed
        ):
            ticket._hotel_check_can_close()

    def _hotel_check_can_close(self):
        """Raise when the complaint cannot be closed (C3.2, C3.4, C4)."""
        self.ensure_one()
        if not self.stage_id.hotel_closing_checks:
            return
        problems = self._hotel_closing_problems()
        if problems:
            raise ValidationError(
                self.env._(
                    "Complaint %(name)s cannot be closed yet: %(problems)s.",
                    name=self.display_name,
                    problems="; ".join(problems),
                )
            )

    @api.model
    def _hotel_check_server_set_fields(self, vals, create=False):
        """A client cannot enter what the complaint process sets itself. On
        creation, the fields' initial values (which forms send) are let
        through: they are what the process starts from."""
        if self.env.su:
            return
        forged = SERVER_SET_FIELDS.intersection(vals)
        if create:
            forged = {
                fname for fname in forged if not self._hotel_is_initial(fname, vals)
            }
        if forged:
            raise AccessError(
                self.env._(
                    "%(fields)s is set by the complaint process and cannot be "
                    "entered directly.",
                    fields=", ".join(
                        self._fields[fname]._description_string(self.env)
                        for fname in sorted(forged)
                    ),
                )
            )

    @api.model
    def _hotel_is_initial(self, fname, vals):
        """Whether ``vals[fname]`` is the field's value on a new record."""
        field = self._fields[fname]
        initial = field.default(self) if field.default else False
        return (vals[fname] or False) == (initial or False)

    @api.model
    def _hotel_check_selection_values(self, vals):
        """Reject unknown keys with a clear message instead of a traceback."""
        for fname in ("severity", "urgency", "hotel_ticket_type"):
            value = vals.get(fname)
            if not value:
                continue
            allowed = [
                key
                for key, _label in self._fields[fname]._description_selection(self.env)
            ]
            if value not in allowed:
                raise ValidationError(
                    self.env._(
                        "%(value)s is not a known %(field)s. Use one of: %(allowed)s.",
                        value=value,
                        field=self._fields[fname]._description_string(self.env),
                        allowed=", ".join(allowed),
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        partners = self.env["res.partner"].browse(
            [vals["partner_id"] for vals in vals_list if vals.get("partner_id")]
        )
        partners.fetch(["email", "phone", "mobile", "name"])
        for vals in vals_list:
            self._hotel_check_selection_values(vals)
            self._hotel_check_server_set_fields(vals, create=True)
            if vals.get("hotel_ticket_type") != "complaint":
                continue
            partner = self.env["res.partner"].browse(vals.get("partner_id"))
            if partner:
                vals.setdefault("partner_name", partner.name)
                if not vals.get("partner_email") and partner.email:
                    vals["partner_email"] = partner.email
                if not vals.get("partner_phone") and (partner.phone or partner.mobile):
                    vals["partner_phone"] = partner.phone or partner.mobile
            self._hotel_prepare_triage_vals(vals)
            self._hotel_prepare_default_classification_vals(vals)
            self._hotel_prepare_create_routing_vals(vals)
        if any(vals.get("hotel_ticket_type") == "complaint" for vals in vals_list):
            # The department leader that routing assigns follows the complaint
            # without an "assigned to you" email for each one: serious ones
            # alert them by activity and notification below.
            self = self.with_context(mail_auto_subscribe_no_notify=True)
        tickets = super().create(vals_list)
        complaints = tickets.filtered(lambda t: t.hotel_ticket_type == "complaint")
        if complaints:
            complaints._hotel_create_tasks()
            complaints._hotel_ensure_security_task()
            complaints._hotel_alert_serious()
            # Logged straight into a closed stage: check again with the tasks.
            complaints.filtered(lambda t: t.stage_id.closed)._check_hotel_close()
        return tickets

    def write(self, vals):
        self._hotel_check_selection_values(vals)
        self._hotel_check_server_set_fields(vals)
        handovers = {}
        if "team_id" in vals:
            handovers = {
                ticket.id: ticket.team_id
                for ticket in self
                if ticket.hotel_ticket_type == "complaint"
                and ticket.team_id.id != vals["team_id"]
            }
            if handovers:
                handed = self.browse(list(handovers))
                handed._hotel_check_may_decide_handover()
                handed._hotel_close_tasks_of_lead(vals["team_id"])
        if self.env.context.get("hotel_triage_override") is not False and set(vals) & {
            "category_id",
            "severity",
            "team_id",
        }:
            self._hotel_mark_triage_overridden(vals)
        closing = self.browse()
        if vals.get("stage_id"):
            stage = self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if stage.closed and stage.hotel_closing_checks:
                closing = self.filtered(
                    lambda t: t.hotel_ticket_type == "complaint" and not t.closed
                )
        res = super().write(vals)
        if closing:
            closing._hotel_send_closing_summary()
        if vals.get("severity") in ("serious", "urgent"):
            self._hotel_ensure_security_task()
        if handovers:
            self.browse(list(handovers))._hotel_log_handover(handovers)
        if {"severity", "urgency", "hotel_ticket_type"} & set(vals):
            # Reclassified into a cell that alerts: alert now (once).
            self.filtered(
                lambda t: t.hotel_ticket_type == "complaint"
            )._hotel_alert_serious()
        return res

    # ------------------------------------------------------------------
    # Triage
    # ------------------------------------------------------------------

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

    def _hotel_mark_triage_overridden(self, vals):
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
            if team and team != ticket.team_id:
                if ticket._hotel_may_decide_handover():
                    vals["team_id"] = team.id
                else:
                    ticket._hotel_request_handover(team, team.user_id, reason)
            ticket.with_context(
                hotel_triage_override=False, hotel_handover_reason=reason
            ).write(vals)
        return True

    # ------------------------------------------------------------------
    # Routing and hand-over (C2.3)
    # ------------------------------------------------------------------

    @api.model
    def _hotel_routing_vals(self, company, facts, current_team, current_user):
        """Lead department, responsible person and rule for a complaint.

        ``facts`` holds the records ``category``, ``location`` and
        ``suggested_team`` and the key ``severity``. The first matching routing
        rule wins; without one, the current team stays, else the suggested
        department, the location's, the category's, then guest relations.
        Configuration is read from caches: this runs on every complaint.
        """
        Team = self.env["helpdesk.ticket.team"].sudo()
        rule = (
            self.env["hotel.complaint.routing.rule"]
            .sudo()
            ._find_rule(
                company, facts["category"], facts["location"], facts["severity"]
            )
        )
        team = Team.browse(rule.get("lead_team_id")) or current_team
        if not team:
            department = (
                self.env["helpdesk.ticket.category"]
                ._hotel_category_data()
                .get(facts["category"].id, {})
                .get("department")
            )
            team = (
                facts["suggested_team"]
                or (facts["location"] and facts["location"].default_team_id)
                or Team._hotel_department(company, department)
                or Team._hotel_department(company, "guest_relations")
            )
        vals = {"routing_rule_id": rule.get("id", False)}
        if team:
            vals["team_id"] = team.id
        user = self.env["res.users"].browse(rule.get("responsible_user_id"))
        user = user or current_user or (team and Team._hotel_leader(company, team))
        if user:
            vals["user_id"] = user.id
        return vals

    @api.model
    def _hotel_prepare_create_routing_vals(self, vals):
        company = self.env["res.company"].browse(
            vals.get("company_id") or self.env.company.id
        )
        facts = {
            "category": self.env["helpdesk.ticket.category"].browse(
                vals.get("category_id")
            ),
            "location": self.env["hotel.location"].browse(vals.get("location_id")),
            "severity": vals.get("severity"),
            "suggested_team": self.env["helpdesk.ticket.team"].browse(
                vals.get("suggested_team_id")
            ),
        }
        current_team = self.env["helpdesk.ticket.team"].browse(vals.get("team_id"))
        current_user = self.env["res.users"].browse(vals.get("user_id"))
        if current_team:
            # A department chosen at intake is kept, and no rule applies
            # ("Route Again" applies them later).
            if (
                not current_user
                and current_team.user_id
                and not self._hotel_is_self_service(vals)
            ):
                vals["user_id"] = current_team.user_id.id
            return vals
        routing = self._hotel_routing_vals(company, facts, current_team, current_user)
        # Without a department found here, helpdesk_mgmt would take the
        # assignee's first team, maybe another hotel's: keep it empty instead.
        routing.setdefault("team_id", False)
        if self._hotel_is_self_service(vals):
            routing.pop("user_id", None)
        vals.update(routing)
        return vals

    @api.model
    def _hotel_is_self_service(self, vals):
        """Guests' own submissions on the website (helpdesk_mgmt's Web channel)
        wait unassigned in their lead department's queue, as helpdesk_mgmt's
        portal tickets do; the department's leader gets their warnings."""
        if not vals.get("channel_id") or vals.get("user_id"):
            return False
        web_id = self.env["ir.model.data"]._xmlid_to_res_id(
            "helpdesk_mgmt.helpdesk_ticket_channel_web", raise_if_not_found=False
        )
        return vals["channel_id"] == web_id

    def _hotel_create_tasks(self):
        """One task per collaborating department of the routing rule."""
        task_vals = []
        for ticket in self.filtered("routing_rule_id"):
            task_vals += ticket._hotel_prepare_task_vals(ticket.routing_rule_id)
        if task_vals:
            self.env["hotel.complaint.task"].sudo().create(task_vals)

    def action_hotel_route(self):
        """Route again after the complaint was reclassified."""
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "complaint"):
            facts = {
                "category": ticket.category_id,
                "location": ticket.location_id,
                "severity": ticket.severity,
                "suggested_team": ticket.suggested_team_id,
            }
            vals = ticket._hotel_routing_vals(
                ticket.company_id, facts, ticket.team_id, ticket.user_id
            )
            rule = (
                self.env["hotel.complaint.routing.rule"]
                .sudo()
                .browse(vals["routing_rule_id"])
            )
            if vals.get("team_id") != ticket.team_id.id:
                vals["user_id"] = (
                    rule.responsible_user_id
                    or self.env["helpdesk.ticket.team"].browse(vals["team_id"]).user_id
                ).id
            reason = (
                self.env._("Routed by rule %(rule)s", rule=rule.name)
                if rule
                else self.env._("Routed to the default department")
            )
            team = self.env["helpdesk.ticket.team"].browse(vals.get("team_id"))
            if team != ticket.team_id and not ticket._hotel_may_decide_handover():
                # Not the user's decision: the lead department's manager
                # (or a hotel manager) is asked to accept the new lead.
                user = self.env["res.users"].browse(vals.get("user_id"))
                ticket._hotel_request_handover(team, user, reason)
                continue
            ticket.check_access("write")
            # sudo: the routing rule applied is the process's to record.
            ticket.sudo().with_context(
                hotel_triage_override=False, hotel_handover_reason=reason
            ).write(vals)
            open_teams = ticket.hotel_task_ids.filtered(
                lambda t: t.state == "open"
            ).team_id
            new_tasks = [
                task
                for task in ticket._hotel_prepare_task_vals(rule)
                if task["team_id"] not in open_teams.ids
            ]
            if new_tasks:
                self.env["hotel.complaint.task"].sudo().create(new_tasks)
        return True

    def _hotel_prepare_task_vals(self, rule):
        self.ensure_one()
        deadline = self.resolution_deadline
        if rule.collaborator_hours:
            start = self.reported_date or fields.Datetime.now()
            deadline = start + timedelta(hours=rule.collaborator_hours)
        return [
            {
                "name": self.env._(
                    "%(team)s: contribute to %(ticket)s",
                    team=team.name,
                    ticket=self.display_name,
                ),
                "ticket_id": self.id,
                "team_id": team.id,
                "deadline": deadline,
                "description": self.guest_account or False,
            }
            for team in rule.collaborator_team_ids - self.team_id
        ]

    def _hotel_log_handover(self, previous_teams):
        """Post every change of lead department with its reason."""
        reason = self.env.context.get("hotel_handover_reason") or self.env._(
            "no reason given"
        )
        for ticket in self:
            ticket.message_post(
                body=self.env._(
                    "Lead department handed over: %(old)s → %(new)s. "
                    "Reason: %(reason)s",
                    old=previous_teams[ticket.id].display_name or "-",
                    new=ticket.team_id.display_name or "-",
                    reason=reason,
                ),
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_may_decide_handover(self):
        """A hand-over is decided by the current lead department's manager
        or a hotel manager (or the process itself)."""
        self.ensure_one()
        user = self.env.user
        return (
            self.env.su
            or user.has_group("hotel_complaint.group_hotel_manager")
            # sudo: the lead department's leader, whoever may read teams.
            or self.sudo().team_id.user_id == user
        )

    def _hotel_check_may_decide_handover(self):
        for ticket in self:
            if not ticket._hotel_may_decide_handover():
                raise AccessError(
                    self.env._(
                        "Only the manager of %(team)s or a hotel manager can hand "
                        "complaint %(name)s over to another department. Use "
                        '"Hand Over" to ask for it.',
                        team=ticket.sudo().team_id.display_name,
                        name=ticket.display_name,
                    )
                )

    def _hotel_close_tasks_of_lead(self, team_id):
        """The new lead department no longer collaborates: its open task
        closes, whatever path changes the lead (C2.3)."""
        # sudo: closing the task follows from the hand-over that was allowed.
        self.sudo().hotel_task_ids.filtered(
            lambda t: t.team_id.id == team_id and t.state == "open"
        ).action_cancel()

    def _hotel_handover_deciders(self):
        self.ensure_one()
        ticket = self.sudo()  # sudo: who decides, whoever asks.
        return ticket.team_id.user_id or ticket.company_id.hotel_duty_manager_id

    def _hotel_request_handover(self, team, user, reason):
        """Record a request to hand the complaint over to ``team``, for the
        current lead department's manager (or the duty manager) to decide.
        Whoever works on the complaint (writes it) may ask; guests may not."""
        self.ensure_one()
        self.check_access("write")
        if not team or team == self.team_id:
            return False
        # sudo: the request fields are the process's; the requester may only
        # read the complaint.
        ticket = self.sudo()
        ticket.write(
            {
                "hotel_handover_team_id": team.id,
                "hotel_handover_user_id": user.id or team.user_id.id or False,
                "hotel_handover_reason": reason,
                "hotel_handover_requested_by_id": self.env.uid,
            }
        )
        deciders = self._hotel_handover_deciders()
        summary = self.env._(
            "%(user)s asks to hand complaint %(name)s over to %(team)s: %(reason)s",
            user=self.env.user.name,
            name=ticket.display_name,
            team=team.display_name,
            reason=reason,
        )
        if deciders:
            ticket._hotel_notify(
                deciders, "hotel_complaint.mail_activity_type_handover_request", summary
            )
        else:
            ticket.message_post(body=summary, subtype_xmlid="mail.mt_note")
        return True

    def _hotel_check_handover_request(self):
        self._hotel_check_may_decide_handover()
        for ticket in self:
            if not ticket.sudo().hotel_handover_team_id:
                raise UserError(
                    self.env._(
                        "Nobody asked to hand complaint %(name)s over.",
                        name=ticket.display_name,
                    )
                )

    def _hotel_clear_handover_request(self):
        # sudo: the request fields are the process's.
        self.sudo().write(
            {
                "hotel_handover_team_id": False,
                "hotel_handover_user_id": False,
                "hotel_handover_reason": False,
                "hotel_handover_requested_by_id": False,
            }
        )
        self.sudo().activity_unlink(
            ["hotel_complaint.mail_activity_type_handover_request"]
        )

    def action_hotel_accept_handover(self):
        """The lead department's manager (or a hotel manager) accepts the
        requested hand-over."""
        self._hotel_check_handover_request()
        for ticket in self:
            request = ticket.sudo()
            team = request.hotel_handover_team_id
            user = request.hotel_handover_user_id
            reason = self.env._(
                "%(reason)s (asked by %(user)s, accepted by %(decider)s)",
                reason=request.hotel_handover_reason or "-",
                user=request.hotel_handover_requested_by_id.name or "-",
                decider=self.env.user.name,
            )
            ticket._hotel_clear_handover_request()
            ticket.with_context(hotel_handover_reason=reason).write(
                {"team_id": team.id, "user_id": user.id or team.user_id.id or False}
            )
        return True

    def action_hotel_decline_handover(self):
        self._hotel_check_handover_request()
        for ticket in self:
            request = ticket.sudo()
            ticket.message_post(
                body=self.env._(
                    "%(decider)s declined to hand the complaint over to %(team)s.",
                    decider=self.env.user.name,
                    team=request.hotel_handover_team_id.display_name,
                ),
                partner_ids=request.hotel_handover_requested_by_id.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
            ticket._hotel_clear_handover_request()
        return True

    def action_hotel_handover(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Hand Over to Another Department"),
            "res_model": "hotel.complaint.handover",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    # ------------------------------------------------------------------
    # First response (C1.2, C1.4)
    # ------------------------------------------------------------------

    def action_hotel_acknowledge(self):
        for ticket in self.filtered(lambda t: not t.acknowledged_date):
            vals = {
                "acknowledged_date": fields.Datetime.now(),
                "acknowledged_by_id": self.env.user.id,
            }
            if ticket.hotel_sla_state == "warning" and not (
                ticket.hotel_resolution_warning_date
                and ticket.hotel_resolution_warning_date <= fields.Datetime.now()
            ):
                vals["hotel_sla_state"] = "on_track"
            # sudo: who acknowledged and when is the process's, not the
            # client's, to write; the user's own write access is checked.
            ticket.check_access("write")
            ticket.sudo().write(vals)
        return True

    # ------------------------------------------------------------------
    # Alerts and escalation (C2.4, C3.1)
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
                .sudo()
                ._hotel_department(self.company_id, "security")
            )
            users |= security.user_id
        return users

    def _hotel_alert_serious(self):
        """Alert at once whoever the matrix cell names (C3.1)."""
        Matrix = self.env["hotel.complaint.matrix"].sudo()
        for ticket in self.filtered(
            lambda t: (
                not t.hotel_alert_sent
                and t.hotel_matrix_id
                and Matrix._cell_data(t.company_id.id, t.hotel_matrix_id.id).get(
                    "alert"
                )
            )
        ):
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
            )
            # sudo: a process flag, which clients cannot write themselves.
            ticket.sudo().hotel_alert_sent = True

    def _hotel_notify(self, users, activity_xmlid, summary):
        """An activity for each user, plus one inbox notification for all."""
        self.ensure_one()
        # The note below notifies everyone at once: no email per activity.
        quiet = self.with_context(mail_activity_quick_update=True)
        for user in users:
            quiet.activity_schedule(
                activity_xmlid,
                summary=summary,
                user_id=user.id,
                date_deadline=fields.Date.context_today(self),
            )
        self.message_post(
            body=summary,
            partner_ids=users.partner_id.ids,
            subtype_xmlid="mail.mt_note",
        )

    @api.model
    def _hotel_open_complaints_domain(self):
        return [
            ("hotel_ticket_type", "=", "complaint"),
            ("stage_id.closed", "=", False),
        ]

    @api.model
    def _cron_hotel_sla(self):
        """Warn before a deadline, escalate on breach (C2.4)."""
        now = fields.Datetime.now()
        base = self._hotel_open_complaints_domain()
        breached = self.search(
            base
            + [
                ("hotel_sla_state", "!=", "breached"),
                "|",
                "&",
                ("acknowledged_date", "=", False),
                ("first_response_deadline", "<", now),
                ("resolution_deadline", "<", now),
            ]
        )
        breached._hotel_escalate_breach()
        warned = self.search(
            base
            + [
                ("hotel_sla_state", "=", "on_track"),
                "|",
                "&",
                ("acknowledged_date", "=", False),
                ("hotel_response_warning_date", "<=", now),
                ("hotel_resolution_warning_date", "<=", now),
            ]
        )
        warned._hotel_warn()
        to_duty = self.env["helpdesk.ticket"]
        for ticket in self.search(
            base
            + [
                ("hotel_sla_state", "=", "breached"),
                ("hotel_escalation_level", "=", 1),
            ]
        ):
            delay = timedelta(
                minutes=ticket.company_id.hotel_escalation_delay_minutes or 0
            )
            if ticket.hotel_breach_date and ticket.hotel_breach_date + delay <= now:
                to_duty |= ticket
        to_duty._hotel_escalate_duty_manager()
        return True

    def _hotel_warn(self):
        for ticket in self:
            ticket.hotel_sla_state = "warning"
            user = ticket.user_id or ticket.team_id.user_id
            if user:
                ticket._hotel_notify(
                    user,
                    "hotel_complaint.mail_activity_type_deadline_warning",
                    self.env._("Deadline near for %(name)s", name=ticket.display_name),
                )

    def _hotel_escalate_breach(self):
        now = fields.Datetime.now()
        for ticket in self:
            ticket.write(
                {
                    "hotel_sla_state": "breached",
                    "hotel_escalation_level": 1,
                    "hotel_breach_date": now,
                    "priority": str(min(int(ticket.priority or 0) + 1, 3)),
                }
            )
            manager = ticket.team_id.user_id
            if manager:
                ticket._hotel_notify(
                    manager,
                    "hotel_complaint.mail_activity_type_escalation",
                    self.env._(
                        "Overdue complaint %(name)s escalated to the %(team)s manager",
                        name=ticket.display_name,
                        team=ticket.team_id.display_name,
                    ),
                )

    def _hotel_escalate_duty_manager(self):
        for ticket in self:
            ticket.write({"hotel_escalation_level": 2, "priority": "3"})
            duty = ticket.company_id.hotel_duty_manager_id
            if duty:
                ticket._hotel_notify(
                    duty,
                    "hotel_complaint.mail_activity_type_escalation",
                    self.env._(
                        "Overdue complaint %(name)s escalated to the duty manager",
                        name=ticket.display_name,
                    ),
                )

    def _hotel_portal_attachments(self, user=None):
        """The files a portal user (the current one by default) may get from
        this ticket's page: those of the messages a guest can see and those
        they uploaded themselves; never those of the staff's internal notes,
        nor files the staff attached without a message."""
        self.ensure_one()
        user = user or self.env.user
        # sudo: portal users have no access right on attachments and messages;
        # the domain below is the check.
        attachments = self.sudo().attachment_ids
        messages = (
            self.env["mail.message"]
            .sudo()
            .search(
                self.env["mail.message"]._get_search_domain_share()
                + [
                    ("model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("attachment_ids", "in", attachments.ids),
                ]
            )
        )
        return attachments.filtered(
            lambda a: a in messages.attachment_ids or a.create_uid == user
        )

    def _hotel_action_records(self, model, name):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("ticket_id", "=", self.id)],
            "context": {"default_ticket_id": self.id},
        }

    def action_view_hotel_tasks(self):
        return self._hotel_action_records(
            "hotel.complaint.task", self.env._("Department Tasks")
        )

    # ------------------------------------------------------------------
    # Investigation, resolution and feedback (C3, C4)
    # ------------------------------------------------------------------

    def action_view_hotel_compensation(self):
        return self._hotel_action_records(
            "hotel.compensation", self.env._("Compensation")
        )

    def action_hotel_verify_guest(self):
        """The guest's identity, room and contact details were checked
        (C3.2)."""
        self.check_access("write")
        # sudo: who verified and when are set by the process only.
        self.sudo().write(
            {
                "guest_verified": True,
                "guest_verified_by_id": self.env.user.id,
                "guest_verified_date": fields.Datetime.now(),
            }
        )
        return True

    def action_hotel_request_account(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Ask a Department for Its Account"),
            "res_model": "hotel.complaint.account.request",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    def _hotel_ensure_security_task(self):
        """Security assists the investigation and on-site safety of serious
        and urgent complaints (C3.1)."""
        task_vals = []
        for ticket in self:
            if ticket.hotel_ticket_type != "complaint" or ticket.severity not in (
                "serious",
                "urgent",
            ):
                continue
            security = (
                self.env["helpdesk.ticket.team"]
                .sudo()
                ._hotel_department(ticket.company_id, "security")
            )
            if (
                not security
                or security == ticket.team_id
                or security in ticket.hotel_task_ids.team_id
            ):
                continue
            task_vals.append(
                {
                    "name": self.env._(
                        "Security: assist the investigation of %(ticket)s",
                        ticket=ticket.display_name,
                    ),
                    "ticket_id": ticket.id,
                    "team_id": security.id,
                    "deadline": ticket.resolution_deadline,
                    "description": self.env._(
                        "Secure the scene, keep the CCTV footage, take statements."
                    ),
                }
            )
        if task_vals:
            self.env["hotel.complaint.task"].sudo().create(task_vals)

    def _hotel_closing_problems(self):
        """What still stops this complaint from closing (C3.2, C3.4, C4)."""
        self.ensure_one()
        problems = []
        open_tasks = self.hotel_task_ids.filtered(lambda t: t.state == "open")
        if open_tasks:
            problems.append(
                self.env._(
                    "collaborating departments still have open tasks: %(teams)s",
                    teams=", ".join(open_tasks.team_id.mapped("display_name")),
                )
            )
        proposals = self.sudo().hotel_compensation_ids
        pending = proposals.filtered(
            lambda p: p.state in ("draft", "to_approve", "approved")
        )
        if pending:
            problems.append(
                self.env._(
                    "compensation %(names)s must be delivered or cancelled",
                    names=", ".join(pending.mapped("name")),
                )
            )
        feedback = self.sudo().hotel_feedback_ids.sorted(
            lambda f: (f.communicated_date, f.id)
        )
        if not feedback:
            problems.append(self.env._("the guest has not been told the result"))
        elif self.severity != "minor" and not feedback[-1].guest_opinion:
            problems.append(
                self.env._("the guest's opinion of the result is not recorded")
            )
        if self.severity in ("serious", "urgent"):
            if not self.guest_verified:
                problems.append(
                    self.env._(
                        "the guest's identity, room and contact details are not "
                        "verified"
                    )
                )
            if not self.sudo().hotel_evidence_ids and not self.no_evidence_reason:
                problems.append(
                    self.env._(
                        "there is no evidence and no written reason why none exists"
                    )
                )
        return problems

    def _hotel_closing_summary(self):
        """Cause, actions, compensation and the guest's outcome (C3.4)."""
        self.ensure_one()
        ticket = self.sudo()
        delivered = ticket.hotel_compensation_ids.filtered(
            lambda p: p.state == "delivered"
        )
        last = ticket.hotel_feedback_ids.sorted(lambda f: (f.communicated_date, f.id))[
            -1:
        ]
        opinions = dict(
            self.env["hotel.complaint.feedback"]
            ._fields["guest_opinion"]
            ._description_selection(self.env)
        )
        lines = [
            self.env._("Summary of complaint %(name)s", name=ticket.display_name),
            self.env._("Cause: %(cause)s", cause=ticket.cause_explained or "-"),
            self.env._(
                "Actions: %(actions)s",
                actions="; ".join(
                    filter(
                        None,
                        [ticket.hotel_resolution_summary]
                        + ticket.hotel_measure_ids.mapped("name")
                        + [
                            f"{t.team_id.name}: {t.result or t.name}"
                            for t in ticket.hotel_task_ids.filtered(
                                lambda t: t.state == "done"
                            )
                        ],
                    )
                )
                or "-",
            ),
            self.env._(
                "Compensation: %(comp)s",
                comp=", ".join(
                    f"{p.name} {p.currency_id.format(p.amount_total)}"
                    for p in delivered
                )
                or "-",
            ),
            self.env._(
                "Guest outcome: %(outcome)s",
                outcome=opinions.get(last.guest_opinion, "-") if last else "-",
            ),
        ]
        return lines

    def _hotel_send_closing_summary(self):
        """Feed the summary back to every department involved (C3.4)."""
        for ticket in self:
            teams = ticket.team_id | ticket.sudo().hotel_task_ids.team_id
            users = teams.user_id | ticket.user_id
            body = Markup("<br/>").join(ticket._hotel_closing_summary())
            ticket.message_post(
                body=body,
                partner_ids=users.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_reopen(self, reason):
        """Back to the lead department, guest relations alerted."""
        for ticket in self:
            stage = ticket.team_id._get_applicable_stages().filtered(
                lambda s: not s.closed
            )[:1]
            # A new round with the guest: new deadlines from now, from the
            # start of the escalation ladder.
            ticket.write(
                {
                    "stage_id": stage.id,
                    "reported_date": fields.Datetime.now(),
                    "hotel_sla_state": "on_track",
                    "hotel_escalation_level": 0,
                    "hotel_breach_date": False,
                }
            )
            ticket.closed_date = False
            guest_relations = (
                self.env["helpdesk.ticket.team"]
                .sudo()
                ._hotel_department(ticket.company_id, "guest_relations")
            )
            users = (ticket.team_id.user_id or ticket.user_id) | guest_relations.user_id
            if users:
                ticket._hotel_notify(
                    users,
                    "hotel_complaint.mail_activity_type_escalation",
                    reason,
                )

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        """A low satisfaction rating (C3.4) reopens the complaint."""
        res = super().rating_apply(
            rate,
            token=token,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        low = self.filtered(
            lambda t: (
                t.hotel_ticket_type == "complaint"
                and rate < t.company_id.hotel_low_rating_threshold
            )
        )
        if low:
            low.sudo()._hotel_reopen(
                self.env._(
                    "The guest rated the resolution %(rate)s/5: %(feedback)s",
                    rate=int(rate),
                    feedback=feedback or "-",
                )
            )
        return res
