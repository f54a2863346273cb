# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation proposals approved with OCA tier validation (C3.3)."""

from odoo.exceptions import AccessError, UserError, ValidationError

from . import common


class TestCompensation(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._complaint(
            severity="moderate",
            team_id=cls.teams["housekeeping"].id,
            stay_reference="RES-9001",
        )

    def test_default_ladder_per_company(self):
        tiers = self.env["tier.definition"].search(
            [("model", "=", "hotel.compensation")]
        )
        for company in (self.company, self.company_b):
            mine = tiers.filtered(lambda t, c=company: t.company_id == c)
            self.assertEqual(len(mine), 2, company.name)
            self.assertEqual(
                set(mine.reviewer_group_id.ids),
                {
                    self.env.ref(common.GROUP_DEPT_MANAGER).id,
                    self.env.ref(common.GROUP_HOTEL_MANAGER).id,
                },
            )

    def test_front_line_authority(self):
        """Small amounts: front-line staff alone, approved at once."""
        proposal = self._proposal(self.ticket, 80, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        self.assertEqual(proposal.state, "approved")
        self.assertFalse(proposal.review_ids)

    def test_department_manager_tier(self):
        proposal = self._proposal(self.ticket, 250, 150, user=self.hk_staff)
        self.assertEqual(proposal.amount_total, 400)
        proposal.with_user(self.hk_staff).action_submit()
        self.assertEqual(proposal.state, "to_approve")
        self.assertEqual(len(proposal.review_ids), 1)
        # Not a reviewer: staff cannot approve.
        with self.assertRaises(AccessError):
            proposal.with_user(self.hk_staff)._validate_tier()
        self.assertEqual(proposal.state, "to_approve")
        # Appears in the manager's queue.
        queue = (
            self.env["hotel.compensation"]
            .with_user(self.hk_manager)
            .search(
                [
                    ("reviewer_ids", "in", self.hk_manager.id),
                    ("state", "=", "to_approve"),
                ]
            )
        )
        self.assertIn(proposal, queue)
        self._approve(proposal, self.hk_manager)
        self.assertEqual(proposal.state, "approved")
        self.assertEqual(proposal.review_ids.done_by, self.hk_manager)

    def test_two_tiers_in_sequence(self):
        proposal = self._proposal(self.ticket, 2500)
        proposal.action_submit()
        self.assertEqual(len(proposal.review_ids), 2)
        self._approve(proposal, self.hk_manager)
        self.assertEqual(proposal.state, "to_approve", "the hotel manager is next")
        self._approve(proposal, self.hotel_manager)
        self.assertEqual(proposal.state, "approved")
        self.assertEqual(len(proposal.review_ids), 2)
        self.assertEqual(set(proposal.review_ids.mapped("status")), {"approved"})

    def test_urgent_always_reaches_hotel_manager(self):
        ticket = self._complaint(severity="urgent", team_id=self.teams["security"].id)
        proposal = self._proposal(ticket, 50)
        proposal.action_submit()
        self.assertEqual(len(proposal.review_ids), 2)

    def test_reject_with_reason(self):
        proposal = self._proposal(self.ticket, 900)
        proposal.action_submit()
        self._reject(proposal, self.hk_manager, "Too generous for a stained towel")
        self.assertEqual(proposal.state, "rejected")
        self.assertIn("stained towel", proposal.rejection_reason)
        with self.assertRaises(UserError):
            proposal.action_deliver()

    def test_nothing_delivered_before_approval(self):
        proposal = self._proposal(self.ticket, 900)
        with self.assertRaises(UserError):
            proposal.action_deliver()
        proposal.action_submit()
        with self.assertRaises(UserError):
            proposal.action_deliver()
        with self.assertRaises(UserError):
            proposal.write({"state": "delivered"})
        with self.assertRaises(ValidationError):
            proposal.write({"state": "approved"})
        self.assertEqual(proposal.state, "to_approve")
        self._approve(proposal, self.hk_manager)
        proposal.action_guest_accepted()
        proposal.action_deliver()
        self.assertEqual(proposal.state, "delivered")
        self.assertTrue(proposal.delivered_date)

    def test_amount_locked_while_waiting(self):
        proposal = self._proposal(self.ticket, 900, user=self.hk_staff)
        proposal.with_user(self.hk_staff).action_submit()
        line = proposal.line_ids
        with self.assertRaises(UserError):
            line.with_user(self.hk_staff).write({"amount": 9000})
        with self.assertRaises(UserError):
            proposal.with_user(self.hk_staff).write(
                {
                    "line_ids": [
                        (
                            0,
                            0,
                            {"compensation_type": "refund", "name": "x", "amount": 10},
                        )
                    ]
                }
            )
        other = self._complaint(team_id=self.teams["housekeeping"].id)
        with self.assertRaises(UserError):
            proposal.with_user(self.hk_staff).write({"ticket_id": other.id})
        self.assertEqual(proposal.ticket_id, self.ticket)
        self.assertEqual(proposal.amount_total, 900)

    def test_bad_amounts(self):
        for amount in (0, -50):
            with self.assertRaises(ValidationError, msg=amount):
                self._proposal(self.ticket, amount)

    def test_other_currency(self):
        usd = self.env.ref("base.USD")
        eur = self.env.ref("base.EUR")
        other = eur if self.company.currency_id == usd else usd
        other.active = True
        with self.assertRaises(ValidationError) as caught:
            self.env["hotel.compensation"].create(
                {"ticket_id": self.ticket.id, "currency_id": other.id}
            )
        self.assertIn("hotel's currency", str(caught.exception))

    def test_policy_ceiling_per_complaint(self):
        self.company.hotel_compensation_max_complaint = 1000
        first = self._proposal(self.ticket, 600)
        first.action_submit()
        second = self._proposal(self.ticket, 500)
        with self.assertRaises(ValidationError) as caught:
            second.action_submit()
        self.assertIn("ceiling", str(caught.exception))
        self.assertEqual(second.state, "draft")

    def test_policy_ceiling_per_stay(self):
        self.company.hotel_compensation_max_stay = 700
        other = self._complaint(
            name="Second complaint, same stay",
            team_id=self.teams["engineering"].id,
            stay_reference="RES-9001",
        )
        first = self._proposal(other, 250)
        first.action_submit()
        proposal = self._proposal(self.ticket, 200)
        self.assertEqual(proposal.stay_compensation_to_date, 250)
        self.assertEqual(proposal.guest_compensation_to_date, 250)
        with self.assertRaises(ValidationError):
            self._proposal(self.ticket, 500).action_submit()
        proposal.action_submit()
        self.assertEqual(proposal.state, "approved")

    def test_negotiation_history(self):
        proposal = self._proposal(self.ticket, 120)
        proposal.action_submit()
        proposal.action_offer()
        proposal.guest_answer_note = "I would rather have a late check-out"
        action = proposal.action_guest_declined()
        self.assertEqual(proposal.state, "cancelled")
        self.assertEqual(proposal.guest_answer, "declined")
        new = self.env["hotel.compensation"].browse(action["res_id"])
        self.assertEqual(new.previous_id, proposal)
        self.assertEqual(new.state, "draft")
        self.assertEqual(new.amount_total, 120)
        new.line_ids.write({"compensation_type": "upgrade", "name": "Late check-out"})
        new.action_submit()
        new.action_guest_accepted()
        new.action_deliver()
        self.assertEqual(
            sorted(self.ticket.hotel_compensation_ids.mapped("state")),
            ["cancelled", "delivered"],
        )

    def test_counter_proposal(self):
        proposal = self._proposal(self.ticket, 100)
        proposal.action_submit()
        action = proposal.action_guest_counter()
        self.assertEqual(proposal.guest_answer, "counter")
        self.assertTrue(self.env["hotel.compensation"].browse(action["res_id"]))

    def test_other_company_and_portal(self):
        proposal = self._proposal(self.ticket, 100)
        with self.assertRaises(AccessError):
            proposal.with_user(self.manager_b).read(["amount_total"])
        portal = self._user("t_portal_comp", "base.group_portal")
        self.ticket.partner_id = portal.partner_id
        self.ticket.with_user(portal).read(["name"])
        with self.assertRaises(AccessError):
            proposal.with_user(portal).read(["internal_note"])
        with self.assertRaises(AccessError):
            self.ticket.with_user(portal).read(["hotel_compensation_ids"])
        # Staff of an uninvolved department do not see it.
        with self.assertRaises(AccessError):
            proposal.with_user(self.eng_staff).read(["amount_total"])

    def test_hotel_manager_edits_tiers(self):
        tier = self.env["tier.definition"].search(
            [
                ("model", "=", "hotel.compensation"),
                ("company_id", "=", self.company.id),
            ],
            limit=1,
        )
        tier.with_user(
            self.hotel_manager
        ).definition_domain = "[('amount_total', '>', 50)]"
        with self.assertRaises(AccessError):
            tier.with_user(self.hk_manager).definition_domain = "[]"

    def test_form_has_review_buttons(self):
        """Approve and reject from the form (tier validation's buttons and
        reviews are added to the form view), and a queue menu for managers."""
        arch = self.env["hotel.compensation"].get_view(view_type="form")["arch"]
        arch = arch.decode() if isinstance(arch, bytes) else arch
        for name in ("validate_tier", "reject_tier", "request_validation"):
            self.assertIn(f'name="{name}"', arch)
        action = self.env.ref("hotel_complaint.hotel_compensation_action_my_review")
        self.assertIn("needs_my_review", action.context)
        menu = self.env.ref("hotel_complaint.hotel_compensation_review_menu")
        self.assertEqual(menu.action, action)

    def test_reviewer_by_user(self):
        """A hotel can name one person as reviewer instead of a group."""
        self.env["tier.definition"].search(
            [("model", "=", "hotel.compensation"), ("company_id", "=", self.company.id)]
        ).write({"active": False})
        self.env["tier.definition"].create(
            {
                "name": "Duty manager signs off",
                "model_id": self.env["ir.model"]._get_id("hotel.compensation"),
                "company_id": self.company.id,
                "review_type": "individual",
                "reviewer_id": self.duty_manager.id,
                "definition_domain": "[('amount_total', '>', 100)]",
            }
        )
        proposal = self._proposal(self.ticket, 150)
        proposal.action_submit()
        with self.assertRaises(AccessError):
            proposal.with_user(self.hotel_manager)._validate_tier()
        proposal.with_user(self.duty_manager)._validate_tier()
        self.assertEqual(proposal.state, "approved")
