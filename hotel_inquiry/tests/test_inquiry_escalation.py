# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiries get the complaint desk's warnings and escalation (I2.6, I3.5 with
the foundation's C2.4 clocks), and each hotel names the department of a
shared topic (I2)."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import ValidationError

from . import common

T0 = datetime(2026, 7, 1, 9, 0)


class TestInquiryEscalation(common.InquiryCase):
    def _activities(self, ticket, xmlid, user):
        return ticket.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref(xmlid) and a.user_id == user
        )

    def test_unanswered_wechat_message_warned_then_escalated(self):
        self.teams["social_media"].write(
            {"user_id": self.hk_manager.id, "user_ids": [(4, self.hk_manager.id)]}
        )
        with freeze_time(T0):
            inquiry = self._inquiry(channel_id=self.channels["wechat"].id)
        self.assertEqual(inquiry.team_id, self.teams["social_media"])
        self.assertFalse(inquiry.acknowledged_date)
        # 80 % of the 15 minutes to the first reply: the assignee is warned.
        with freeze_time(T0 + timedelta(minutes=13)):
            self.Ticket._cron_hotel_sla()
        self.assertEqual(inquiry.hotel_sla_state, "warning")
        self.assertTrue(
            self._activities(
                inquiry,
                "hotel_complaint.mail_activity_type_deadline_warning",
                inquiry.user_id,
            )
        )
        # No reply after 15 minutes: overdue, escalated to the leader.
        with freeze_time(T0 + timedelta(minutes=16)):
            inquiry.invalidate_recordset(["hotel_is_overdue"])
            self.assertTrue(inquiry.hotel_is_overdue)
            self.Ticket._cron_hotel_sla()
        self.assertEqual(inquiry.hotel_sla_state, "breached")
        self.assertEqual(inquiry.hotel_escalation_level, 1)
        self.assertTrue(
            self._activities(
                inquiry,
                "hotel_complaint.mail_activity_type_escalation",
                self.hk_manager,
            )
        )
        self.assertNotIn("complaint", inquiry.activity_ids.mapped("summary")[0].lower())
        # Then the duty manager.
        delay = self.company.hotel_escalation_delay_minutes
        with freeze_time(T0 + timedelta(minutes=17 + delay)):
            self.Ticket._cron_hotel_sla()
        self.assertEqual(inquiry.hotel_escalation_level, 2)
        self.assertTrue(
            self._activities(
                inquiry,
                "hotel_complaint.mail_activity_type_escalation",
                self.duty_manager,
            )
        )

    def test_answered_inquiry_not_escalated(self):
        with freeze_time(T0):
            inquiry = self._inquiry(channel_id=self.channels["email"].id)
        with freeze_time(T0 + timedelta(minutes=10)):
            inquiry._hotel_answer("<p>The spa opens at 9:00.</p>")
        with freeze_time(T0 + timedelta(days=1)):
            self.Ticket._cron_hotel_sla()
            inquiry.invalidate_recordset(["hotel_is_overdue"])
            self.assertFalse(inquiry.hotel_is_overdue)
        self.assertEqual(inquiry.hotel_escalation_level, 0)

    def test_topic_department_per_hotel(self):
        # Shared topic, the department type's team in each hotel...
        self.assertEqual(
            self.topic_events._hotel_team(self.company), self.teams["sales_marketing"]
        )
        self.assertEqual(
            self.topic_events._hotel_team(self.company_b),
            self.teams["sales_marketing_b"],
        )
        # ... unless the hotel names its own, for itself only.
        self.topic_events.with_company(self.company).team_id = self.teams[
            "guest_relations"
        ]
        self.assertEqual(
            self.topic_events._hotel_team(self.company), self.teams["guest_relations"]
        )
        self.assertEqual(
            self.topic_events._hotel_team(self.company_b),
            self.teams["sales_marketing_b"],
        )
        inquiry = self._inquiry(hotel_topic_id=self.topic_events.id)
        self.assertEqual(inquiry.hotel_topic_team_id, self.teams["guest_relations"])
        # Another hotel's department is refused.
        with self.assertRaises(ValidationError):
            self.topic_events.with_company(self.company).team_id = self.teams[
                "front_office_b"
            ]
