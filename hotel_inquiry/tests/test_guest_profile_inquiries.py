# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile with the inquiry desk installed (C6.2): the guest's
inquiries counted beside their complaints, and the "handle with care"
notice on an inquiry."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError

from . import common


class TestGuestProfileInquiries(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.other_guest = cls.env["res.partner"].create(
            {"name": "Tom Lee", "email": "tom.lee@example.com"}
        )

    def test_inquiry_count(self):
        first = self._inquiry(partner_id=self.guest.id)
        self._inquiry(partner_id=self.guest.id)
        self._inquiry(partner_id=self.other_guest.id)
        self._complaint()
        first.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_cancelled")
        self.assertTrue(first.closed)
        self.assertEqual(self.guest.hotel_inquiry_count, 2)
        self.assertEqual(self.guest.hotel_complaint_count, 1)
        self.assertEqual(self.other_guest.hotel_inquiry_count, 1)
        action = self.guest.action_hotel_view_inquiries()
        found = self.Ticket.search(action["domain"])
        self.assertEqual(len(found), 2, "open and closed inquiries")
        self.assertIn(first, found)
        portal = self._user("t_profile_inquiry_portal", "base.group_portal")
        with self.assertRaises(AccessError):
            self.guest.with_user(portal).read(["hotel_inquiry_count"])

    def test_handle_with_care_on_inquiry(self):
        inquiry = self._inquiry(partner_id=self.guest.id)
        self.assertFalse(inquiry.hotel_handle_with_care)
        self._complaint(severity="urgent")
        inquiry.invalidate_recordset()
        self.assertTrue(inquiry.hotel_handle_with_care)
        self.guest.hotel_vip_level = "platinum"
        inquiry.invalidate_recordset()
        self.assertIn("VIP", inquiry.hotel_care_message)

    def test_review_cron_counts_stays(self):
        """Two stays (a complaint and an inquiry) make a returning guest; two
        tickets of one stay with one complaint do not."""
        self._complaint(stay_reference="R-1")
        self._inquiry(partner_id=self.guest.id, stay_reference="R-2")
        self._complaint(partner_id=self.other_guest.id, stay_reference="R-3")
        self._inquiry(partner_id=self.other_guest.id, stay_reference="R-3")
        self.teams["guest_relations"].user_id = self.agent
        review_type = self.env.ref("hotel_complaint.mail_activity_type_profile_review")
        with freeze_time(fields.Datetime.now() + timedelta(days=13 * 31)):
            self.env["res.partner"]._cron_hotel_profile_review()
        reviews = self.env["mail.activity"].search(
            [
                ("res_model", "=", "res.partner"),
                ("activity_type_id", "=", review_type.id),
                ("res_id", "in", (self.guest | self.other_guest).ids),
            ]
        )
        self.assertEqual(reviews.mapped("res_id"), self.guest.ids)
        self.assertEqual(reviews.user_id, self.agent)
