# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two managers deciding on one compensation proposal at the same moment, and
two proposals submitted at the same moment under a policy ceiling, in two real
database transactions: exactly one outcome, no double grant (C3.3)."""

import threading
import uuid

import psycopg2

from odoo import SUPERUSER_ID, api
from odoo.exceptions import UserError, ValidationError
from odoo.tests import new_test_user, tagged
from odoo.tests.common import BaseCase
from odoo.tools import mute_logger


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
            proposals = env["hotel.compensation"].search(
                [("ticket_id", "in", tickets.ids)]
            )
            proposals.unlink()
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


@tagged("post_install", "-at_install")
class TestCompensationCeilingRace(BaseCase):
    """Two proposals for one guest, 5,000 each under an 8,000 ceiling,
    submitted at the same moment from two real transactions: exactly one goes
    through. The other fails with a serialization failure, and its retry (as
    Odoo's RPC layer retries it) is refused with the ceiling's message."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.registry = TestCompensationConcurrency._registry()
        tag = uuid.uuid4().hex[:8]
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            company = env["res.company"].create({"name": f"Ceiling Hotel {tag}"})
            team = env["helpdesk.ticket.team"].create(
                {
                    "name": f"Front Office {tag}",
                    "hotel_department_type": "front_office",
                    "company_id": company.id,
                }
            )
            agent = new_test_user(
                env,
                login=f"t_ceiling_{tag}",
                groups="hotel_complaint.group_hotel_guest_relations",
                company_id=company.id,
                company_ids=[(6, 0, company.ids)],
            )
            guest = env["res.partner"].create(
                {"name": "Ceiling Guest", "email": f"ceiling.{tag}@example.com"}
            )
            cls.ids = {
                "company": company.id,
                "team": team.id,
                "agent": agent.id,
                "guest": guest.id,
                "tag": tag,
            }
            cr.commit()  # pylint: disable=invalid-commit

    @classmethod
    def tearDownClass(cls):
        with cls.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            tickets = env["helpdesk.ticket"].search(
                [("company_id", "=", cls.ids["company"])]
            )
            proposals = env["hotel.compensation"].search(
                [("ticket_id", "in", tickets.ids)]
            )
            proposals.unlink()
            tickets.unlink()
            env["res.users"].browse(cls.ids["agent"]).write({"active": False})
            cr.commit()  # pylint: disable=invalid-commit
        super().tearDownClass()

    def _setup_proposals(self, max_complaint, max_stay, same_complaint):
        """Two committed draft proposals of 5,000 for the same guest and stay:
        on one complaint, or on two complaints of the stay."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["res.company"].browse(self.ids["company"]).write(
                {
                    "hotel_compensation_max_complaint": max_complaint,
                    "hotel_compensation_max_stay": max_stay,
                }
            )
            stay = f"RES-{uuid.uuid4().hex[:6]}"
            tickets = env["helpdesk.ticket"].create(
                [
                    {
                        "name": f"Lost luggage {i}",
                        "description": "<p>The luggage never reached the room</p>",
                        "hotel_ticket_type": "complaint",
                        "company_id": self.ids["company"],
                        "team_id": self.ids["team"],
                        "partner_id": self.ids["guest"],
                        "stay_reference": stay,
                        "severity": "moderate",
                        "urgency": "medium",
                    }
                    for i in range(1 if same_complaint else 2)
                ]
            )
            proposals = env["hotel.compensation"].create(
                [
                    {
                        "ticket_id": tickets[-1 if same_complaint else i].id,
                        "line_ids": [
                            (
                                0,
                                0,
                                {
                                    "compensation_type": "refund",
                                    "name": "Two nights",
                                    "amount": 5000,
                                },
                            )
                        ],
                    }
                    for i in range(2)
                ]
            )
            cr.commit()  # pylint: disable=invalid-commit
            return proposals.ids

    def _env(self, cr):
        return api.Environment(
            cr, self.ids["agent"], {"allowed_company_ids": [self.ids["company"]]}
        )

    def _submit(self, cr, proposal_id):
        env = self._env(cr)
        env["hotel.compensation"].browse(proposal_id).action_submit()
        env.flush_all()

    def _race(self, max_complaint=0, max_stay=0, same_complaint=False):
        first_id, second_id = self._setup_proposals(
            max_complaint, max_stay, same_complaint
        )
        cr1 = self.registry.cursor()
        cr2 = self.registry.cursor()
        # Never wait long in a test, whatever happens.
        cr2.execute("SET lock_timeout = '20s'")
        outcome = {}

        def second_submits():
            try:
                with mute_logger("odoo.sql_db"):
                    self._submit(cr2, second_id)
            except Exception as error:  # noqa: BLE001 - reported to the test
                outcome["error"] = error

        try:
            # Both transactions read first: both have their snapshot.
            for cr, proposal_id in ((cr1, first_id), (cr2, second_id)):
                proposal = self._env(cr)["hotel.compensation"].browse(proposal_id)
                proposal.read(["state", "amount_total", "stay_compensation_to_date"])
            # Then both submit: the first one, then the second one while the
            # first transaction is still open.
            self._submit(cr1, first_id)
            thread = threading.Thread(target=second_submits)
            thread.start()
            thread.join(1.0)
            cr1.commit()
            thread.join(30)
            self.assertFalse(thread.is_alive())
            self.assertIsInstance(
                outcome.get("error"),
                psycopg2.errors.SerializationFailure,
                "the second submission went through beside the first one",
            )
            cr2.rollback()
        finally:
            cr1.close()
            cr2.close()
        # Retried in a fresh transaction: it now sees the first proposal.
        with self.registry.cursor() as cr:
            with self.assertRaises(ValidationError) as caught:
                self._submit(cr, second_id)
            cr.rollback()
        self.assertIn("ceiling", str(caught.exception))
        with self.registry.cursor() as cr:
            states = (
                api.Environment(cr, SUPERUSER_ID, {})["hotel.compensation"]
                .browse([first_id, second_id])
                .mapped("state")
            )
        self.assertEqual(states, ["to_approve", "draft"])

    def test_per_stay_ceiling_across_complaints(self):
        self._race(max_stay=8000)

    def test_per_complaint_ceiling(self):
        self._race(max_complaint=8000, same_complaint=True)
