# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiries belong to the guest's contact too (C6.2, C6.4): found by phone
or email, created in the guest's language, kept on conversion and gathered
on the remaining contact after a merge."""

from odoo.tests import new_test_user

from odoo.addons.hotel_complaint.tests import common as complaint_common

from . import common


class TestInquiryGuestContact(common.InquiryCase):
    def test_inquiry_found_by_phone(self):
        inquiry = self._inquiry(partner_phone="(852) 5555-0101", partner_name=False)
        self.assertEqual(inquiry.partner_id, self.guest)
        # The name the hotel knows the guest by.
        self.assertEqual(inquiry.partner_name, "Mei Lin")
        self.assertEqual(self.guest.hotel_inquiry_count, 1)

    def test_inquiry_creates_contact_in_guest_language(self):
        inquiry = self._inquiry(
            partner_name="王小明",
            partner_phone=False,
            partner_email="wang.xiaoming@example.com",
            hotel_lang="zh_TW",
            channel_id=self.channels["email"].id,
        )
        guest = inquiry.partner_id
        self.assertEqual(guest.name, "王小明")
        self.assertEqual(guest.email, "wang.xiaoming@example.com")
        self.assertEqual(guest.lang, "zh_TW")
        self.assertFalse(guest.company_id)
        # Its complaint later finds the same contact.
        complaint = self._complaint(
            partner_id=False, partner_email="Wang.Xiaoming@example.com"
        )
        self.assertEqual(complaint.partner_id, guest)

    def test_converted_inquiry_gets_contact(self):
        """An inquiry kept without a contact (logged before contacts were
        found at intake) gets one when converted into a complaint."""
        inquiry = self._inquiry(
            partner_phone="+44 20 7946 0321",
            guest_account="The room was dirty, hair in the sink.",
        )
        created = inquiry.partner_id
        # sudo: as an inquiry logged before the intake linked contacts.
        inquiry.sudo().partner_id = False
        inquiry._hotel_apply_create_steps({"hotel_ticket_type": "complaint"}, "test")
        self.assertEqual(inquiry.hotel_ticket_type, "complaint")
        self.assertEqual(inquiry.partner_id, created)

    def test_merge_gathers_inquiries(self):
        merger = new_test_user(
            self.env,
            login="t_inquiry_merge_agent",
            groups=f"{complaint_common.GROUP_AGENT},base.group_partner_manager",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        duplicate = self.env["res.partner"].create(
            {"name": "Lin Mei", "email": "MEI.LIN@example.com"}
        )
        self._inquiry(partner_id=self.guest.id)
        self._inquiry(partner_id=duplicate.id)
        self._complaint(partner_id=duplicate.id)
        self.assertEqual(self.guest.hotel_inquiry_count, 1)
        action = self.guest.with_user(merger).action_hotel_merge_duplicates()
        wizard = (
            self.env["base.partner.merge.automatic.wizard"]
            .with_user(merger)
            .with_context(**action["context"])
            .create({"dst_partner_id": self.guest.id})
        )
        wizard.dst_partner_id = self.guest
        wizard.action_merge()
        self.assertFalse(duplicate.exists())
        self.env.invalidate_all()
        self.assertEqual(self.guest.hotel_inquiry_count, 2)
        self.assertEqual(self.guest.hotel_complaint_count, 1)
