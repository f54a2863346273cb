# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two managers deciding on one compensation proposal at the same moment, in
two real database transactions: exactly one outcome, no double grant (C3.3)."""

import uuid

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged
from odoo.tests.common import BaseCase


@tagged("post_install", "-at_install")
class TestCompensationConcurrency(BaseCase):
    """Not a TransactionCase: the data must be committed so that two separate
    cursors (two transactions) see it. Everything is removed afterwards."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = odoo_registry = cls._registry()
        tag = uuid.uuid4().hex[:8]
        with odoo_registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            company = env["res.company"].create({"name": f"Concurrency Hotel {tag}"})
            team = env["helpdesk.ticket.team"].create(
                {
                    "name": f"Housekeeping {tag}",
                    "hotel_department_type": "housekeeping",
                    "company_id": company.id,
                }
            )
            managers = [
                new_test_user(
                    env,
                    login=f"t_conc_{i}_{tag}",
                    groups="hotel_complaint.group_hotel_department_manager",
                    company_id=company.id,
                    company_ids=[(6, 0, company.ids)],
                )
                for i in (1, 2)
            ]
            guest = env["res.partner"].create(
                {"name": "Concurrent Guest", "email": f"guest.{tag}@example.com"}
            )
            cls.ids = {
                "company": company.id,
                "team": team.id,
                "managers": [m.id for m in managers],
                "guest": guest.id,
            }
            cr.commit()  # pylint: disable=invalid-commit

    @classmethod
    def _registry(cls):
        from odoo.modules.registry import Registry
        from odoo.tools import config

        return Registry(config["db_name"])

    @classmethod
    def tearDownClass(cls):
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            tickets = env["helpdesk.ticket"].search(
                [("company_id", "=", cls.ids["company"])]
            )
            env["hotel.compensation"].search(
                [("ticket_id", "in", tickets.ids)]
            ).with_context(hotel_compensation_flow=True).unlink()
            tickets.unlink()
            env["res.users"].browse(cls.ids["managers"]).write({"active": False})
            cr.commit()  # pylint: disable=invalid-commit
        super().tearDownClass()

    def _new_proposal(self):
        """A committed proposal waiting for the department manager tier."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            ticket = env["helpdesk.ticket"].create(
                {
                    "name": "Broken safe",
                    "description": "<p>The safe would not open</p>",
                    "hotel_ticket_type": "complaint",
                    "company_id": self.ids["company"],
                    "team_id": self.ids["team"],
                    "partner_id": self.ids["guest"],
                    "severity": "moderate",
                    "urgency": "medium",
                }
            )
            proposal = env["hotel.compensation"].create(
                {
                    "ticket_id": ticket.id,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "compensation_type": "refund",
                                "name": "One night",
                                "amount": 1200,
                            },
                        )
                    ],
                }
            )
            proposal.action_submit()
            self.assertEqual(proposal.state, "to_approve")
            cr.commit()  # pylint: disable=invalid-commit
            return proposal.id

    def _env(self, cr, user_id):
        return api.Environment(
            cr, user_id, {"allowed_company_ids": [self.ids["company"]]}
        )

    def _decide(self, env, proposal_id, decision):
        proposal = env["hotel.compensation"].browse(proposal_id)
        reviews = proposal.review_ids
        if decision == "approve":
            proposal._validate_tier(reviews)
        else:
            reviews.sudo().write({"comment": "No"})
            proposal._rejected_tier(reviews)
        env.flush_all()

    def _race(self, first, second):
        proposal_id = self._new_proposal()
        manager_1, manager_2 = self.ids["managers"]
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        # Without the proposal's own lock, manager 2 would wait for manager 1's
        # rows: never wait long in a test.
        cr2.execute("SET lock_timeout = '3s'")
        try:
            self._decide(self._env(cr1, manager_1), proposal_id, first)
            # Manager 2 acts while manager 1's transaction is still open.
            with self.assertRaises(UserError) as caught:
                self._decide(self._env(cr2, manager_2), proposal_id, second)
            self.assertIn("Another reviewer", str(caught.exception))
            cr2.rollback()
            cr1.commit()
            # Manager 2 tries again after manager 1 committed: already decided.
            with self.assertRaises(UserError) as caught:
                self._decide(self._env(cr2, manager_2), proposal_id, second)
            self.assertIn("already decided", str(caught.exception))
            cr2.rollback()
        finally:
            cr1.close()
            cr2.close()
        with self.registry.cursor() as cr:
            proposal = api.Environment(cr, SUPERUSER_ID, {})[
                "hotel.compensation"
            ].browse(proposal_id)
            return proposal.state, proposal.review_ids.mapped("status")

    def test_approve_against_reject(self):
        state, statuses = self._race("approve", "reject")
        self.assertEqual(state, "approved")
        self.assertEqual(statuses, ["approved"])

    def test_reject_against_approve(self):
        state, statuses = self._race("reject", "approve")
        self.assertEqual(state, "rejected")
        self.assertEqual(statuses, ["rejected"])

    def test_approve_against_approve(self):
        state, statuses = self._race("approve", "approve")
        self.assertEqual(state, "approved")
        self.assertEqual(statuses, ["approved"])
