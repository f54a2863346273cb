# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation over JSON-RPC, as a browser or an RPC client calls it, with a
context stuffed with every key that once opened something (C3.3)."""

import json

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from .test_compensation_security import STUFFED


@tagged("post_install", "-at_install")
class TestCompensationRpc(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Housekeeping (RPC)", "hotel_department_type": "housekeeping"}
        )
        cls.staff = new_test_user(
            cls.env,
            login="t_rpc_staff",
            groups="hotel_complaint.group_hotel_department_staff",
        )
        cls.manager = new_test_user(
            cls.env,
            login="t_rpc_manager",
            groups="hotel_complaint.group_hotel_department_manager",
        )
        cls.team.write({"user_ids": [(4, cls.staff.id), (4, cls.manager.id)]})
        cls.ticket = cls.env["helpdesk.ticket"].create(
            {
                "name": "Stained sheets",
                "description": "<p>Stains on the sheets</p>",
                "hotel_ticket_type": "complaint",
                "team_id": cls.team.id,
                "partner_id": cls.env["res.partner"]
                .create({"name": "Guest", "email": "guest.rpc@example.com"})
                .id,
                "severity": "moderate",
                "urgency": "medium",
            }
        )

    def _proposal(self, amount, submit=True):
        proposal = (
            self.env["hotel.compensation"]
            .with_user(self.staff)
            .create(
                {
                    "ticket_id": self.ticket.id,
                    "line_ids": [
                        (
                            0,
                            0,
                            {
                                "compensation_type": "amenity",
                                "name": "Fruit platter",
                                "amount": amount,
                            },
                        )
                    ],
                }
            )
        )
        if submit:
            proposal.action_submit()
        return proposal.with_user(self.env.user)

    def _params(self, model, method, args):
        return {
            "model": model,
            "method": method,
            "args": args,
            "kwargs": {"context": dict(STUFFED)},
        }

    def _refused(self, model, method, args):
        """Call ``method`` over JSON-RPC; return the error's user message."""
        params = self._params(model, method, args)
        with self.assertRaises(JsonRpcException) as caught:
            self.make_jsonrpc_request("/web/dataset/call_kw", params)
        self.assertIn(
            str(caught.exception),
            ("odoo.exceptions.UserError", "odoo.exceptions.ValidationError"),
        )
        # The message the browser shows (make_jsonrpc_request keeps the name).
        response = self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": params}),
            headers={"Content-Type": "application/json"},
        )
        return response.json()["error"]["data"]["message"]

    def test_state_by_write(self):
        draft = self._proposal(900, submit=False)
        self.authenticate("t_rpc_staff", "t_rpc_staff")
        message = self._refused(
            "hotel.compensation", "write", [[draft.id], {"state": "approved"}]
        )
        self.assertIn("cannot become Approved", message)
        small = self._proposal(80, submit=False)
        message = self._refused(
            "hotel.compensation", "write", [[small.id], {"state": "approved"}]
        )
        self.assertIn("cannot become Approved", message)
        waiting = self._proposal(900)
        self.assertEqual(waiting.state, "to_approve")
        message = self._refused(
            "hotel.compensation", "write", [[waiting.id], {"state": "approved"}]
        )
        self.assertIn("still needs the approval", message)
        message = self._refused(
            "hotel.compensation",
            "create",
            [{"ticket_id": self.ticket.id, "state": "approved"}],
        )
        self.assertIn("starts as a draft", message)
        (draft | small | waiting).invalidate_recordset()
        self.assertEqual(draft.state, "draft")
        self.assertEqual(small.state, "draft")
        self.assertEqual(waiting.state, "to_approve")

    def test_approved_is_frozen(self):
        approved = self._proposal(80)
        self.assertEqual(approved.state, "approved")
        draft = self._proposal(5000, submit=False)
        self.authenticate("t_rpc_staff", "t_rpc_staff")
        message = self._refused(
            "hotel.compensation", "write", [[approved.id], {"amount_total": 9000}]
        )
        self.assertIn("filled in by the hotel's system", message)
        message = self._refused(
            "hotel.compensation.line",
            "write",
            [[draft.line_ids.id], {"compensation_id": approved.id}],
        )
        self.assertIn("stays on its proposal", message)
        # What stays open after approval goes through.
        self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            self._params(
                "hotel.compensation",
                "write",
                [[approved.id], {"guest_answer_note": "Thank you"}],
            ),
        )
        approved.invalidate_recordset()
        self.assertEqual(approved.amount_total, 80)
        self.assertEqual(approved.guest_answer_note, "Thank you")

    def test_reviews_over_rpc(self):
        waiting = self._proposal(900)
        review = waiting.review_ids
        self.authenticate("t_rpc_staff", "t_rpc_staff")
        with self.assertRaises(JsonRpcException) as caught:
            self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                self._params(
                    "tier.review",
                    "write",
                    [[review.id], {"status": "approved", "done_by": self.staff.id}],
                ),
            )
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
        message = self._refused(
            "hotel.compensation", "restart_validation", [[waiting.id]]
        )
        self.assertIn("Only a hotel manager", message)
        review.invalidate_recordset()
        self.assertEqual(review.status, "pending")
        # The department manager approves through the flow.
        self.authenticate("t_rpc_manager", "t_rpc_manager")
        action = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            self._params("hotel.compensation", "validate_tier", [[waiting.id]]),
        )
        wizard_id = self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "comment.wizard",
                "method": "create",
                "args": [{"comment": "Agreed"}],
                "kwargs": {"context": dict(STUFFED, **action["context"])},
            },
        )
        self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            self._params("comment.wizard", "add_comment", [[wizard_id]]),
        )
        waiting.invalidate_recordset()
        self.assertEqual(waiting.state, "approved")
        self.assertEqual(waiting.review_ids.done_by, self.manager)
