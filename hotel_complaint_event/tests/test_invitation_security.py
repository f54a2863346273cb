# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who may invite and see invitations (C6.3): guest relations and managers
invite; department staff read; each hotel its own; the portal nothing; the
process's fields refused from clients, also over JSON-RPC with a stuffed
context; the Events app's own rights untouched."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.hotel_complaint.tests.test_compensation_security import STUFFED

from . import common

STUFFED_INVITATION = dict(
    STUFFED,
    default_state="attended",
    default_user_id=1,
    active_test=False,
)


class TestInvitationSecurity(common.EventCase):
    def test_who_invites(self):
        with self.assertRaises(AccessError):
            self._invite(user=self.hk_staff)
        with self.assertRaises(AccessError):
            self.Wizard.with_user(self.hk_staff).create(
                {"partner_id": self.guest.id, "event_id": self.party.id}
            )
        invitation = self._invite(user=self.agent)
        self._invite(user=self.duty_manager, event_id=self.salon.id)
        # Department staff read the hotel's invitations (the guest profile).
        self.assertEqual(
            self.Invitation.with_user(self.hk_staff).search(
                [("id", "=", invitation.id)]
            ),
            invitation,
        )
        with self.assertRaises(AccessError):
            invitation.with_user(self.hk_staff).action_accept()
        with self.assertRaises(AccessError):
            invitation.with_user(self.hk_staff).note = "-"
        # Only hotel managers delete.
        with self.assertRaises(AccessError):
            invitation.with_user(self.agent).unlink()
        invitation.with_user(self.duty_manager).unlink()

    def test_other_hotel_and_portal(self):
        invitation = self._invite()
        self.assertFalse(
            self.Invitation.with_user(self.manager_b).search(
                [("id", "=", invitation.id)]
            )
        )
        with self.assertRaises(AccessError):
            invitation.with_user(self.manager_b).action_accept()
        portal = new_test_user(
            self.env, login="t_inv_portal", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            self.Invitation.with_user(portal).search([])
        with self.assertRaises(AccessError):
            self.guest.with_user(portal).read(["hotel_invitation_count"])

    def test_process_fields_refused_with_stuffed_context(self):
        agent = self.Invitation.with_user(self.agent).with_context(**STUFFED_INVITATION)
        for fname, value in (
            ("state", "attended"),
            ("user_id", self.hk_staff.id),
            ("invitation_date", "2020-01-01 00:00:00"),
        ):
            with self.assertRaises(UserError):
                agent.create(
                    {
                        "partner_id": self.guest.id,
                        "event_id": self.party.id,
                        "channel": "email",
                        fname: value,
                    }
                )
        invitation = agent.create(
            {"partner_id": self.guest.id, "event_id": self.party.id, "channel": "email"}
        )
        self.assertEqual(invitation.state, "invited", "default_state ignored")
        self.assertEqual(invitation.user_id, self.agent, "default_user_id ignored")
        registration = self.env["event.registration"].create(
            {"event_id": self.salon.id, "partner_id": self.phone_guest.id}
        )
        for vals in (
            {"state": "attended"},
            {"registration_id": registration.id},
            {"answer_date": "2020-01-01 00:00:00"},
            {"event_id": self.salon.id},
            {"partner_id": self.phone_guest.id},
            {"channel": "phone"},
        ):
            with self.assertRaises(UserError):
                invitation.write(vals)
        invitation.write({"note": "See you there."})
        invitation.write({"event_id": self.party.id, "note": "Same event."})
        self.assertRecordValues(
            invitation,
            [{"state": "invited", "registration_id": False, "event_id": self.party.id}],
        )

    def test_event_rights(self):
        """Hotel staff read their hotel's events, nothing more; the Events
        app's registrations stay its users'."""
        self.assertEqual(self.party.with_user(self.hk_staff).name, self.party.name)
        with self.assertRaises(AccessError):
            self.party.with_user(self.agent).name = "Renamed"
        with self.assertRaises(AccessError):
            self.party_b.with_user(self.agent).check_access("read")
        self.assertFalse(
            self.env["event.event"]
            .with_user(self.agent)
            .search([("id", "=", self.party_b.id)])
        )
        with self.assertRaises(AccessError):
            self.env["event.registration"].with_user(self.agent).search([])
        invitation = self._invite()
        invitation.with_user(self.agent).action_accept()
        with self.assertRaises(AccessError):
            invitation.registration_id.with_user(self.agent).action_set_done()


@tagged("post_install", "-at_install")
class TestInvitationRpc(HttpCase):
    """The invitation over JSON-RPC, context stuffed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agent = new_test_user(
            cls.env, login="t_inv_rpc_agent", groups=common.GROUP_AGENT
        )
        cls.staff = new_test_user(
            cls.env, login="t_inv_rpc_staff", groups=common.GROUP_STAFF
        )
        new_test_user(cls.env, login="t_inv_rpc_portal", groups="base.group_portal")
        cls.guest = cls.env["res.partner"].create(
            {"name": "RPC Guest", "email": "rpc.guest@example.com"}
        )
        cls.event = common.EventCase._event.__func__(
            cls, "RPC Party", cls.env.company, days=7
        )

    def _call(self, method, args, model="hotel.guest.invitation"):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": {"context": STUFFED_INVITATION},
            },
        )

    def _refused(self, method, args, error, model="hotel.guest.invitation"):
        with self.assertRaises(JsonRpcException) as caught:
            self._call(method, args, model=model)
        self.assertEqual(str(caught.exception), error)

    def test_agent(self):
        self.authenticate("t_inv_rpc_agent", "t_inv_rpc_agent")
        vals = {
            "partner_id": self.guest.id,
            "event_id": self.event.id,
            "channel": "email",
        }
        self._refused(
            "create", [dict(vals, state="attended")], "odoo.exceptions.UserError"
        )
        invitation_id = self._call("create", [vals])
        invitation = self.env["hotel.guest.invitation"].browse(invitation_id)
        self.assertEqual(invitation.state, "invited")
        self._refused(
            "write",
            [[invitation_id], {"state": "attended"}],
            "odoo.exceptions.UserError",
        )
        self._refused("action_attended", [[invitation_id]], "odoo.exceptions.UserError")
        self._call("action_accept", [[invitation_id]])
        self.assertEqual(invitation.state, "registered")
        self._refused(
            "write",
            [[invitation.registration_id.id], {"state": "done"}],
            "odoo.exceptions.AccessError",
            model="event.registration",
        )

    def test_staff_and_portal(self):
        self.authenticate("t_inv_rpc_staff", "t_inv_rpc_staff")
        self._refused(
            "create",
            [{"partner_id": self.guest.id, "event_id": self.event.id}],
            "odoo.exceptions.AccessError",
        )
        self.authenticate("t_inv_rpc_portal", "t_inv_rpc_portal")
        self._refused("search_read", [[], ["state"]], "odoo.exceptions.AccessError")
