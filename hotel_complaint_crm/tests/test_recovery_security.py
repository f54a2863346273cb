# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who sees the guest recovery opportunities, and the links only the process
sets (C6.1 in CRM), also over JSON-RPC with a stuffed context."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from odoo.addons.hotel_complaint.tests.common import GROUP_AGENT, GROUP_STAFF
from odoo.addons.hotel_complaint.tests.test_compensation_security import STUFFED

from . import common
from .common import GROUP_SALESMAN


class TestRecoverySecurity(common.RecoveryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._ready("serious")
        cls.followup = cls._close(cls.ticket)
        cls.lead = cls.followup.hotel_crm_lead_id
        cls.portal = new_test_user(
            cls.env, login="t_crm_portal", groups="base.group_portal"
        )

    def _sees(self, user):
        return bool(self.Lead.with_user(user).search([("id", "=", self.lead.id)]))

    def test_who_sees_the_opportunity(self):
        # Sales staff of the hotel, by CRM's own rules.
        self.assertTrue(self._sees(self.duty_manager), "the salesperson")
        self.assertTrue(self._sees(self.sales_all), "all the hotel's leads")
        self.assertFalse(self._sees(self.salesman), "someone else's")
        # Another hotel's sales staff: nothing.
        self.assertFalse(self._sees(self.sales_all_b))
        self.assertFalse(self._sees(self.manager_b))
        # Hotel staff without CRM rights, and a portal guest: no CRM at all.
        for user in (self.hk_staff, self.agent, self.hotel_manager, self.portal):
            with self.assertRaises(AccessError):
                self.Lead.with_user(user).search([])
        # ... yet guest relations complete the visit from the follow-up.
        followup = self.followup.with_user(self.agent)
        followup.write({"outcome": "satisfied"})
        followup.action_done()
        self.assertEqual(self.lead.probability, 100)

    def test_complaints_only_for_hotel_staff(self):
        """Sales staff without hotel rights see the opportunity, not the
        complaints behind it."""
        lead = self.lead.with_user(self.sales_all)
        self.assertTrue(lead.name)
        with self.assertRaises(AccessError):
            lead.read(["hotel_ticket_ids"])
        arch = lead.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("hotel_ticket_count", arch)
        arch = self.lead.with_user(self.duty_manager).get_views([(False, "form")])
        self.assertIn("hotel_ticket_count", arch["views"]["form"]["arch"])
        self.assertEqual(self.lead.with_user(self.duty_manager).hotel_ticket_count, 1)

    def test_process_links_not_writable(self):
        other = self._complaint()
        lead = self.lead.with_user(self.duty_manager).with_context(**STUFFED)
        for vals in (
            {"hotel_ticket_ids": [(4, other.id)]},
            {"hotel_ticket_ids": [(5,)]},
        ):
            with self.assertRaises(AccessError):
                lead.write(vals)
        Lead = self.Lead.with_user(self.duty_manager)
        with self.assertRaises(AccessError):
            Lead.create(
                {
                    "name": "Forged",
                    "type": "opportunity",
                    "hotel_ticket_ids": [(4, other.id)],
                }
            )
        with self.assertRaises(AccessError):
            Lead.with_context(default_hotel_ticket_ids=[(4, other.id)]).create(
                {"name": "Forged", "type": "opportunity"}
            )
        self.assertEqual(self.lead.hotel_ticket_ids, self.ticket)
        # The complaint's side.
        ticket = self.ticket.with_user(self.duty_manager).with_context(**STUFFED)
        with self.assertRaises(AccessError):
            ticket.write({"hotel_crm_lead_ids": [(5,)]})
        self.assertEqual(self.ticket.hotel_crm_lead_ids, self.lead)
        # The follow-up's.
        followup = self.followup.with_user(self.duty_manager).with_context(**STUFFED)
        for vals in ({"hotel_crm_lead_id": False}, {"hotel_crm_outcome_logged": True}):
            with self.assertRaises(UserError):
                followup.write(vals)
        with self.assertRaises(AccessError):
            self.followup.with_user(self.agent).read(["hotel_crm_lead_id"])


@tagged("post_install", "-at_install")
class TestRecoveryRpc(HttpCase):
    """The process-set links over JSON-RPC, context stuffed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        team = cls.env["helpdesk.ticket.team"].create(
            {"name": "Housekeeping (CRM RPC)", "hotel_department_type": "housekeeping"}
        )
        cls.user = new_test_user(
            cls.env,
            login="t_crm_rpc_sales",
            groups=f"{GROUP_AGENT},{GROUP_SALESMAN}",
        )
        new_test_user(cls.env, login="t_crm_rpc_staff", groups=GROUP_STAFF)
        new_test_user(cls.env, login="t_crm_rpc_portal", groups="base.group_portal")
        team.write({"user_ids": [(4, cls.user.id)]})
        Ticket = cls.env["helpdesk.ticket"]
        vals = {
            "name": "Noisy room",
            "description": "<p>Noise</p>",
            "hotel_ticket_type": "complaint",
            "team_id": team.id,
            "partner_email": "noise.crm.rpc@example.com",
            "severity": "moderate",
        }
        cls.ticket = Ticket.create(vals)
        cls.other = Ticket.create(dict(vals, name="Cold shower"))
        cls.lead = cls.env["crm.lead"].create(
            {
                "name": "Guest recovery",
                "type": "opportunity",
                "user_id": cls.user.id,
                "hotel_ticket_ids": [(4, cls.ticket.id)],
            }
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

    def test_links_refused(self):
        self.authenticate("t_crm_rpc_sales", "t_crm_rpc_sales")
        calls = [
            ("crm.lead", "write", [[self.lead.id], {"hotel_ticket_ids": [(5,)]}], {}),
            (
                "crm.lead",
                "create",
                [{"name": "Forged", "hotel_ticket_ids": [(4, self.other.id)]}],
                {},
            ),
            (
                "crm.lead",
                "create",
                [{"name": "Forged"}],
                {"default_hotel_ticket_ids": [(4, self.other.id)]},
            ),
            (
                "helpdesk.ticket",
                "write",
                [[self.other.id], {"hotel_crm_lead_ids": [(4, self.lead.id)]}],
                {"default_hotel_crm_lead_ids": [(4, self.lead.id)]},
            ),
        ]
        for model, method, args, context in calls:
            with self.assertRaises(JsonRpcException) as caught:
                self._call(model, method, args, **context)
            self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
        self.assertEqual(self.lead.hotel_ticket_ids, self.ticket)
        self.assertFalse(self.other.hotel_crm_lead_ids)
        # What the user may change is changed.
        self._call("crm.lead", "write", [[self.lead.id], {"expected_revenue": 80}])
        self.assertEqual(self.lead.expected_revenue, 80)

    def test_staff_and_portal_nothing(self):
        for login in ("t_crm_rpc_staff", "t_crm_rpc_portal"):
            self.authenticate(login, login)
            with self.assertRaises(JsonRpcException) as caught:
                self._call("crm.lead", "search_read", [[], ["name"]])
            self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
