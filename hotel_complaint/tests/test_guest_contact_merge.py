# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Duplicated guests merged with Odoo's contact merge (C6.4): offered on the
guest profile to guest relations and managers, the whole history kept on the
remaining contact; not for department staff."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from . import common


class TestGuestContactMerge(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Partner = cls.env["res.partner"]
        # Odoo gives Contact Creation to new internal users by default; the
        # contact merge needs it.
        cls.merger = new_test_user(
            cls.env,
            login="t_merge_agent",
            groups=f"{common.GROUP_AGENT},base.group_partner_manager",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        cls.staff_creator = new_test_user(
            cls.env,
            login="t_merge_staff",
            groups=f"{common.GROUP_STAFF},base.group_partner_manager",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        # The same guest, entered twice: the address in another case.
        cls.duplicate = cls.Partner.create(
            {"name": "Lin Mei", "email": "Mei.Lin@Example.com"}
        )
        cls.unrelated = cls.Partner.create(
            {"name": "Somebody Else", "email": "somebody@example.com"}
        )

    def _history(self):
        """Complaints, a preference, a follow-up visit and approved
        compensation on each of the two contacts."""
        kept = self._complaint()
        merged = self._complaint(partner_id=self.duplicate.id)
        for ticket, amount in ((kept, 80), (merged, 40)):
            proposal = self._proposal(ticket, amount)
            proposal.action_submit()
            self.assertEqual(proposal.state, "approved")
        preference = self.env["hotel.guest.preference"].create(
            {
                "partner_id": self.duplicate.id,
                "category": "dietary",
                "value": "No peanuts",
            }
        )
        followup = self.env["hotel.complaint.followup"].create(
            {
                "ticket_id": merged.id,
                "partner_id": self.duplicate.id,
                "channel": "email",
                "user_id": self.agent.id,
                "date_deadline": "2026-07-10",
            }
        )
        return kept | merged, preference, followup

    def _merge_wizard(self, user, partner):
        action = partner.with_user(user).action_hotel_merge_duplicates()
        self.assertEqual(action["res_model"], "base.partner.merge.automatic.wizard")
        return (
            self.env["base.partner.merge.automatic.wizard"]
            .with_user(user)
            .with_context(**action["context"])
            .create({})
        )

    def test_possible_duplicates(self):
        """Same normalised email or phone digits; not someone else."""
        by_phone = self.Partner.create({"name": "M. Lin", "mobile": "852-5555-0101"})
        guest = self.guest.with_user(self.merger)
        self.assertEqual(guest.hotel_duplicate_count, 2)
        self.assertEqual(self.unrelated.with_user(self.merger).hotel_duplicate_count, 0)
        wizard = self._merge_wizard(self.merger, self.guest)
        self.assertEqual(wizard.state, "selection")
        self.assertEqual(wizard.partner_ids, self.guest | self.duplicate | by_phone)
        with self.assertRaises(UserError):
            self.unrelated.with_user(self.merger).action_hotel_merge_duplicates()

    def test_merge_keeps_history(self):
        tickets, preference, followup = self._history()
        guest = self.guest.with_user(self.merger)
        self.assertEqual(guest.hotel_complaint_count, 1)
        self.assertEqual(guest.hotel_compensation_total, 80)
        wizard = self._merge_wizard(self.merger, self.guest)
        wizard.dst_partner_id = self.guest
        wizard.action_merge()
        self.assertFalse(self.duplicate.exists())
        self.env.invalidate_all()
        self.assertEqual(tickets.partner_id, self.guest)
        self.assertEqual(preference.partner_id, self.guest)
        self.assertEqual(followup.partner_id, self.guest)
        self.assertEqual(guest.hotel_complaint_count, 2)
        self.assertEqual(guest.hotel_compensation_total, 120)
        self.assertIn(preference, guest.hotel_preference_ids)
        self.assertEqual(guest.hotel_duplicate_count, 0)

    def test_merge_found_by_phone(self):
        """Contacts sharing a phone, one without an email: Odoo's "same
        email" check would leave them to the administrator."""
        by_phone = self.Partner.create({"name": "M. Lin", "phone": "+852 55550101"})
        complaint = self._complaint(partner_id=by_phone.id)
        wizard = self._merge_wizard(self.merger, by_phone)
        wizard.write(
            {
                "partner_ids": [(6, 0, (self.guest | by_phone).ids)],
                "dst_partner_id": self.guest.id,
            }
        )
        wizard.action_merge()
        self.assertFalse(by_phone.exists())
        self.assertEqual(complaint.partner_id, self.guest)

    def test_different_guests_not_merged(self):
        """Two different addresses: still the administrator's decision."""
        self._complaint(partner_id=self.unrelated.id)
        wizard = self._merge_wizard(self.merger, self.guest)
        wizard.write(
            {
                "partner_ids": [(6, 0, (self.guest | self.unrelated).ids)],
                "dst_partner_id": self.guest.id,
            }
        )
        with self.assertRaises(UserError):
            wizard.action_merge()
        self.assertTrue(self.unrelated.exists())

    def test_department_staff_cannot_merge(self):
        self._history()
        # Without Contact Creation: neither the button nor Odoo's wizard.
        with self.assertRaises(AccessError):
            self.guest.with_user(self.hk_staff).action_hotel_merge_duplicates()
        with self.assertRaises(AccessError):
            self.env["base.partner.merge.automatic.wizard"].with_user(
                self.hk_staff
            ).create({})
        # With it (Odoo's default for internal users): not a guest's contact.
        with self.assertRaises(AccessError):
            self.guest.with_user(self.staff_creator).action_hotel_merge_duplicates()
        wizard = (
            self.env["base.partner.merge.automatic.wizard"]
            .with_user(self.staff_creator)
            .with_context(
                active_model="res.partner",
                active_ids=(self.guest | self.duplicate).ids,
            )
            .create({})
        )
        with self.assertRaises(AccessError):
            wizard.action_merge()
        self.assertTrue(self.duplicate.exists())

    def test_plain_contacts_merge_as_before(self):
        """Contacts without guest-care tickets: Odoo's rules only."""
        one = self.Partner.create(
            {"name": "Supplier", "email": "sales@supplier.example"}
        )
        two = self.Partner.create(
            {"name": "Supplier 2", "email": "sales@supplier.example"}
        )
        wizard = (
            self.env["base.partner.merge.automatic.wizard"]
            .with_user(self.staff_creator)
            .with_context(active_model="res.partner", active_ids=(one | two).ids)
            .create({})
        )
        wizard.action_merge()
        self.assertEqual(len((one | two).exists()), 1)
