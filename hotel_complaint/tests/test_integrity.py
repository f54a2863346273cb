# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Records stay where their rules put them: a complaint's records (tasks,
evidence, measures, result rounds, compensation) never move to another
complaint and are created only on complaints the user may work on; the lead
department changes only by decision of its manager or a hotel manager; the
lead department never keeps an open collaborating task (C2.3, C3.2)."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, JsonRpcException, new_test_user

from . import common

# What a client could send to try to open a guarded path.
STUFFED_CONTEXT = {
    "hotel_handover_reason": "forged",
    "hotel_triage_override": False,
    "hotel_compensation_flow": True,
    "skip_validation_check": True,
    "tracking_disable": True,
    "mail_notrack": True,
}


def _two_departments_complaints(cls):
    """An agent of guest relations; a housekeeping and an engineering
    complaint."""
    cls.teams["guest_relations"].write({"user_ids": [(4, cls.agent.id)]})
    cls.hk_complaint = cls._complaint(
        name="Hair in the bathtub", team_id=cls.teams["housekeeping"].id
    )
    cls.eng_complaint = cls._complaint(
        name="Air conditioning rattles", team_id=cls.teams["engineering"].id
    )


class TestIntegrity(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        _two_departments_complaints(cls)
        cls.cctv = cls.env["hotel.complaint.evidence"].create(
            {
                "ticket_id": cls.hk_complaint.id,
                "evidence_type": "cctv",
                "name": "Corridor camera, 14:00-14:30",
                "collected_by_id": cls.hk_manager.id,
            }
        )

    def _children(self, ticket):
        """One record of each kind on ``ticket``, created as the superuser."""
        env = self.env
        return [
            env["hotel.complaint.task"].create(
                {
                    "name": "Check the minibar",
                    "ticket_id": ticket.id,
                    "team_id": self.teams["fnb"].id,
                }
            ),
            env["hotel.complaint.evidence"].create(
                {
                    "ticket_id": ticket.id,
                    "evidence_type": "staff_statement",
                    "name": "Statement of the room attendant",
                }
            ),
            env["hotel.complaint.measure"].create(
                {"ticket_id": ticket.id, "name": "Room sealed for cleaning"}
            ),
            self._tell_result(ticket),
            env["hotel.compensation"].create({"ticket_id": ticket.id}),
        ]

    # ------------------------------------------------------------------
    # Child records
    # ------------------------------------------------------------------

    def test_child_records_never_move_to_another_complaint(self):
        for record in self._children(self.hk_complaint):
            for env in (self.env, self.env(user=self.hotel_manager)):
                with self.assertRaises(UserError, msg=record._name):
                    record.with_env(env).with_context(**STUFFED_CONTEXT).write(
                        {"ticket_id": self.eng_complaint.id}
                    )
            self.assertEqual(record.ticket_id, self.hk_complaint, record._name)
        # Writing the same complaint again is no move.
        record.write({"ticket_id": self.hk_complaint.id})

    def test_department_task_cannot_be_repointed_to_read_another_complaint(self):
        task = self.env["hotel.complaint.task"].create(
            {
                "name": "Replace the towels",
                "ticket_id": self.eng_complaint.id,
                "team_id": self.teams["housekeeping"].id,
            }
        )
        other = self._complaint(
            name="Noisy neighbours", team_id=self.teams["front_office"].id
        )
        with self.assertRaises(UserError):
            task.with_user(self.hk_staff).write({"ticket_id": other.id})
        with self.assertRaises(AccessError):
            other.with_user(self.hk_staff).read(["name"])

    def test_records_only_on_complaints_the_user_may_work_on(self):
        """Housekeeping staff cannot see the engineering complaint: nothing
        can be recorded on it in their name (and so read back)."""
        staff = self.env(user=self.hk_staff)
        attempts = {
            "hotel.complaint.evidence": {
                "evidence_type": "other",
                "name": "Planted evidence",
            },
            "hotel.complaint.measure": {"name": "Planted measure"},
            "hotel.compensation": {},
        }
        for model, vals in attempts.items():
            with self.assertRaises(AccessError, msg=model):
                staff[model].with_context(**STUFFED_CONTEXT).create(
                    dict(vals, ticket_id=self.eng_complaint.id)
                )
            self.assertFalse(
                self.env[model].search([("ticket_id", "=", self.eng_complaint.id)]),
                model,
            )
        with self.assertRaises(AccessError):
            self.env(user=self.agent)["hotel.complaint.task"].create(
                {
                    "name": "Other hotel",
                    "ticket_id": self.complaint_b().id,
                    "team_id": self.teams["fnb"].id,
                }
            )
        # On their own department's complaint, they can.
        measure = staff["hotel.complaint.measure"].create(
            {"ticket_id": self.hk_complaint.id, "name": "Towels replaced"}
        )
        self.assertEqual(measure.taken_by_id, self.hk_staff)

    def complaint_b(self):
        return self._complaint(
            name="Mountain Lodge complaint",
            company_id=self.company_b.id,
            team_id=self.teams["housekeeping_b"].id,
        )

    def test_records_only_on_guest_care_tickets(self):
        plain = self.Ticket.create(
            {"name": "Printer jam", "description": "<p>Office printer</p>"}
        )
        with self.assertRaises(UserError):
            self.env["hotel.complaint.measure"].create(
                {"ticket_id": plain.id, "name": "Paper removed"}
            )

    def test_only_guest_relations_give_a_task_to_another_department(self):
        task = self.env["hotel.complaint.task"].create(
            {
                "name": "Check the carpet",
                "ticket_id": self.eng_complaint.id,
                "team_id": self.teams["housekeeping"].id,
            }
        )
        with self.assertRaises(AccessError):
            task.with_user(self.hk_staff).with_context(**STUFFED_CONTEXT).write(
                {"team_id": self.teams["fnb"].id}
            )
        self.assertEqual(task.team_id, self.teams["housekeeping"])
        task.with_user(self.agent).write({"team_id": self.teams["fnb"].id})
        self.assertEqual(task.team_id, self.teams["fnb"])

    def test_evidence_collector_cannot_be_forged(self):
        staff = self.env(user=self.hk_staff)["hotel.complaint.evidence"]
        with self.assertRaises(AccessError):
            staff.create(
                {
                    "ticket_id": self.hk_complaint.id,
                    "evidence_type": "physical",
                    "name": "Hair sample",
                    "collected_by_id": self.eng_staff.id,
                }
            )
        mine = staff.create(
            {
                "ticket_id": self.hk_complaint.id,
                "evidence_type": "physical",
                "name": "Hair sample",
            }
        )
        self.assertEqual(mine.collected_by_id, self.hk_staff)
        with self.assertRaises(AccessError):
            mine.with_context(**STUFFED_CONTEXT).write(
                {"collected_by_id": self.eng_staff.id}
            )
        mine.with_user(self.hotel_manager).write(
            {"collected_by_id": self.hk_manager.id}
        )
        self.assertEqual(mine.collected_by_id, self.hk_manager)

    # ------------------------------------------------------------------
    # Hand-over (C2.3) and confidential evidence (C3.2)
    # ------------------------------------------------------------------

    def _evidence_visible_to(self, user):
        return self.env(user=user)["hotel.complaint.evidence"].search(
            [("ticket_id", "=", self.hk_complaint.id)]
        )

    def test_agent_cannot_take_the_lead_to_read_evidence(self):
        self.assertFalse(self._evidence_visible_to(self.agent))
        ticket = self.hk_complaint.with_user(self.agent)
        for context in ({}, STUFFED_CONTEXT):
            with self.assertRaises(AccessError):
                ticket.with_context(**context).write(
                    {"team_id": self.teams["guest_relations"].id}
                )
        with self.assertRaises(AccessError):
            ticket.write({"suggested_team_id": self.teams["guest_relations"].id})
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])
        # The wizard asks the housekeeping manager instead.
        wizard = (
            self.env["hotel.complaint.handover"]
            .with_user(self.agent)
            .create(
                {
                    "ticket_id": self.hk_complaint.id,
                    "team_id": self.teams["guest_relations"].id,
                    "reason": "The guest wants to deal with guest relations only.",
                }
            )
        )
        self.assertFalse(wizard.may_decide)
        wizard.action_confirm()
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])
        self.assertFalse(self._evidence_visible_to(self.agent))
        self.assertEqual(
            self.hk_complaint.hotel_handover_team_id, self.teams["guest_relations"]
        )
        self.assertEqual(self.hk_complaint.hotel_handover_requested_by_id, self.agent)
        request = self.hk_complaint.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("hotel_complaint.mail_activity_type_handover_request")
            )
        )
        self.assertEqual(request.user_id, self.hk_manager)
        # The requester cannot accept their own request.
        with self.assertRaises(AccessError):
            ticket.action_hotel_accept_handover()
        # The housekeeping manager decides.
        self.hk_complaint.with_user(self.hk_manager).action_hotel_accept_handover()
        self.assertEqual(self.hk_complaint.team_id, self.teams["guest_relations"])
        self.assertFalse(self.hk_complaint.hotel_handover_team_id)
        self.assertFalse(
            self.hk_complaint.activity_ids.filtered(lambda a: a == request)
        )
        self.assertIn(
            "The guest wants to deal with guest relations only.",
            self.hk_complaint.message_ids[0].body,
        )

    def test_reason_travels_with_the_lead(self):
        """The reason of a change of lead is a value of the write, not a
        context key: it is kept with the lead and logged; it cannot be
        rewritten afterwards."""
        ticket = self.hk_complaint.with_user(self.hk_manager)
        ticket._hotel_set_lead(
            self.teams["engineering"], None, "The stain comes from a leaking pipe."
        )
        self.assertEqual(self.hk_complaint.team_id, self.teams["engineering"])
        self.assertEqual(
            self.hk_complaint.hotel_lead_reason, "The stain comes from a leaking pipe."
        )
        self.assertIn("leaking pipe", self.hk_complaint.message_ids[0].body)
        with self.assertRaises(AccessError):
            self.hk_complaint.with_user(self.hotel_manager).write(
                {"hotel_lead_reason": "Rewritten later"}
            )
        # A plain write says no reason was given, and forgets the old one.
        self.hk_complaint.with_user(self.hotel_manager).write(
            {"team_id": self.teams["housekeeping"].id}
        )
        self.assertFalse(self.hk_complaint.hotel_lead_reason)
        self.assertIn("no reason given", self.hk_complaint.message_ids[0].body)

    def test_lead_manager_declines_a_request(self):
        self.hk_complaint.with_user(self.agent)._hotel_request_handover(
            self.teams["guest_relations"], self.env["res.users"], "Please"
        )
        with self.assertRaises(AccessError):
            self.hk_complaint.with_user(self.hk_staff).action_hotel_decline_handover()
        self.hk_complaint.with_user(self.hk_manager).action_hotel_decline_handover()
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])
        self.assertFalse(self.hk_complaint.hotel_handover_team_id)
        with self.assertRaises(UserError):
            self.hk_complaint.with_user(self.hk_manager).action_hotel_accept_handover()

    def test_who_decides_a_handover(self):
        for user in (self.hk_manager, self.hotel_manager):
            ticket = self._complaint(
                name="Stained sheets", team_id=self.teams["housekeeping"].id
            )
            ticket.with_user(user).write({"team_id": self.teams["front_office"].id})
            self.assertEqual(ticket.team_id, self.teams["front_office"], user.login)
        ticket = self._complaint(
            name="Stained sheets", team_id=self.teams["housekeeping"].id
        )
        # The security manager is a department manager, but not of housekeeping.
        for user in (self.hk_staff, self.security_manager):
            with self.assertRaises(AccessError, msg=user.login):
                ticket.with_user(user).write({"team_id": self.teams["security"].id})

    def test_route_again_by_agent_asks_the_lead_manager(self):
        self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Food hygiene",
                "company_id": self.company.id,
                "category_id": self.cat_food_hygiene.id,
                "lead_team_id": self.teams["fnb"].id,
            }
        )
        ticket = self.hk_complaint.with_user(self.agent)
        ticket.write({"category_id": self.cat_food_hygiene.id})
        ticket.action_hotel_route()
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])
        self.assertEqual(self.hk_complaint.hotel_handover_team_id, self.teams["fnb"])
        self.hk_complaint.with_user(self.hk_manager).action_hotel_accept_handover()
        self.assertEqual(self.hk_complaint.team_id, self.teams["fnb"])

    def test_process_fields_cannot_be_entered(self):
        agent = self.env(user=self.agent)["helpdesk.ticket"]
        rule = self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Everything to engineering",
                "company_id": self.company.id,
                "lead_team_id": self.teams["engineering"].id,
            }
        )
        for vals in (
            {"hotel_alert_sent": True},
            {"acknowledged_by_id": self.hk_manager.id},
            {"routing_rule_id": rule.id},
            {"hotel_escalation_level": 2},
            {"hotel_sla_state": "breached"},
        ):
            with self.assertRaises(AccessError, msg=str(vals)):
                agent.with_context(**STUFFED_CONTEXT).create(
                    self._complaint_vals(**vals)
                )
            with self.assertRaises(AccessError, msg=str(vals)):
                self.eng_complaint.with_user(self.agent).write(vals)
        # A form sends the initial values of a new complaint: they pass.
        agent.create(
            self._complaint_vals(hotel_sla_state="on_track", hotel_escalation_level=0)
        )
        # The buttons still record them.
        self.eng_complaint.with_user(self.agent).action_hotel_acknowledge()
        self.assertEqual(self.eng_complaint.acknowledged_by_id, self.agent)

    # ------------------------------------------------------------------
    # One lead, never also a collaborator (C2.3)
    # ------------------------------------------------------------------

    def _complaint_with_fnb_task(self):
        ticket = self._complaint(
            name="Cold breakfast", team_id=self.teams["housekeeping"].id
        )
        task = self.env["hotel.complaint.task"].create(
            {
                "name": "F&B: check the room service",
                "ticket_id": ticket.id,
                "team_id": self.teams["fnb"].id,
            }
        )
        return ticket, task

    def test_route_again_closes_the_new_leads_task(self):
        self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Food hygiene",
                "company_id": self.company.id,
                "category_id": self.cat_food_hygiene.id,
                "lead_team_id": self.teams["fnb"].id,
                "collaborator_team_ids": [(6, 0, self.teams["security"].ids)],
            }
        )
        ticket, task = self._complaint_with_fnb_task()
        ticket.with_user(self.hotel_manager).write(
            {"category_id": self.cat_food_hygiene.id}
        )
        ticket.with_user(self.hotel_manager).action_hotel_route()
        self.assertEqual(ticket.team_id, self.teams["fnb"])
        self.assertEqual(task.state, "cancelled")
        open_teams = ticket.hotel_task_ids.filtered(lambda t: t.state == "open").team_id
        self.assertNotIn(self.teams["fnb"], open_teams)
        self.assertIn(self.teams["security"], open_teams)

    def test_direct_write_of_the_lead_closes_its_task(self):
        ticket, task = self._complaint_with_fnb_task()
        ticket.with_user(self.hk_manager).write({"team_id": self.teams["fnb"].id})
        self.assertEqual(task.state, "cancelled")
        # Nothing then blocks closing.
        self._tell_result(ticket)
        ticket.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        self.assertTrue(ticket.closed)


class TestIntegrityOverRpc(HttpCase, common.HotelCase):
    """The same guarantees for a JSON-RPC client that sends what it likes."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        _two_departments_complaints(cls)
        cls.task = cls.env["hotel.complaint.task"].create(
            {
                "name": "Replace the towels",
                "ticket_id": cls.eng_complaint.id,
                "team_id": cls.teams["housekeeping"].id,
            }
        )

    def _call(self, model, method, args, **kwargs):
        kwargs.setdefault("context", dict(STUFFED_CONTEXT))
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs},
        )

    def assertRefused(self, error_name, model, method, args, **kwargs):
        with self.assertRaises(JsonRpcException) as caught:
            self._call(model, method, args, **kwargs)
        self.assertIn(error_name, str(caught.exception))

    def test_agent_over_rpc(self):
        self.authenticate("t_agent", "t_agent")
        gr = self.teams["guest_relations"].id
        self.assertRefused(
            "AccessError",
            "helpdesk.ticket",
            "write",
            [[self.hk_complaint.id], {"team_id": gr}],
        )
        self.assertRefused(
            "AccessError",
            "helpdesk.ticket",
            "write",
            [[self.hk_complaint.id], {"suggested_team_id": gr}],
        )
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])
        # Asking is allowed, deciding is not.
        self.env["hotel.complaint.routing.rule"].create(
            {
                "name": "Food hygiene",
                "company_id": self.company.id,
                "category_id": self.cat_food_hygiene.id,
                "lead_team_id": self.teams["fnb"].id,
            }
        )
        self._call(
            "helpdesk.ticket",
            "write",
            [[self.hk_complaint.id], {"category_id": self.cat_food_hygiene.id}],
        )
        self._call("helpdesk.ticket", "action_hotel_route", [[self.hk_complaint.id]])
        self.assertEqual(self.hk_complaint.hotel_handover_team_id, self.teams["fnb"])
        self.assertRefused(
            "AccessError",
            "helpdesk.ticket",
            "action_hotel_accept_handover",
            [[self.hk_complaint.id]],
        )

    def test_portal_guest_over_rpc(self):
        """The guest of a complaint can neither move it nor ask for it to be
        moved, nor record anything on it."""
        guest = new_test_user(self.env, login="t_rpc_guest", groups="base.group_portal")
        self.hk_complaint.partner_id = guest.partner_id
        self.authenticate("t_rpc_guest", "t_rpc_guest")
        ticket = [self.hk_complaint.id]
        for method in (
            "action_hotel_route",
            "action_hotel_accept_triage",
            "action_hotel_accept_handover",
            "action_hotel_acknowledge",
        ):
            self.assertRefused("AccessError", "helpdesk.ticket", method, [ticket])
        self.assertRefused(
            "AccessError",
            "helpdesk.ticket",
            "write",
            [ticket, {"team_id": self.teams["guest_relations"].id}],
        )
        self.assertRefused(
            "AccessError",
            "hotel.complaint.measure",
            "create",
            [{"ticket_id": self.hk_complaint.id, "name": "Planted"}],
        )
        self.assertFalse(self.hk_complaint.sudo().hotel_handover_team_id)
        self.assertEqual(self.hk_complaint.team_id, self.teams["housekeeping"])

    def test_department_staff_over_rpc(self):
        self.authenticate("t_hk_staff", "t_hk_staff")
        self.assertRefused(
            "UserError",
            "hotel.complaint.task",
            "write",
            [[self.task.id], {"ticket_id": self.hk_complaint.id}],
        )
        other = self._complaint(
            name="Lost luggage", team_id=self.teams["front_office"].id
        )
        self.assertRefused(
            "AccessError",
            "hotel.complaint.evidence",
            "create",
            [{"ticket_id": other.id, "evidence_type": "other", "name": "Planted"}],
        )
        self.assertRefused(
            "AccessError",
            "hotel.complaint.task",
            "write",
            [[self.task.id], {"team_id": self.teams["fnb"].id}],
        )
        self.assertEqual(self.task.ticket_id, self.eng_complaint)
        self.assertEqual(self.task.team_id, self.teams["housekeeping"])
