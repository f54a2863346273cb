# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Access per group, across hotels (companies) and for portal guests."""

from odoo.exceptions import AccessError, UserError

from . import common


class TestSecurity(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hk_complaint = cls._complaint(
            name="Dirty towels", team_id=cls.teams["housekeeping"].id
        )
        cls.eng_complaint = cls._complaint(
            name="Broken TV", team_id=cls.teams["engineering"].id
        )
        cls.shared_complaint = cls._complaint(
            name="Leak stained the carpet", team_id=cls.teams["engineering"].id
        )
        cls.hk_task = cls.env["hotel.complaint.task"].create(
            {
                "name": "Replace the carpet",
                "ticket_id": cls.shared_complaint.id,
                "team_id": cls.teams["housekeeping"].id,
            }
        )
        cls.complaint_b = cls._complaint(
            name="Mountain Lodge complaint",
            company_id=cls.company_b.id,
            team_id=cls.teams["housekeeping_b"].id,
        )

    def _visible(self, user, company=None):
        env = self.env(user=user)
        if company:
            env = env(context=dict(env.context, allowed_company_ids=company.ids))
        return env["helpdesk.ticket"].search([("hotel_ticket_type", "=", "complaint")])

    def test_group_chain(self):
        staff = self.env.ref(common.GROUP_STAFF)
        agent = self.env.ref(common.GROUP_AGENT)
        dept = self.env.ref(common.GROUP_DEPT_MANAGER)
        manager = self.env.ref(common.GROUP_HOTEL_MANAGER)
        self.assertIn(staff, agent.implied_ids)
        self.assertIn(agent, dept.implied_ids)
        self.assertIn(dept, manager.implied_ids)
        self.assertIn(
            self.env.ref("helpdesk_mgmt.group_helpdesk_manager"), manager.implied_ids
        )

    def test_department_staff_sees_led_and_collaborated(self):
        visible = self._visible(self.hk_staff)
        self.assertIn(self.hk_complaint, visible)
        self.assertIn(self.shared_complaint, visible, "housekeeping collaborates")
        self.assertNotIn(self.eng_complaint, visible)
        self.assertNotIn(self.complaint_b, visible)
        with self.assertRaises(AccessError):
            self.eng_complaint.with_user(self.hk_staff).read(["name"])
        # Their department's task, yes; they can report it done.
        self.hk_task.with_user(self.hk_staff).write({"result": "Carpet replaced"})
        self.hk_task.with_user(self.hk_staff).action_done()
        self.assertEqual(self.hk_task.state, "done")

    def test_engineering_staff(self):
        visible = self._visible(self.eng_staff)
        self.assertIn(self.eng_complaint, visible)
        self.assertIn(self.shared_complaint, visible)
        self.assertNotIn(self.hk_complaint, visible)

    def test_agent_and_managers_see_their_hotel(self):
        for user in (self.agent, self.hk_manager, self.duty_manager):
            visible = self._visible(user)
            self.assertIn(self.hk_complaint, visible, user.login)
            self.assertIn(self.eng_complaint, visible, user.login)
            self.assertNotIn(self.complaint_b, visible, user.login)
            with self.assertRaises(AccessError):
                self.complaint_b.with_user(user).read(["name"])

    def test_other_company(self):
        visible_b = self._visible(self.manager_b)
        self.assertIn(self.complaint_b, visible_b)
        self.assertNotIn(self.hk_complaint, visible_b)
        with self.assertRaises(AccessError):
            self.hk_complaint.with_user(self.manager_b).read(["name"])
        tasks = self.env["hotel.complaint.task"].with_user(self.manager_b).search([])
        self.assertNotIn(self.hk_task, tasks)
        for model in (
            "hotel.complaint.matrix",
            "hotel.complaint.routing.rule",
            "hotel.location",
        ):
            records = self.env[model].with_user(self.manager_b).search([])
            self.assertFalse(records.filtered(lambda r: r.company_id == self.company))

    def test_chain_manager_switches_hotels(self):
        self.assertNotIn(
            self.complaint_b, self._visible(self.hotel_manager, self.company)
        )
        self.assertIn(
            self.complaint_b,
            self._visible(self.hotel_manager, self.company | self.company_b),
        )

    def test_cannot_link_other_company_records(self):
        location_b = self.env["hotel.location"].create(
            {"name": "Ski room", "company_id": self.company_b.id}
        )
        with self.assertRaises(UserError):
            self.hk_complaint.location_id = location_b
        with self.assertRaises(UserError):
            self.env["hotel.complaint.task"].create(
                {
                    "name": "Cross-hotel",
                    "ticket_id": self.hk_complaint.id,
                    "team_id": self.teams["fnb_b"].id,
                }
            )

    def test_configuration_rights(self):
        Rule = self.env["hotel.complaint.routing.rule"]
        vals = {
            "name": "Gym",
            "company_id": self.company.id,
            "lead_team_id": self.teams["engineering"].id,
        }
        for user in (self.hk_staff, self.agent, self.hk_manager):
            with self.assertRaises(AccessError, msg=user.login):
                Rule.with_user(user).create(vals)
            with self.assertRaises(AccessError, msg=user.login):
                self.env["hotel.location"].with_user(user).create(
                    {"name": "Pool", "company_id": self.company.id}
                )
        Rule.with_user(self.hotel_manager).create(vals)
        with self.assertRaises(AccessError):
            self.env["hotel.complaint.triage.rule"].with_user(self.hk_staff).create(
                {"name": "x", "keywords": "x", "severity": "minor"}
            )

    def test_quarantine_hidden_from_staff(self):
        with self.assertRaises(AccessError):
            self.env["hotel.mail.quarantine"].with_user(self.hk_staff).search([])
        Quarantine = self.env["hotel.mail.quarantine"]
        mine = Quarantine.create({"name": "Broken mail", "company_id": self.company.id})
        other = Quarantine.create(
            {"name": "Other hotel's", "company_id": self.company_b.id}
        )
        visible = Quarantine.with_user(self.agent).search([])
        self.assertIn(mine, visible)
        self.assertNotIn(other, visible)

    def test_configuration_menu_for_department_managers(self):
        menu = self.env.ref("hotel_complaint.hotel_complaint_config_menu")
        self.assertEqual(
            menu.parent_id, self.env.ref("hotel_complaint.hotel_complaint_menu")
        )
        Menu = self.env["ir.ui.menu"]
        self.assertIn(menu.id, Menu.with_user(self.hk_manager)._visible_menu_ids())
        self.assertNotIn(menu.id, Menu.with_user(self.hk_staff)._visible_menu_ids())

    def test_portal_guest(self):
        portal = self._user("t_portal_guest", "base.group_portal")
        own = self._complaint(
            name="Mine",
            partner_id=portal.partner_id.id,
            partner_email="guest@example.com",
        )
        self.assertEqual(own.with_user(portal).read(["name"])[0]["name"], "Mine")
        with self.assertRaises(AccessError):
            self.hk_complaint.with_user(portal).read(["name"])
        for model in (
            "hotel.complaint.task",
            "hotel.complaint.matrix",
            "hotel.complaint.routing.rule",
            "hotel.complaint.triage.rule",
            "hotel.mail.quarantine",
        ):
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(portal).search([])

    def test_every_new_model_across_hotels_and_portal(self):
        """Each model of the addon: hotel B's manager does not see hotel A's
        records, and a portal guest reads none of them."""
        ticket = self.hk_complaint
        proposal = self._proposal(ticket, 120)
        records = {
            "hotel.location": self.env["hotel.location"].create(
                {"name": "Roof bar", "company_id": self.company.id}
            ),
            "hotel.complaint.task": self.hk_task,
            "hotel.complaint.evidence": self.env["hotel.complaint.evidence"].create(
                {"ticket_id": ticket.id, "evidence_type": "cctv", "name": "Cam 4"}
            ),
            "hotel.complaint.measure": self.env["hotel.complaint.measure"].create(
                {"ticket_id": ticket.id, "name": "Towels replaced"}
            ),
            "hotel.complaint.feedback": self._tell_result(ticket),
            "hotel.compensation": proposal,
            "hotel.compensation.line": proposal.line_ids,
            "hotel.complaint.matrix": self.env["hotel.complaint.matrix"].search(
                [("company_id", "=", self.company.id)], limit=1
            ),
            "hotel.complaint.routing.rule": self.env[
                "hotel.complaint.routing.rule"
            ].create(
                {
                    "name": "Rule A",
                    "company_id": self.company.id,
                    "lead_team_id": self.teams["housekeeping"].id,
                }
            ),
            "hotel.mail.quarantine": self.env["hotel.mail.quarantine"].create(
                {"name": "Broken", "company_id": self.company.id}
            ),
        }
        portal = self._user("t_portal_all", "base.group_portal")
        for model, record in records.items():
            self.assertTrue(record, model)
            self.assertFalse(
                self.env[model]
                .with_user(self.manager_b)
                .search([("id", "in", record.ids)]),
                model,
            )
            with self.assertRaises(AccessError, msg=model):
                record.with_user(self.manager_b).read(["display_name"])
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(portal).search([])
