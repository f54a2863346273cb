# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Quick answers (I3.1, I2.7): the library on Odoo's canned responses, who
reads and keeps it, the review reminders, the use in inquiries."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import new_test_user

from . import common


class TestQuickAnswer(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.QuickAnswer = cls.env["hotel.inquiry.quick.answer"]
        cls.staff_group = cls.env.ref("hotel_complaint.group_hotel_department_staff")
        cls.owner = cls._user("t_qa_owner", common.GROUP_STAFF)
        cls.answer = cls.QuickAnswer.with_user(cls.hotel_manager).create(
            {
                "name": "Room service hours",
                "source": "t-roomservice",
                "substitution": "Room service is available around the clock.",
                "topic_id": cls.topic_fnb.id,
                "lang": "en_US",
                "user_id": cls.owner.id,
                "company_id": cls.company.id,
            }
        )
        cls.answer_b = cls.QuickAnswer.with_user(cls.manager_b).create(
            {
                "name": "Lodge breakfast",
                "source": "t-lodge-breakfast",
                "substitution": "Breakfast is served by the fireplace.",
                "topic_id": cls.topic_fnb.id,
                "lang": "en_US",
                "company_id": cls.company_b.id,
            }
        )
        cls.portal = new_test_user(
            cls.env, login="t_qa_portal", groups="base.group_portal"
        )

    def test_is_a_canned_response_for_staff(self):
        canned = self.answer.canned_response_id
        self.assertEqual(canned.source, "t-roomservice")
        self.assertEqual(canned.group_ids, self.staff_group)
        # The chatter's list of canned responses (mail's webclient search).
        Canned = self.env["mail.canned.response"].with_user(self.hk_staff)
        visible = Canned.search(
            [
                "|",
                ("create_uid", "=", self.hk_staff.id),
                ("group_ids", "in", self.hk_staff.groups_id.ids),
            ]
        )
        self.assertIn(canned, visible)
        self.assertNotIn(self.answer_b.canned_response_id, visible)

    def test_starter_answers_shipped(self):
        starters = self.QuickAnswer.search(
            [
                ("company_id", "=", False),
                ("source", "in", ["breakfast", "breakfast-cn", "breakfast-tw"]),
            ]
        )
        self.assertEqual(set(starters.mapped("lang")), {"en_US", "zh_CN", "zh_TW"})
        self.assertIn(
            "早餐", starters.filtered(lambda a: a.lang == "zh_CN").substitution
        )
        topics = self.QuickAnswer.search([("company_id", "=", False)]).topic_id
        self.assertGreaterEqual(len(topics), 6)

    def test_staff_read_not_write(self):
        answer = self.answer.with_user(self.hk_staff)
        self.assertEqual(
            answer.substitution, "Room service is available around the clock."
        )
        for vals in (
            {"substitution": "Closed."},
            {"name": "Other"},
            {"user_id": self.hk_staff.id},
        ):
            with self.assertRaises(AccessError):
                answer.with_context(active_test=False, tracking_disable=True).write(
                    vals
                )
        with self.assertRaises(AccessError):
            self.QuickAnswer.with_user(self.hk_staff).create(
                {
                    "name": "X",
                    "source": "t-x",
                    "substitution": "X",
                    "topic_id": self.topic_fnb.id,
                    "lang": "en_US",
                }
            )
        with self.assertRaises(AccessError):
            answer.unlink()
        # Nor through the canned response itself.
        with self.assertRaises(AccessError):
            answer.canned_response_id.write({"substitution": "Closed."})

    def test_owner_and_hotel_manager_write(self):
        """The owner did not create the canned response, yet keeps it."""
        self.answer.with_user(self.owner).write(
            {"substitution": "From 6:00 to 23:00.", "review_date": "2027-01-01"}
        )
        self.assertEqual(
            self.answer.canned_response_id.substitution, "From 6:00 to 23:00."
        )
        self.answer.with_user(self.duty_manager).write(
            {"substitution": "Around the clock."}
        )
        self.assertEqual(self.answer.substitution, "Around the clock.")

    def test_other_hotel_not_visible(self):
        self.assertFalse(
            self.QuickAnswer.with_user(self.hk_staff).search(
                [("id", "=", self.answer_b.id)]
            )
        )
        self.assertFalse(
            self.QuickAnswer.with_user(self.duty_manager).search(
                [("id", "=", self.answer_b.id)]
            )
        )
        with self.assertRaises(AccessError):
            self.answer_b.with_user(self.duty_manager).write({"name": "Mine"})
        self.assertEqual(
            self.QuickAnswer.with_user(self.manager_b).search(
                [("source", "=like", "t-%")]
            ),
            self.answer_b,
        )
        with self.assertRaises(AccessError):
            self.answer.with_user(self.manager_b).write({"substitution": "No."})

    def test_portal_none(self):
        with self.assertRaises(AccessError):
            self.QuickAnswer.with_user(self.portal).search([])
        with self.assertRaises(AccessError):
            self.answer.with_user(self.portal).read(["substitution"])

    def test_archive_leaves_chatter(self):
        self.answer.with_user(self.owner).action_archive()
        self.assertFalse(self.answer.active)
        self.assertEqual(
            self.answer.canned_response_id.group_ids,
            self.env.ref("hotel_complaint.group_hotel_manager"),
        )
        self.answer.with_user(self.duty_manager).action_unarchive()
        self.assertEqual(self.answer.canned_response_id.group_ids, self.staff_group)

    def test_unlink_removes_canned_response(self):
        canned = self.answer.canned_response_id
        self.answer.with_user(self.duty_manager).unlink()
        self.assertFalse(canned.exists())

    def test_review_cron(self):
        self.answer.review_date = date(2026, 3, 1)
        activity_type = self.env.ref(
            "hotel_inquiry.mail_activity_type_quick_answer_review"
        )
        with freeze_time("2026-02-28"):
            self.assertNotIn(self.answer, self.QuickAnswer._cron_hotel_review_due())
        with freeze_time("2026-03-01"):
            self.QuickAnswer._cron_hotel_review_due()
            self.QuickAnswer._cron_hotel_review_due()
        activity = self.answer.activity_ids
        self.assertEqual(len(activity), 1, "one reminder, not one a day")
        self.assertEqual(activity.activity_type_id, activity_type)
        self.assertEqual(activity.user_id, self.owner)
        with freeze_time("2026-03-02"):
            self.answer.with_user(self.owner).action_hotel_reviewed()
        self.assertFalse(self.answer.activity_ids)
        self.assertEqual(self.answer.review_date, date(2026, 9, 2))

    def test_count_usage_skips_nothing_free(self):
        self.answer._hotel_count_usage()
        self.QuickAnswer._hotel_count_canned_usage([self.answer.canned_response_id.id])
        self.assertEqual(self.answer.usage_count, 2)
