# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Classification and the severity x urgency matrix: C2.1, C2.2, C2.4."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import ValidationError

from . import common

NOW = datetime(2026, 3, 14, 21, 30)


class TestClassification(common.HotelCase):
    def test_categories_c2_1(self):
        """The four hotel categories with their sub-categories, editable."""
        expected = {
            "service": {"attitude", "efficiency", "skill"},
            "environment": {"cleanliness", "noise"},
            "facilities": {"room_facilities", "appliances", "gym"},
            "fnb": {"dish_quality", "food_hygiene"},
        }
        Category = self.env["helpdesk.ticket.category"]
        for code, children in expected.items():
            parent = Category.search([("hotel_code", "=", code)])
            self.assertEqual(len(parent), 1, code)
            self.assertFalse(parent.company_id, "shared by every property")
            self.assertEqual(
                {c.hotel_code.split(".")[1] for c in parent.child_id}, children
            )
        self.assertEqual(
            self.cat_cleanliness.complete_name,
            "Environment and Hygiene / Cleanliness",
        )
        # Managers edit them; department staff cannot.
        self.cat_cleanliness.with_user(self.hotel_manager).name = "Room Cleanliness"
        with self.assertRaises(common.AccessError):
            self.cat_cleanliness.with_user(self.hk_staff).name = "X"

    def test_category_translated(self):
        """Categories are translatable; zh_CN and zh_TW are shipped."""
        for lang in ("zh_CN", "zh_TW"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"].search(
            [("name", "=", "hotel_complaint")]
        )._update_translations(["zh_CN", "zh_TW"])
        cat = self.env.ref("hotel_complaint.category_fnb")
        self.assertEqual(cat.with_context(lang="zh_CN").name, "餐饮食品")
        self.assertEqual(cat.with_context(lang="zh_TW").name, "餐飲食品")

    def test_default_matrix_per_company(self):
        """Every hotel gets its 12 cells; urgent/high answers within minutes."""
        Matrix = self.env["hotel.complaint.matrix"]
        for company in (self.company, self.company_b):
            cells = Matrix.search([("company_id", "=", company.id)])
            self.assertEqual(len(cells), 12)
        cell = Matrix.search(
            [
                ("company_id", "=", self.company.id),
                ("severity", "=", "urgent"),
                ("urgency", "=", "high"),
            ]
        )
        self.assertEqual(cell.priority, "3")
        self.assertLessEqual(cell.response_hours, 0.25)
        self.assertTrue(cell.alert_duty_manager and cell.alert_security)
        minor = Matrix.search(
            [
                ("company_id", "=", self.company.id),
                ("severity", "=", "minor"),
                ("urgency", "=", "low"),
            ]
        )
        self.assertFalse(minor.alert_duty_manager)
        self.assertGreater(minor.resolution_hours, cell.resolution_hours)

    @freeze_time(NOW)
    def test_deadlines_from_matrix_c2_4(self):
        ticket = self._complaint(severity="moderate", urgency="medium")
        cell = ticket.hotel_matrix_id
        self.assertEqual((cell.severity, cell.urgency), ("moderate", "medium"))
        self.assertEqual(ticket.priority, cell.priority)
        self.assertEqual(
            ticket.first_response_deadline,
            NOW + timedelta(hours=cell.response_hours),
        )
        self.assertEqual(
            ticket.resolution_deadline, NOW + timedelta(hours=cell.resolution_hours)
        )

    @freeze_time(NOW)
    def test_deadlines_recomputed(self):
        """Severity, urgency or the cell itself changing moves the deadlines."""
        ticket = self._complaint(severity="minor", urgency="low")
        before = ticket.resolution_deadline
        ticket.severity = "urgent"
        urgent_cell = ticket.hotel_matrix_id
        self.assertEqual(urgent_cell.severity, "urgent")
        self.assertEqual(
            ticket.resolution_deadline,
            NOW + timedelta(hours=urgent_cell.resolution_hours),
        )
        self.assertLess(ticket.resolution_deadline, before)
        self.assertEqual(ticket.priority, "3")
        ticket.urgency = "high"
        self.assertEqual(ticket.hotel_matrix_id.urgency, "high")
        cell = ticket.hotel_matrix_id
        cell.write({"response_hours": 0.5, "resolution_hours": 6})
        self.assertEqual(ticket.resolution_deadline, NOW + timedelta(hours=6))
        self.assertEqual(ticket.first_response_deadline, NOW + timedelta(minutes=30))

    def test_matrix_per_company(self):
        """A cell changed in one hotel does not move another hotel's deadlines."""
        ticket_b = self._complaint(
            company_id=self.company_b.id, severity="minor", urgency="low"
        )
        cell_a = self.env["hotel.complaint.matrix"].search(
            [
                ("company_id", "=", self.company.id),
                ("severity", "=", "minor"),
                ("urgency", "=", "low"),
            ]
        )
        before = ticket_b.resolution_deadline
        cell_a.resolution_hours = 100
        self.assertEqual(ticket_b.hotel_matrix_id.company_id, self.company_b)
        self.assertEqual(ticket_b.resolution_deadline, before)
        # A manager of hotel B does not even see hotel A's matrix.
        cells = self.env["hotel.complaint.matrix"].with_user(self.manager_b).search([])
        self.assertEqual(cells.company_id, self.company_b)

    def test_negative_hours(self):
        cell = self.env["hotel.complaint.matrix"].search(
            [("company_id", "=", self.company.id)], limit=1
        )
        before = cell.response_hours
        with self.assertRaises(ValidationError) as caught:
            cell.write({"response_hours": -2})
        self.assertIn("cannot be negative", str(caught.exception))
        cell.invalidate_recordset()
        self.assertEqual(cell.response_hours, before)

    def test_matrix_edit_rights(self):
        cell = self.env["hotel.complaint.matrix"].search(
            [("company_id", "=", self.company.id)], limit=1
        )
        with self.assertRaises(common.AccessError):
            cell.with_user(self.hk_manager).write({"response_hours": 1})
        cell.with_user(self.hotel_manager).write({"response_hours": 0.1})

    def test_non_complaint_ticket_untouched(self):
        ticket = self.Ticket.create(
            {
                "name": "Printer",
                "description": "<p>Office printer jammed</p>",
                "company_id": self.company.id,
            }
        )
        self.assertFalse(ticket.hotel_matrix_id)
        self.assertFalse(ticket.resolution_deadline)
        self.assertEqual(ticket.priority, "1")
