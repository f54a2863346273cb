# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Auto-triage from multilingual keyword rules (C2.1, C2.2, C2.3)."""

from odoo.exceptions import ValidationError

from . import common


class TestTriage(common.HotelCase):
    def _triage(self, text, company=None):
        return self.Ticket.hotel_triage(text, (company or self.company).id)

    def test_english(self):
        res = self._triage("The bathroom was dirty and there was hair in the sink")
        self.assertEqual(res["category_id"], self.cat_cleanliness.id)
        self.assertEqual(res["severity"], "moderate")
        self.assertEqual(res["team_id"], self.teams["housekeeping"].id)
        self.assertEqual(
            res["rule_id"], self.env.ref("hotel_complaint.triage_rule_cleanliness").id
        )

    def test_simplified_chinese(self):
        res = self._triage("昨晚吃了酒店的海鲜后食物中毒，一直呕吐")
        self.assertEqual(res["category_id"], self.cat_food_hygiene.id)
        self.assertEqual(res["severity"], "serious")
        self.assertEqual(res["team_id"], self.teams["fnb"].id)

    def test_traditional_chinese(self):
        res = self._triage("房間的空調壞了，電視也打不開")
        self.assertEqual(res["category_id"], self.cat_appliances.id)
        self.assertEqual(res["team_id"], self.teams["engineering"].id)

    def test_safety_raises_severity(self):
        """A safety keyword wins the severity even when another rule wins the
        category: the guest smelled smoke from a broken kettle."""
        res = self._triage("The kettle sparked and there is smoke")
        self.assertEqual(res["severity"], "urgent")
        self.assertEqual(res["team_id"], self.teams["security"].id)
        self.assertEqual(res["category_id"], self.cat_appliances.id)

    def test_whole_words_only(self):
        """'tv' must not fire inside 'activity'; no rule matches here (the
        trained model still suggests, see test_triage_model)."""
        res = self._triage("We loved the activity program, thanks")
        self.assertFalse(res["rule_id"])
        self.assertEqual(res["rule_ids"], [])
        self.assertFalse(res["explanation"]["rules"])

    def test_empty_text(self):
        self.assertFalse(self._triage("")["rule_id"])
        self.assertFalse(self._triage(False)["rule_id"])

    def test_department_per_company(self):
        res = self._triage("dirty towels", self.company_b)
        self.assertEqual(res["team_id"], self.teams["housekeeping_b"].id)

    def test_rpc(self):
        """The method is public for RPC clients (hotline tools, chatbots)."""
        self.assertFalse(self.Ticket.hotel_triage.__name__.startswith("_"))
        res = (
            self.Ticket.with_user(self.agent)
            .with_company(self.company)
            .hotel_triage("Noisy party next door")
        )
        self.assertEqual(res["team_id"], self.teams["security"].id)
        self.assertEqual(set(res) >= {"category_id", "severity", "team_id"}, True)

    def test_complaint_created_with_suggestion(self):
        ticket = self._complaint(
            name="Cockroach in room",
            description="<p>I saw a cockroach under the bed</p>",
            severity=False,
        )
        self.assertEqual(ticket.hotel_triage_state, "suggested")
        self.assertEqual(ticket.suggested_category_id, self.cat_cleanliness)
        self.assertEqual(ticket.category_id, self.cat_cleanliness)
        self.assertEqual(ticket.severity, "moderate")
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(
            ticket.triage_rule_id,
            self.env.ref("hotel_complaint.triage_rule_cleanliness"),
        )
        self.assertGreaterEqual(ticket.triage_rule_id.match_count, 1)

    def test_staff_override_and_accept(self):
        ticket = self._complaint(
            name="Dirty carpet", description="<p>dirty carpet</p>", severity=False
        )
        ticket.severity = "serious"
        self.assertEqual(ticket.hotel_triage_state, "overridden")
        other = self._complaint(
            name="Dirty carpet",
            description="<p>dirty carpet</p>",
            severity="minor",
        )
        self.assertEqual(other.severity, "minor", "the agent's choice is kept")
        other.action_hotel_accept_triage()
        self.assertEqual(other.hotel_triage_state, "accepted")
        self.assertEqual(other.severity, "moderate")

    def test_override_is_marked_whatever_the_context(self):
        """Only the process's own triage decisions (accepting the suggestion,
        Route Again) skip the override mark, by argument: no context key a
        client sends does."""
        ticket = self._complaint(
            name="Dirty carpet", description="<p>dirty carpet</p>", severity=False
        )
        self.assertEqual(ticket.hotel_triage_state, "suggested")
        ticket.with_context(hotel_triage_override=False).severity = "serious"
        self.assertEqual(ticket.hotel_triage_state, "overridden")

    def test_rules_editable_and_cache_refreshed(self):
        rule = (
            self.env["hotel.complaint.triage.rule"]
            .with_user(self.hk_manager)
            .create(
                {
                    "name": "Minibar",
                    "company_id": self.company.id,
                    "keywords": "minibar, 迷你吧",
                    "severity": "minor",
                    "department_type": "fnb",
                }
            )
        )
        self.assertEqual(self._triage("迷你吧是空的")["rule_id"], rule.id)
        rule.keywords = "honesty bar"
        self.assertFalse(self._triage("迷你吧是空的")["rule_id"])

    def test_bad_rule(self):
        Rule = self.env["hotel.complaint.triage.rule"]
        with self.assertRaises(ValidationError):
            Rule.create({"name": "Empty", "keywords": " , ", "severity": "minor"})
        with self.assertRaises(ValidationError):
            Rule.create({"name": "Suggests nothing", "keywords": "x"})

    def test_chain_rules_for_hotel_managers(self):
        """A department manager changes their hotel's rules, not the chain's."""
        shared = self.env.ref("hotel_complaint.triage_rule_noise")
        with self.assertRaises(common.AccessError):
            shared.with_user(self.hk_manager).keywords = "noise"
        with self.assertRaises(common.AccessError):
            self.env["hotel.complaint.triage.rule"].with_user(self.hk_manager).create(
                {"name": "Chain", "keywords": "x", "severity": "minor"}
            )
        shared.with_user(self.hotel_manager).keywords = "noise, noisy, 噪音"
        self.assertEqual(
            self.env["hotel.complaint.triage.rule"]
            .with_user(self.hk_manager)
            .search_count([("id", "=", shared.id)]),
            1,
            "still visible",
        )

    def test_no_triage_for_another_hotel(self):
        with self.assertRaises(common.AccessError):
            self.Ticket.with_user(self.agent).hotel_triage("dirty", self.company_b.id)
