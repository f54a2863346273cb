# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's own amounts and delays (C3.3, C2.4): approval thresholds and
compensation ceilings in the hotel's currency, and the Stuck delay."""

from datetime import timedelta

from odoo import fields

from . import common


class TestHotelSettings(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._complaint(
            severity="moderate", team_id=cls.teams["housekeeping"].id
        )

    def _tiers(self, company):
        return self.env["tier.definition"].search(
            [("model", "=", "hotel.compensation"), ("company_id", "=", company.id)]
        )

    def test_yen_hotel_gets_yen_sized_defaults(self):
        jpy = self.env.ref("base.JPY")
        jpy.active = True
        hotel = self.env["res.company"].create(
            {"name": "Test Kyoto Ryokan", "currency_id": jpy.id}
        )
        self.assertEqual(hotel.hotel_approval_manager_threshold, 30000)
        self.assertEqual(hotel.hotel_approval_hotel_manager_threshold, 200000)
        self.assertEqual(hotel.hotel_compensation_max_complaint, 500000)
        self.assertEqual(hotel.hotel_compensation_max_stay, 800000)
        tiers = self._tiers(hotel)
        self.assertEqual(len(tiers), 2)
        self.assertTrue(
            any("30000" in tier.definition_domain for tier in tiers),
            tiers.mapped("definition_domain"),
        )
        # A dollar hotel keeps the base amounts; amounts given are kept.
        self.assertEqual(self.company.hotel_approval_manager_threshold, 300)
        given = self.env["res.company"].create(
            {
                "name": "Test Osaka Inn",
                "currency_id": jpy.id,
                "hotel_compensation_max_stay": 123456,
            }
        )
        self.assertEqual(given.hotel_compensation_max_stay, 123456)
        self.assertEqual(given.hotel_compensation_max_complaint, 500000)

    def test_threshold_changes_which_tier_applies(self):
        proposal = self._proposal(self.ticket, 250)
        self.assertFalse(proposal._applicable_tiers())
        settings = self.env["res.config.settings"].create(
            {"company_id": self.company.id}
        )
        settings.hotel_approval_manager_threshold = 200
        settings.execute()
        self.assertEqual(self.company.hotel_approval_manager_threshold, 200)
        applicable = proposal._applicable_tiers()
        self.assertEqual(
            applicable.reviewer_group_id, self.env.ref(common.GROUP_DEPT_MANAGER)
        )
        proposal.action_submit()
        self.assertEqual(proposal.state, "to_approve")
        # Above the hotel manager's threshold, both tiers.
        self.company.hotel_approval_hotel_manager_threshold = 240
        self.assertEqual(len(proposal._applicable_tiers()), 2)
        # A tier the hotel added itself is left alone.
        own = self.env["tier.definition"].create(
            {
                "name": "Duty manager signs off",
                "model_id": self.env["ir.model"]._get_id("hotel.compensation"),
                "company_id": self.company.id,
                "review_type": "individual",
                "reviewer_id": self.duty_manager.id,
                "definition_domain": "[('amount_total', '>', 100)]",
            }
        )
        self.company.hotel_approval_manager_threshold = 150
        self.assertEqual(own.definition_domain, "[('amount_total', '>', 100)]")

    def test_stuck_delay_setting(self):
        ticket = self.ticket
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET write_date = %s WHERE id = %s",
            (fields.Datetime.now() - timedelta(days=2, hours=12), ticket.id),
        )
        ticket.invalidate_recordset(["write_date"])
        stuck = [("hotel_is_stuck", "=", True), ("id", "=", ticket.id)]
        self.assertEqual(self.Ticket.search(stuck), ticket)
        self.company.hotel_stuck_delay_days = 3
        self.assertFalse(self.Ticket.search(stuck))
        ticket.invalidate_recordset(["hotel_is_stuck"])
        self.assertFalse(ticket.hotel_is_stuck)
        # Another hotel's delay does not change this one's.
        self.company_b.hotel_stuck_delay_days = 1
        self.assertFalse(self.Ticket.search(stuck))
        self.company.hotel_stuck_delay_days = 2
        self.company_b.hotel_stuck_delay_days = 5
        self.assertEqual(self.Ticket.search(stuck), ticket)
