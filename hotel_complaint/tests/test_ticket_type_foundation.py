# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The foundation serves every guest-care ticket type: a type defined here,
at test time, with a selection value, its configuration and its deadline
hook only, gets deadline clocks with warnings and escalation by the cron, and
routing to a lead department with collaborating departments' tasks."""

from datetime import datetime, timedelta

from freezegun import freeze_time
from odoo_test_helper import FakeModelLoader

from . import common

T0 = datetime(2026, 7, 1, 8, 0)


class TestTicketTypeFoundation(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.loader = FakeModelLoader(cls.env, cls.__module__)
        cls.loader.backup_registry()
        from .fake_ticket_type import INQUIRY_HOURS, HelpdeskTicket

        cls.loader.update_registry((HelpdeskTicket,))
        cls.hours = INQUIRY_HOURS
        cls.category = cls.env["helpdesk.ticket.category"].create(
            {"name": "Test Late Checkout", "company_id": cls.company.id}
        )
        cls.rule = cls.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Late checkout requests",
                "company_id": cls.company.id,
                "category_id": cls.category.id,
                "lead_team_id": cls.teams["front_office"].id,
                "responsible_user_id": cls.agent.id,
                "collaborator_team_ids": [(4, cls.teams["housekeeping"].id)],
            }
        )

    @classmethod
    def tearDownClass(cls):
        cls.loader.restore_registry()
        super().tearDownClass()

    def _inquiry(self, **kw):
        vals = {
            "name": "Can we check out at 2 pm?",
            "description": "<p>Our flight leaves late.</p>",
            "hotel_ticket_type": "test_inquiry",
            "partner_id": self.guest.id,
            "company_id": self.company.id,
            "category_id": self.category.id,
        }
        vals.update(kw)
        return self.Ticket.create(vals)

    def _activities(self, ticket, xmlid, user):
        return ticket.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(xmlid) and a.user_id == user
        )

    def test_registry(self):
        self.assertIn("test_inquiry", self.Ticket._hotel_types("deadlines"))
        self.assertIn("test_inquiry", self.Ticket._hotel_types("routing"))
        self.assertNotIn("test_inquiry", self.Ticket._hotel_types("triage"))
        self.assertNotIn("test_inquiry", self.Ticket._hotel_types("closing"))
        self.assertEqual(self.Ticket._hotel_types("matrix"), ["complaint"])

    def test_routing_with_collaborating_tasks(self):
        ticket = self._inquiry()
        self.assertEqual(ticket.team_id, self.teams["front_office"])
        self.assertEqual(ticket.user_id, self.agent)
        self.assertEqual(ticket.routing_rule_id, self.rule)
        self.assertEqual(ticket.hotel_task_ids.team_id, self.teams["housekeeping"])
        # Intake: the guest's contact came from their partner.
        self.assertEqual(ticket.partner_email, self.guest.email)
        # Not a complaint: no triage, no matrix cell, no severity by default.
        self.assertFalse(ticket.hotel_triage_state)
        self.assertFalse(ticket.hotel_matrix_id)
        self.assertFalse(ticket.severity)
        # The lead changes through the foundation's hand-over, logged.
        ticket._hotel_set_lead(
            self.teams["housekeeping"], self.hk_manager, "Housekeeping decides"
        )
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(ticket.hotel_task_ids.state, "cancelled")
        self.assertIn("Housekeeping decides", ticket.message_ids[0].body)

    def test_deadlines_warning_and_escalation(self):
        with freeze_time(T0):
            ticket = self._inquiry()
        response, resolution = self.hours
        self.assertEqual(ticket.first_response_deadline, T0 + timedelta(hours=response))
        self.assertEqual(ticket.resolution_deadline, T0 + timedelta(hours=resolution))
        self.assertEqual(ticket.hotel_sla_state, "on_track")
        # Near the first response deadline: warned.
        with freeze_time(T0 + timedelta(hours=response * 0.9)):
            self.Ticket._cron_hotel_sla()
            self.assertEqual(ticket.hotel_sla_state, "warning")
            self.assertTrue(
                self._activities(
                    ticket,
                    "hotel_complaint.mail_activity_type_deadline_warning",
                    self.agent,
                )
            )
        # Past it without an acknowledgement: overdue, escalated.
        with freeze_time(T0 + timedelta(hours=response, minutes=1)):
            ticket.invalidate_recordset(["hotel_is_overdue"])
            self.assertTrue(ticket.hotel_is_overdue)
            self.assertIn(ticket, self.Ticket.search([("hotel_is_overdue", "=", True)]))
            self.Ticket._cron_hotel_sla()
            self.assertEqual(ticket.hotel_sla_state, "breached")
            self.assertEqual(ticket.hotel_escalation_level, 1)
        # Then the duty manager.
        delay = self.company.hotel_escalation_delay_minutes
        with freeze_time(T0 + timedelta(hours=response, minutes=2 + delay)):
            self.Ticket._cron_hotel_sla()
            self.assertEqual(ticket.hotel_escalation_level, 2)
            self.assertTrue(
                self._activities(
                    ticket,
                    "hotel_complaint.mail_activity_type_escalation",
                    self.duty_manager,
                )
            )
