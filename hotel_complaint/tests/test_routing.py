# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Department routing, collaborating tasks and hand-overs (C2.3)."""

from odoo.exceptions import UserError, ValidationError

from . import common


class TestRouting(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Rule = cls.env["hotel.complaint.routing.rule"]
        cls.rule_hygiene = Rule.create(
            {
                "name": "Food hygiene",
                "company_id": cls.company.id,
                "sequence": 5,
                "category_id": cls.env.ref("hotel_complaint.category_fnb").id,
                "lead_team_id": cls.teams["fnb"].id,
                "collaborator_team_ids": [
                    (6, 0, [cls.teams["guest_relations"].id, cls.teams["security"].id])
                ],
                "collaborator_hours": 2,
            }
        )
        cls.rule_cleanliness = Rule.create(
            {
                "name": "Cleanliness",
                "company_id": cls.company.id,
                "sequence": 10,
                "category_id": cls.cat_environment.id,
                "lead_team_id": cls.teams["housekeeping"].id,
                "responsible_user_id": cls.hk_staff.id,
            }
        )
        cls.rule_urgent = Rule.create(
            {
                "name": "Anything urgent",
                "company_id": cls.company.id,
                "sequence": 1,
                "severity": "urgent",
                "lead_team_id": cls.teams["security"].id,
                "collaborator_team_ids": [(6, 0, [cls.teams["front_office"].id])],
            }
        )

    def test_rule_picks_lead_and_responsible(self):
        ticket = self._complaint(category_id=self.cat_cleanliness.id)
        self.assertEqual(ticket.routing_rule_id, self.rule_cleanliness)
        self.assertEqual(ticket.team_id, self.teams["housekeeping"])
        self.assertEqual(ticket.user_id, self.hk_staff)
        self.assertFalse(ticket.hotel_task_ids)

    def test_severity_rule_first(self):
        ticket = self._complaint(category_id=self.cat_cleanliness.id, severity="urgent")
        self.assertEqual(ticket.routing_rule_id, self.rule_urgent)
        self.assertEqual(ticket.team_id, self.teams["security"])
        self.assertEqual(ticket.hotel_task_ids.team_id, self.teams["front_office"])

    def test_location_rule(self):
        gym = self.env["hotel.location"].create(
            {"name": "Gym", "company_id": self.company.id, "location_type": "leisure"}
        )
        rule = self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Gym",
                "company_id": self.company.id,
                "sequence": 2,
                "location_id": gym.id,
                "lead_team_id": self.teams["engineering"].id,
            }
        )
        ticket = self._complaint(
            category_id=self.cat_cleanliness.id, location_id=gym.id
        )
        self.assertEqual(ticket.routing_rule_id, rule)
        self.assertEqual(ticket.team_id, self.teams["engineering"])

    def test_collaborators_get_tasks_with_deadlines(self):
        ticket = self._complaint(category_id=self.cat_food_hygiene.id)
        self.assertEqual(ticket.team_id, self.teams["fnb"])
        tasks = ticket.hotel_task_ids
        self.assertEqual(
            tasks.team_id, self.teams["guest_relations"] | self.teams["security"]
        )
        for task in tasks:
            self.assertEqual(task.state, "open")
            self.assertTrue(task.deadline)
            self.assertEqual(task.company_id, self.company)
        security_task = tasks.filtered(lambda t: t.team_id == self.teams["security"])
        self.assertEqual(security_task.user_id, self.security_manager)
        self.assertTrue(security_task.activity_ids, "the handler gets an activity")

    def test_cannot_close_with_open_task(self):
        ticket = self._complaint(category_id=self.cat_food_hygiene.id)
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        with self.assertRaises(ValidationError) as caught:
            ticket.stage_id = done
        self.assertIn("open tasks", str(caught.exception))
        ticket.hotel_task_ids.action_done()
        self._tell_result(ticket)
        ticket.stage_id = done
        self.assertTrue(ticket.closed)

    def test_fallback_department(self):
        """No rule: the category's usual department, else guest relations."""
        ticket = self._complaint(category_id=self.cat_appliances.id)
        self.assertFalse(ticket.routing_rule_id)
        self.assertEqual(ticket.team_id, self.teams["engineering"])
        bare = self._complaint(name="Other", description="<p>Something else</p>")
        self.assertEqual(bare.team_id, self.teams["guest_relations"])

    def test_exactly_one_lead(self):
        ticket = self._complaint(category_id=self.cat_cleanliness.id)
        with self.assertRaises(ValidationError):
            ticket.team_id = False
        with self.assertRaises(ValidationError):
            self.env["hotel.complaint.task"].create(
                {
                    "name": "Lead cannot collaborate",
                    "ticket_id": ticket.id,
                    "team_id": ticket.team_id.id,
                }
            )

    def test_no_department_anywhere(self):
        company = self.env["res.company"].create({"name": "Empty Hotel"})
        with self.assertRaises(ValidationError) as caught:
            self._complaint(company_id=company.id)
        self.assertIn("needs a lead department", str(caught.exception))

    def test_handover_tracked_with_reason(self):
        ticket = self._complaint(category_id=self.cat_cleanliness.id)
        wizard = (
            self.env["hotel.complaint.handover"]
            .with_user(self.hk_manager)
            .create(
                {
                    "ticket_id": ticket.id,
                    "team_id": self.teams["engineering"].id,
                    "reason": "The stain comes from a leaking pipe.",
                }
            )
        )
        wizard.action_confirm()
        self.assertEqual(ticket.team_id, self.teams["engineering"])
        bodies = ticket.message_ids.mapped("body")
        self.assertTrue(
            any(
                "The stain comes from a leaking pipe." in body
                and "Engineering" in body.replace("engineering", "Engineering")
                for body in bodies
            ),
            bodies,
        )
        with self.assertRaises(UserError):
            self.env["hotel.complaint.handover"].create(
                {
                    "ticket_id": ticket.id,
                    "team_id": self.teams["engineering"].id,
                    "reason": "again",
                }
            ).action_confirm()

    def test_plain_write_logs_no_reason_whatever_the_context(self):
        """The reason of a hand-over is an argument of ``_hotel_set_lead``,
        not a context key a client could send."""
        ticket = self._complaint(category_id=self.cat_cleanliness.id)
        ticket.with_user(self.hk_manager).with_context(
            hotel_handover_reason="forged"
        ).write({"team_id": self.teams["engineering"].id})
        self.assertEqual(ticket.team_id, self.teams["engineering"])
        body = ticket.message_ids[0].body
        self.assertIn("no reason given", body)
        self.assertNotIn("forged", body)
        ticket._hotel_set_lead(self.teams["housekeeping"], self.hk_manager, "Back")
        self.assertEqual(ticket.user_id, self.hk_manager)
        self.assertIn("Reason: Back", ticket.message_ids[0].body)

    def test_handover_to_collaborator_closes_its_task(self):
        ticket = self._complaint(category_id=self.cat_food_hygiene.id)
        self.env["hotel.complaint.handover"].create(
            {
                "ticket_id": ticket.id,
                "team_id": self.teams["security"].id,
                "reason": "Possible poisoning: security leads the investigation.",
            }
        ).action_confirm()
        self.assertEqual(ticket.team_id, self.teams["security"])
        task = ticket.hotel_task_ids.filtered(
            lambda t: t.team_id == self.teams["security"]
        )
        self.assertEqual(task.state, "cancelled")

    def test_reroute_after_reclassification(self):
        ticket = self._complaint(name="Other", description="<p>Something</p>")
        self.assertEqual(ticket.team_id, self.teams["guest_relations"])
        ticket.category_id = self.cat_food_hygiene
        ticket.action_hotel_route()
        self.assertEqual(ticket.team_id, self.teams["fnb"])
        self.assertEqual(
            ticket.hotel_task_ids.team_id,
            self.teams["guest_relations"] | self.teams["security"],
            "the former lead now collaborates",
        )
        # The routing log, then one note to the new tasks' handlers.
        handlers_note, log = ticket.message_ids[:2]
        self.assertIn("Food hygiene", log.body)
        new_tasks = ticket.hotel_task_ids.filtered(
            lambda t: t.name in handlers_note.body
        )
        self.assertTrue(new_tasks)
        self.assertEqual(handlers_note.partner_ids, new_tasks.user_id.partner_id)

    def test_rule_without_lead(self):
        Rule = self.env["hotel.complaint.routing.rule"]
        count = Rule.search_count([])
        with self.assertRaises(ValidationError) as caught:
            Rule.create({"name": "Nobody leads", "company_id": self.company.id})
        self.assertIn("needs a lead department", str(caught.exception))
        self.assertEqual(Rule.search_count([]), count)
        with self.assertRaises(ValidationError):
            Rule.create(
                {
                    "name": "Lead collaborates",
                    "company_id": self.company.id,
                    "lead_team_id": self.teams["fnb"].id,
                    "collaborator_team_ids": [(6, 0, [self.teams["fnb"].id])],
                }
            )

    def test_rule_cannot_use_other_company_department(self):
        with self.assertRaises(UserError):
            self.env["hotel.complaint.routing.rule"].create(
                {
                    "name": "Cross",
                    "company_id": self.company.id,
                    "lead_team_id": self.teams["fnb_b"].id,
                }
            )

    def test_new_rule_applies_at_once(self):
        """Rules are cached for speed: a rule added later applies at once."""
        first = self._complaint(category_id=self.cat_appliances.id)
        self.assertEqual(first.team_id, self.teams["engineering"])
        rule = self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Appliances to front office",
                "company_id": self.company.id,
                "category_id": self.cat_appliances.id,
                "lead_team_id": self.teams["front_office"].id,
            }
        )
        second = self._complaint(category_id=self.cat_appliances.id)
        self.assertEqual(second.routing_rule_id, rule)
        self.assertEqual(second.team_id, self.teams["front_office"])
        rule.active = False
        third = self._complaint(category_id=self.cat_appliances.id)
        self.assertEqual(third.team_id, self.teams["engineering"])
