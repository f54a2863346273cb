# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation proposals (C3.3): their values, what a client may write, and
the one state machine. Ceilings: hotel_compensation_policy.py; approval:
hotel_compensation_approval.py; lines: hotel_compensation_line.py."""

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

COMPENSATION_TYPES = [
    ("room_change", "Room Change"),
    ("upgrade", "Upgrade"),
    ("amenity", "Amenity (fruit platter, flowers...)"),
    ("fnb_voucher", "F&B Voucher"),
    ("discount", "Discount"),
    ("refund", "Refund"),
    ("loyalty_points", "Loyalty Points"),
]
# Proposals that count against the policy ceilings.
ACTIVE_STATES = ("to_approve", "approved", "delivered")
# The only moves a proposal makes, whoever asks and with whatever context
# (see ``HotelCompensation._change_state``). A delivered proposal is final.
TRANSITIONS = {
    "draft": ("to_approve", "cancelled"),
    "to_approve": ("approved", "rejected", "cancelled"),
    "approved": ("delivered", "cancelled"),
    "rejected": ("draft", "cancelled"),
    "cancelled": ("draft",),
    "delivered": (),
}
# Set by the server only: never by a client's create or write.
SERVER_FIELDS = frozenset(
    {
        "name",
        "proposed_by_id",
        "offered_date",
        "guest_answer",
        "previous_id",
        "delivered_date",
        "delivered_by_id",
        "rejection_reason",
    }
)
# Derived from the lines, the complaint or the reviews: never written by a
# client (a related field would even write through to the complaint).
DERIVED_FIELDS = frozenset(
    {
        "amount_total",
        "partner_id",
        "stay_reference",
        "severity",
        "company_id",
        "validation_status",
        "review_ids",
    }
)
# What stays writable once a proposal left draft (besides the chatter,
# activities and followers), except on a delivered one.
AFTER_DRAFT_FIELDS = frozenset({"guest_answer_note", "internal_note"})


class HotelCompensation(models.Model):
    """A compensation proposal for a complaint (C3.3), approved through
    OCA's tier validation, offered to the guest, then delivered."""

    _name = "hotel.compensation"
    _description = "Compensation Proposal"
    _inherit = [
        "hotel.complaint.record.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "tier.validation",
    ]
    _order = "id desc"
    _check_company_auto = True
    _state_from = ["to_approve"]
    _state_to = ["approved"]
    _cancel_state = "cancelled"
    _tier_validation_manual_config = False

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    ticket_id = fields.Many2one(tracking=True)
    currency_id = fields.Many2one(
        comodel_name="res.currency",
        compute="_compute_currency_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    partner_id = fields.Many2one(
        related="ticket_id.partner_id", string="Guest", store=True, index=True
    )
    stay_reference = fields.Char(related="ticket_id.stay_reference", store=True)
    severity = fields.Selection(related="ticket_id.severity", store=True)
    state = fields.Selection(
        selection=[
            ("draft", "Draft"),
            ("to_approve", "To Approve"),
            ("approved", "Approved"),
            ("rejected", "Rejected"),
            ("delivered", "Delivered"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        index=True,
        copy=False,
    )
    line_ids = fields.One2many(
        comodel_name="hotel.compensation.line",
        inverse_name="compensation_id",
        string="Lines",
        copy=True,
    )
    amount_total = fields.Monetary(
        string="Total Value", compute="_compute_amount_total", store=True, tracking=True
    )
    internal_note = fields.Text(
        help="For staff only: never shown to the guest.", groups="base.group_user"
    )
    proposed_by_id = fields.Many2one(
        comodel_name="res.users",
        default=lambda self: self.env.user,
        readonly=True,
        copy=False,
    )
    guest_compensation_to_date = fields.Monetary(
        string="Guest's Compensation to Date",
        compute="_compute_guest_compensation",
        help="Approved and delivered compensation of this guest, all stays.",
    )
    stay_compensation_to_date = fields.Monetary(
        string="This Stay's Compensation to Date",
        compute="_compute_guest_compensation",
    )
    # Negotiation with the guest (C3.3)
    offered_date = fields.Datetime(string="Offered On", readonly=True, copy=False)
    guest_answer = fields.Selection(
        selection=[
            ("accepted", "Accepted"),
            ("declined", "Declined"),
            ("counter", "Counter-Proposal"),
        ],
        tracking=True,
        copy=False,
    )
    guest_answer_note = fields.Text(string="Guest's Answer", copy=False)
    previous_id = fields.Many2one(
        comodel_name="hotel.compensation",
        string="Replaces",
        readonly=True,
        copy=False,
        check_company=True,
    )
    delivered_date = fields.Datetime(readonly=True, copy=False)
    delivered_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False
    )
    rejection_reason = fields.Text(readonly=True, copy=False)

    # ------------------------------------------------------------------
    # Computes and constraints
    # ------------------------------------------------------------------

    @api.depends("company_id")
    def _compute_currency_id(self):
        for proposal in self:
            if not proposal.currency_id:
                proposal.currency_id = proposal.company_id.currency_id

    @api.depends("line_ids.amount")
    def _compute_amount_total(self):
        for proposal in self:
            proposal.amount_total = sum(proposal.line_ids.mapped("amount"))

    @api.depends("partner_id", "stay_reference", "amount_total", "state")
    def _compute_guest_compensation(self):
        for proposal in self:
            totals = proposal._guest_totals(states=("approved", "delivered"))
            proposal.guest_compensation_to_date = totals["guest"]
            proposal.stay_compensation_to_date = totals["stay"]

    def _guest_totals(self, states):
        """Sum of the guest's other proposals in ``states``: all stays, and
        this stay. One query each."""
        self.ensure_one()
        result = {"guest": 0.0, "stay": 0.0}
        if not self.partner_id:
            return result
        base = [
            ("partner_id", "=", self.partner_id.id),
            ("company_id", "=", self.company_id.id),
            ("state", "in", list(states)),
        ]
        if isinstance(self.id, int):
            base.append(("id", "!=", self.id))
        # sudo: the guest's totals count every proposal, also those of
        # departments the user cannot read.
        Proposal = self.sudo()
        for key, domain in (
            ("guest", base),
            (
                "stay",
                base + [("stay_reference", "=", self.stay_reference)]
                if self.stay_reference
                else None,
            ),
        ):
            if domain is None:
                continue
            groups = Proposal._read_group(domain, [], ["amount_total:sum"])
            result[key] = groups[0][0] or 0.0
        return result

    @api.constrains("currency_id", "company_id")
    def _check_currency(self):
        for proposal in self:
            if proposal.currency_id != proposal.company_id.currency_id:
                raise ValidationError(
                    self.env._(
                        "Compensation is valued in the hotel's currency "
                        "(%(expected)s), not %(given)s.",
                        expected=proposal.company_id.currency_id.name,
                        given=proposal.currency_id.name,
                    )
                )

    # ------------------------------------------------------------------
    # CRUD: what a client may write
    # ------------------------------------------------------------------

    def _field_labels(self, fnames):
        return ", ".join(
            sorted(self._fields[f].get_description(self.env)["string"] for f in fnames)
        )

    def _check_server_fields(self, vals):
        """Fields the server sets or derives are never written by a client."""
        forbidden = {
            fname for fname in vals if fname in SERVER_FIELDS or fname in DERIVED_FIELDS
        }
        if forbidden:
            raise UserError(
                self.env._(
                    "These are filled in by the hotel's system and cannot be set "
                    "by hand: %(fields)s.",
                    fields=self._field_labels(forbidden),
                )
            )

    @api.model
    def _mail_fields(self):
        """Chatter, activities and followers stay writable at every step."""
        return (
            set(self.env["mail.thread"]._fields)
            | set(self.env["mail.activity.mixin"]._fields)
        ) - {"id", "display_name"}

    def _check_client_write(self, vals):
        """Outside draft, a proposal's value, lines, complaint and guest are
        frozen: only the guest's answer, the internal note and the chatter
        stay writable, and nothing but the chatter once delivered."""
        self._check_server_fields(vals)
        if "ticket_id" in vals and any(
            proposal.ticket_id.id != vals["ticket_id"] for proposal in self
        ):
            raise UserError(
                self.env._(
                    "A compensation proposal stays on its complaint: make a new "
                    "proposal on the other complaint instead."
                )
            )
        mail_fields = self._mail_fields()
        for proposal in self:
            if proposal.state == "draft":
                continue
            allowed = mail_fields
            if proposal.state != "delivered":
                allowed = allowed | AFTER_DRAFT_FIELDS
            frozen = set(vals) - allowed - {"ticket_id"}
            if frozen:
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: %(fields)s can no longer change. "
                        "A different compensation needs a new proposal, approved "
                        "in its turn.",
                        name=proposal.display_name,
                        state=proposal._state_label(),
                        fields=self._field_labels(frozen),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("state", "draft") != "draft":
                raise UserError(
                    self.env._(
                        "A new compensation proposal starts as a draft: submit it "
                        "for approval."
                    )
                )
            if vals.get("name") in ("/", False):
                del vals["name"]
            self._check_server_fields(vals)
        tickets = self.env["helpdesk.ticket"].browse(
            {vals["ticket_id"] for vals in vals_list if vals.get("ticket_id")}
        )
        try:
            # The user's own rights (no sudo): one can propose compensation on
            # a complaint one may read and work on only.
            tickets.check_access("read")
            tickets.check_access("write")
        except AccessError as error:
            raise AccessError(
                self.env._(
                    "You can only propose compensation on a complaint you work on."
                )
            ) from error
        for vals in vals_list:
            vals["name"] = (
                self.env["ir.sequence"].next_by_code("hotel.compensation") or "/"
            )
        return super().create(vals_list)

    def write(self, vals):
        vals = dict(vals)
        state = vals.pop("state", None)
        if vals:
            self._check_client_write(vals)
            vals.pop("ticket_id", None)  # unchanged (checked above)
        if vals:
            super().write(vals)
        if state is not None:
            self._change_state(state)
        return True

    def _write_server_fields(self, vals):
        """Write fields only the server sets (the guest's answer, offer date,
        the link to the replaced proposal), from the flow's own methods. Never
        the state: that is ``_change_state``'s alone."""
        if "state" in vals:
            raise UserError(
                self.env._("Use the buttons to move a compensation proposal.")
            )
        return super().write(vals)

    def unlink(self):
        if any(proposal.state == "delivered" for proposal in self):
            raise UserError(
                self.env._(
                    "A delivered compensation is kept as a record: it cannot be "
                    "deleted."
                )
            )
        return super().unlink()

    # ------------------------------------------------------------------
    # State: the one place
    # ------------------------------------------------------------------

    def _change_state(self, new_state):
        """The one place where a proposal changes state, whoever asks (buttons,
        reviewers, a client's write) and whatever the context: the move must
        be in ``TRANSITIONS``; entering a state has its checks and its effects
        here; the approval invariants are checked by ``_check_state``."""
        if new_state not in TRANSITIONS:
            raise UserError(self.env._("Unknown step: %s.", new_state))
        for proposal in self:
            old_state = proposal.state
            if new_state == old_state:
                continue
            if new_state not in TRANSITIONS[old_state]:
                if old_state == "delivered":
                    raise UserError(
                        self.env._(
                            "%(name)s was delivered: it is final and cannot change.",
                            name=proposal.display_name,
                        )
                    )
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: it cannot become %(new_state)s.",
                        name=proposal.display_name,
                        state=proposal._state_label(),
                        new_state=proposal._state_label(new_state),
                    )
                )
            vals = proposal._prepare_enter_state(new_state)
            vals["state"] = new_state
            super(HotelCompensation, proposal).write(vals)
            proposal._after_enter_state(new_state)
        return True

    def _prepare_enter_state(self, new_state):
        """Checks before entering ``new_state``; the values the server sets."""
        self.ensure_one()
        if new_state == "to_approve":
            if not self.line_ids:
                raise ValidationError(
                    self.env._("Add at least one compensation line first.")
                )
            self._check_policy_limits()
        elif new_state == "rejected":
            # sudo: the reviewers' comments explain the rejection.
            rejected = self.sudo().review_ids.filtered(lambda r: r.status == "rejected")
            comment = ", ".join(filter(None, rejected.mapped("comment")))
            return {"rejection_reason": comment or False}
        elif new_state == "delivered":
            if self.guest_answer in ("declined", "counter"):
                raise UserError(self.env._("The guest did not accept this proposal."))
            return {
                "delivered_date": fields.Datetime.now(),
                "delivered_by_id": self.env.user.id,
            }
        return {}

    def _after_enter_state(self, new_state):
        self.ensure_one()
        if new_state != "to_approve":
            return
        # need_validation has no dependencies: drop any value computed before.
        self.invalidate_recordset(["need_validation", "validation_status"])
        if self._applicable_tiers():
            self.request_validation()
        else:
            self._change_state("approved")
            self.message_post(
                body=self.env._(
                    "Within front-line authority: approved without review."
                ),
                subtype_xmlid="mail.mt_note",
            )

    def _state_label(self, state=None):
        return dict(self._fields["state"]._description_selection(self.env))[
            state or self.state
        ]

    def action_offer(self):
        """The approved proposal was offered to the guest."""
        for proposal in self:
            if proposal.state != "approved":
                raise UserError(self.env._("Only an approved proposal can be offered."))
            proposal._write_server_fields({"offered_date": fields.Datetime.now()})
        return True

    def action_guest_accepted(self):
        return self._record_answer("accepted")

    def action_guest_declined(self):
        return self._record_answer("declined")

    def action_guest_counter(self):
        return self._record_answer("counter")

    def _record_answer(self, answer):
        """Record the guest's answer. A declined proposal or a
        counter-proposal leads to a new draft, the old one kept as history."""
        self.ensure_one()
        if self.state != "approved":
            raise UserError(
                self.env._("The guest answers a proposal once it is approved.")
            )
        self._write_server_fields(
            {
                "guest_answer": answer,
                "offered_date": self.offered_date or fields.Datetime.now(),
            }
        )
        if answer == "accepted":
            return True
        self.write({"state": "cancelled"})
        new = self.copy()
        new._write_server_fields({"previous_id": self.id})
        self.message_post(
            body=self.env._(
                "The guest's answer: %(answer)s. New proposal %(new)s.",
                answer=self.guest_answer_note or answer,
                new=new.name,
            ),
            subtype_xmlid="mail.mt_note",
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": new.id,
            "view_mode": "form",
        }

    def action_deliver(self):
        return self.write({"state": "delivered"})

    def action_cancel(self):
        return self.write({"state": "cancelled"})

    def action_draft(self):
        return self.write({"state": "draft"})
