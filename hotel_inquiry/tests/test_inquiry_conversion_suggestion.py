# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Negative feedback offered for conversion (I2.5): only words of discontent
flag a written inquiry, not the neutral words of the complaint triage rules
("breakfast"); the lists are per language, a hotel edits its own."""

from odoo.exceptions import AccessError

from . import common


class TestConversionSuggestion(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Words = cls.env["hotel.inquiry.negative.word.list"]

    def _written(self, text, channel="wechat", **kw):
        return self._inquiry(
            user=self.agent,
            name=kw.pop("name", "Message"),
            guest_account=text,
            channel_id=self.channels[channel].id,
            **kw,
        )

    def test_neutral_question_not_flagged(self):
        # "breakfast" is a keyword of a complaint triage rule.
        Rule = self.env["hotel.complaint.triage.rule"]
        self.assertTrue(
            Rule._triage("What time is breakfast?", self.company)["rule_id"]
        )
        for text in (
            "What time is breakfast?",
            "Is dinner served on the terrace?",
            "Does the room have a shower and a TV?",
            "我下周出差，可以开发票吗？",
            "早餐几点开始？",
        ):
            with self.subTest(text=text):
                self.assertFalse(self._written(text).hotel_conversion_suggested)

    def test_negative_feedback_flagged(self):
        for text in (
            "The room was dirty and the staff were rude",
            "房间隔音太差了",
            "服务员态度很差，我要投诉",
            "房間很髒，晚上太吵",
            "Terrible stay, very DISAPPOINTED.",
        ):
            with self.subTest(text=text):
                self.assertTrue(self._written(text).hotel_conversion_suggested)

    def test_only_written_channels(self):
        text = "The room was dirty and the staff were rude"
        phone = self._written(text, channel="phone")
        self.assertFalse(phone.hotel_conversion_suggested)
        at_desk = self._written(text, channel="front_desk")
        self.assertFalse(at_desk.hotel_conversion_suggested)

    def test_whole_words(self):
        # "rude" is not in "prudent", "dirty" needs the whole word.
        self.assertFalse(
            self._written("Is it prudent to book early?").hotel_conversion_suggested
        )

    def test_hotel_edits_its_own_words(self):
        text = "The minibar was empty"
        self.assertFalse(self._written(text).hotel_conversion_suggested)
        words = self.Words.with_user(self.duty_manager).create(
            {
                "name": "Our words",
                "lang": "en_US",
                "keywords": "minibar was empty",
                "company_id": self.company.id,
            }
        )
        self.assertTrue(self._written(text).hotel_conversion_suggested)
        # Not the other hotel's.
        self.assertFalse(self.Words._hotel_is_negative(text, self.company_b))
        self.assertTrue(self.Words._hotel_is_negative(text, self.company))
        # Exceptions: a word holding a negative one says nothing negative.
        words.with_user(self.duty_manager).write(
            {"exceptions": "the minibar was empty of peanuts"}
        )
        self.assertFalse(
            self.Words._hotel_is_negative(
                "The minibar was empty of peanuts, as I asked", self.company
            )
        )
        self.assertTrue(
            self.Words._hotel_is_negative("The minibar was empty again", self.company)
        )

    def test_staff_cannot_edit_the_lists(self):
        shared = self.env.ref("hotel_inquiry.hotel_inquiry_negative_word_list_en")
        self.assertIn("dirty", shared.with_user(self.hk_staff).keywords)
        with self.assertRaises(AccessError):
            shared.with_user(self.hk_staff).write({"keywords": "nothing"})
        with self.assertRaises(AccessError):
            self.Words.with_user(self.agent).create({"name": "Mine", "keywords": "meh"})
        own = self.Words.with_user(self.manager_b).create(
            {"name": "Lodge", "keywords": "freezing", "company_id": self.company_b.id}
        )
        self.assertFalse(
            self.Words.with_user(self.duty_manager).search([("id", "=", own.id)])
        )
