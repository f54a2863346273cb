# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Alerts for serious complaints (C3.1), deadline warnings and escalation on
breach (C2.4), run by the ir.cron job."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from . import common

T0 = datetime(2026, 7, 1, 8, 0)


class TestEscalation(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cron = cls.env.ref("hotel_complaint.ir_cron_hotel_complaint_sla")

    def _activities(self, ticket, xmlid, user):
        return ticket.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(xmlid) and a.user_id == user
        )

    def _run_cron(self):
        self.cron.method_direct_trigger()

    def test_cron_is_odoo_cron(self):
        self.assertEqual(self.cron.model_id.model, "helpdesk.ticket")
        self.assertTrue(self.cron.active)
        self.assertEqual(self.cron.interval_type, "minutes")

    def test_serious_alerts_duty_manager_and_security_c3_1(self):
        with freeze_time(T0):
            ticket = self._complaint(severity="serious", urgency="high")
        alert = "hotel_complaint.mail_activity_type_complaint_alert"
        self.assertTrue(self._activities(ticket, alert, self.duty_manager))
        self.assertTrue(self._activities(ticket, alert, self.security_manager))
        notified = ticket.message_ids.mapped("partner_ids")
        self.assertIn(self.duty_manager.partner_id, notified)
        self.assertIn(self.security_manager.partner_id, notified)
        self.assertTrue(ticket.hotel_alert_sent)

    def test_minor_does_not_alert(self):
        ticket = self._complaint(severity="minor", urgency="low")
        self.assertFalse(
            ticket.activity_ids.filtered(lambda a: a.user_id == self.duty_manager)
        )
        # Raised to urgent later: alerted then, once.
        ticket.severity = "urgent"
        alert = "hotel_complaint.mail_activity_type_complaint_alert"
        self.assertEqual(len(self._activities(ticket, alert, self.duty_manager)), 1)
        ticket.urgency = "high"
        self.assertEqual(len(self._activities(ticket, alert, self.duty_manager)), 1)

    def test_alert_when_urgency_moves_into_alerting_cell(self):
        cell = self.env["hotel.complaint.matrix"].search(
            [
                ("company_id", "=", self.company.id),
                ("severity", "=", "minor"),
                ("urgency", "=", "high"),
            ]
        )
        cell.alert_duty_manager = True
        ticket = self._complaint(severity="minor", urgency="low")
        alert = "hotel_complaint.mail_activity_type_complaint_alert"
        self.assertFalse(self._activities(ticket, alert, self.duty_manager))
        ticket.urgency = "high"
        self.assertTrue(self._activities(ticket, alert, self.duty_manager))

    def test_warning_then_breach_then_duty_manager(self):
        with freeze_time(T0):
            ticket = self._complaint(
                severity="moderate",
                urgency="medium",
                category_id=self.cat_cleanliness.id,
            )
        cell = ticket.hotel_matrix_id
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(ticket.hotel_sla_state, "on_track")
        priority = int(ticket.priority)
        # 80 % of the first response time: warning to the assignee.
        with freeze_time(T0 + timedelta(hours=cell.response_hours * 0.85)):
            self._run_cron()
            self.assertEqual(ticket.hotel_sla_state, "warning")
            self.assertTrue(
                ticket.activity_ids.filtered(
                    lambda a: (
                        a.activity_type_id
                        == self.env.ref(
                            "hotel_complaint.mail_activity_type_deadline_warning"
                        )
                    )
                )
            )
            self.assertFalse(ticket.hotel_is_overdue)
            ticket.action_hotel_acknowledge()
            self.assertEqual(ticket.hotel_sla_state, "on_track")
        # Past the resolution deadline: breached, priority raised, the lead
        # department's manager alerted.
        with freeze_time(T0 + timedelta(hours=cell.resolution_hours, minutes=1)):
            ticket.invalidate_recordset(["hotel_is_overdue"])
            self.assertTrue(ticket.hotel_is_overdue)
            self.assertIn(ticket, self.Ticket.search([("hotel_is_overdue", "=", True)]))
            self._run_cron()
            self.assertEqual(ticket.hotel_sla_state, "breached")
            self.assertEqual(ticket.hotel_escalation_level, 1)
            self.assertEqual(int(ticket.priority), min(priority + 1, 3))
            escalation = "hotel_complaint.mail_activity_type_escalation"
            self.assertTrue(self._activities(ticket, escalation, self.hk_manager))
            self.assertFalse(self._activities(ticket, escalation, self.duty_manager))
            # Running again changes nothing.
            self._run_cron()
            self.assertEqual(
                len(self._activities(ticket, escalation, self.hk_manager)), 1
            )
        # Still open after the escalation delay: the duty manager.
        delay = self.company.hotel_escalation_delay_minutes
        with freeze_time(
            T0 + timedelta(hours=cell.resolution_hours, minutes=delay + 2)
        ):
            self._run_cron()
            self.assertEqual(ticket.hotel_escalation_level, 2)
            self.assertEqual(ticket.priority, "3")
            self.assertTrue(self._activities(ticket, escalation, self.duty_manager))

    def test_unacknowledged_breaches_first_response(self):
        with freeze_time(T0):
            ticket = self._complaint(severity="minor", urgency="high")
        cell = ticket.hotel_matrix_id
        with freeze_time(T0 + timedelta(hours=cell.response_hours, minutes=1)):
            self.assertTrue(ticket.hotel_is_overdue)
            self._run_cron()
            self.assertEqual(ticket.hotel_sla_state, "breached")

    def test_closed_complaints_are_left_alone(self):
        with freeze_time(T0):
            ticket = self._complaint(severity="minor", urgency="high")
            self._tell_result(ticket)
            ticket.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        with freeze_time(T0 + timedelta(days=5)):
            self.assertFalse(ticket.hotel_is_overdue)
            self._run_cron()
            self.assertEqual(ticket.hotel_sla_state, "on_track")

    def test_overdue_in_views(self):
        """List and kanban views show overdue complaints."""
        for view in (
            "hotel_complaint.helpdesk_ticket_view_list",
            "hotel_complaint.helpdesk_ticket_view_kanban",
        ):
            self.assertIn("hotel_is_overdue", self.env.ref(view).arch_db)
