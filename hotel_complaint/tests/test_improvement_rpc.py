# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Improvement actions, trainings and recognition over JSON-RPC with a
stuffed context (C5.2, C5.3): the process fields and the rules hold for an
RPC client too."""

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from .common import GROUP_DEPT_MANAGER, GROUP_STAFF
from .test_compensation_security import STUFFED


@tagged("post_install", "-at_install")
class TestImprovementRpc(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Test RPC Hotel"})
        common = {
            "company_id": cls.company.id,
            "company_ids": [(6, 0, cls.company.ids)],
        }
        cls.staff = new_test_user(
            cls.env, login="t_impr_rpc_staff", groups=GROUP_STAFF, **common
        )
        cls.manager = new_test_user(
            cls.env, login="t_impr_rpc_manager", groups=GROUP_DEPT_MANAGER, **common
        )
        cls.portal = new_test_user(
            cls.env, login="t_impr_rpc_portal", groups="base.group_portal"
        )
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Housekeeping",
                "hotel_department_type": "housekeeping",
                "company_id": cls.company.id,
                "user_id": cls.manager.id,
                "user_ids": [(6, 0, (cls.staff | cls.manager).ids)],
            }
        )
        cls.action = cls.env["hotel.improvement.action"].create(
            {
                "name": "Turnaround check",
                "team_id": cls.team.id,
                "user_id": cls.staff.id,
                "date_deadline": "2026-07-10",
                "company_id": cls.company.id,
            }
        )
        cls.training = cls.env["hotel.training"].create(
            {
                "name": "Fire drill",
                "kind": "drill",
                "team_id": cls.team.id,
                "company_id": cls.company.id,
                "attendee_ids": [(0, 0, {"user_id": cls.staff.id})],
            }
        )

    def _refused(self, model, method, args, error="odoo.exceptions.AccessError"):
        params = {
            "model": model,
            "method": method,
            "args": args,
            "kwargs": {"context": STUFFED},
        }
        with self.assertRaises(JsonRpcException) as caught:
            self.make_jsonrpc_request("/web/dataset/call_kw", params)
        self.assertEqual(str(caught.exception), error)

    def test_staff(self):
        self.authenticate("t_impr_rpc_staff", "t_impr_rpc_staff")
        action = "hotel.improvement.action"
        self._refused(
            action,
            "write",
            [self.action.ids, {"state": "done"}],
            "odoo.exceptions.UserError",
        )
        self._refused(action, "write", [self.action.ids, {"name": "Mine"}])
        self._refused(action, "action_open", [self.action.ids])
        self._refused(action, "action_confirm_effective", [self.action.ids])
        self._refused(
            "hotel.training.attendee",
            "write",
            [self.training.attendee_ids.ids, {"result": "pass"}],
        )
        self._refused(
            "hotel.staff.recognition",
            "create",
            [{"user_id": self.staff.id, "reason": "Me", "points": 999}],
        )
        self.assertEqual(self.action.state, "draft")
        self.assertFalse(self.training.attendee_ids.result)

    def test_manager_process_fields(self):
        self.authenticate("t_impr_rpc_manager", "t_impr_rpc_manager")
        user_error = "odoo.exceptions.UserError"
        self._refused(
            "hotel.improvement.action",
            "write",
            [self.action.ids, {"verification_state": "effective"}],
            user_error,
        )
        self._refused(
            "hotel.training",
            "write",
            [self.training.ids, {"state": "done"}],
            user_error,
        )
        self.assertFalse(self.action.verification_state)
        self.assertEqual(self.training.state, "draft")

    def test_portal(self):
        self.authenticate("t_impr_rpc_portal", "t_impr_rpc_portal")
        for model in (
            "hotel.improvement.action",
            "hotel.training",
            "hotel.training.attendee",
            "hotel.staff.recognition",
        ):
            self._refused(model, "search_read", [[], ["id"]])
