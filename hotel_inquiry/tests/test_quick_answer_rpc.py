# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Quick answers (I3.1) over JSON-RPC, as a browser or an RPC client calls
them, as the lowest staff group with a context stuffed with defaults and
flags: the text, the owner, the hotel and the times used are not theirs to
write; the times used are no client's."""

import json

from odoo.tests import HttpCase
from odoo.tests.common import JsonRpcException

from . import common

STUFFED = {
    "active_test": False,
    "tracking_disable": True,
    "mail_notrack": True,
    "default_usage_count": 500,
    "hotel_compensation_flow": True,
}


class TestQuickAnswerRpc(common.InquiryCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.owner = cls._user("t_qarpc_owner", common.GROUP_STAFF)
        cls.answer = (
            cls.env["hotel.inquiry.quick.answer"]
            .with_user(cls.duty_manager)
            .create(
                {
                    "name": "Late checkout",
                    "source": "t-late-checkout",
                    "substitution": "Checkout until 14:00 on request.",
                    "topic_id": cls.topic_rooms.id,
                    "lang": "en_US",
                    "user_id": cls.owner.id,
                    "company_id": cls.company.id,
                }
            )
        )
        cls.stuffed = dict(
            STUFFED,
            default_user_id=cls.hk_staff.id,
            default_company_id=cls.company_b.id,
        )

    def _call(self, model, method, args, context=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": {"context": context or self.stuffed},
            },
        )

    def _refused(self, model, method, args, context=None):
        """Call ``method`` over JSON-RPC, expect a refusal; return the error's
        class and the message the browser shows."""
        with self.assertRaises(JsonRpcException) as caught:
            self._call(model, method, args, context=context)
        params = {
            "model": model,
            "method": method,
            "args": args,
            "kwargs": {"context": context or self.stuffed},
        }
        response = self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": params}),
            headers={"Content-Type": "application/json"},
        )
        return str(caught.exception), response.json()["error"]["data"]["message"]

    def _assert_unchanged(self):
        self.answer.invalidate_recordset()
        self.assertEqual(self.answer.substitution, "Checkout until 14:00 on request.")
        self.assertEqual(self.answer.user_id, self.owner)
        self.assertEqual(self.answer.company_id, self.company)
        self.assertEqual(self.answer.usage_count, 0)

    def test_staff_refused(self):
        self.authenticate("t_hk_staff", "t_hk_staff")
        for model, ids in (
            ("hotel.inquiry.quick.answer", self.answer.ids),
            ("mail.canned.response", self.answer.canned_response_id.ids),
        ):
            error, message = self._refused(
                model, "write", [ids, {"substitution": "No late checkout."}]
            )
            self.assertEqual(error, "odoo.exceptions.AccessError")
            self.assertIn("Only its owner", message)
        for vals in (
            {"user_id": self.hk_staff.id},
            {"company_id": self.company_b.id},
            {"company_id": False},
        ):
            error, message = self._refused(
                "hotel.inquiry.quick.answer", "write", [self.answer.ids, vals]
            )
            self.assertEqual(error, "odoo.exceptions.AccessError")
            self.assertIn("Only its owner", message)
        error, message = self._refused(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"usage_count": 1000}],
        )
        self.assertEqual(error, "odoo.exceptions.UserError")
        self.assertIn("counted by the system", message)
        self._refused(
            "mail.canned.response", "unlink", [self.answer.canned_response_id.ids]
        )
        # Another hotel in the context opens nothing.
        error, _message = self._refused(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"substitution": "No."}],
            context=dict(self.stuffed, allowed_company_ids=[self.company_b.id]),
        )
        self.assertEqual(error, "odoo.exceptions.AccessError")
        self._assert_unchanged()

    def test_owner_writes_text_not_the_rest(self):
        self.authenticate("t_qarpc_owner", "t_qarpc_owner")
        error, message = self._refused(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"usage_count": 1000}],
        )
        self.assertEqual(error, "odoo.exceptions.UserError")
        error, message = self._refused(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"company_id": False}],
        )
        self.assertEqual(error, "odoo.exceptions.AccessError")
        self.assertIn("Only a hotel manager", message)
        self._assert_unchanged()
        self._call(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"substitution": "Until 13:00."}],
        )
        self.answer.invalidate_recordset()
        self.assertEqual(self.answer.substitution, "Until 13:00.")
        self.assertEqual(self.answer.usage_count, 0)

    def test_usage_count_no_clients(self):
        self.authenticate("t_hotel_manager", "t_hotel_manager")
        error, _message = self._refused(
            "hotel.inquiry.quick.answer",
            "write",
            [self.answer.ids, {"usage_count": 1000}],
        )
        self.assertEqual(error, "odoo.exceptions.UserError")
        error, _message = self._refused(
            "hotel.inquiry.quick.answer",
            "create",
            [
                {
                    "name": "Counted",
                    "source": "t-rpc-counted",
                    "substitution": "X",
                    "topic_id": self.topic_rooms.id,
                    "lang": "en_US",
                    "usage_count": 7,
                }
            ],
        )
        self.assertEqual(error, "odoo.exceptions.UserError")
        # The context's default does not count either.
        answer_id = self._call(
            "hotel.inquiry.quick.answer",
            "create",
            [
                {
                    "name": "Counted",
                    "source": "t-rpc-counted",
                    "substitution": "X",
                    "topic_id": self.topic_rooms.id,
                    "lang": "en_US",
                    "company_id": self.company.id,
                }
            ],
        )
        answer = self.env["hotel.inquiry.quick.answer"].browse(answer_id)
        self.assertEqual(answer.usage_count, 0)
        self.assertEqual(answer.user_id, self.hk_staff, "an owner chosen is fine")
        self._assert_unchanged()
