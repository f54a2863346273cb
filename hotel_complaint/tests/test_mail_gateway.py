# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Complaints by email (C1.1): the complaint mailbox, and malformed mail that
the gateway must not lose."""

from . import common

GOOD = b"""From: Anna Schmidt <anna.schmidt@example.com>
To: complaints@hotel.example.com
Subject: Dirty bathroom in room 1512
Message-ID: <good-1@example.com>
Date: Tue, 14 Jul 2026 08:00:00 +0000
Content-Type: text/plain; charset=utf-8

The bathroom was dirty when we arrived, hair in the sink.
"""

NUL_HEADER = (
    b"From: Wang Wei <wang.wei@example.com>\r\n"
    b"To: complaints@hotel.example.com\r\n"
    b"Subject: Noise\x00 all night\r\n"
    b"Message-ID: <nul-1@example.com>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"The party next door was loud until 3am.\r\n"
)

UNKNOWN_CHARSET = (
    b"From: =?x-unknown-cs?B?5p2O5piO?= <li.ming@example.com>\r\n"
    b"To: complaints@hotel.example.com\r\n"
    b"Subject: =?x-unknown-cs?B?5oi/6ZaT5b6I6auS?=\r\n"
    b"Message-ID: <cs-1@example.com>\r\n"
    b"Content-Type: text/plain; charset=x-unknown-cs\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"\xe6\x88\xbf\xe9\x96\x93\xe5\xbe\x88\xe9\xab\x92 dirty room\r\n"
)


class TestMailGateway(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.alias_team = cls.env.ref("hotel_complaint.team_guest_relations")

    def _process(self, raw):
        return self.env["mail.thread"].message_process(
            "helpdesk.ticket",
            raw,
            custom_values={
                "hotel_ticket_type": "complaint",
                "company_id": self.company.id,
            },
        )

    def test_complaint_mailbox_alias(self):
        """Mail to the complaint mailbox becomes a triaged complaint."""
        alias = self.alias_team.alias_id
        self.assertIn("'hotel_ticket_type': 'complaint'", alias.alias_defaults)
        domain = self.env["mail.alias.domain"].create({"name": "hotel.example.com"})
        alias.alias_domain_id = domain
        raw = GOOD.replace(
            b"complaints@hotel.example.com", alias.alias_full_name.encode()
        )
        ticket_id = self.env["mail.thread"].message_process(None, raw)
        ticket = self.Ticket.browse(ticket_id)
        self.assertEqual(ticket.hotel_ticket_type, "complaint")
        self.assertEqual(
            ticket.channel_id,
            self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email"),
        )
        self.assertIn("anna.schmidt@example.com", ticket.partner_email)
        self.assertEqual(
            ticket.category_id,
            self.env.ref("hotel_complaint.category_environment_cleanliness"),
        )

    def test_sender_address_and_name(self):
        """The gateway gives the sender as ``"Name" <address>``: the complaint
        keeps the bare address, and the name as the guest's."""
        raw = GOOD.replace(
            b"From: Anna Schmidt <anna.schmidt@example.com>",
            b'From: "Anna Schmidt" <Anna.Schmidt@Example.com>',
        ).replace(b"<good-1@", b"<good-name-1@")
        ticket = self.Ticket.browse(self._process(raw))
        self.assertEqual(ticket.partner_email, "anna.schmidt@example.com")
        self.assertEqual(ticket.partner_name, "Anna Schmidt")
        # Typed at the desk the same way.
        typed = self._complaint(
            partner_email='"Wang Wei" <wang.wei@example.com>', partner_id=False
        )
        self.assertEqual(typed.partner_email, "wang.wei@example.com")
        self.assertEqual(typed.partner_name, "Wang Wei")

    def test_nul_byte_in_header(self):
        ticket = self.Ticket.browse(self._process(NUL_HEADER))
        self.assertTrue(ticket.exists(), "a ticket is created")
        self.assertIn("Noise", ticket.name)
        self.assertEqual(ticket.hotel_ticket_type, "complaint")

    def test_unknown_charset(self):
        ticket = self.Ticket.browse(self._process(UNKNOWN_CHARSET))
        self.assertTrue(ticket.exists())
        self.assertIn("dirty room", ticket.description)

    def test_unprocessable_mail_is_kept(self):
        """Mail that still fails is kept for staff, not lost."""
        before = self.env["hotel.mail.quarantine"].search_count([])
        raw = GOOD.replace(b"<good-1@example.com>", b"<bad-1@example.com>")
        result = self.env["mail.thread"].message_process(
            "helpdesk.ticket",
            raw,
            # No way to reach the guest and a bad company: the ticket fails.
            custom_values={"hotel_ticket_type": "complaint", "company_id": -1},
        )
        self.assertFalse(result)
        quarantined = self.env["hotel.mail.quarantine"].search(
            [], order="id desc", limit=1
        )
        self.assertEqual(self.env["hotel.mail.quarantine"].search_count([]), before + 1)
        self.assertEqual(quarantined.name, "Dirty bathroom in room 1512")
        self.assertIn("anna.schmidt@example.com", quarantined.email_from)
        self.assertTrue(quarantined.raw_message)
        self.assertEqual(quarantined.with_user(self.agent).state, "new")
