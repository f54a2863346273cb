# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest's contact at intake (C6.2, C6.4): found by normalised email or
phone, created from the intake otherwise, never another hotel's private
contact; plain tickets untouched."""

from odoo.exceptions import ValidationError

from . import common
from .test_mail_gateway import GOOD


class TestGuestContact(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Partner = cls.env["res.partner"]
        cls.channel_phone = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone")

    def _hotline(self, user=None, **kw):
        """A complaint logged by the hotline: no contact, the guest's name and
        how to reach them."""
        vals = self._complaint_vals(
            partner_id=False, channel_id=self.channel_phone.id, **kw
        )
        vals.pop("partner_id")
        Ticket = self.Ticket.with_user(user) if user else self.Ticket
        return Ticket.create(vals)

    def _partner_count(self):
        return self.Partner.with_context(active_test=False).search_count([])

    def test_hotline_complaint_creates_contact(self):
        before = self._partner_count()
        ticket = self._hotline(
            partner_name="Chen Jing",
            partner_email="chen.jing@example.com",
            partner_phone="+86 138 0013 8000",
        )
        guest = ticket.partner_id
        self.assertTrue(guest)
        self.assertEqual(self._partner_count(), before + 1)
        self.assertEqual(guest.name, "Chen Jing")
        self.assertEqual(guest.email, "chen.jing@example.com")
        self.assertEqual(guest.phone, "+86 138 0013 8000")
        self.assertFalse(guest.is_company)
        # Shared by the chain's hotels: the profile gathers every hotel's.
        self.assertFalse(guest.company_id)
        self.assertEqual(guest.hotel_phone_key, "8613800138000")
        self.assertEqual(guest.hotel_complaint_count, 1)

    def test_same_email_other_case_and_name_form(self):
        first = self._hotline(
            partner_name="Chen Jing", partner_email="chen.jing@example.com"
        )
        before = self._partner_count()
        second = self._hotline(partner_email='"Jing Chen" <CHEN.Jing@Example.COM>')
        self.assertEqual(second.partner_id, first.partner_id)
        self.assertEqual(self._partner_count(), before)
        self.assertEqual(second.partner_email, "chen.jing@example.com")
        self.assertEqual(first.partner_id.hotel_complaint_count, 2)

    def test_one_contact_for_a_batch(self):
        """Two complaints of a new guest created at once: one contact."""
        vals = self._complaint_vals(partner_email="batch.guest@example.com")
        vals.pop("partner_id")
        before = self._partner_count()
        tickets = self.Ticket.create(
            [dict(vals), dict(vals, partner_email="BATCH.guest@example.com")]
        )
        self.assertEqual(len(tickets.partner_id), 1)
        self.assertEqual(self._partner_count(), before + 1)

    def test_phone_in_other_formatting(self):
        guest = self.Partner.create(
            {"name": "Li Wei", "mobile": "+852 6987 1203", "phone": "2873 4519"}
        )
        before = self._partner_count()
        for phone in ("(852) 6987-1203", "00852 69871203", "852.6987.1203"):
            ticket = self._hotline(partner_name="Mr Li", partner_phone=phone)
            self.assertEqual(ticket.partner_id, guest, phone)
        # The other number of the contact finds it too.
        ticket = self._hotline(partner_name="Mr Li", partner_phone="2873-4519")
        self.assertEqual(ticket.partner_id, guest)
        self.assertEqual(self._partner_count(), before)

    def test_email_before_phone(self):
        by_email = self.Partner.create({"name": "A", "email": "a.guest@example.com"})
        self.Partner.create({"name": "B", "phone": "+44 20 7946 0958"})
        ticket = self._hotline(
            partner_email="a.guest@example.com", partner_phone="+44 20 7946 0958"
        )
        self.assertEqual(ticket.partner_id, by_email)

    def test_person_before_company_then_oldest(self):
        """A person before a company; among several persons, the oldest."""
        self.Partner.create(
            {"name": "Acme Travel", "is_company": True, "email": "desk@acme.example"}
        )
        oldest = self.Partner.create({"name": "Desk 1", "email": "desk@acme.example"})
        self.Partner.create({"name": "Desk 2", "email": "DESK@acme.example"})
        for _i in range(2):
            ticket = self._hotline(partner_email="desk@acme.example")
            self.assertEqual(ticket.partner_id, oldest)

    def test_archived_contact_not_used(self):
        archived = self.Partner.create(
            {"name": "Old", "email": "old.guest@example.com", "active": False}
        )
        ticket = self._hotline(partner_email="old.guest@example.com")
        self.assertNotEqual(ticket.partner_id, archived)
        self.assertTrue(ticket.partner_id.active)

    def test_other_hotels_private_contact_not_found(self):
        """A contact private to another hotel is not found (nor named): the
        staff member gets a new contact, though they may not create contacts
        themselves."""
        hidden = self.Partner.create(
            {
                "name": "Hidden Guest",
                "email": "hidden.guest@example.com",
                "phone": "+81 3 1234 5678",
                "company_id": self.company_b.id,
            }
        )
        self.assertFalse(self.hk_staff.has_group("base.group_partner_manager"))
        ticket = self._hotline(
            user=self.hk_staff,
            partner_name="Tanaka",
            partner_email="hidden.guest@example.com",
        )
        self.assertNotEqual(ticket.partner_id, hidden)
        self.assertEqual(ticket.partner_id.name, "Tanaka")
        ticket = self._hotline(
            user=self.hk_staff, partner_name="Tanaka", partner_phone="+81312345678"
        )
        self.assertNotEqual(ticket.partner_id, hidden)

    def test_stuffed_context_does_not_shape_the_contact(self):
        """The client's ``default_*`` keys choose nothing of the new contact,
        and ``active_test`` does not bring back an archived one."""
        parent = self.Partner.create({"name": "Some Company", "is_company": True})
        archived = self.Partner.create(
            {"name": "Old", "email": "ctx.guest@example.com", "active": False}
        )
        ticket = self._hotline(
            user=self.agent.with_context(
                default_company_id=self.company_b.id,
                default_parent_id=parent.id,
                default_is_company=True,
                default_email="other@example.com",
                active_test=False,
            ),
            partner_name="Wang Fang",
            partner_email="ctx.guest@example.com",
        )
        guest = ticket.partner_id
        self.assertNotEqual(guest, archived)
        self.assertFalse(guest.company_id)
        self.assertFalse(guest.parent_id)
        self.assertFalse(guest.is_company)
        self.assertEqual(guest.email, "ctx.guest@example.com")

    def test_contact_given_is_kept(self):
        other = self.Partner.create({"name": "Other", "email": "mei.lin@example.com"})
        ticket = self._complaint(partner_email="mei.lin@example.com")
        self.assertEqual(ticket.partner_id, self.guest)
        self.assertNotEqual(ticket.partner_id, other)

    def test_invalid_email_creates_nothing(self):
        before = self._partner_count()
        with self.assertRaises(ValidationError):
            self._hotline(partner_name="X", partner_email="not an email")
        self.assertEqual(self._partner_count(), before)

    def test_plain_ticket_gets_no_contact(self):
        before = self._partner_count()
        ticket = self.Ticket.create(
            {
                "name": "Printer jam",
                "description": "<p>The printer is jammed.</p>",
                "partner_name": "Someone",
                "partner_email": "someone@example.com",
                "company_id": self.company.id,
            }
        )
        self.assertFalse(ticket.hotel_ticket_type)
        self.assertFalse(ticket.partner_id)
        self.assertEqual(self._partner_count(), before)

    def test_language_of_the_ticket(self):
        """The new contact speaks the language given with the ticket."""
        vals = self.Partner._hotel_prepare_guest_vals(
            "Zhang San", "zhang.san@example.com", False, "en_US"
        )
        self.assertEqual(vals["lang"], "en_US")
        self.assertFalse(vals["company_id"])

    def test_mail_gateway_links_sender(self):
        """A known sender's complaint is theirs (address in another case);
        an unknown sender gets a contact named after the mail's sender."""
        anna = self.Partner.create(
            {"name": "Anna Schmidt", "email": "Anna.Schmidt@Example.com"}
        )
        Thread = self.env["mail.thread"]
        custom = {"hotel_ticket_type": "complaint", "company_id": self.company.id}
        ticket = self.Ticket.browse(
            Thread.message_process("helpdesk.ticket", GOOD, custom_values=custom)
        )
        self.assertEqual(ticket.partner_id, anna)
        raw = GOOD.replace(
            b"Anna Schmidt <anna.schmidt", b"Zhou Min <zhou.min"
        ).replace(b"good-1@", b"good-2@")
        before = self._partner_count()
        ticket = self.Ticket.browse(
            Thread.message_process("helpdesk.ticket", raw, custom_values=custom)
        )
        self.assertEqual(self._partner_count(), before + 1)
        self.assertEqual(ticket.partner_id.name, "Zhou Min")
        self.assertEqual(ticket.partner_id.email, "zhou.min@example.com")
        # The next mail of the same guest finds that contact.
        raw = raw.replace(b"good-2@", b"good-3@")
        again = self.Ticket.browse(
            Thread.message_process("helpdesk.ticket", raw, custom_values=custom)
        )
        self.assertEqual(again.partner_id, ticket.partner_id)
