# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may read and move transfer slips (I3.2, I3.3): per group and
department, another hotel, re-parenting, the state written directly, a
stuffed context, JSON-RPC as the lowest group, a portal user."""

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from . import common
from .test_inquiry_transfer import TransferCase

# Every context key a client might hope opens something.
STUFFED = {
    "hotel_transfer_flow": True,
    "hotel_server_write": True,
    "skip_transition_check": True,
    "tracking_disable": True,
    "mail_notrack": True,
    "default_state": "answered",
    "active_test": False,
}


class TestInquiryTransferSecurity(TransferCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inquiry = cls._inquiry(
            user=cls.fo_staff,
            guest_account="Is there a vegan menu?",
            partner_email="mei.lin@example.com",
        )
        cls.slip = (
            cls.env["hotel.inquiry.transfer"]
            .with_user(cls.fo_staff)
            .create(
                {
                    "ticket_id": cls.inquiry.id,
                    "reason": "The kitchen knows",
                    "guest_told": "The kitchen answers within two hours",
                }
            )
        )
        cls.portal = new_test_user(
            cls.env,
            login="t_transfer_portal",
            groups="base.group_portal",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    def _as(self, user):
        return self.slip.with_user(user).with_context(**STUFFED)

    def test_read_per_group(self):
        Transfer = self.env["hotel.inquiry.transfer"]
        readers = {
            "sending department": self.fo_staff,
            "receiving leader": self.fnb_leader,
            "receiving staff": self.fnb_staff,
            "guest relations agent": self.agent,
            "department manager": self.hk_manager,
            "hotel manager": self.hotel_manager,
        }
        for who, user in readers.items():
            with self.subTest(who=who):
                self.assertEqual(
                    Transfer.with_user(user).search([("id", "=", self.slip.id)]),
                    self.slip,
                )
                self.slip.with_user(user).read(["question", "reason"])
        # Department staff of neither side, another hotel's manager.
        for user in (self.eng_staff, self.hk_staff, self.manager_b):
            with self.subTest(user=user.login):
                self.assertFalse(
                    Transfer.with_user(user).search([("id", "=", self.slip.id)])
                )
                with self.assertRaises(AccessError):
                    self.slip.with_user(user).read(["question"])
                with self.assertRaises(AccessError):
                    self.slip.with_user(user).write({"guest_told": "Hacked"})

    def test_receiving_department_reads_the_inquiry(self):
        self.slip.with_user(self.fo_staff).action_send()
        self.inquiry.with_user(self.fnb_staff).read(["name"])
        with self.assertRaises(AccessError):
            self.inquiry.with_user(self.fnb_staff).write({"name": "Changed"})
        # Only once transferred to it.
        with self.assertRaises(AccessError):
            self.inquiry.with_user(self.eng_staff).read(["name"])

    def test_portal_reads_no_slip(self):
        Transfer = self.env["hotel.inquiry.transfer"].with_user(self.portal)
        with self.assertRaises(AccessError):
            Transfer.search([])
        with self.assertRaises(AccessError):
            self.slip.with_user(self.portal).read(["question"])
        with self.assertRaises(AccessError):
            Transfer.create({"ticket_id": self.inquiry.id, "reason": "x"})

    def test_other_hotel_refused(self):
        inquiry_b = self._inquiry(
            company_id=self.company_b.id, partner_email="guest.b@example.com"
        )
        # A slip to the first hotel's department from the second's inquiry.
        with self.assertRaises(ValidationError):
            self.env["hotel.inquiry.transfer"].with_user(self.hotel_manager).create(
                {
                    "ticket_id": inquiry_b.id,
                    "to_team_id": self.teams["fnb"].id,
                    "reason": "Wrong hotel",
                }
            )
        # Staff of the first hotel cannot make slips on the second's inquiry.
        with self.assertRaises(AccessError):
            self.env["hotel.inquiry.transfer"].with_user(self.agent).create(
                {
                    "ticket_id": inquiry_b.id,
                    "to_team_id": self.teams["fnb_b"].id,
                    "reason": "Not my hotel",
                }
            )

    def test_no_reparenting(self):
        other = self._inquiry(
            user=self.fo_staff, partner_email="other.guest@example.com"
        )
        for user in (self.fo_staff, self.agent, self.hotel_manager):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                self._as(user).write({"ticket_id": other.id})
        self.assertEqual(self.slip.ticket_id, self.inquiry)
        self.assertEqual(
            self.slip.with_user(self.fo_staff).read(["ticket_id"])[0]["ticket_id"][0],
            self.inquiry.id,
        )

    def test_state_only_through_actions(self):
        for user in (self.fo_staff, self.fnb_leader, self.agent, self.hotel_manager):
            for fname, value in (
                ("state", "answered"),
                ("answered_date", "2026-07-01 09:00:00"),
                ("sla_state", "on_track"),
                ("partner_name", "Someone else"),
            ):
                with self.subTest(user=user.login, field=fname):
                    with self.assertRaises(UserError):
                        self._as(user).write({fname: value})
        self.assertEqual(self.slip.state, "draft")
        self.assertEqual(self.inquiry.partner_name, "Mei Lin")
        with self.assertRaises(UserError):
            self.env["hotel.inquiry.transfer"].with_user(self.fo_staff).with_context(
                **STUFFED
            ).create({"ticket_id": self.inquiry.id, "reason": "x", "state": "answered"})
        # The default in the context does not set the state either.
        slip = (
            self.env["hotel.inquiry.transfer"]
            .with_user(self.fo_staff)
            .with_context(**STUFFED)
            .create({"ticket_id": self.inquiry.id, "reason": "Kitchen"})
        )
        self.assertEqual(slip.state, "draft")

    def test_transitions_checked_with_a_stuffed_context(self):
        # Not sent: nothing to acknowledge or answer.
        with self.assertRaises(UserError):
            self._as(self.fnb_leader).action_acknowledge()
        self._as(self.fo_staff).action_send()
        # The sending side does not acknowledge or answer for the receiver.
        self.slip.with_user(self.fo_staff).write({"answer": "Made up"})
        for method in ("action_acknowledge", "action_answer"):
            with self.subTest(method=method), self.assertRaises(AccessError):
                getattr(self._as(self.fo_staff), method)()
        # The receiving side does not cancel the sender's slip.
        with self.assertRaises(AccessError):
            self._as(self.fnb_staff).action_cancel()
        # Neither side's staff of another department does anything.
        with self.assertRaises(AccessError):
            self._as(self.eng_staff).action_acknowledge()
        self.assertEqual(self.slip.state, "sent")
        # Sent again: no.
        with self.assertRaises(UserError):
            self._as(self.fo_staff).action_send()
        # Once sent, it does not move to another department.
        with self.assertRaises(UserError):
            self._as(self.fo_staff).write({"to_team_id": self.teams["housekeeping"].id})
        # Nor does the receiving side push its deadline out.
        with self.assertRaises(UserError):
            self._as(self.fnb_leader).write({"deadline": "2030-01-01 09:00:00"})


@tagged("post_install", "-at_install")
class TestInquiryTransferRpc(HttpCase):
    """The same guards over JSON-RPC, as the lowest group (department
    staff) with a stuffed context."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env.company
        Team = cls.env["helpdesk.ticket.team"]
        cls.front = Team.create(
            {"name": "Front (RPC)", "hotel_department_type": "front_office"}
        )
        cls.kitchen = Team.create({"name": "Kitchen (RPC)", "company_id": company.id})
        cls.staff = new_test_user(
            cls.env, login="t_rpc_tr_staff", groups=common.GROUP_STAFF
        )
        cls.cook = new_test_user(
            cls.env, login="t_rpc_tr_cook", groups=common.GROUP_STAFF
        )
        cls.front.write({"user_ids": [(4, cls.staff.id)]})
        cls.kitchen.write({"user_id": cls.cook.id, "user_ids": [(4, cls.cook.id)]})
        cls.inquiry = cls.env["helpdesk.ticket"].create(
            {
                "name": "Vegan menu?",
                "hotel_ticket_type": "inquiry",
                "partner_name": "RPC Guest",
                "partner_email": "rpc.guest@example.com",
                "channel_id": cls.env.ref(
                    "hotel_complaint.helpdesk_ticket_channel_front_desk"
                ).id,
                "team_id": cls.front.id,
                "company_id": company.id,
            }
        )
        cls.other = cls.inquiry.copy({"name": "Another question"})
        cls.slip = (
            cls.env["hotel.inquiry.transfer"]
            .with_user(cls.staff)
            .create(
                {
                    "ticket_id": cls.inquiry.id,
                    "from_team_id": cls.front.id,
                    "to_team_id": cls.kitchen.id,
                    "reason": "The kitchen knows",
                    "guest_told": "The kitchen answers within two hours",
                }
            )
        )

    def _call(self, method, args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "hotel.inquiry.transfer",
                "method": method,
                "args": args,
                "kwargs": {"context": dict(STUFFED)},
            },
        )

    def _refused(self, method, args):
        with self.assertRaises(JsonRpcException) as caught:
            self._call(method, args)
        self.assertIn(
            str(caught.exception),
            (
                "odoo.exceptions.UserError",
                "odoo.exceptions.ValidationError",
                "odoo.exceptions.AccessError",
            ),
        )

    def test_rpc_as_department_staff(self):
        self.authenticate("t_rpc_tr_staff", "t_rpc_tr_staff")
        self._refused("write", [[self.slip.id], {"state": "answered"}])
        self._refused("write", [[self.slip.id], {"ticket_id": self.other.id}])
        self._refused("write", [[self.slip.id], {"acknowledged_date": "2026-07-01"}])
        self._refused(
            "create",
            [{"ticket_id": self.inquiry.id, "reason": "x", "state": "sent"}],
        )
        self._refused("write", [[self.slip.id], {"user_id": self.cook.id}])
        self._call("action_send", [[self.slip.id]])
        self._refused("action_acknowledge", [[self.slip.id]])
        self._refused("action_answer", [[self.slip.id]])
        self.slip.invalidate_recordset()
        self.assertEqual(self.slip.state, "sent")
        self.assertEqual(self.slip.ticket_id, self.inquiry)
        self.assertFalse(self.slip.user_id)
        # The receiving cook acknowledges, over RPC too.
        self.authenticate("t_rpc_tr_cook", "t_rpc_tr_cook")
        self._call("action_acknowledge", [[self.slip.id]])
        self.slip.invalidate_recordset()
        self.assertEqual(self.slip.state, "acknowledged")
