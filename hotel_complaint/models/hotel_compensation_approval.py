# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation approval (C3.3): the hotel's tiers that apply to a
proposal, the approval invariants, and OCA tier validation's reviews, which
change through this flow only."""

import psycopg2

from odoo import api, models
from odoo.exceptions import AccessError, UserError, ValidationError


class HotelCompensation(models.Model):
    _inherit = "hotel.compensation"  # pylint: disable=consider-merging-classes-inherited

    def _applicable_tiers(self):
        """The hotel's approval tiers whose conditions the proposal meets."""
        self.ensure_one()
        # sudo: the ladder applies whoever submits, whatever they may read.
        tiers = (
            self.env["tier.definition"]
            .sudo()
            .search(
                [
                    ("model", "=", self._name),
                    ("company_id", "in", [False, self.company_id.id]),
                ]
            )
        )
        return tiers.filtered(lambda tier: self.evaluate_tier(tier))

    def _missing_approvals(self):
        """Applicable tiers not approved by one of their own reviewers."""
        self.ensure_one()
        # sudo: the reviews are checked whoever changes the state.
        reviews = self.sudo().review_ids
        return self._applicable_tiers().filtered(
            lambda tier: (
                not reviews.filtered(
                    lambda r: (
                        r.definition_id == tier
                        and r.status == "approved"
                        and r.done_by in r._get_reviewers()
                    )
                )
            )
        )

    @api.constrains("state")
    def _check_state(self):
        """Whatever path writes the state: approved only once each applicable
        tier was approved by one of its own reviewers; rejected only by one of
        the reviewers; delivered only with the server's delivery record."""
        for proposal in self:
            if proposal.state == "approved":
                missing = proposal._missing_approvals()
                if missing:
                    raise ValidationError(
                        self.env._(
                            "%(name)s cannot be approved yet: it still needs the "
                            "approval of %(tiers)s.",
                            name=proposal.display_name,
                            tiers=", ".join(missing.mapped("name")),
                        )
                    )
            elif proposal.state == "rejected":
                # sudo: the reviews are checked whoever changes the state.
                if not proposal.sudo().review_ids.filtered(
                    lambda r: r.status == "rejected" and r.done_by in r._get_reviewers()
                ):
                    raise ValidationError(
                        self.env._(
                            "Only one of its reviewers can reject %(name)s.",
                            name=proposal.display_name,
                        )
                    )
            elif proposal.state == "delivered" and not (
                proposal.delivered_date and proposal.delivered_by_id
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s was not delivered through the hotel's system.",
                        name=proposal.display_name,
                    )
                )

    # ------------------------------------------------------------------
    # Tier validation: reviews change through this flow only
    # ------------------------------------------------------------------

    def _check_state_from_condition(self):
        # Tier validation lets a context key skip this check: never here.
        return self.state in self._state_from

    def _tier_validation_check_state_on_write(self, vals):
        """Replaced by ``_check_state``, which no context key opens."""

    def _tier_validation_check_write_allowed(self, vals):
        """Replaced by ``_check_client_write``, which no context key opens."""

    def _tier_validation_check_write_remove_reviews(self, vals):
        """Tier validation drops the reviews when a proposal is cancelled or
        submitted again. Reached from ``_change_state`` only, once the move was
        found in ``TRANSITIONS``."""
        for proposal in self:
            if proposal._allow_to_remove_reviews(vals):
                # sudo: reviews are not the user's to delete; the move is allowed.
                proposal.sudo().review_ids.unlink()

    def request_validation(self):
        """Create the reviews of the applicable tiers. The user cannot create
        reviews: the server does, for the proposals the user may work on."""
        self.check_access("write")
        self.invalidate_recordset(["need_validation"])
        # sudo: the reviews come from the hotel's tiers, not from the user;
        # env.user (the requester) is unchanged under sudo.
        reviews = super(HotelCompensation, self.sudo()).request_validation()
        # Whose turn it is (the first tier's review pending) is computed with
        # the reviews: now, not at the end of the request.
        reviews.flush_recordset()
        return reviews.sudo(False)

    def restart_validation(self):
        """Restarting erases the approvals given: hotel managers only, and the
        reviews are requested again at once."""
        if not self.env.user.has_group("hotel_complaint.group_hotel_manager"):
            raise UserError(
                self.env._(
                    "Only a hotel manager can restart the approval of a "
                    "compensation proposal."
                )
            )
        res = super().restart_validation()
        for proposal in self.filtered(
            lambda p: p.state == "to_approve" and not p.review_ids
        ):
            proposal.request_validation()
        return res

    @api.model
    def _update_counter(self, review_counter):
        # sudo: recomputing whose turn it is writes the reviews' status;
        # env.user, who is told, is unchanged under sudo.
        return super(HotelCompensation, self.sudo())._update_counter(review_counter)

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
        return self.write({"state": "to_approve"})

    def _check_decidable(self, tiers):
        """Lock the proposal, then check it still waits for a decision and
        that the current user reviews it at this step. Return the user's
        reviews of this step, among ``tiers`` (reviews of this proposal only)."""
        self._lock_for_decision()
        if self.state != "to_approve":
            raise UserError(
                self.env._(
                    "%(name)s was already decided: it is %(state)s.",
                    name=self.display_name,
                    state=self._state_label(),
                )
            )
        reviews = (tiers & self.review_ids) if tiers else self.review_ids
        return self._check_reviewer(reviews)

    def _check_reviewer(self, reviews):
        user = self.env.user
        sequences = self._get_sequences_to_approve(user)
        mine = reviews.filtered(
            lambda r: (
                r.status in ("waiting", "pending")
                and user in r.reviewer_ids
                and (r.sequence in sequences or r.approve_sequence_bypass)
            )
        )
        if not mine:
            raise AccessError(
                self.env._(
                    "You are not a reviewer of %(name)s at this step.",
                    name=self.display_name,
                )
            )
        return mine

    def _validate_tier(self, tiers=False):
        self.ensure_one()
        reviews = self._check_decidable(tiers)
        # sudo: the user was just checked as this step's reviewer; reviews
        # change through this flow only (env.user, done_by, is unchanged).
        res = super(HotelCompensation, self.sudo())._validate_tier(reviews.sudo())
        self.invalidate_recordset(["validation_status"])
        if self.validation_status == "validated" and not self._request_missing():
            self._change_state("approved")
        return res

    def _request_missing(self):
        """Tiers that apply now but have no review (the complaint became more
        serious while the proposal waited): request them. True if any."""
        # sudo: reviews come from the hotel's tiers, not from the user.
        reviews = self.sudo().review_ids
        missing = self._missing_approvals().filtered(
            lambda tier: tier not in reviews.definition_id
        )
        if not missing:
            return False
        sequence = max(reviews.mapped("sequence") or [0])
        # sudo: reviews come from the hotel's tiers, not from the user.
        self.env["tier.review"].sudo().create(
            [
                self._prepare_tier_review_vals(tier, sequence + i)
                for i, tier in enumerate(missing.sorted("sequence", reverse=True), 1)
            ]
        ).flush_recordset()  # whose turn it is, now
        self.message_post(
            body=self.env._(
                "The proposal now also needs the approval of %(tiers)s.",
                tiers=", ".join(missing.mapped("name")),
            ),
            subtype_xmlid="mail.mt_note",
        )
        return True

    def _rejected_tier(self, tiers=False):
        self.ensure_one()
        reviews = self._check_decidable(tiers)
        # sudo: the user was just checked as this step's reviewer; reviews
        # change through this flow only (env.user, done_by, is unchanged).
        res = super(HotelCompensation, self.sudo())._rejected_tier(reviews.sudo())
        self._change_state("rejected")
        return res
