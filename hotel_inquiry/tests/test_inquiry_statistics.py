# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiry statistics (I2.7): the figures of a known set of inquiries (by
channel, with first-response and answer times over the inquiries they apply
to, the on-time share, conversions), and the monthly summary mailed to each
hotel's managers with their own hotel's figures only."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.tests import new_test_user

from . import common

JULY = datetime(2026, 7, 6, 9, 0)
AUGUST_3 = datetime(2026, 8, 3, 7, 0)


class TestInquiryStatistics(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hotel_manager.email = "hotel.manager@example.com"
        cls.duty_manager.email = "duty.manager@example.com"
        cls.manager_b.email = "manager.b@example.com"
        cls.manager_a_only = new_test_user(
            cls.env,
            login="t_stats_manager_a",
            email="manager.a@example.com",
            groups=common.GROUP_HOTEL_MANAGER,
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        email, phone = cls.channels["email"], cls.channels["phone"]

        def make(channel, company=None, answer=None, ack=None, late=False, when=JULY):
            vals = {"channel_id": channel.id, "reported_date": when}
            if company:
                vals["company_id"] = company.id
                vals["hotel_topic_id"] = False
            inquiry = cls._inquiry(**vals)
            process = {}
            if ack is not None:
                process["acknowledged_date"] = when + timedelta(minutes=ack)
            if answer is not None:
                process["hotel_answered_date"] = when + timedelta(minutes=answer)
            if late:
                process["resolution_deadline"] = when + timedelta(minutes=1)
            inquiry.sudo().write(process)
            return inquiry

        # Email in July: responded after 10 and 30 minutes (one never), answered
        # after 60 (on time) and 120 (late), one not answered.
        cls.email_1 = make(email, ack=10, answer=60)
        cls.email_2 = make(email, ack=30, answer=120, late=True)
        cls.email_3 = make(email)
        # Phone in July: responded at once (live), answered after 5.
        cls.phone_1 = make(phone, answer=5)
        # Converted into a complaint: counted with its channel.
        with freeze_time(JULY + timedelta(hours=2)):
            cls.email_3.with_user(cls.agent)._hotel_convert_to_complaint()
        # Two slips from the first email inquiry, one of them cancelled.
        Transfer = cls.env["hotel.inquiry.transfer"]
        for _i in range(2):
            Transfer.create(
                {
                    "ticket_id": cls.email_1.id,
                    "to_team_id": cls.teams["fnb"].id,
                    "reason": "The restaurant knows its menu",
                }
            )
        Transfer.search([("ticket_id", "=", cls.email_1.id)], limit=1).sudo().write(
            {"state": "cancelled"}
        )
        # Another month, another hotel.
        cls.june = make(email, ack=1, answer=2, when=datetime(2026, 6, 20, 9, 0))
        cls.other_hotel = make(email, company=cls.company_b, ack=50, answer=500)

    def _rows(self, company=None):
        rows = self.Ticket._hotel_inquiry_summary_rows(
            company or self.company, datetime(2026, 7, 1), datetime(2026, 8, 1)
        )
        return {row["channel"]: row for row in rows}

    def test_figures_of_known_inquiries(self):
        self.assertEqual(self.email_1.hotel_answer_minutes, 60)
        self.assertEqual(self.email_2.hotel_on_time_percent, 0)
        self.assertEqual(self.email_1.hotel_on_time_percent, 100)
        rows = self._rows()
        self.assertEqual(set(rows), {self.channels["email"], self.channels["phone"]})
        email = rows[self.channels["email"]]
        self.assertEqual(email["count"], 3)
        self.assertEqual(email["first_response_minutes"], 20)
        self.assertEqual(email["answer_minutes"], 90)
        self.assertEqual(email["on_time_percent"], 50)
        self.assertEqual(email["conversions"], 1)
        self.assertEqual(email["transfers"], 1)
        self.assertEqual(rows[self.channels["phone"]]["transfers"], 0)
        phone = rows[self.channels["phone"]]
        self.assertEqual(phone["count"], 1)
        self.assertEqual(phone["first_response_minutes"], 0)
        self.assertEqual(phone["answer_minutes"], 5)
        self.assertEqual(phone["on_time_percent"], 100)
        self.assertEqual(phone["conversions"], 0)
        other = self._rows(self.company_b)[self.channels["email"]]
        self.assertEqual(other["count"], 1)
        self.assertEqual(other["answer_minutes"], 500)

    def test_pivot_measures(self):
        """The pivot's averages (web read_group) count the inquiries they
        apply to, by channel and month."""
        groups = self.Ticket.with_user(self.hk_manager).read_group(
            [
                *self.Ticket._hotel_inquiry_statistics_domain(),
                ("company_id", "=", self.company.id),
                ("channel_id", "=", self.channels["email"].id),
            ],
            [
                "hotel_first_response_minutes:avg",
                "hotel_answer_minutes:avg",
                "hotel_on_time_percent:avg",
                "hotel_converted_percent:avg",
            ],
            ["hotel_inquiry_date:month"],
            lazy=False,
        )
        july = next(g for g in groups if g["__count"] == 3)
        self.assertEqual(july["hotel_first_response_minutes"], 20)
        self.assertEqual(july["hotel_answer_minutes"], 90)
        self.assertEqual(july["hotel_on_time_percent"], 50)
        self.assertAlmostEqual(july["hotel_converted_percent"], 100 / 3, places=3)

    def test_monthly_summary_per_hotel(self):
        mails = self.env["mail.mail"]
        existing = mails.search([])
        with freeze_time(AUGUST_3):
            self.Ticket._cron_hotel_inquiry_summary()
        sent = mails.search([("id", "not in", existing.ids)])
        by_company = {}
        for mail in sent:
            company = self.env["res.company"].browse(mail.res_id)
            self.assertEqual(mail.model, "res.company")
            by_company[company] = mail
        mail_a, mail_b = by_company[self.company], by_company[self.company_b]
        partners_a = mail_a.recipient_ids
        self.assertIn(self.manager_a_only.partner_id, partners_a)
        self.assertIn(self.hotel_manager.partner_id, partners_a)
        self.assertNotIn(self.manager_b.partner_id, partners_a)
        self.assertIn(self.manager_b.partner_id, mail_b.recipient_ids)
        self.assertNotIn(self.manager_a_only.partner_id, mail_b.recipient_ids)
        # Each hotel's own figures (July only).
        email_id = self.channels["email"].id
        self.assertIn(f'data-channel="{email_id}"', mail_a.body_html)
        self.assertIn("<td>90</td>", mail_a.body_html)
        self.assertIn("<td>50</td>", mail_a.body_html)
        self.assertNotIn("<td>500</td>", mail_a.body_html)
        self.assertIn("<td>500</td>", mail_b.body_html)
        self.assertNotIn("<td>90</td>", mail_b.body_html)
        self.assertNotIn(
            f'data-channel="{self.channels["phone"].id}"', mail_b.body_html
        )
