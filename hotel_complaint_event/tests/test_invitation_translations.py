# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Invitations in the guest's language (C6.3): with the addon's zh_CN and
zh_TW terms loaded, the invitation mail goes out in simplified or
traditional Chinese, and bad input is refused in the user's language."""

from odoo.exceptions import ValidationError

from . import common


class TestInvitationTranslations(common.EventCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in ("zh_CN", "zh_TW"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"].search(
            [("name", "in", ("hotel_complaint", "hotel_complaint_event"))]
        )._update_translations(["zh_CN", "zh_TW"])

    def _mail_body(self, lang):
        self.guest.lang = lang
        invitation = self._invite()
        message = invitation.message_ids.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(len(message), 1)
        return message.subject, str(message.body)

    def test_mail_in_english(self):
        subject, body = self._mail_body("en_US")
        self.assertIn("an invitation to", subject)
        self.assertIn("We would be delighted to welcome you", body)

    def test_mail_in_simplified_chinese(self):
        subject, body = self._mail_body("zh_CN")
        self.assertIn("诚邀您参加", subject)
        self.assertIn("诚挚邀请您", body)
        self.assertNotIn("We would be delighted", body)

    def test_mail_in_traditional_chinese(self):
        subject, body = self._mail_body("zh_TW")
        self.assertIn("誠邀您參加", subject)
        self.assertIn("誠摯邀請您", body)
        self.assertNotIn("We would be delighted", body)

    def test_refusal_in_users_language(self):
        self.agent.lang = "zh_TW"
        agent = self.Invitation.with_user(self.agent).with_context(lang="zh_TW")
        with self.assertRaises(ValidationError) as caught:
            agent.create(
                {
                    "partner_id": self.mute_guest.id,
                    "event_id": self.party.id,
                    "channel": "email",
                }
            )
        self.assertIn("既沒有電話號碼也沒有電子郵件", str(caught.exception))
