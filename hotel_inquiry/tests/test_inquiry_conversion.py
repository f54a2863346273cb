# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Conversion of an inquiry into a complaint (I2.5): the same ticket with
its history, the inquiry's clocks closed, the complaint's steps applied as
on creation; who may convert, over the ORM and JSON-RPC; negative feedback
from social media offered for conversion."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user
from odoo.tests.common import JsonRpcException

from . import common

T0 = datetime(2026, 7, 6, 9, 0)
T1 = T0 + timedelta(hours=3)
DIRTY = "The bathroom was dirty, there was hair in the sink."
INSECT = "There was an insect in my soup and a fly in the salad."
# What a client might send to open a door.
STUFFED = {
    "hotel_convert": True,
    "tracking_disable": True,
    "mail_notrack": True,
    "default_hotel_ticket_type": "complaint",
}


class ConversionCase(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rule_cleanliness = cls.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Cleanliness to housekeeping, front office helps",
                "sequence": 1,
                "company_id": cls.company.id,
                "category_id": cls.cat_cleanliness.id,
                "lead_team_id": cls.teams["housekeeping"].id,
                "collaborator_team_ids": [(6, 0, [cls.teams["front_office"].id])],
            }
        )
        cls.social_staff = cls._user("t_social_staff", common.GROUP_STAFF)
        cls.teams["social_media"].write({"user_ids": [(4, cls.social_staff.id)]})
        cls.portal = new_test_user(
            cls.env, login="t_conv_portal", groups="base.group_portal"
        )

    def _social(self, text=DIRTY, **kw):
        with freeze_time(T0):
            return self._inquiry(
                user=self.agent,
                name=kw.pop("name", "About my stay"),
                guest_account=text,
                channel_id=self.channels["social"].id,
                **kw,
            )


class TestInquiryConversion(ConversionCase):
    def test_same_record_history_kept_complaint_steps_applied(self):
        inquiry = self._social()
        self.assertEqual(inquiry.team_id, self.teams["social_media"])
        self.Ticket.browse(inquiry.id).message_post(
            body="Guest replied on the page", message_type="comment"
        )
        old_messages = inquiry.message_ids
        record_id = inquiry.id
        with freeze_time(T1):
            action = inquiry.with_user(
                self.social_staff
            ).action_hotel_convert_to_complaint()
        # Now housekeeping's: the converter goes back to the inquiries.
        self.assertEqual(action["tag"], "display_notification")
        self.assertIn(self.teams["housekeeping"].name, action["params"]["message"])
        ticket = self.Ticket.browse(record_id)
        self.assertEqual(ticket.hotel_ticket_type, "complaint")
        # History kept, and a note says who converted it.
        self.assertLessEqual(old_messages, ticket.message_ids)
        note = ticket.message_ids.filtered(lambda m: "converted" in (m.body or ""))
        self.assertEqual(len(note), 1)
        self.assertIn(self.social_staff.name, note.body)
        self.assertEqual(note.author_id, self.social_staff.partner_id)
        self.assertEqual(ticket.hotel_converted_date, T1)
        self.assertEqual(ticket.hotel_converted_by_id, self.social_staff)
        self.assertTrue(ticket.hotel_was_inquiry)
        # Triage and the default classification.
        self.assertTrue(ticket.triage_rule_id)
        self.assertEqual(ticket.hotel_triage_state, "suggested")
        self.assertEqual(ticket.category_id, self.cat_cleanliness)
        self.assertEqual(ticket.severity, ticket.triage_rule_id.severity or "minor")
        self.assertEqual(ticket.urgency, "medium")
        cell = ticket.hotel_matrix_id
        self.assertTrue(cell)
        # Deadlines from the conversion.
        self.assertEqual(ticket.reported_date, T1)
        self.assertEqual(
            ticket.first_response_deadline, T1 + timedelta(hours=cell.response_hours)
        )
        self.assertEqual(
            ticket.resolution_deadline, T1 + timedelta(hours=cell.resolution_hours)
        )
        # Routing: the rule's lead department, its leader, the tasks.
        self.assertEqual(ticket.routing_rule_id, self.rule_cleanliness)
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(ticket.user_id, self.hk_manager)
        self.assertEqual(ticket.hotel_task_ids.team_id, self.teams["front_office"])
        self.assertIn("Converted from an inquiry", ticket.hotel_lead_reason)
        # The complaint lists count it.
        self.assertIn(
            ticket,
            self.Ticket.search(
                [
                    ("hotel_ticket_type", "=", "complaint"),
                    ("hotel_was_inquiry", "=", True),
                ]
            ),
        )
        # Converted once.
        with self.assertRaises(UserError):
            ticket.with_user(self.social_staff).action_hotel_convert_to_complaint()

    def test_inquiry_clocks_closed(self):
        inquiry = self._inquiry(
            user=self.agent, channel_id=self.channels["email"].id, reported_date=T0
        )
        with freeze_time(T0 + timedelta(minutes=20)):
            inquiry.with_user(self.agent).action_hotel_acknowledge()
        # The escalation cron had found it overdue.
        inquiry.sudo().write(
            {"hotel_sla_state": "breached", "hotel_escalation_level": 1}
        )
        inquiry_due = inquiry.resolution_deadline
        self.assertEqual(inquiry.hotel_first_response_minutes, 20)
        with freeze_time(T1):
            inquiry.with_user(self.agent)._hotel_convert_to_complaint()
        self.assertEqual(inquiry.hotel_sla_state, "on_track")
        self.assertEqual(inquiry.hotel_escalation_level, 0)
        self.assertNotEqual(inquiry.resolution_deadline, inquiry_due)
        self.assertGreater(inquiry.resolution_deadline, T1)
        # The inquiry's figures stay as they were when it was converted.
        self.assertEqual(inquiry.hotel_first_response_minutes, 20)
        self.assertEqual(inquiry.hotel_inquiry_date, T0)
        self.assertFalse(inquiry.hotel_answered_date)
        self.assertEqual(inquiry.hotel_converted_percent, 100)
        # Not overdue as an inquiry any more: its own clocks count now.
        with freeze_time(T1 + timedelta(minutes=30)):
            self.assertNotIn(
                inquiry, self.Ticket.search([("hotel_is_overdue", "=", True)])
            )

    def test_answered_inquiry_reopens_as_complaint(self):
        with freeze_time(T0):
            inquiry = self._inquiry(user=self.agent, hotel_complexity="simple")
        with freeze_time(T0 + timedelta(minutes=3)):
            inquiry.with_user(self.agent)._hotel_answer("<p>Yes, from 6:30.</p>")
        self.assertTrue(inquiry.closed)
        with freeze_time(T1):
            inquiry.with_user(self.agent)._hotel_convert_to_complaint()
        self.assertFalse(inquiry.closed)
        self.assertEqual(inquiry.hotel_answer_minutes, 3)
        self.assertTrue(inquiry.hotel_answered_on_time)
        self.assertEqual(inquiry.hotel_on_time_percent, 100)

    def test_serious_complaint_alerted(self):
        inquiry = self._social(INSECT, name="Dinner")
        with freeze_time(T1):
            inquiry.with_user(self.agent)._hotel_convert_to_complaint()
        self.assertIn(inquiry.severity, ("serious", "urgent"))
        self.assertTrue(inquiry.hotel_alert_sent)
        self.assertIn(self.teams["security"], inquiry.hotel_task_ids.team_id)
        alert = self.env.ref("hotel_complaint.mail_activity_type_complaint_alert")
        self.assertIn(
            self.duty_manager,
            inquiry.activity_ids.filtered(
                lambda a: a.activity_type_id == alert
            ).user_id,
        )

    def test_social_media_negative_feedback_suggested(self):
        negative = self._social()
        neutral = self._social("What time does the spa open?", name="Spa")
        with freeze_time(T0):
            at_desk = self._inquiry(user=self.agent, guest_account=DIRTY)
        self.assertTrue(negative.hotel_conversion_suggested)
        self.assertFalse(neutral.hotel_conversion_suggested)
        self.assertFalse(at_desk.hotel_conversion_suggested)
        found = self.Ticket.search([("hotel_conversion_suggested", "=", True)])
        self.assertIn(negative, found)
        self.assertNotIn(neutral | at_desk, found)
        # Edited into negative words: suggested now; converted: no more.
        neutral.with_user(self.agent).guest_account = "The room was dirty."
        self.assertTrue(neutral.hotel_conversion_suggested)
        with freeze_time(T1):
            negative.with_user(self.agent)._hotel_convert_to_complaint()
        self.assertFalse(negative.hotel_conversion_suggested)


class TestInquiryConversionAccess(ConversionCase):
    def test_other_department_cannot_convert(self):
        inquiry = self._social()
        for user in (self.hk_staff, self.eng_staff):
            with self.assertRaises(AccessError):
                inquiry.with_user(user).with_context(
                    **STUFFED
                ).action_hotel_convert_to_complaint()
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")
        self.assertFalse(inquiry.hotel_converted_date)

    def test_portal_cannot_convert(self):
        inquiry = self._social()
        inquiry.sudo().partner_id = self.portal.partner_id
        with self.assertRaises(AccessError):
            inquiry.with_user(self.portal).with_context(
                **STUFFED
            )._hotel_convert_to_complaint()
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")

    def test_type_not_written_directly(self):
        inquiry = self._social()
        for user in (self.social_staff, self.agent, self.hotel_manager):
            with self.assertRaises(UserError):
                inquiry.with_user(user).with_context(**STUFFED).write(
                    {"hotel_ticket_type": "complaint"}
                )
        with self.assertRaises(AccessError):
            inquiry.with_user(self.agent).write({"hotel_converted_date": T1})
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")
        # Other edits still go through.
        inquiry.with_user(self.social_staff).write({"hotel_ticket_type": "inquiry"})


class TestInquiryConversionRpc(ConversionCase, HttpCase):
    def _call(self, method, args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": "helpdesk.ticket",
                "method": method,
                "args": args,
                "kwargs": {"context": dict(STUFFED)},
            },
        )

    def test_write_of_type_refused_over_rpc(self):
        inquiry = self._social()
        self.authenticate("t_social_staff", "t_social_staff")
        with self.assertRaises(JsonRpcException) as caught:
            self._call("write", [[inquiry.id], {"hotel_ticket_type": "complaint"}])
        self.assertEqual(str(caught.exception), "odoo.exceptions.UserError")
        with self.assertRaises(JsonRpcException) as caught:
            self._call(
                "write",
                [[inquiry.id], {"hotel_converted_by_id": self.social_staff.id}],
            )
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
        inquiry.invalidate_recordset()
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")

    def test_convert_over_rpc(self):
        inquiry = self._social()
        self.authenticate("t_hk_staff", "t_hk_staff")
        with self.assertRaises(JsonRpcException) as caught:
            self._call("action_hotel_convert_to_complaint", [[inquiry.id]])
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")
        inquiry.invalidate_recordset()
        self.assertEqual(inquiry.hotel_ticket_type, "inquiry")
        self.authenticate("t_social_staff", "t_social_staff")
        action = self._call("action_hotel_convert_to_complaint", [[inquiry.id]])
        self.assertEqual(action["tag"], "display_notification")
        inquiry.invalidate_recordset()
        self.assertEqual(inquiry.hotel_ticket_type, "complaint")
        self.assertEqual(inquiry.hotel_converted_by_id, self.social_staff)
        self.assertEqual(inquiry.team_id, self.teams["housekeeping"])
