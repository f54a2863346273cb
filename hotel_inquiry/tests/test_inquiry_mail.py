# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiries by email (I2.6): the inquiries mailbox, the guest's language,
the acknowledgement, malformed mail kept."""

from odoo.tests import RecordCapturer

from ..models.helpdesk_ticket_mail import detect_lang
from . import common

CHINESE = """From: =?utf-8?b?5p2O5piO?= <li.ming@example.com>
To: {to}
Subject: =?utf-8?b?6K+36Zeu5pep6aSQ5pe26Ze0?=
Message-ID: <inq-zh-1@example.com>
Date: Tue, 14 Jul 2026 08:00:00 +0000
Content-Type: text/plain; charset=utf-8

您好，请问酒店早餐几点开始？谢谢。
"""

ENGLISH = """From: Anna Schmidt <anna.schmidt@example.com>
To: {to}
Subject: Parking at the hotel
Message-ID: <inq-en-1@example.com>
Date: Tue, 14 Jul 2026 08:00:00 +0000
Content-Type: text/plain; charset=utf-8

Do you have parking for a car?
"""


class TestInquiryMail(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["res.lang"]._activate_lang("zh_TW")
        cls.team = cls.env.ref("hotel_complaint.team_administration")
        domain = cls.env["mail.alias.domain"].create({"name": "inquiry.example.com"})
        cls.team.alias_id.alias_domain_id = domain

    def _process(self, raw):
        raw = raw.format(to=self.team.alias_id.alias_full_name)
        return self.Ticket.browse(self.env["mail.thread"].message_process(None, raw))

    def test_mailbox_alias(self):
        self.assertEqual(self.team.alias_id.alias_name, "inquiries")
        self.assertIn(
            "'hotel_ticket_type': 'inquiry'", self.team.alias_id.alias_defaults
        )

    def test_chinese_mail_becomes_acknowledged_inquiry(self):
        with RecordCapturer(self.env["mail.mail"], []) as mails:
            inquiry = self._process(CHINESE)
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")
        self.assertEqual(inquiry.channel_id, self.channels["email"])
        self.assertEqual(inquiry.hotel_lang, "zh_CN")
        # The bare address, not the gateway's "Name" <address>.
        self.assertEqual(inquiry.partner_email, "li.ming@example.com")
        self.assertEqual(inquiry.partner_name, "李明")
        self.assertTrue(inquiry.acknowledged_date)
        self.assertTrue(inquiry.resolution_deadline)
        ack = mails.records.filtered(
            lambda m: (
                "li.ming@example.com" in (m.email_to or "")
                or m.recipient_ids.email == "li.ming@example.com"
            )
        )
        self.assertEqual(len(ack), 1)
        self.assertIn("我们已收到您的询问", ack.subject)
        self.assertIn("之前答复您", ack.body_html)

    def test_english_mail(self):
        with RecordCapturer(self.env["mail.mail"], []) as mails:
            inquiry = self._process(ENGLISH)
        self.assertEqual(inquiry.hotel_lang, "en_US")
        self.assertEqual(inquiry.partner_name, "Anna Schmidt")
        self.assertEqual(inquiry.partner_email, "anna.schmidt@example.com")
        self.assertTrue(
            any(
                "We have received your question" in (m.subject or "")
                for m in mails.records
            )
        )

    def test_detect_lang(self):
        self.assertEqual(detect_lang("Is breakfast included?"), "en_US")
        self.assertEqual(detect_lang("请问早餐几点？"), "zh_CN")
        self.assertEqual(detect_lang("請問這個房間幾點可以入住？"), "zh_TW")

    def test_malformed_mail_kept(self):
        before = self.env["hotel.mail.quarantine"].search_count([])
        raw = ENGLISH.replace("<inq-en-1@", "<inq-bad-1@")
        result = self.env["mail.thread"].message_process(
            "helpdesk.ticket",
            raw.format(to="frontdesk@elsewhere.example.org"),
            custom_values={"hotel_ticket_type": "inquiry", "company_id": -1},
        )
        self.assertFalse(result)
        self.assertEqual(self.env["hotel.mail.quarantine"].search_count([]), before + 1)
