# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Intake of an inquiry (I3.1), its department per channel (I2.1 - I2.7) and
its answer times per channel and complexity (I2.6, I3.5)."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError

from . import common

# A Wednesday, 09:00 UTC.
T0 = datetime(2026, 7, 1, 9, 0)


class TestInquiryIntake(common.InquiryCase):
    def test_channel_decides_the_department(self):
        expected = {
            "front_desk": "front_office",
            "phone": "guest_relations",
            "email": "administration",
            "web": "sales_marketing",
            "wechat": "social_media",
            "restaurant": "fnb",
            "outlets": "recreation",
        }
        for channel, dept in expected.items():
            with self.subTest(channel=channel):
                inquiry = self._inquiry(
                    channel_id=self.channels[channel].id,
                    partner_email="mei.lin@example.com",
                )
                self.assertEqual(inquiry.team_id, self.teams[dept])

    def test_other_hotel_department(self):
        inquiry = self._inquiry(company_id=self.company_b.id)
        self.assertEqual(inquiry.team_id, self.teams["front_office_b"])

    def test_intake_defaults(self):
        with freeze_time(T0):
            inquiry = self._inquiry(user=self.agent)
        self.assertEqual(inquiry.hotel_complexity, "general")
        self.assertTrue(inquiry.hotel_lang)
        self.assertEqual(inquiry.hotel_topic_team_id, self.teams["fnb"])
        # At the desk: the guest was answered at once.
        self.assertEqual(inquiry.acknowledged_date, T0)
        self.assertEqual(inquiry.acknowledged_by_id, self.agent)

    def test_needs_contact_channel_and_name(self):
        count = self.Ticket.search_count([])
        with self.assertRaises(ValidationError):
            self._inquiry(partner_phone=False)
        with self.assertRaises(ValidationError):
            self._inquiry(channel_id=False)
        with self.assertRaises(ValidationError):
            self._inquiry(channel_id=999999)
        with self.assertRaises(ValidationError):
            # A guest no contact knows: the contact found by a known phone
            # would give the name.
            self._inquiry(partner_name=False, partner_phone="+852 6000 1234")
        with self.assertRaises(ValidationError):
            self._inquiry(hotel_complexity="trivial")
        self.assertEqual(self.Ticket.search_count([]), count)

    def test_default_answer_times(self):
        cases = {
            # channel, complexity: (minutes to the first response, to the answer)
            ("phone", "general"): (0, 240),
            ("wechat", "general"): (15, 240),
            ("email", "general"): (30, 240),
            ("email", "simple"): (30, 240),
            ("front_desk", "simple"): (0, 15),
        }
        for (channel, complexity), (response, answer) in cases.items():
            with self.subTest(channel=channel, complexity=complexity):
                with freeze_time(T0):
                    inquiry = self._inquiry(
                        channel_id=self.channels[channel].id,
                        hotel_complexity=complexity,
                        partner_email="mei.lin@example.com",
                    )
                self.assertEqual(
                    inquiry.first_response_deadline, T0 + timedelta(minutes=response)
                )
                self.assertEqual(
                    inquiry.resolution_deadline, T0 + timedelta(minutes=answer)
                )

    def test_complex_answer_in_working_days(self):
        calendar = self.env["resource.calendar"].create(
            {"name": "Office hours UTC", "tz": "UTC", "company_id": self.company.id}
        )
        self.company.resource_calendar_id = calendar
        # Friday 16:00: two working days (of 8 hours) end on Tuesday 16:00.
        start = datetime(2026, 7, 3, 16, 0)
        with freeze_time(start):
            inquiry = self._inquiry(
                channel_id=self.channels["email"].id,
                hotel_complexity="complex",
                partner_email="mei.lin@example.com",
            )
        self.assertEqual(inquiry.first_response_deadline, start + timedelta(minutes=30))
        self.assertEqual(inquiry.resolution_deadline, datetime(2026, 7, 7, 16, 0))

    def test_hotel_sets_its_own_times(self):
        line = self.env["hotel.inquiry.response.time"].search(
            [
                ("company_id", "=", self.company.id),
                ("channel_id", "=", self.channels["wechat"].id),
                ("complexity", "=", "general"),
            ]
        )
        self.assertEqual(line.response_minutes, 15)
        line.write({"response_minutes": 5, "answer_minutes": 90})
        with freeze_time(T0):
            inquiry = self._inquiry(channel_id=self.channels["wechat"].id)
            other = self._inquiry(
                channel_id=self.channels["wechat"].id, company_id=self.company_b.id
            )
        self.assertEqual(inquiry.first_response_deadline, T0 + timedelta(minutes=5))
        self.assertEqual(inquiry.resolution_deadline, T0 + timedelta(minutes=90))
        # The other hotel keeps its own figures.
        self.assertEqual(other.first_response_deadline, T0 + timedelta(minutes=15))
        with self.assertRaises(ValidationError):
            line.write({"answer_minutes": 1})

    def test_answer_on_the_spot(self):
        with freeze_time(T0):
            inquiry = self._inquiry(user=self.agent, hotel_complexity="simple")
        with freeze_time(T0 + timedelta(minutes=3)):
            with self.assertRaises(UserError):
                inquiry.with_user(self.agent)._hotel_answer("<p></p>")
            inquiry.with_user(self.agent)._hotel_answer(
                "<p>Yes: breakfast is served from 6:30 to 10:30.</p>"
            )
        self.assertTrue(inquiry.stage_id.closed)
        self.assertEqual(inquiry.hotel_answered_by_id, self.agent)
        self.assertEqual(inquiry.hotel_answer_minutes, 3)
        self.assertTrue(inquiry.hotel_answered_on_time)
        self.assertIn("breakfast is served", inquiry.message_ids[0].body)
        with self.assertRaises(UserError):
            inquiry.with_user(self.agent)._hotel_answer("<p>Again</p>")

    def test_answer_dates_not_forged(self):
        inquiry = self._inquiry(user=self.agent)
        with self.assertRaises(common.complaint_common.AccessError):
            inquiry.with_user(self.agent).write({"hotel_answered_date": T0})
