# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest's contact at intake over JSON-RPC (C6.2): a department staff
member, with a context stuffed to pick another hotel's private contact, gets
the guest's contact and never that one; a portal guest keeps their own."""

from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from .test_compensation_security import STUFFED


@tagged("post_install", "-at_install")
class TestGuestContactRpc(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "RPC Harbour Hotel"})
        cls.company_b = cls.env["res.company"].create({"name": "RPC Mountain Lodge"})
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Front Office (RPC)",
                "hotel_department_type": "front_office",
                "company_id": cls.company.id,
            }
        )
        cls.staff = new_test_user(
            cls.env,
            login="t_contact_rpc_staff",
            groups="hotel_complaint.group_hotel_department_staff",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        cls.team.user_ids = [(4, cls.staff.id)]
        cls.hidden = cls.env["res.partner"].create(
            {
                "name": "Private Guest of the Lodge",
                "email": "private.guest@example.com",
                "phone": "+81 3 5555 0199",
                "company_id": cls.company_b.id,
            }
        )

    def _create(self, vals, context):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "helpdesk.ticket",
                "method": "create",
                "args": [vals],
                "kwargs": {"context": context},
            },
        )

    def _vals(self, **kw):
        vals = {
            "name": "Air conditioning noisy",
            "description": "<p>Noisy air conditioning</p>",
            "hotel_ticket_type": "complaint",
            "team_id": self.team.id,
            "company_id": self.company.id,
            "severity": "minor",
            "urgency": "low",
            "partner_name": "Sato Yuki",
        }
        vals.update(kw)
        return vals

    def test_staff_gets_contact_not_hidden_one(self):
        self.authenticate("t_contact_rpc_staff", "t_contact_rpc_staff")
        context = dict(
            STUFFED,
            allowed_company_ids=self.company.ids,
            default_partner_id=self.hidden.id,
            default_parent_id=self.hidden.id,
            default_company_id=self.company_b.id,
            active_test=False,
        )
        ticket_id = self._create(
            self._vals(partner_email="Private.Guest@Example.com"), context
        )
        ticket = self.env["helpdesk.ticket"].browse(ticket_id)
        guest = ticket.partner_id
        self.assertTrue(guest)
        self.assertNotEqual(guest, self.hidden)
        self.assertEqual(guest.name, "Sato Yuki")
        self.assertFalse(guest.company_id)
        self.assertFalse(guest.parent_id)
        # The same guest again, by phone: the contact just created, still
        # not the hidden one.
        ticket_id = self._create(
            self._vals(partner_phone="+81-3-5555-0199", partner_email=False), context
        )
        again = self.env["helpdesk.ticket"].browse(ticket_id).partner_id
        self.assertNotEqual(again, self.hidden)
        ticket_id = self._create(
            self._vals(partner_email="private.guest@example.com"), context
        )
        self.assertEqual(
            self.env["helpdesk.ticket"].browse(ticket_id).partner_id, guest
        )

    def test_type_given_by_context_default(self):
        """The type sent as a context default: the intake still applies."""
        self.authenticate("t_contact_rpc_staff", "t_contact_rpc_staff")
        vals = self._vals(partner_email="private.guest@example.com")
        vals.pop("hotel_ticket_type")
        context = dict(
            STUFFED,
            allowed_company_ids=self.company.ids,
            default_hotel_ticket_type="complaint",
            default_partner_id=self.hidden.id,
        )
        ticket = self.env["helpdesk.ticket"].browse(self._create(vals, context))
        self.assertEqual(ticket.hotel_ticket_type, "complaint")
        self.assertTrue(ticket.partner_id)
        self.assertNotEqual(ticket.partner_id, self.hidden)

    def test_staff_cannot_name_hidden_contact(self):
        self.authenticate("t_contact_rpc_staff", "t_contact_rpc_staff")
        with self.assertRaises(JsonRpcException) as caught:
            self._create(
                self._vals(
                    partner_id=self.hidden.id, partner_email="someone@example.com"
                ),
                dict(STUFFED, allowed_company_ids=self.company.ids),
            )
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")

    def test_portal_guest_keeps_own_contact(self):
        """A portal guest whose address is also on an older contact: their
        complaint is theirs."""
        older = self.env["res.partner"].create(
            {"name": "Older", "email": "portal.guest@example.com"}
        )
        portal = new_test_user(
            self.env,
            login="t_contact_rpc_portal",
            groups="base.group_portal",
            email="portal.guest@example.com",
        )
        self.assertLess(older.id, portal.partner_id.id)
        self.authenticate("t_contact_rpc_portal", "t_contact_rpc_portal")
        response = self.url_open(
            "/submitted/ticket",
            data={
                "csrf_token": http.Request.csrf_token(self),
                "subject": "Cold shower",
                "description": "No hot water this morning",
            },
            allow_redirects=False,
        )
        self.assertIn(response.status_code, (302, 303))
        ticket = self.env["helpdesk.ticket"].search(
            [("name", "=", "Cold shower")], order="id desc", limit=1
        )
        self.assertEqual(ticket.hotel_ticket_type, "complaint")
        self.assertEqual(ticket.partner_id, portal.partner_id)
