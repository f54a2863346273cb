# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import float_compare

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

    def _check_policy_limits(self):
        """Ceilings per complaint and per guest per stay (company policy)."""
        for proposal in self:
            company = proposal.company_id
            rounding = proposal.currency_id.rounding
            if company.hotel_compensation_max_complaint:
                others = sum(
                    proposal.ticket_id.sudo()
                    .hotel_compensation_ids.filtered(
                        lambda p, cur=proposal: p != cur and p.state in ACTIVE_STATES
                    )
                    .mapped("amount_total")
                )
                total = others + proposal.amount_total
                if (
                    float_compare(
                        total,
                        company.hotel_compensation_max_complaint,
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise ValidationError(
                        self.env._(
                            "This proposal brings the complaint's compensation to "
                            "%(total)s, above the hotel's ceiling of %(limit)s per "
                            "complaint.",
                            total=proposal.currency_id.format(total),
                            limit=proposal.currency_id.format(
                                company.hotel_compensation_max_complaint
                            ),
                        )
                    )
            if company.hotel_compensation_max_stay and proposal.stay_reference:
                total = (
                    proposal._guest_totals(ACTIVE_STATES)["stay"]
                    + proposal.amount_total
                )
                if (
                    float_compare(
                        total,
                        company.hotel_compensation_max_stay,
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise ValidationError(
                        self.env._(
                            "This proposal brings the guest's compensation for stay "
                            "%(stay)s to %(total)s, above the hotel's ceiling of "
                            "%(limit)s per stay.",
                            stay=proposal.stay_reference,
                            total=proposal.currency_id.format(total),
                            limit=proposal.currency_id.format(
                                company.hotel_compensation_max_stay
                            ),
                        )
                    )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("hotel.compensation") or "/"
                )
        return super().create(vals_list)

    def write(self, vals):
        if "state" in vals and not self.env.context.get("hotel_compensation_flow"):
            raise UserError(
                self.env._(
                    "Use the buttons to move a compensation proposal through its steps."
                )
            )
        return super().write(vals)

    def _set_state(self, state, **extra):
        # need_validation has no dependencies: drop any value computed before
        # the reviews were created, or tier validation would request them again.
        self.invalidate_recordset(["need_validation", "validation_status"])
        return self.with_context(
            hotel_compensation_flow=True, skip_validation_check=True
        ).write(dict(extra, state=state))

    # ------------------------------------------------------------------
    # Flow
    # ------------------------------------------------------------------

    def _lock_for_decision(self):
        """Lock the proposals' rows so that two reviewers deciding at the same
        moment end with exactly one outcome. The second one is told at once
        instead of waiting for, then overwriting, the first."""
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(
                    "SELECT id FROM hotel_compensation WHERE id IN %s "
                    "FOR UPDATE NOWAIT",
                    (tuple(self.ids),),
                )
        except psycopg2.errors.LockNotAvailable as error:
            raise UserError(
                self.env._(
                    "Another reviewer is deciding on this proposal right now. "
                    "Reload it in a moment."
                )
            ) from error
        self.invalidate_recordset(["state"])

    def action_submit(self):
        """Ask for approval. Below every tier (front-line staff's own
        authority) the proposal is approved at once."""
        for proposal in self:
            if proposal.state != "draft":
                raise UserError(self.env._("Only a draft proposal can be submitted."))
            if not proposal.line_ids:
                raise ValidationError(
                    self.env._("Add at least one compensation line first.")
                )
            proposal._set_state("to_approve")
            proposal._check_policy_limits()
            if proposal.need_validation:
                proposal.request_validation()
            else:
                proposal._set_state("approved")
                proposal.message_post(
                    body=self.env._(
                        "Within front-line authority: approved without review."
                    ),
                    subtype_xmlid="mail.mt_note",
                )
        return True

    def _check_decidable(self, reviews):
        """Lock the proposal, then check it still waits for a decision and
        that the current user reviews it at this step."""
        self._lock_for_decision()
        if self.state != "to_approve":
            raise UserError(
                self.env._(
                    "%(name)s was already decided: it is %(state)s.",
                    name=self.display_name,
                    state=self._state_label(),
                )
            )
        self._check_reviewer(reviews)

    def _check_reviewer(self, reviews):
        if not reviews.filtered(
            lambda r: (
                r.status in ("waiting", "pending") and self.env.user in r.reviewer_ids
            )
        ):
            raise AccessError(
                self.env._(
                    "You are not a reviewer of %(name)s at this step.",
                    name=self.display_name,
                )
            )

    def _validate_tier(self, tiers=False):
        self.ensure_one()
        if self.env.context.get("hotel_compensation_flow"):
            # Called back by tier validation's own write checks.
            return super()._validate_tier(tiers)
        self._check_decidable(tiers or self.review_ids)
        res = super()._validate_tier(tiers)
        if self.validation_status == "validated":
            self._set_state("approved")
        return res

    def _rejected_tier(self, tiers=False):
        self.ensure_one()
        reviews = tiers or self.review_ids
        self._check_decidable(reviews)
        res = super()._rejected_tier(tiers)
        comment = ", ".join(filter(None, reviews.mapped("comment")))
        self._set_state("rejected", rejection_reason=comment or False)
        return res

    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def action_offer(self):
        """The approved proposal was offered to the guest."""
        for proposal in self:
            if proposal.state != "approved":
                raise UserError(self.env._("Only an approved proposal can be offered."))
            proposal.offered_date = fields.Datetime.now()
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
        self.write(
            {
                "guest_answer": answer,
                "offered_date": self.offered_date or fields.Datetime.now(),
            }
        )
        if answer == "accepted":
            return True
        self._set_state("cancelled")
        new = self.copy({"previous_id": self.id})
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
        for proposal in self:
            if proposal.state != "approved":
                raise UserError(
                    self.env._(
                        "%(name)s cannot be delivered: it is %(state)s, not approved.",
                        name=proposal.display_name,
                        state=proposal._state_label(),
                    )
                )
            if proposal.guest_answer in ("declined", "counter"):
                raise UserError(self.env._("The guest did not accept this proposal."))
            proposal._set_state(
                "delivered",
                delivered_date=fields.Datetime.now(),
                delivered_by_id=self.env.user.id,
            )
        return True

    def action_cancel(self):
        for proposal in self:
            if proposal.state == "delivered":
                raise UserError(
                    self.env._("A delivered compensation cannot be cancelled.")
                )
            proposal._set_state("cancelled")
        return True

    def action_draft(self):
        for proposal in self:
            if proposal.state not in ("rejected", "cancelled"):
                raise UserError(
                    self.env._("Only a rejected or cancelled proposal can be reset.")
                )
            proposal._set_state("draft")
        return True


class HotelCompensationLine(models.Model):
    _name = "hotel.compensation.line"
    _description = "Compensation Line"
    _order = "compensation_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    compensation_id = fields.Many2one(
        comodel_name="hotel.compensation",
        required=True,
        ondelete="cascade",
        index=True,
    )
    company_id = fields.Many2one(
        related="compensation_id.company_id", store=True, precompute=True
    )
    currency_id = fields.Many2one(related="compensation_id.currency_id")
    compensation_type = fields.Selection(
        selection=COMPENSATION_TYPES, string="Type", required=True
    )
    name = fields.Char(string="Description", required=True)
    amount = fields.Monetary(
        string="Value", required=True, help="Value in the hotel's currency."
    )
    loyalty_points = fields.Integer()

    @api.constrains("amount")
    def _check_amount(self):
        for line in self:
            if line.amount <= 0:
                raise ValidationError(
                    self.env._(
                        "Compensation line %(name)s: the value must be positive.",
                        name=line.name,
                    )
                )

    def _check_editable(self):
        for proposal in self.compensation_id:
            if proposal.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: its lines can no longer change.",
                        name=proposal.display_name,
                        state=proposal._state_label(),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_editable()
        return lines

    def write(self, vals):
        self._check_editable()
        return super().write(vals)

    def unlink(self):
        self._check_editable()
        return super().unlink()
