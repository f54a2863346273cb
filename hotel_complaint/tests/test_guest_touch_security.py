# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Personal touches (C6.2): who sees and records them, per group and hotel,
and the process fields and the recovery flag over JSON-RPC with a stuffed
context; a portal guest sees nothing."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from . import common
from .common import GROUP_STAFF
from .test_compensation_security import STUFFED


class TestGuestTouchAccess(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )
        cls.env["hotel.guest.preference"].create(
            {"partner_id": cls.guest.id, "category": "pillow", "value": "Soft"}
        )
        cls.ticket = cls._complaint(stay_reference="S-1")
        cls.touch = cls.env["hotel.guest.touch"].search(
            [("partner_id", "=", cls.guest.id)]
        )
        cls.portal = new_test_user(
            cls.env,
            login="t_touch_portal",
            groups="base.group_portal",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    def test_touch_assigned_to_housekeeping_leader(self):
        self.assertEqual(self.touch.user_id, self.hk_manager)

    def test_staff_reads_all_records_own(self):
        # Engineering staff serve the guest too: they read the touch...
        as_eng = self.touch.with_user(self.eng_staff)
        self.assertEqual(as_eng.read(["suggestion"])[0]["id"], self.touch.id)
        self.assertIn(self.touch, self.guest.with_user(self.eng_staff).hotel_touch_ids)
        # ... but do not record one assigned to someone else.
        with self.assertRaises(AccessError):
            as_eng.result_note = "Done"
        with self.assertRaises(AccessError):
            as_eng.unlink()
        self.touch.with_user(self.agent).user_id = self.hk_staff
        as_hk = self.touch.with_user(self.hk_staff)
        as_hk.result_note = "Soft pillows on the bed."
        as_hk.action_done()
        self.assertEqual(self.touch.state, "done")
        self.assertEqual(self.touch.done_by_id, self.hk_staff)

    def test_no_create_by_hand(self):
        for user in (self.hk_staff, self.agent, self.hotel_manager):
            with self.assertRaises(AccessError):
                self.env["hotel.guest.touch"].with_user(user).create(
                    {
                        "partner_id": self.guest.id,
                        "date_deadline": "2026-07-01",
                        "touch_kind": "gift",
                    }
                )

    def test_process_fields_refused(self):
        for vals in (
            {"state": "done"},
            {"done_by_id": self.agent.id},
            {"partner_id": self.portal.partner_id.id},
            {"company_id": self.company_b.id},
            {"ticket_id": False},
        ):
            with self.assertRaises(UserError):
                self.touch.with_user(self.hotel_manager).with_context(**STUFFED).write(
                    vals
                )
        self.assertEqual(self.touch.state, "pending")

    def test_other_hotel_and_portal(self):
        with self.assertRaises(AccessError):
            self.touch.with_user(self.manager_b).read(["suggestion"])
        self.assertFalse(
            self.env["hotel.guest.touch"].with_user(self.manager_b).search([])
        )
        with self.assertRaises(AccessError):
            self.touch.with_user(self.portal).read(["suggestion"])
        with self.assertRaises(AccessError):
            self.env["hotel.guest.touch.rule"].with_user(self.portal).search([])
        with self.assertRaises(AccessError):
            self.guest.with_user(self.portal).read(["hotel_recovery_flag"])

    def test_portal_ticket_of_flagged_guest(self):
        """A guest's own portal ticket still suggests the touch (as the
        process), without the guest seeing it."""
        partner = self.portal.partner_id
        partner.sudo()._hotel_set_recovery(self.company, "Test")
        self.env["helpdesk.ticket"].with_user(self.portal).sudo().create(
            {
                "name": "Still noisy",
                "description": "<p>Noise</p>",
                "hotel_ticket_type": "complaint",
                "partner_id": partner.id,
                "partner_email": "portal.touch@example.com",
                "company_id": self.company.id,
            }
        )
        touch = self.env["hotel.guest.touch"].search([("partner_id", "=", partner.id)])
        self.assertEqual(touch.touch_kind, "gift")
        self.assertNotIn(partner, touch.message_partner_ids, "no portal follower")
        with self.assertRaises(AccessError):
            touch.with_user(self.portal).read(["suggestion"])


@tagged("post_install", "-at_install")
class TestGuestTouchRpc(HttpCase):
    """The touch's process fields and the recovery flag over JSON-RPC,
    context stuffed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Test Touch Hotel"})
        team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Guest Relations (RPC)",
                "hotel_department_type": "guest_relations",
                "company_id": cls.company.id,
            }
        )
        cls.staff = new_test_user(
            cls.env,
            login="t_touch_rpc_staff",
            groups=f"{GROUP_STAFF},base.group_partner_manager",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        new_test_user(cls.env, login="t_touch_rpc_portal", groups="base.group_portal")
        team.write({"user_id": cls.staff.id, "user_ids": [(4, cls.staff.id)]})
        cls.guest = cls.env["res.partner"].create(
            {"name": "Rpc Guest", "email": "touch.rpc@example.com"}
        )
        cls.guest._hotel_set_recovery(cls.company, "Test")
        cls.env["helpdesk.ticket"].create(
            {
                "name": "Cold room",
                "description": "<p>Cold</p>",
                "hotel_ticket_type": "complaint",
                "partner_id": cls.guest.id,
                "team_id": team.id,
                "company_id": cls.company.id,
                "severity": "minor",
                "stay_reference": "RPC-1",
            }
        )
        cls.touch = cls.env["hotel.guest.touch"].search(
            [("partner_id", "=", cls.guest.id)]
        )

    def _call(self, model, method, args, **context):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": {"context": dict(STUFFED, **context)},
            },
        )

    def _refused(self, error, model, method, args, **context):
        with self.assertRaises(JsonRpcException) as caught:
            self._call(model, method, args, **context)
        self.assertEqual(str(caught.exception), f"odoo.exceptions.{error}")

    def test_staff_limits(self):
        self.assertEqual(self.touch.user_id, self.staff)
        self.authenticate("t_touch_rpc_staff", "t_touch_rpc_staff")
        touch = [self.touch.id]
        for vals in ({"state": "done"}, {"done_by_id": self.staff.id}):
            self._refused(
                "UserError",
                "hotel.guest.touch",
                "write",
                [touch, vals],
                default_state="done",
            )
        self._refused(
            "AccessError",
            "hotel.guest.touch",
            "create",
            [{"partner_id": self.guest.id, "date_deadline": "2026-07-01"}],
        )
        for vals in ({"hotel_recovery_flag": False}, {"hotel_recovery_reason": "x"}):
            self._refused(
                "AccessError", "res.partner", "write", [[self.guest.id], vals]
            )
        self._refused(
            "AccessError",
            "res.partner",
            "action_hotel_clear_recovery",
            [[self.guest.id]],
        )
        self.assertTrue(self.guest.hotel_recovery_flag)
        self._call("hotel.guest.touch", "write", [touch, {"result_note": "Flowers"}])
        self._call("hotel.guest.touch", "action_done", [touch])
        self.assertEqual(self.touch.state, "done")
        self.assertEqual(self.touch.done_by_id, self.staff)

    def test_portal_nothing(self):
        self.authenticate("t_touch_rpc_portal", "t_touch_rpc_portal")
        for model in ("hotel.guest.touch", "hotel.guest.touch.rule"):
            self._refused("AccessError", model, "search_read", [[], ["id"]])
        self._refused(
            "AccessError",
            "res.partner",
            "read",
            [[self.guest.id], ["hotel_recovery_flag"]],
        )
