# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Transfer slips of an inquiry (I3.2, I3.3, I3.4): the 《客户咨询转接单》 that
sends the guest's question to the department that answers it (internal), or
puts the guest in touch with a partner of the hotel (external).

The slip's state moves only through its actions, which check one transition
table (``TRANSITIONS``) against the stored state and the user's roles on the
slip; clients never write the state or the dates the process sets. The
deadline warnings and escalation live in ``hotel_inquiry_transfer_deadlines``.
"""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import html2plaintext

STATES = [
    ("draft", "Draft"),
    ("sent", "Sent"),
    ("acknowledged", "Acknowledged"),
    ("answered", "Answered"),
    ("cancelled", "Cancelled"),
]
# Who acts on a slip: the side that transfers it, the department (or, for an
# external transfer, the sender who follows it up) that answers it.
SENDER = "sender"
RECEIVER = "receiver"
HOTEL_MANAGER = "hotel_complaint.group_hotel_manager"
# The one transition table: (stored state, new state) -> who may move it
# there (roles on the slip, or group xmlids).
TRANSITIONS = {
    ("draft", "sent"): (SENDER, HOTEL_MANAGER),
    ("draft", "cancelled"): (SENDER, HOTEL_MANAGER),
    ("sent", "acknowledged"): (RECEIVER, HOTEL_MANAGER),
    ("sent", "answered"): (RECEIVER, HOTEL_MANAGER),
    ("sent", "cancelled"): (SENDER, HOTEL_MANAGER),
    ("acknowledged", "answered"): (RECEIVER, HOTEL_MANAGER),
    ("acknowledged", "cancelled"): (SENDER, HOTEL_MANAGER),
}
# The states in which a slip waits for its answer (the cron's and the
# "open" filter's; the partial index's too).
OPEN_STATES = ("sent", "acknowledged")
# Set by the process only, never by a client's create or write.
SERVER_SET_FIELDS = frozenset(
    {
        "state",
        "name",
        "sent_date",
        "sent_by_id",
        "acknowledged_date",
        "answered_date",
        "answered_by_id",
        "sla_state",
        "warning_date",
        "escalated_date",
    }
)
# Derived from the inquiry: a related field written would write through to it.
DERIVED_FIELDS = frozenset(
    {"partner_name", "email", "phone", "company_id", "complexity", "lang"}
)
# What a sent slip says, where it goes and when it is due: fixed once sent.
SENT_LOCKED_FIELDS = frozenset(
    {
        "kind",
        "from_team_id",
        "to_team_id",
        "partner_id",
        "question",
        "reason",
        "guest_told",
        "deadline",
    }
)
# The defaults of each hotel's hand-off times (res.company).
DEFAULT_SIMPLE_MINUTES = 30
DEFAULT_GENERAL_MINUTES = 120
DEFAULT_COMPLEX_DAYS = 1
DEFAULT_FOLLOWUP_DAYS = 1
# A deadline up to this much in the past is the clock of the form, not a
# mistake (the time between opening the form and saving it).
DEADLINE_TOLERANCE = timedelta(minutes=1)


class HotelInquiryTransfer(models.Model):
    _name = "hotel.inquiry.transfer"
    _description = "Inquiry Transfer Slip"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(
        string="Reference", readonly=True, copy=False, default="/", index="trigram"
    )
    kind = fields.Selection(
        selection=[("internal", "Internal"), ("external", "External (Partner)")],
        string="Transfer To",
        required=True,
        default="internal",
        tracking=True,
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Inquiry",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
        domain="[('hotel_ticket_type', '=', 'inquiry')]",
    )
    company_id = fields.Many2one(
        related="ticket_id.company_id", store=True, index=True, precompute=True
    )
    partner_name = fields.Char(
        string="Guest", related="ticket_id.partner_name", store=True
    )
    email = fields.Char(related="ticket_id.partner_email", store=True)
    phone = fields.Char(related="ticket_id.partner_phone", store=True)
    lang = fields.Selection(related="ticket_id.hotel_lang", string="Guest's Language")
    complexity = fields.Selection(related="ticket_id.hotel_complexity")
    question = fields.Text(
        compute="_compute_question",
        store=True,
        precompute=True,
        readonly=False,
        help="The guest's question, as the receiving side reads it.",
    )
    from_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="From Department",
        compute="_compute_from_team_id",
        store=True,
        precompute=True,
        readonly=False,
        index=True,
        check_company=True,
        tracking=True,
    )
    to_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="To Department",
        compute="_compute_to_team_id",
        store=True,
        precompute=True,
        readonly=False,
        index=True,
        check_company=True,
        tracking=True,
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        domain="[('hotel_is_inquiry_partner', '=', True)]",
        check_company=True,
        tracking=True,
        help="The travel agency, supplier or tour operator the guest is put in "
        "touch with.",
    )
    reason = fields.Text(tracking=True, help="Why the question is transferred.")
    guest_told = fields.Text(
        string="Guest Was Told",
        help="What the guest was told: why the question is transferred and how "
        "long the answer takes.",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Handler",
        tracking=True,
        check_company=True,
        help="Named by the receiving department.",
    )
    deadline = fields.Datetime(
        compute="_compute_deadline",
        store=True,
        precompute=True,
        readonly=False,
        tracking=True,
        help="When the answer is due: from the inquiry's complexity and the "
        "hotel's hand-off times.",
    )
    state = fields.Selection(
        selection=STATES,
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
        copy=False,
    )
    sent_date = fields.Datetime(string="Sent On", readonly=True, copy=False)
    sent_by_id = fields.Many2one(comodel_name="res.users", readonly=True, copy=False)
    acknowledged_date = fields.Datetime(
        string="Acknowledged On", readonly=True, copy=False
    )
    answered_date = fields.Datetime(string="Answered On", readonly=True, copy=False)
    answered_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    answer = fields.Text(
        help="The answer (internal), or how the partner helped the guest "
        "(external follow-up)."
    )
    warning_date = fields.Datetime(readonly=True, copy=False)
    sla_state = fields.Selection(
        selection=[
            ("on_track", "On Track"),
            ("warning", "Deadline Near"),
            ("breached", "Overdue"),
        ],
        string="Deadline Status",
        default="on_track",
        readonly=True,
        copy=False,
        tracking=True,
    )
    escalated_date = fields.Datetime(readonly=True, copy=False)
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
    )
    can_receive = fields.Boolean(compute="_compute_user_roles")
    can_send = fields.Boolean(compute="_compute_user_roles")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("ticket_id")
    def _compute_question(self):
        for transfer in self:
            if not transfer.question and transfer.ticket_id:
                ticket = transfer.ticket_id
                transfer.question = (
                    ticket.guest_account
                    or html2plaintext(ticket.description or "").strip()
                    or ticket.name
                )

    @api.depends("ticket_id")
    def _compute_from_team_id(self):
        for transfer in self:
            if not transfer.from_team_id:
                transfer.from_team_id = transfer.ticket_id.team_id

    @api.depends("ticket_id", "kind")
    def _compute_to_team_id(self):
        for transfer in self:
            if transfer.kind == "external":
                transfer.to_team_id = False
            elif not transfer.to_team_id:
                team = transfer.ticket_id.hotel_topic_team_id
                transfer.to_team_id = team if team != transfer.from_team_id else False

    @api.depends("ticket_id", "kind")
    def _compute_deadline(self):
        now = fields.Datetime.now()
        for transfer in self:
            if transfer.state in ("draft", False):
                transfer.deadline = transfer._hotel_default_deadline(now)

    def _compute_is_overdue(self):
        now = fields.Datetime.now()
        for transfer in self:
            transfer.is_overdue = bool(
                transfer.state in OPEN_STATES
                and transfer.deadline
                and transfer.deadline < now
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise ValidationError(self.env._("Unsupported search on Overdue."))
        domain = [
            ("state", "in", OPEN_STATES),
            ("deadline", "<", fields.Datetime.now()),
        ]
        if (operator == "=") != value:
            return [("id", "not in", self._search(domain))]
        return domain

    @api.depends_context("uid")
    def _compute_user_roles(self):
        for transfer in self:
            roles = transfer._hotel_user_roles()
            manager = self.env.user.has_group(HOTEL_MANAGER)
            transfer.can_send = manager or SENDER in roles
            transfer.can_receive = manager or RECEIVER in roles

    def _hotel_default_deadline(self, start):
        """The answer's due date of a slip sent at ``start``: the hotel's
        follow-up delay (external), or its hand-off time for the inquiry's
        complexity (internal), working days on its working-time calendar."""
        self.ensure_one()
        company = self.ticket_id.company_id or self.env.company
        if self.kind == "external":
            days = company.hotel_transfer_followup_days or DEFAULT_FOLLOWUP_DAYS
            return start + timedelta(days=days)
        complexity = self.ticket_id.hotel_complexity or "general"
        if complexity == "simple":
            minutes = company.hotel_transfer_simple_minutes or DEFAULT_SIMPLE_MINUTES
            return start + timedelta(minutes=minutes)
        if complexity == "general":
            minutes = company.hotel_transfer_general_minutes or DEFAULT_GENERAL_MINUTES
            return start + timedelta(minutes=minutes)
        days = company.hotel_transfer_complex_days or DEFAULT_COMPLEX_DAYS
        calendar = company.resource_calendar_id
        if calendar:
            planned = calendar.plan_hours(
                days * (calendar.hours_per_day or 8), start, compute_leaves=True
            )
            if planned:
                return planned
        return start + timedelta(days=days)

    # ------------------------------------------------------------------
    # Roles
    # ------------------------------------------------------------------

    def _hotel_user_roles(self, user=None):
        """The roles ``user`` (the current user) has on the slip: the sender
        (of the sending department, its author, or a guest relations agent)
        and the receiver (the receiving department's leader or members; for
        an external transfer, the sender, who follows it up)."""
        self.ensure_one()
        user = user or self.env.user
        roles = set()
        if (
            user in self.from_team_id.user_ids
            or user == self.from_team_id.user_id
            or user == self.create_uid
            or user == self.sent_by_id
            or user.has_group("hotel_complaint.group_hotel_guest_relations")
        ):
            roles.add(SENDER)
        if self.kind == "external":
            if SENDER in roles:
                roles.add(RECEIVER)
        elif user in self._hotel_receivers():
            roles.add(RECEIVER)
        return roles

    def _hotel_receivers(self):
        """The receiving department's leader and members."""
        self.ensure_one()
        # sudo: the receiving team's people, whoever may read teams.
        team = self.to_team_id.sudo()
        return team.user_id | team.user_ids

    def _hotel_check_transition(self, new_state):
        """Raise unless every slip of ``self`` may go from its stored state
        to ``new_state`` for the current user (``TRANSITIONS``)."""
        labels = dict(self._fields["state"]._description_selection(self.env))
        for transfer in self:
            allowed = TRANSITIONS.get((transfer.state, new_state))
            if allowed is None:
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: it cannot become %(new_state)s.",
                        name=transfer.display_name,
                        state=labels.get(transfer.state),
                        new_state=labels.get(new_state, new_state),
                    )
                )
            if self.env.su:
                continue
            roles = transfer._hotel_user_roles()
            if not any(
                who in roles or ("." in who and self.env.user.has_group(who))
                for who in allowed
            ):
                raise AccessError(
                    self.env._(
                        "You cannot make %(name)s %(new_state)s: that is for the "
                        "%(side)s.",
                        name=transfer.display_name,
                        new_state=labels.get(new_state),
                        side=self.env._("receiving department")
                        if RECEIVER in allowed
                        else self.env._("transferring department"),
                    )
                )

    def _hotel_change_state(self, new_state, vals=None):
        """The one way a slip changes state: checked, then written with the
        process's values."""
        self._hotel_check_transition(new_state)
        self.check_access("write")
        # sudo: the state and its dates are the process's to write; the
        # transition and the user's access were checked above.
        return super(HotelInquiryTransfer, self.sudo()).write(
            dict(vals or {}, state=new_state)
        )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("ticket_id", "kind", "from_team_id", "to_team_id", "partner_id")
    def _check_destination(self):
        for transfer in self:
            if transfer.ticket_id.hotel_ticket_type != "inquiry":
                raise ValidationError(
                    self.env._(
                        "A transfer slip is made from an inquiry, and %(ticket)s "
                        "is not one.",
                        ticket=transfer.ticket_id.display_name,
                    )
                )
            if transfer.kind == "external":
                if not transfer.partner_id.hotel_is_inquiry_partner:
                    raise ValidationError(
                        self.env._(
                            "An external transfer goes to one of the hotel's "
                            "partners (travel agency, supplier, tour operator): "
                            "choose a contact marked as such."
                        )
                    )
                continue
            # sudo: the hotel of the team chosen, also of another hotel
            # (refused below with a clear message rather than "no access").
            team = transfer.to_team_id.sudo()
            if not team:
                raise ValidationError(
                    self.env._("Choose the department the question goes to.")
                )
            if team.company_id and team.company_id != transfer.company_id:
                raise ValidationError(
                    self.env._(
                        "%(team)s is a department of %(hotel)s: a question of "
                        "%(own)s goes to one of its own departments.",
                        team=team.display_name,
                        hotel=team.company_id.display_name,
                        own=transfer.company_id.display_name,
                    )
                )
            if team == transfer.from_team_id:
                raise ValidationError(
                    self.env._(
                        "The question already is with %(team)s: transfer it to "
                        "another department.",
                        team=team.display_name,
                    )
                )

    @api.constrains("reason")
    def _check_reason(self):
        for transfer in self:
            if not (transfer.reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "Say why the question is transferred: the receiving side "
                        "and the guest are told."
                    )
                )

    @api.constrains("deadline")
    def _check_deadline(self):
        limit = fields.Datetime.now() - DEADLINE_TOLERANCE
        for transfer in self:
            if transfer.state in OPEN_STATES + ("draft",) and (
                transfer.deadline and transfer.deadline < limit
            ):
                raise ValidationError(
                    self.env._(
                        "The deadline of %(name)s (%(deadline)s) is in the past.",
                        name=transfer.display_name,
                        deadline=transfer.deadline,
                    )
                )

    @api.constrains("user_id", "to_team_id")
    def _check_handler(self):
        for transfer in self.filtered("user_id"):
            if transfer.kind == "internal" and (
                transfer.user_id not in transfer._hotel_receivers()
            ):
                raise ValidationError(
                    self.env._(
                        "%(user)s is not in %(team)s: the handler is one of the "
                        "receiving department's people.",
                        user=transfer.user_id.display_name,
                        team=transfer.to_team_id.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model
    def _hotel_check_client_vals(self, vals):
        """Refuse what only the process writes, and the slip's derived
        fields, from a client's create or write."""
        forbidden = (SERVER_SET_FIELDS | DERIVED_FIELDS) & set(vals)
        if forbidden and not self.env.su:
            names = ", ".join(
                self._fields[fname]._description_string(self.env)
                for fname in sorted(forbidden)
            )
            raise UserError(
                self.env._(
                    "%(fields)s of a transfer slip are set by its actions, not "
                    "written directly.",
                    fields=names,
                )
            )

    def _hotel_check_handler_setter(self, vals):
        """Only the receiving department (or a hotel manager) names the
        handler."""
        if self.env.su or not vals.get("user_id"):
            return
        if self.env.user.has_group(HOTEL_MANAGER):
            return
        for transfer in self:
            if RECEIVER not in transfer._hotel_user_roles():
                raise AccessError(
                    self.env._(
                        "The handler of %(name)s is named by the receiving department.",
                        name=transfer.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._hotel_check_client_vals(vals)
        tickets = self.env["helpdesk.ticket"].browse(
            {vals["ticket_id"] for vals in vals_list if vals.get("ticket_id")}
        )
        if not self.env.su:
            # A slip is made by whoever may work on the inquiry.
            tickets.check_access("write")
        # sudo: the slip's number, whoever may read sequences.
        sequence = self.env["ir.sequence"].sudo()
        for vals in vals_list:
            vals["name"] = sequence.next_by_code("hotel.inquiry.transfer") or "/"
        # Nor through the context's defaults (``default_state``...).
        protected = SERVER_SET_FIELDS | DERIVED_FIELDS
        context = {
            key: value
            for key, value in self.env.context.items()
            if not (key.startswith("default_") and key[8:] in protected)
        }
        # The context without those keys (kwargs cannot remove keys).
        # pylint: disable=context-overridden
        transfers = super(HotelInquiryTransfer, self.with_context(context)).create(
            vals_list
        )
        transfers = transfers.with_env(self.env)
        for transfer, vals in zip(transfers, vals_list, strict=True):
            transfer._hotel_check_handler_setter(vals)
        return transfers

    def write(self, vals):
        self._hotel_check_client_vals(vals)
        if "ticket_id" in vals and any(
            transfer.ticket_id.id != vals["ticket_id"] for transfer in self
        ):
            raise UserError(
                self.env._(
                    "A transfer slip belongs to its inquiry and cannot be moved "
                    "to another one: make a new slip on the other inquiry."
                )
            )
        closed = self.filtered(lambda t: t.state in ("answered", "cancelled"))
        if closed and not self.env.su:
            raise UserError(
                self.env._(
                    "%(name)s is %(state)s: it is kept as it is.",
                    name=closed[:1].display_name,
                    state=dict(
                        self._fields["state"]._description_selection(self.env)
                    ).get(closed[:1].state),
                )
            )
        sent = self.filtered(lambda t: t.state != "draft")
        if sent and (SENT_LOCKED_FIELDS & set(vals)) and not self.env.su:
            raise UserError(
                self.env._(
                    "%(name)s was sent: what it says, where it goes and its "
                    "deadline no longer change. Cancel it and make a new slip.",
                    name=sent[:1].display_name,
                )
            )
        self._hotel_check_handler_setter(vals)
        return super().write(vals)
