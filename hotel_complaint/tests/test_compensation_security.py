# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation cannot be granted around its approval (C3.3): the state moves
through its steps only, whatever the context; reviews change through the
approval flow only, by their reviewers; an approved proposal is frozen."""

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from . import common

# What a client may send along: none of it opens anything.
STUFFED = {
    "hotel_compensation_flow": True,
    "skip_validation_check": True,
    "skip_check_state_condition": True,
    "tracking_disable": True,
    "mail_notrack": True,
}


class TestCompensationSecurity(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._complaint(
            severity="moderate",
            team_id=cls.teams["housekeeping"].id,
            stay_reference="RES-7001",
        )
        cls.eng_ticket = cls._complaint(
            name="Air conditioning",
            team_id=cls.teams["engineering"].id,
        )
        cls.ticket_b = cls._complaint(
            company_id=cls.company_b.id, team_id=cls.teams["housekeeping_b"].id
        )
        cls.portal = new_test_user(
            cls.env, login="t_portal_comp_sec", groups="base.group_portal"
        )

    def _as(self, user, record):
        return record.with_user(user).with_context(**STUFFED)

    def _approved(self, amount=80):
        """Within front-line authority: approved at once by housekeeping."""
        proposal = self._proposal(self.ticket, amount, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        self.assertEqual(proposal.state, "approved")
        return proposal

    def _waiting(self, amount=900):
        proposal = self._proposal(self.ticket, amount, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        self.assertEqual(proposal.state, "to_approve")
        return proposal

    # ------------------------------------------------------------------
    # State
    # ------------------------------------------------------------------

    def test_no_context_opens_a_state(self):
        for amount in (80, 900):
            draft = self._proposal(self.ticket, amount, user=self.hk_staff)
            for state in ("approved", "delivered", "rejected"):
                with self.assertRaises(UserError, msg=(amount, state)):
                    self._as(self.hk_staff, draft).write({"state": state})
            self.assertEqual(draft.state, "draft")

    def test_waiting_proposal_not_approved_by_write(self):
        proposal = self._waiting()
        with self.assertRaises(ValidationError) as caught:
            self._as(self.hk_staff, proposal).write({"state": "approved"})
        self.assertIn("still needs the approval", str(caught.exception))
        with self.assertRaises(ValidationError):
            self._as(self.hk_staff, proposal).write({"state": "rejected"})
        with self.assertRaises(UserError):
            self._as(self.hk_staff, proposal).write({"state": "delivered"})
        self.assertEqual(proposal.state, "to_approve")

    def test_forged_approval_does_not_approve(self):
        """Even a review marked approved by someone who is not its reviewer
        does not make the proposal approved."""
        proposal = self._waiting()
        proposal.review_ids.sudo().write(
            {"status": "approved", "done_by": self.hk_staff.id}
        )
        self.env.flush_all()
        proposal.invalidate_recordset()
        self.assertEqual(proposal.validation_status, "validated")
        with self.assertRaises(ValidationError):
            self._as(self.hk_staff, proposal).write({"state": "approved"})
        self.assertEqual(proposal.state, "to_approve")

    def test_delivery_is_the_servers(self):
        proposal = self._approved()
        with self.assertRaises(UserError):
            self._as(self.hk_staff, proposal).write(
                {
                    "state": "delivered",
                    "delivered_by_id": self.hk_manager.id,
                    "delivered_date": "2020-01-01 10:00:00",
                }
            )
        self.assertEqual(proposal.state, "approved")
        # Moving to delivered by write is the button's move, with its effects.
        self._as(self.hk_staff, proposal).write({"state": "delivered"})
        self.assertEqual(proposal.delivered_by_id, self.hk_staff)
        self.assertGreater(str(proposal.delivered_date), "2021")

    def test_delivered_is_final(self):
        proposal = self._approved()
        proposal.with_user(self.hk_staff).action_deliver()
        for state in ("draft", "approved", "cancelled", "to_approve"):
            with self.assertRaises(UserError, msg=state):
                self._as(self.hotel_manager, proposal).write({"state": state})
        for vals in (
            {"internal_note": "changed"},
            {"guest_answer_note": "changed"},
            {"delivered_date": "2020-01-01 10:00:00"},
        ):
            with self.assertRaises(UserError, msg=vals):
                self._as(self.hotel_manager, proposal).write(vals)
        with self.assertRaises(UserError):
            proposal.with_user(self.hotel_manager).action_cancel()
        with self.assertRaises(UserError):
            proposal.with_user(self.hotel_manager).unlink()
        proposal.with_user(self.hk_staff).message_post(body="Delivered in person")
        self.assertEqual(proposal.state, "delivered")

    def test_create_and_copy_give_drafts(self):
        Proposal = self.env["hotel.compensation"].with_user(self.hk_staff)
        for state in ("approved", "delivered", "to_approve"):
            with self.assertRaises(UserError, msg=state):
                Proposal.with_context(**STUFFED).create(
                    {"ticket_id": self.ticket.id, "state": state}
                )
        for vals in (
            {"proposed_by_id": self.hk_manager.id},
            {"delivered_by_id": self.hk_staff.id},
            {"name": "COMP/FORGED"},
            {"amount_total": 10},
            {"partner_id": self.guest.id},
        ):
            with self.assertRaises(UserError, msg=vals):
                Proposal.with_context(**STUFFED).create(
                    dict(vals, ticket_id=self.ticket.id)
                )
        approved = self._approved()
        with self.assertRaises(UserError):
            self._as(self.hk_staff, approved).copy({"state": "approved"})
        copy = approved.with_user(self.agent).copy()
        self.assertEqual(copy.state, "draft")
        self.assertEqual(copy.proposed_by_id, self.agent)
        self.assertFalse(copy.review_ids)

    def test_create_needs_a_complaint_one_works_on(self):
        with self.assertRaises(AccessError):
            self._proposal(self.eng_ticket, 50, user=self.hk_staff)
        with self.assertRaises(AccessError):
            self._proposal(self.ticket, 50, user=self.manager_b)
        with self.assertRaises(AccessError):
            self._proposal(self.ticket, 50, user=self.portal)

    # ------------------------------------------------------------------
    # Frozen after draft
    # ------------------------------------------------------------------

    def test_approved_is_frozen(self):
        proposal = self._approved()
        for vals in (
            {"amount_total": 9000},
            {"ticket_id": self.eng_ticket.id},
            {"ticket_id": self.ticket_b.id},
            {"ticket_id": self._complaint(team_id=self.teams["housekeeping"].id).id},
            {"partner_id": self.env["res.partner"].create({"name": "Other"}).id},
            {"stay_reference": "RES-0000"},
            {"company_id": self.company_b.id},
            {"validation_status": "validated"},
            {"currency_id": self.company.currency_id.id},
            {
                "line_ids": [
                    (0, 0, {"compensation_type": "refund", "name": "x", "amount": 9})
                ]
            },
            {"line_ids": [(2, proposal.line_ids.id)]},
            {"rejection_reason": "forged"},
            {"offered_date": "2020-01-01 10:00:00"},
            {"guest_answer": "accepted"},
        ):
            with self.assertRaises(UserError, msg=vals):
                self._as(self.hk_staff, proposal).write(vals)
        self.assertEqual(proposal.amount_total, 80)
        self.assertEqual(proposal.ticket_id, self.ticket)
        self.assertEqual(proposal.partner_id, self.guest)
        self.assertEqual(self.ticket.partner_id, self.guest)
        # The guest's answer, the internal note and the chatter stay open.
        self._as(self.hk_staff, proposal).write(
            {"guest_answer_note": "Thank you", "internal_note": "VIP"}
        )
        proposal.with_user(self.hk_staff).message_post(body="Offered at the desk")

    def test_derived_fields_never_written(self):
        draft = self._proposal(self.ticket, 100, user=self.hk_staff)
        for vals in (
            {"amount_total": 1},
            {"partner_id": self.env["res.partner"].create({"name": "Other"}).id},
            {"severity": "minor"},
        ):
            with self.assertRaises(UserError, msg=vals):
                self._as(self.hk_staff, draft).write(vals)
        self.assertEqual(draft.amount_total, 100)
        self.assertEqual(self.ticket.severity, "moderate")

    def test_line_cannot_move_into_a_proposal(self):
        approved = self._approved()
        draft = self._proposal(self.ticket, 5000, user=self.hk_staff)
        line = draft.line_ids
        with self.assertRaises(UserError):
            self._as(self.hk_staff, line).write({"compensation_id": approved.id})
        other_draft = self._proposal(self.ticket, 10, user=self.hk_staff)
        with self.assertRaises(UserError):
            self._as(self.hk_staff, line).write({"compensation_id": other_draft.id})
        self.assertEqual(line.compensation_id, draft)
        self.assertEqual(approved.amount_total, 80)
        Line = self.env["hotel.compensation.line"].with_user(self.hk_staff)
        with self.assertRaises(UserError):
            Line.with_context(**STUFFED).create(
                {
                    "compensation_id": approved.id,
                    "compensation_type": "refund",
                    "name": "Extra",
                    "amount": 5000,
                }
            )
        with self.assertRaises(UserError):
            self._as(self.hk_staff, approved.line_ids).write({"amount": 5000})
        with self.assertRaises(UserError):
            self._as(self.hk_staff, approved.line_ids).unlink()
        with self.assertRaises(UserError):
            self._as(self.hk_staff, line).write({"company_id": self.company_b.id})
        self.assertEqual(approved.amount_total, 80)

    def test_ticket_change_in_draft(self):
        draft = self._proposal(self.ticket, 100, user=self.hk_staff)
        other = self._complaint(team_id=self.teams["housekeeping"].id)
        with self.assertRaises(UserError):
            self._as(self.hk_staff, draft).write({"ticket_id": other.id})
        self._as(self.hk_staff, draft).write({"ticket_id": self.ticket.id})
        self.assertEqual(draft.ticket_id, self.ticket)

    # ------------------------------------------------------------------
    # Reviews
    # ------------------------------------------------------------------

    def test_staff_read_reviews_only(self):
        proposal = self._waiting()
        review = proposal.review_ids
        mine = review.with_user(self.hk_staff).with_context(**STUFFED)
        mine.read(["status", "reviewer_ids", "done_by", "comment"])
        for vals in (
            {"status": "approved"},
            {"reviewer_ids": [(4, self.hk_staff.id)]},
            {"done_by": self.hk_manager.id},
            {"comment": "Approved by me"},
        ):
            for user in (self.hk_staff, self.agent, self.hk_manager):
                with self.assertRaises(AccessError, msg=(user.login, vals)):
                    review.with_user(user).with_context(**STUFFED).write(vals)
        with self.assertRaises(AccessError):
            mine.unlink()
        with self.assertRaises(AccessError):
            self.env["tier.review"].with_user(self.hk_staff).create(
                {
                    "model": "hotel.compensation",
                    "res_id": proposal.id,
                    "definition_id": review.definition_id.id,
                    "status": "approved",
                    "done_by": self.hk_staff.id,
                }
            )
        self.assertEqual(review.status, "pending")
        self.assertFalse(review.comment)

    def test_review_cannot_move_onto_compensation(self):
        """Reviews of other documents stay open to internal users, as with
        tier validation alone; but not to be moved onto compensation."""
        Review = self.env["tier.review"].with_user(self.hk_staff)
        other = Review.create({"model": "res.partner", "res_id": self.guest.id})
        other.write({"comment": "Fine"})
        proposal = self._waiting()
        with self.assertRaises(AccessError):
            other.write({"model": "hotel.compensation", "res_id": proposal.id})
        other.unlink()

    def test_hotel_manager_administers_reviews(self):
        proposal = self._waiting()
        proposal.review_ids.with_user(self.hotel_manager).write({"comment": "Noted"})
        self.assertEqual(proposal.review_ids.comment, "Noted")

    def test_portal_sees_no_review_nor_tier(self):
        proposal = self._waiting()
        for model in ("tier.review", "tier.definition"):
            found = (
                self.env[model]
                .with_user(self.portal)
                .search([("model", "=", "hotel.compensation")])
            )
            self.assertFalse(found, model)
        with self.assertRaises(AccessError):
            proposal.review_ids.with_user(self.portal).read(["comment"])
        with self.assertRaises(AccessError):
            proposal.review_ids.definition_id.with_user(self.portal).read(["name"])

    def test_department_manager_cannot_approve_above_them(self):
        proposal = self._proposal(self.ticket, 2500, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        first, second = proposal.review_ids.sorted("sequence")
        self._approve(proposal, self.hk_manager)
        self.assertEqual(first.status, "approved")
        self.assertEqual(second.status, "pending")
        mine = proposal.with_user(self.hk_manager).with_context(**STUFFED)
        with self.assertRaises(AccessError):
            mine._validate_tier(second)
        with self.assertRaises(AccessError):
            mine._validate_tier()
        with self.assertRaises(AccessError):
            second.with_user(self.hk_manager).write(
                {"status": "approved", "done_by": self.hk_manager.id}
            )
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.hk_manager)
            .create(
                {
                    "res_model": "hotel.compensation",
                    "res_id": proposal.id,
                    "review_ids": [(6, 0, second.ids)],
                    "validate_reject": "validate",
                    "comment": "Fine by me",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.add_comment()
        with self.assertRaises(ValidationError):
            mine.write({"state": "approved"})
        self.assertEqual(second.status, "pending")
        self.assertFalse(second.comment)
        self.assertEqual(proposal.state, "to_approve")
        self._approve(proposal, self.hotel_manager)
        self.assertEqual(proposal.state, "approved")
        self.assertEqual(second.done_by, self.hotel_manager)

    def test_comment_wizard_keeps_own_reviews(self):
        proposal = self._waiting()
        other = self._waiting(800)
        review, other_review = proposal.review_ids, other.review_ids
        # Staff: someone else's review ids.
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.hk_staff)
            .create(
                {
                    "res_model": "hotel.compensation",
                    "res_id": proposal.id,
                    "review_ids": [(6, 0, review.ids)],
                    "validate_reject": "validate",
                    "comment": "Forged",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.add_comment()
        self.assertFalse(review.comment)
        self.assertEqual(proposal.state, "to_approve")
        # A reviewer sends the review of another proposal along with theirs.
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.hk_manager)
            .create(
                {
                    "res_model": "hotel.compensation",
                    "res_id": proposal.id,
                    "review_ids": [(6, 0, (review | other_review).ids)],
                    "validate_reject": "validate",
                    "comment": "Agreed",
                }
            )
        )
        wizard.add_comment()
        self.assertEqual(proposal.state, "approved")
        self.assertEqual(review.comment, "Agreed")
        self.assertFalse(other_review.comment)
        self.assertEqual(other_review.status, "pending")
        self.assertEqual(other.state, "to_approve")
        # Another model named on the wizard does not open compensation reviews.
        wizard = (
            self.env["comment.wizard"]
            .with_user(self.hk_staff)
            .create(
                {
                    "res_model": "res.partner",
                    "res_id": self.guest.id,
                    "review_ids": [(6, 0, other_review.ids)],
                    "validate_reject": "none",
                    "comment": "Forged",
                }
            )
        )
        with self.assertRaises(AccessError):
            wizard.add_comment()
        self.assertFalse(other_review.comment)

    def test_restart_validation(self):
        proposal = self._proposal(self.ticket, 2500, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        self._approve(proposal, self.hk_manager)
        for user in (self.hk_staff, self.agent, self.hk_manager):
            with self.assertRaises(UserError, msg=user.login):
                self._as(user, proposal).restart_validation()
        self.assertIn("approved", proposal.review_ids.mapped("status"))
        proposal.with_user(self.hotel_manager).restart_validation()
        self.assertEqual(proposal.state, "to_approve")
        self.assertEqual(len(proposal.review_ids), 2)
        self.assertNotIn("approved", proposal.review_ids.mapped("status"))

    def test_request_validation_on_a_draft(self):
        draft = self._proposal(self.ticket, 900, user=self.hk_staff)
        self._as(self.hk_staff, draft).request_validation()
        self.assertFalse(draft.review_ids)
        with self.assertRaises(AccessError):
            self._as(self.eng_staff, draft).request_validation()

    def test_reject_then_resubmit(self):
        proposal = self._waiting()
        with self.assertRaises(AccessError):
            self._as(self.hk_staff, proposal)._rejected_tier()
        self._reject(proposal, self.hk_manager, "Too much for a towel")
        self.assertEqual(proposal.state, "rejected")
        self.assertEqual(proposal.rejection_reason, "Too much for a towel")
        proposal.with_user(self.hk_staff).action_draft()
        proposal.line_ids.with_user(self.hk_staff).write({"amount": 250})
        proposal.with_user(self.hk_staff).action_submit()
        self.assertEqual(proposal.state, "approved")
        self.assertFalse(proposal.review_ids)
        self.assertEqual(proposal.rejection_reason, "Too much for a towel")

    def test_cancel_drops_reviews_through_the_flow(self):
        proposal = self._waiting()
        proposal.with_user(self.hk_staff).action_cancel()
        self.assertEqual(proposal.state, "cancelled")
        self.assertFalse(proposal.review_ids)

    def test_more_serious_complaint_needs_more_approvals(self):
        """The complaint became urgent while the proposal waited: the hotel
        manager's tier is requested before it can be approved."""
        proposal = self._waiting()
        self.ticket.severity = "urgent"
        self._approve(proposal, self.hk_manager)
        self.assertEqual(proposal.state, "to_approve")
        self.assertEqual(len(proposal.review_ids), 2)
        self._approve(proposal, self.hotel_manager)
        self.assertEqual(proposal.state, "approved")
