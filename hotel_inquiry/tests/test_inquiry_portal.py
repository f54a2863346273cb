# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest's inquiries on the portal (item 10), and quick answers expanded
in the chatter (I3.1), over HTTP."""

from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestInquiryPortal(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.guest = new_test_user(
            cls.env, login="t_inq_portal_a", groups="base.group_portal"
        )
        cls.other = new_test_user(
            cls.env, login="t_inq_portal_b", groups="base.group_portal"
        )
        channel = cls.env.ref("hotel_complaint.helpdesk_ticket_channel_front_desk")
        vals = {
            "hotel_ticket_type": "inquiry",
            "channel_id": channel.id,
            "partner_phone": "+852 5555 0199",
            "hotel_topic_id": cls.env.ref("hotel_inquiry.hotel_inquiry_topic_fnb").id,
        }
        Ticket = cls.env["helpdesk.ticket"]
        cls.mine = Ticket.create(
            dict(vals, name="Breakfast time?", partner_id=cls.guest.partner_id.id)
        )
        cls.mine._hotel_answer("<p>Breakfast starts at 6:30.</p>")
        cls.mine.message_post(
            body="Staff only: guest is a VIP", subtype_xmlid="mail.mt_note"
        )
        cls.theirs = Ticket.create(
            dict(vals, name="Pool hours?", partner_id=cls.other.partner_id.id)
        )
        cls.theirs._hotel_answer("<p>The pool closes at 22:00.</p>")

    def test_guest_sees_own_answer(self):
        self.authenticate("t_inq_portal_a", "t_inq_portal_a")
        response = self.url_open(f"/my/ticket/{self.mine.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Breakfast starts at 6:30.", response.text)
        self.assertIn('name="hotel_inquiry_answer"', response.text)
        self.assertNotIn("guest is a VIP", response.text)

    def test_other_guests_inquiry_refused(self):
        self.authenticate("t_inq_portal_a", "t_inq_portal_a")
        response = self.url_open(f"/my/ticket/{self.theirs.id}", allow_redirects=False)
        self.assertIn(response.status_code, (301, 302, 303, 403, 404))
        self.assertNotIn("The pool closes at 22:00.", response.text)

    def test_quick_answer_counted_from_chatter(self):
        quick = self.env["hotel.inquiry.quick.answer"].search(
            [("source", "=", "breakfast")]
        )
        before = quick.usage_count
        self.authenticate("admin", "admin")
        self.make_jsonrpc_request(
            "/mail/message/post",
            {
                "thread_model": "helpdesk.ticket",
                "thread_id": self.mine.id,
                "post_data": {"body": quick.substitution, "message_type": "comment"},
                "canned_response_ids": [quick.canned_response_id.id],
            },
        )
        quick.invalidate_recordset(["usage_count"])
        self.assertEqual(quick.usage_count, before + 1)
