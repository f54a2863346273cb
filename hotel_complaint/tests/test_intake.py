# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Intake and first response: C1.1, C1.2, C1.3, C1.4."""

from odoo.exceptions import ValidationError

from . import common


class TestIntake(common.HotelCase):
    def test_channels_c1_1(self):
        """C1.1: hotline, website/app, email, front desk, social, OTA review."""
        names = set(
            self.env["helpdesk.ticket.channel"]
            .search([("company_id", "in", [False, self.company.id])])
            .mapped("name")
        )
        for name in (
            "Phone Hotline",
            "Website / App",
            "Email",
            "Front Desk",
            "Social Media",
            "Online Travel Agency Review",
        ):
            self.assertIn(name, names)

    def test_record_guest_and_stay_c1_3(self):
        """C1.3: account, time, place, contact details are recorded."""
        location = self.env["hotel.location"].create(
            {"name": "Lobby Bar", "company_id": self.company.id}
        )
        ticket = self._complaint(
            channel_id=self.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone").id,
            stay_reference="RES-4411",
            location_id=location.id,
            guest_account="The barman ignored me for twenty minutes.",
        )
        self.assertEqual(ticket.partner_email, "mei.lin@example.com")
        self.assertEqual(ticket.partner_phone, "+852 5555 0101")
        self.assertEqual(ticket.stay_reference, "RES-4411")
        self.assertEqual(ticket.location_id, location)
        self.assertTrue(ticket.reported_date)

    def test_contact_required(self):
        """A complaint needs a way to reach the guest; nothing is saved."""
        count = self.Ticket.search_count([])
        with self.assertRaises(ValidationError) as caught:
            self.Ticket.create(
                self._complaint_vals(partner_id=False, partner_name="Anonymous")
            )
        self.assertIn("way to reach the guest", str(caught.exception))
        self.assertEqual(self.Ticket.search_count([]), count)

    def test_phone_only_is_enough(self):
        ticket = self._complaint(partner_id=False, partner_phone="+86 138 0000 0000")
        self.assertEqual(ticket.partner_phone, "+86 138 0000 0000")

    def test_malformed_email(self):
        with self.assertRaisesRegex(ValidationError, "not a valid email"):
            self._complaint(partner_id=False, partner_email="mei.lin@@example")

    def test_unknown_severity(self):
        count = self.Ticket.search_count([])
        with self.assertRaises(ValidationError) as caught:
            self._complaint(severity="catastrophic")
        self.assertIn("not a known Severity", str(caught.exception))
        self.assertEqual(self.Ticket.search_count([]), count)
        ticket = self._complaint()
        with self.assertRaisesRegex(ValidationError, "not a known Urgency"):
            ticket.write({"urgency": "yesterday"})

    def test_acknowledge_and_first_reply_c1_2_c1_4(self):
        ticket = self._complaint()
        ticket.with_user(self.agent).write(
            {
                "apology_given": True,
                "cause_explained": "The air conditioning unit failed.",
                "initial_solution": "Move to room 1410 tonight.",
                "guest_initial_opinion": "accepted",
            }
        )
        ticket.with_user(self.agent).action_hotel_acknowledge()
        self.assertEqual(ticket.acknowledged_by_id, self.agent)
        self.assertTrue(ticket.acknowledged_date)
        self.assertTrue(ticket.apology_given)
        self.assertEqual(ticket.guest_initial_opinion, "accepted")

    def test_defaults_give_deadlines(self):
        """Intake without classification (email, portal) still gets deadlines."""
        ticket = self._complaint(
            name="Question",
            description="<p>Call me back</p>",
            severity=False,
            urgency=False,
        )
        self.assertEqual((ticket.severity, ticket.urgency), ("minor", "medium"))
        self.assertTrue(ticket.first_response_deadline)
        self.assertTrue(ticket.resolution_deadline)

    def test_new_complaint_is_called_new(self):
        """Before it is saved, a complaint's breadcrumb reads "New", not
        helpdesk_mgmt's "/ - False"; then its number and title."""
        new = self.Ticket.new({"hotel_ticket_type": "complaint"})
        self.assertEqual(new.display_name, "New")
        self.assertEqual(
            self.Ticket.new(
                {"hotel_ticket_type": "complaint", "name": "Cold soup"}
            ).display_name,
            "Cold soup",
        )
        ticket = self._complaint(name="Cold soup")
        self.assertEqual(ticket.display_name, f"{ticket.number} - Cold soup")
