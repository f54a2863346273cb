# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile over JSON-RPC, with a stuffed context (C6.2): the
staff's and the portal's limits hold for an RPC client too."""

from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from .test_compensation_security import STUFFED


@tagged("post_install", "-at_install")
class TestGuestProfileRpc(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff = new_test_user(
            cls.env,
            login="t_profile_rpc_staff",
            groups="hotel_complaint.group_hotel_department_staff,"
            "base.group_partner_manager",
        )
        cls.portal = new_test_user(
            cls.env, login="t_profile_rpc_portal", groups="base.group_portal"
        )
        cls.guest = cls.env["res.partner"].create(
            {"name": "Guest", "email": "guest.profile.rpc@example.com"}
        )
        cls.preference = cls.env["hotel.guest.preference"].create(
            {
                "partner_id": cls.portal.partner_id.id,
                "category": "dietary",
                "value": "Shellfish allergy",
            }
        )

    def _refused(self, model, method, args):
        params = {
            "model": model,
            "method": method,
            "args": args,
            "kwargs": {"context": dict(STUFFED, hotel_vip_allowed=True)},
        }
        with self.assertRaises(JsonRpcException) as caught:
            self.make_jsonrpc_request("/web/dataset/call_kw", params)
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")

    def test_staff(self):
        self.authenticate("t_profile_rpc_staff", "t_profile_rpc_staff")
        self._refused(
            "hotel.guest.preference",
            "create",
            [{"partner_id": self.guest.id, "value": "Quiet room"}],
        )
        self._refused(
            "hotel.guest.preference", "write", [self.preference.ids, {"value": "-"}]
        )
        self._refused(
            "res.partner", "write", [self.guest.ids, {"hotel_vip_level": "gold"}]
        )
        self._refused(
            "res.partner", "read", [self.guest.ids, ["hotel_compensation_total"]]
        )
        self.assertFalse(self.guest.hotel_vip_level)
        self.assertEqual(self.preference.value, "Shellfish allergy")

    def test_portal(self):
        self.authenticate("t_profile_rpc_portal", "t_profile_rpc_portal")
        partner = self.portal.partner_id
        self._refused("hotel.guest.preference", "search_read", [[], ["value"]])
        for fname in ("hotel_preference_ids", "hotel_vip_level", "hotel_care_message"):
            self._refused("res.partner", "read", [partner.ids, [fname]])
