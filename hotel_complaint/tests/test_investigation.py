# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Investigation (C3.1, C3.2) and emergency measures (C3.3)."""

from odoo.exceptions import AccessError, ValidationError

from . import common


class TestInvestigation(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.ticket = cls._complaint(
            name="Food poisoning after dinner",
            severity="serious",
            urgency="high",
            team_id=cls.teams["fnb"].id,
        )
        cls.fnb_staff = cls._user("t_fnb_staff", common.GROUP_STAFF)
        cls.teams["fnb"].user_ids = [(4, cls.fnb_staff.id)]
        cls.evidence = (
            cls.env["hotel.complaint.evidence"]
            .with_user(cls.fnb_staff)
            .create(
                {
                    "ticket_id": cls.ticket.id,
                    "evidence_type": "physical",
                    "name": "Leftover prawns kept in the cold room",
                }
            )
        )

    def test_security_involved_c3_1(self):
        """Serious complaints give security a task of its own."""
        task = self.ticket.hotel_task_ids.filtered(
            lambda t: t.team_id == self.teams["security"]
        )
        self.assertEqual(len(task), 1)
        self.assertEqual(task.user_id, self.security_manager)
        minor = self._complaint(team_id=self.teams["fnb"].id)
        self.assertFalse(minor.hotel_task_ids)

    def test_evidence_types_c3_2(self):
        types = dict(
            self.env["hotel.complaint.evidence"]._fields["evidence_type"].selection
        )
        for key in ("cctv", "physical", "staff_statement", "guest_verification"):
            self.assertIn(key, types)
        self.assertEqual(self.evidence.collected_by_id, self.fnb_staff)
        self.assertTrue(self.evidence.collected_date)

    def test_evidence_visibility(self):
        """Lead department, the collector and hotel managers only."""
        Evidence = self.env["hotel.complaint.evidence"]
        self.assertIn(self.evidence, Evidence.with_user(self.fnb_staff).search([]))
        self.assertIn(self.evidence, Evidence.with_user(self.hotel_manager).search([]))
        # The security manager collaborates on the complaint and collects CCTV.
        cctv = Evidence.with_user(self.security_manager).create(
            {
                "ticket_id": self.ticket.id,
                "evidence_type": "cctv",
                "name": "Restaurant camera 2, 19:00-21:00",
            }
        )
        visible = Evidence.with_user(self.security_manager).search([])
        self.assertIn(cctv, visible)
        self.assertNotIn(self.evidence, visible)
        for user in (self.hk_staff, self.agent, self.hk_manager, self.manager_b):
            with self.assertRaises(AccessError, msg=user.login):
                self.evidence.with_user(user).read(["name"])

    def test_evidence_changes_tracked(self):
        self.env.flush_all()
        self.env.cr.precommit.run()  # the creation is logged apart
        self.evidence.with_user(self.fnb_staff).description = "Sent to the lab"
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracking is written at commit time
        self.evidence.invalidate_recordset(["message_ids"])
        self.assertTrue(
            self.evidence.sudo().message_ids.filtered(lambda m: m.tracking_value_ids)
        )

    def test_portal_never_sees_evidence(self):
        portal = self._user("t_portal_ev", "base.group_portal")
        self.ticket.partner_id = portal.partner_id
        self.ticket.with_user(portal).read(["name"])
        with self.assertRaises(AccessError):
            self.evidence.with_user(portal).read(["name"])
        with self.assertRaises(AccessError):
            self.ticket.with_user(portal).read(["hotel_evidence_ids"])

    def test_request_department_account_c3_1(self):
        wizard = self.env["hotel.complaint.account.request"].create(
            {
                "ticket_id": self.ticket.id,
                "team_id": self.teams["housekeeping"].id,
                "question": "Who delivered room service to 1208 at 20:00?",
            }
        )
        self.assertEqual(wizard.user_id, self.hk_manager)
        wizard.action_confirm()
        activity = self.ticket.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("hotel_complaint.mail_activity_type_account_request")
            )
        )
        self.assertEqual(activity.user_id, self.hk_manager)
        activity.with_user(self.hk_manager).action_feedback(
            feedback="Our attendant Li delivered it; the dish came from the kitchen."
        )
        self.assertIn("Our attendant Li", self.ticket.message_ids[0].body)

    def test_serious_closing_needs_verification_and_evidence(self):
        ticket = self._complaint(
            severity="urgent", urgency="low", team_id=self.teams["fnb"].id
        )
        ticket.hotel_task_ids.action_done()
        self._tell_result(ticket)
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        with self.assertRaises(ValidationError) as caught:
            ticket.stage_id = done
        message = str(caught.exception)
        self.assertIn("not verified", message)
        self.assertIn("no evidence", message)
        ticket.action_hotel_verify_guest()
        self.assertTrue(ticket.guest_verified_by_id)
        with self.assertRaises(ValidationError):
            ticket.stage_id = done
        ticket.no_evidence_reason = "The guest reported it after check-out."
        self._record_cause(ticket)
        ticket.stage_id = done
        self.assertTrue(ticket.closed)

    def test_emergency_measures_c3_3(self):
        measure = (
            self.env["hotel.complaint.measure"]
            .with_user(self.fnb_staff)
            .create(
                {"ticket_id": self.ticket.id, "name": "Prawn dish withdrawn from menu"}
            )
        )
        self.assertEqual(measure.taken_by_id, self.fnb_staff)
        self.assertTrue(measure.taken_date)
        with self.assertRaises(AccessError):
            measure.with_user(self.hk_staff).read(["name"])
