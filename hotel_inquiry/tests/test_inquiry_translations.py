# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The inquiry desk in Chinese: with the addon's zh_CN and zh_TW terms
loaded, the transfer slip prints in the guest's language (《客户咨询转接单》,
without repeating its Chinese name under the title), and bad input is refused
in the user's language."""

from odoo.exceptions import ValidationError

from . import common


class TestInquiryTranslations(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in ("zh_CN", "zh_TW"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"].search(
            [("name", "in", ("hotel_complaint", "hotel_inquiry"))]
        )._update_translations(["zh_CN", "zh_TW"])
        cls.agent.lang = "zh_CN"

    def _slip_html(self, lang):
        inquiry = self._inquiry(
            hotel_lang=lang,
            guest_account="请问宴会厅可以容纳多少位客人？",
            hotel_topic_id=self.topic_events.id,
        )
        slip = self.env["hotel.inquiry.transfer"].create(
            {
                "ticket_id": inquiry.id,
                "to_team_id": self.teams["sales_marketing"].id,
                "reason": "Sales prepares banquet offers.",
            }
        )
        report = self.env.ref("hotel_inquiry.action_report_inquiry_transfer")
        return str(
            self.env["ir.actions.report"]._render_qweb_html(report, slip.ids)[0],
            "utf-8",
        )

    def test_slip_in_simplified_chinese(self):
        html = self._slip_html("zh_CN")
        self.assertIn("客户咨询转接单", html)
        self.assertNotIn("《客户咨询转接单》", html)
        self.assertNotIn("Inquiry Transfer Slip", html)
        self.assertIn("请问宴会厅", html)

    def test_slip_in_traditional_chinese(self):
        html = self._slip_html("zh_TW")
        self.assertIn("客戶諮詢轉接單", html)
        self.assertNotIn("Inquiry Transfer Slip", html)

    def test_slip_in_english_names_the_chinese_form(self):
        html = self._slip_html("en_US")
        self.assertIn("Inquiry Transfer Slip", html)
        self.assertIn("《客户咨询转接单》", html)

    def test_errors_in_the_users_language(self):
        Ticket = self.Ticket.with_user(self.agent).with_context(lang="zh_CN")
        with self.assertRaises(ValidationError) as caught:
            Ticket.create(self._inquiry_vals(channel_id=False))
        self.assertIn("渠道", str(caught.exception))
        with self.assertRaises(ValidationError) as caught:
            Ticket.create(self._inquiry_vals(partner_phone=False))
        self.assertIn("联系方式", str(caught.exception))
