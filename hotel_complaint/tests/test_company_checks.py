# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""helpdesk_mgmt's category and assignee of a complaint come from its own
hotel; plain tickets keep helpdesk_mgmt's behaviour."""

from lxml import etree

from odoo.exceptions import ValidationError

from . import common


class TestCompanyChecks(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.category_b = cls.env["helpdesk.ticket.category"].create(
            {"name": "Ski room", "company_id": cls.company_b.id}
        )
        cls.complaint = cls._complaint(
            name="Dirty towels", team_id=cls.teams["housekeeping"].id
        )

    def test_category_of_other_hotel(self):
        with self.assertRaisesRegex(
            ValidationError, "Ski room belongs to Test Mountain Lodge.*Test Harbour"
        ):
            self.complaint.category_id = self.category_b
        with self.assertRaises(ValidationError):
            self._complaint(name="Ski boots", category_id=self.category_b.id)
        # Shared categories and the hotel's own are fine.
        shared = self.env["helpdesk.ticket.category"].create(
            {"name": "Shared", "company_id": False}
        )
        self.complaint.category_id = shared
        self.complaint.category_id = self.cat_cleanliness

    def test_assignee_of_other_hotel(self):
        with self.assertRaisesRegex(
            ValidationError,
            r"t_manager_b .* works for Test Mountain Lodge and cannot be assigned "
            "a complaint of Test Harbour Hotel",
        ):
            self.complaint.user_id = self.manager_b
        # A chain manager working for both hotels can be assigned.
        self.complaint.user_id = self.hotel_manager
        self.assertEqual(self.complaint.user_id, self.hotel_manager)

    def test_plain_ticket_unchecked(self):
        """As helpdesk_mgmt: no hotel check on plain tickets."""
        ticket = self.Ticket.create(
            {
                "name": "Printer",
                "description": "<p>Jammed</p>",
                "company_id": self.company.id,
                "category_id": self.category_b.id,
            }
        )
        ticket.user_id = self.manager_b
        self.assertEqual(ticket.category_id, self.category_b)

    def test_form_domains(self):
        arch = etree.fromstring(
            self.Ticket.get_views([(False, "form")])["views"]["form"]["arch"]
        )
        category = arch.xpath("//field[@name='category_id']")[0]
        self.assertIn(
            "('company_id', 'in', [company_id, False])", category.get("domain")
        )
        user = arch.xpath("//field[@name='user_id']")[0]
        self.assertIn("('company_ids', 'in', company_id)", user.get("domain"))
        self.assertIn("hotel_ticket_type == 'complaint'", user.get("domain"))
