# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Answer on the spot (I3.1, I2.7): in few queries, with a quick answer,
sent to the guest by mail when they can be reached so."""

from odoo.tests import Form, RecordCapturer, users, warmup

from . import common


class TestInquiryAnswer(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.quick = cls.env["hotel.inquiry.quick.answer"].create(
            {
                "name": "Breakfast",
                "source": "t-answer-breakfast",
                "substitution": "Breakfast is served from 6:30 to 10:30.",
                "topic_id": cls.topic_fnb.id,
                "lang": "en_US",
                "company_id": cls.company.id,
            }
        )

    @users("t_agent")
    @warmup
    def test_answer_query_count(self):
        inquiry = self._inquiry(user=self.env.user, hotel_lang="en_US")
        inquiry.hotel_answer = "<p>Yes, breakfast is included.</p>"
        with self.assertQueryCount(8):
            inquiry._hotel_answer(inquiry.hotel_answer)
        self.assertTrue(inquiry.hotel_answered_date)
        self.assertTrue(inquiry.stage_id.closed)

    @users("t_agent")
    @warmup
    def test_answer_button_query_count(self):
        inquiry = self._inquiry(user=self.env.user, hotel_lang="en_US")
        inquiry.hotel_answer = "<p>Yes, breakfast is included.</p>"
        with self.assertQueryCount(8):
            inquiry.action_hotel_answer()
        self.assertTrue(inquiry.hotel_answered_date)

    def test_on_the_spot_answer_is_a_note(self):
        inquiry = self._inquiry(user=self.agent)
        with RecordCapturer(self.env["mail.mail"], []) as mails:
            inquiry.with_user(self.agent)._hotel_answer("<p>Yes.</p>")
        self.assertFalse(mails.records)
        self.assertTrue(inquiry.message_ids[0].subtype_id.internal)

    def test_answer_sent_to_guest_by_mail(self):
        inquiry = self._inquiry(
            user=self.agent,
            channel_id=self.channels["email"].id,
            partner_email="mei.lin@example.com",
        )
        with RecordCapturer(self.env["mail.message"], []) as messages:
            inquiry.with_user(self.agent)._hotel_answer("<p>Breakfast is included.</p>")
        answer = messages.records.filtered(lambda m: "Breakfast is included" in m.body)
        self.assertEqual(answer.message_type, "comment")
        self.assertFalse(answer.subtype_id.internal)
        self.assertEqual(answer.partner_ids.email, "mei.lin@example.com")
        # Notified by email (the mail itself may be sent and deleted already).
        emailed = answer.notification_ids.filtered(
            lambda n: n.notification_type == "email"
        )
        self.assertEqual(emailed.res_partner_id, answer.partner_ids)

    def test_answer_to_known_guest(self):
        inquiry = self._inquiry(
            user=self.agent,
            partner_id=self.guest.id,
            channel_id=self.channels["wechat"].id,
        )
        with RecordCapturer(self.env["mail.message"], []) as messages:
            inquiry.with_user(self.agent)._hotel_answer("<p>Yes.</p>")
        answer = messages.records.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(answer.partner_ids, self.guest)

    def test_answer_at_the_desk_to_known_guest_is_a_note(self):
        """Answered in person: no mail after it, even with an email on file."""
        inquiry = self._inquiry(user=self.agent, partner_id=self.guest.id)
        with RecordCapturer(self.env["mail.mail"], []) as mails:
            inquiry.with_user(self.agent)._hotel_answer("<p>Yes.</p>")
        self.assertFalse(mails.records)
        self.assertTrue(inquiry.message_ids[0].subtype_id.internal)

    def test_quick_answer_fills_and_counts_once(self):
        inquiry = self._inquiry(user=self.agent, hotel_lang="en_US")
        with Form(
            inquiry.with_user(self.agent),
            view="hotel_inquiry.helpdesk_ticket_view_form_inquiry",
        ) as form:
            form.hotel_quick_answer_id = self.quick
            self.assertIn("6:30 to 10:30", form.hotel_answer)
        self.assertIn("6:30 to 10:30", inquiry.hotel_answer)
        inquiry.hotel_answer = (
            "<p>Breakfast is served from 6:30 to 10:30, in the lobby.</p>"
        )
        inquiry.with_user(self.agent).action_hotel_answer()
        self.assertIn("in the lobby", inquiry.hotel_answer)
        self.assertEqual(self.quick.usage_count, 1)
        other = self._inquiry(user=self.agent, hotel_lang="en_US")
        other.hotel_answer = "<p>Written by hand.</p>"
        other.with_user(self.agent).action_hotel_answer()
        self.assertEqual(self.quick.usage_count, 1)

    def test_quick_answer_domain(self):
        inquiry = self._inquiry(hotel_lang="en_US")
        domain = inquiry._fields["hotel_quick_answer_id"].domain
        self.assertIn("hotel_topic_id", domain)
        self.assertIn("hotel_lang", domain)
