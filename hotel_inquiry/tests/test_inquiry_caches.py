# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The configuration an inquiry's creation reads from caches (I2.1 - I2.7,
I3.5): the channels' kind and department, and the hotel's working time with
its public holidays. The caches give what the records give, and follow
their changes."""

import random
from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import ValidationError

from . import common

# A Friday, 16:00 UTC: two working days (of 8 hours) end on Tuesday 16:00.
FRIDAY = datetime(2026, 7, 3, 16, 0)


class TestInquiryCaches(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.calendar = cls.env["resource.calendar"].create(
            {"name": "Office hours UTC", "tz": "UTC", "company_id": cls.company.id}
        )
        cls.company.resource_calendar_id = cls.calendar

    def _complex(self, start):
        with freeze_time(start):
            return self._inquiry(
                channel_id=self.channels["email"].id,
                hotel_complexity="complex",
                partner_email="mei.lin@example.com",
            )

    def test_planned_as_the_calendar_plans(self):
        """The cached work intervals give what plan_hours gives, public
        holidays counted, in the calendar's time zone, beyond the cached two
        weeks too."""
        self.calendar.tz = "Asia/Hong_Kong"
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Labour Day",
                "calendar_id": self.calendar.id,
                "date_from": datetime(2026, 4, 30, 16, 0),
                "date_to": datetime(2026, 5, 1, 15, 59),
            }
        )
        rng = random.Random(7)
        for _index in range(60):
            start = datetime(2026, 4, 25) + timedelta(minutes=rng.randint(0, 20000))
            for hours in (4, 16, 150):
                with self.subTest(start=start, hours=hours):
                    self.assertEqual(
                        self.calendar._hotel_plan_hours(hours, start),
                        self.calendar.plan_hours(hours, start, compute_leaves=True),
                    )

    def test_holiday_added_later_counts(self):
        self.assertEqual(
            self._complex(FRIDAY).resolution_deadline, datetime(2026, 7, 7, 16, 0)
        )
        # The hotel closes on Monday: the answer is due a working day later.
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Closed",
                "calendar_id": self.calendar.id,
                "date_from": datetime(2026, 7, 6, 0, 0),
                "date_to": datetime(2026, 7, 6, 23, 59, 59),
            }
        )
        self.assertEqual(
            self._complex(FRIDAY).resolution_deadline, datetime(2026, 7, 8, 16, 0)
        )

    def test_working_time_changed_later_counts(self):
        self.assertEqual(
            self._complex(FRIDAY).resolution_deadline, datetime(2026, 7, 7, 16, 0)
        )
        # No more work on Mondays (still 8 hours a day).
        self.calendar.attendance_ids.filtered(lambda a: a.dayofweek == "0").unlink()
        self.assertEqual(
            self._complex(FRIDAY).resolution_deadline, datetime(2026, 7, 8, 16, 0)
        )

    def test_someones_time_off_does_not_count(self):
        resource = self.env["resource.resource"].create(
            {"name": "Receptionist", "calendar_id": self.calendar.id}
        )
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Time off",
                "calendar_id": self.calendar.id,
                "resource_id": resource.id,
                "date_from": datetime(2026, 7, 6, 0, 0),
                "date_to": datetime(2026, 7, 6, 23, 59, 59),
            }
        )
        self.assertEqual(
            self._complex(FRIDAY).resolution_deadline, datetime(2026, 7, 7, 16, 0)
        )

    def test_channel_changed_later_counts(self):
        wechat = self.channels["wechat"]
        inquiry = self._inquiry(channel_id=wechat.id)
        self.assertEqual(inquiry.team_id, self.teams["social_media"])
        self.assertFalse(inquiry.acknowledged_date)
        wechat.write({"hotel_department_type": "sales_marketing"})
        inquiry = self._inquiry(channel_id=wechat.id)
        self.assertEqual(inquiry.team_id, self.teams["sales_marketing"])
        # A channel where the guest is in front of the staff: answered at once.
        wechat.write({"hotel_inquiry_kind": "live"})
        inquiry = self._inquiry(channel_id=wechat.id)
        self.assertTrue(inquiry.acknowledged_date)

    def test_known_channels_only(self):
        # An archived channel is still a known one, as it was.
        self.channels["wechat"].active = False
        self.assertTrue(self._inquiry(channel_id=self.channels["wechat"].id))
        new = self.env["helpdesk.ticket.channel"].create(
            {"name": "Line", "hotel_inquiry_kind": "written"}
        )
        self.assertTrue(self._inquiry(channel_id=new.id))
        new.unlink()
        with self.assertRaises(ValidationError):
            self._inquiry(channel_id=new.id)
