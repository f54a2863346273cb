# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Quick answers (I3.1) kept through their canned response too: the canned
response of a quick answer is changed by the quick answer's keepers (its
owner, a hotel manager, the process), not by whoever created it; other
canned responses keep mail's rules. The times used are the system's."""

from odoo.exceptions import AccessError, UserError

from . import common


class TestQuickAnswerCanned(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.QuickAnswer = cls.env["hotel.inquiry.quick.answer"]
        cls.owner = cls._user("t_qac_owner", common.GROUP_STAFF)
        # A department manager writes the answer, then hands it to one of
        # their staff: they created its canned response, the owner did not.
        cls.answer = cls.QuickAnswer.with_user(cls.hk_manager).create(
            {
                "name": "Pool hours",
                "source": "t-pool",
                "substitution": "The pool is open from 7:00 to 22:00.",
                "topic_id": cls.topic_fnb.id,
                "lang": "en_US",
                "user_id": cls.hk_manager.id,
                "company_id": cls.company.id,
            }
        )
        cls.answer.with_user(cls.hk_manager).write({"user_id": cls.owner.id})
        cls.canned = cls.answer.canned_response_id

    def test_creator_refused_on_canned_response(self):
        self.assertEqual(self.canned.create_uid, self.hk_manager)
        canned = self.canned.with_user(self.hk_manager)
        with self.assertRaises(AccessError) as caught:
            canned.write({"substitution": "Closed for good."})
        self.assertIn("Only its owner", str(caught.exception))
        self.assertIn(self.owner.name, str(caught.exception))
        with self.assertRaises(AccessError):
            canned.write({"source": "t-hijacked"})
        with self.assertRaises(AccessError):
            canned.unlink()
        self.assertTrue(self.answer.exists())
        self.assertEqual(
            self.canned.substitution, "The pool is open from 7:00 to 22:00."
        )

    def test_discuss_offers_editing_to_keepers(self):
        for user, editable in (
            (self.hk_manager, False),
            (self.hk_staff, False),
            (self.owner, True),
            (self.duty_manager, True),
        ):
            with self.subTest(user=user.login):
                self.assertEqual(self.canned.with_user(user).is_editable, editable)

    def test_creator_refused_when_archived(self):
        self.answer.with_user(self.owner).action_archive()
        with self.assertRaises(AccessError):
            self.canned.with_user(self.hk_manager).write({"substitution": "X"})
        with self.assertRaises(AccessError):
            self.canned.with_user(self.hk_manager).unlink()

    def test_other_staff_refused_on_canned_response(self):
        with self.assertRaises(AccessError):
            self.canned.with_user(self.hk_staff).write({"substitution": "X"})
        with self.assertRaises(AccessError):
            self.canned.with_user(self.hk_staff).unlink()

    def test_owner_edits_canned_response(self):
        """The owner did not create the canned response, yet keeps it from
        the canned responses screen as from the quick answer."""
        self.canned.with_user(self.owner).write({"substitution": "From 6:00 to 23:00."})
        self.assertEqual(self.answer.substitution, "From 6:00 to 23:00.")

    def test_hotel_manager_deletes_canned_response(self):
        self.canned.with_user(self.duty_manager).write({"description": "Summer"})
        self.assertEqual(self.answer.description, "Summer")
        self.canned.with_user(self.duty_manager).unlink()
        self.assertFalse(self.canned.exists())
        self.assertFalse(self.answer.exists())

    def test_other_hotel_manager_refused(self):
        with self.assertRaises(AccessError):
            self.canned.with_user(self.manager_b).write({"substitution": "No."})

    def test_process_writes(self):
        self.canned.sudo().write({"last_used": "2026-07-01 08:00:00"})
        self.assertTrue(self.canned.last_used)

    def test_plain_canned_response_keeps_mail_rules(self):
        Canned = self.env["mail.canned.response"]
        plain = Canned.with_user(self.hk_staff).create(
            {"source": "t-mine", "substitution": "My own shortcut."}
        )
        plain.write({"substitution": "Still mine."})
        self.assertEqual(plain.substitution, "Still mine.")
        with self.assertRaises(AccessError):
            plain.with_user(self.eng_staff).write({"substitution": "Not yours."})
        with self.assertRaises(AccessError):
            plain.with_user(self.eng_staff).unlink()
        # Mixed with the canned response of a quick answer: refused as a whole.
        with self.assertRaises(AccessError):
            (plain | self.canned.with_user(self.hk_staff)).write(
                {"description": "Both"}
            )
        plain.unlink()
        self.assertFalse(plain.exists())

    def test_quick_answer_keeps_its_canned_response(self):
        other = (
            self.env["mail.canned.response"]
            .with_user(self.owner)
            .create({"source": "t-other", "substitution": "Other."})
        )
        with self.assertRaises(UserError):
            self.answer.with_user(self.owner).write({"canned_response_id": other.id})
        # Nor a new quick answer on someone else's canned response.
        with self.assertRaises(AccessError):
            self.QuickAnswer.with_user(self.hk_manager).create(
                {
                    "name": "Taken",
                    "canned_response_id": other.id,
                    "topic_id": self.topic_fnb.id,
                    "lang": "en_US",
                }
            )
        with self.assertRaises(UserError):
            self.QuickAnswer.with_user(self.duty_manager).create(
                {
                    "name": "Twice",
                    "canned_response_id": self.canned.id,
                    "topic_id": self.topic_fnb.id,
                    "lang": "en_US",
                }
            )

    def test_usage_count_is_the_systems(self):
        for user in (self.owner, self.duty_manager):
            with self.assertRaises(UserError):
                self.answer.with_user(user).write({"usage_count": 99})
        with self.assertRaises(UserError):
            self.QuickAnswer.with_user(self.duty_manager).create(
                {
                    "name": "Counted",
                    "source": "t-counted",
                    "substitution": "X",
                    "topic_id": self.topic_fnb.id,
                    "lang": "en_US",
                    "usage_count": 50,
                }
            )
        answer = (
            self.QuickAnswer.with_user(self.duty_manager)
            .with_context(default_usage_count=50)
            .create(
                {
                    "name": "Counted",
                    "source": "t-counted",
                    "substitution": "X",
                    "topic_id": self.topic_fnb.id,
                    "lang": "en_US",
                }
            )
        )
        self.assertEqual(answer.usage_count, 0)
        answer._hotel_count_usage()
        self.assertEqual(answer.usage_count, 1)

    def test_company_is_a_hotel_managers_choice(self):
        with self.assertRaises(AccessError):
            self.answer.with_user(self.owner).write({"company_id": False})
        with self.assertRaises(AccessError):
            self.answer.with_user(self.duty_manager).write(
                {"company_id": self.company_b.id}
            )
        self.answer.with_user(self.hotel_manager).write({"company_id": False})
        self.assertFalse(self.answer.company_id)
