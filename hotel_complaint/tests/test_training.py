# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Staff training and simulation drills (C5.3): sessions, attendees and
results, and the trainings proposed by the complaints' root causes."""

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from . import common
from .test_compensation_security import STUFFED

PROPOSAL = "hotel_complaint.mail_activity_type_training_proposal"


class TestTraining(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Training = cls.env["hotel.training"]
        cls.attitude = cls.env["hotel.complaint.cause"].create(
            {"name": "Attitude", "code": "t_attitude", "company_id": cls.company.id}
        )
        cls.attitude_b = cls.env["hotel.complaint.cause"].create(
            {"name": "Attitude", "code": "t_attitude", "company_id": cls.company_b.id}
        )

    def _training(self, user=None, **kw):
        vals = {
            "name": "Fire drill",
            "kind": "drill",
            "team_id": self.teams["housekeeping"].id,
            "company_id": self.company.id,
        }
        vals.update(kw)
        return self.Training.with_user(user or self.hk_manager).create(vals)

    def _complaints(self, count, cause, team, company=None):
        company = company or self.company
        tickets = self.Ticket.browse()
        for _i in range(count):
            ticket = self._complaint(company_id=company.id)
            ticket.sudo().write({"hotel_cause_id": cause.id, "team_id": team.id})
            tickets |= ticket
        return tickets

    def _proposals(self):
        return self.Training.search(
            [
                ("proposal_cause_id", "!=", False),
                ("company_id", "in", (self.company | self.company_b).ids),
            ]
        )

    # ------------------------------------------------------------------
    # Proposals
    # ------------------------------------------------------------------

    @freeze_time("2026-07-01 10:00")
    def test_proposal_from_causes(self):
        tickets = self._complaints(3, self.attitude, self.teams["housekeeping"])
        # Two in engineering: under the threshold.
        self._complaints(2, self.attitude, self.teams["engineering"])
        self.Training._cron_hotel_training_proposals()
        training = self._proposals()
        self.assertEqual(len(training), 1)
        self.assertEqual(training.state, "draft")
        self.assertEqual(training.team_id, self.teams["housekeeping"])
        self.assertEqual(training.proposal_cause_id, self.attitude)
        self.assertEqual(training.proposal_ticket_ids, tickets)
        self.assertEqual(training.proposal_count, 3)
        activity = training.activity_ids
        self.assertEqual(activity.activity_type_id, self.env.ref(PROPOSAL))
        self.assertEqual(activity.user_id, self.hk_manager)
        self.assertIn("3 complaints", activity.summary)
        # No duplicate while it is proposed.
        self._complaints(1, self.attitude, self.teams["housekeeping"])
        self.Training._cron_hotel_training_proposals()
        self.assertEqual(self._proposals(), training)
        # Once planned, it no longer blocks a new proposal.
        training.date_start = "2026-07-05 09:00:00"
        training.with_user(self.hk_manager).action_plan()
        self.assertFalse(training.activity_ids)
        self.Training._cron_hotel_training_proposals()
        self.assertEqual(len(self._proposals()), 2)

    def test_proposal_window_and_threshold_per_hotel(self):
        with freeze_time("2026-05-01 10:00"):
            self._complaints(2, self.attitude, self.teams["housekeeping"])
        with freeze_time("2026-07-01 10:00"):
            self._complaints(1, self.attitude, self.teams["housekeeping"])
            self._complaints(
                2, self.attitude_b, self.teams["front_office_b"], self.company_b
            )
            # Old complaints are out of the 30-day window.
            self.Training._cron_hotel_training_proposals()
            self.assertFalse(self._proposals())
            self.company_b.hotel_training_threshold = 2
            self.company.hotel_training_window_days = 90
            self.Training._cron_hotel_training_proposals()
            proposals = self._proposals()
            self.assertEqual(proposals.company_id, self.company | self.company_b)
            self.assertEqual(
                proposals.filtered(lambda t: t.company_id == self.company_b).team_id,
                self.teams["front_office_b"],
            )
            # Threshold 0: never.
            proposals.sudo().unlink()
            self.company.hotel_training_threshold = 0
            self.Training._cron_hotel_training_proposals()
            self.assertEqual(self._proposals().company_id, self.company_b)

    # ------------------------------------------------------------------
    # Sessions, attendees and results
    # ------------------------------------------------------------------

    def test_drill_with_results(self):
        partner = self.env["res.partner"].create({"name": "New hire"})
        drill = self._training(
            trainer_user_id=self.hk_manager.id,
            attendee_ids=[
                (0, 0, {"user_id": self.hk_staff.id}),
                (0, 0, {"partner_id": partner.id}),
            ],
        )
        with self.assertRaises(UserError):
            drill.action_plan()
        drill.date_start = "2026-07-05 09:00:00"
        drill.action_plan()
        self.assertEqual(drill.state, "planned")
        with self.assertRaises(UserError):
            drill.action_done()
        drill.attendee_ids.with_user(self.hk_manager).write({"attendance": "attended"})
        drill.attendee_ids[0].write({"result": "pass", "score": 88, "note": "Calm"})
        drill.attendee_ids[1].attendance = "absent"
        drill.with_user(self.hk_manager).action_done()
        self.assertEqual(drill.state, "done")
        self.assertEqual(drill.attended_count, 1)
        self.assertEqual(drill.attendee_ids[1].display_name, "New hire")

    def test_attendee_checks(self):
        drill = self._training()
        with self.assertRaises(ValidationError):
            self.env["hotel.training.attendee"].create({"training_id": drill.id})
        attendee = self.env["hotel.training.attendee"].create(
            {"training_id": drill.id, "user_id": self.hk_staff.id}
        )
        with self.assertRaises(ValidationError):
            attendee.score = 120
        other = self._training(name="Other")
        with self.assertRaises(UserError):
            attendee.write({"training_id": other.id})
        with self.assertRaises(UserError):
            attendee.with_user(self.hk_manager).write({"company_id": self.company_b.id})
        with self.assertRaises(UserError):
            drill.with_user(self.hotel_manager).write({"company_id": self.company_b.id})

    def test_process_fields_refused(self):
        training = self._training()
        manager = training.with_user(self.hk_manager).with_context(**STUFFED)
        for vals in (
            {"state": "done"},
            {"proposal_cause_id": self.attitude.id},
            {"proposal_count": 9},
        ):
            with self.assertRaises(UserError):
                manager.write(vals)
        with self.assertRaises(UserError):
            self._training(state="done")
        self.assertEqual(training.state, "draft")

    def test_access(self):
        hk = self._training(attendee_ids=[(0, 0, {"user_id": self.hk_staff.id})])
        eng = self._training(
            user=self.hotel_manager, team_id=self.teams["engineering"].id
        )
        # Staff read their department's sessions and their own results ...
        self.assertEqual(self.Training.with_user(self.hk_staff).search([]), hk)
        attendee = hk.attendee_ids.with_user(self.hk_staff)
        self.assertEqual(attendee.read(["attendance"])[0]["attendance"], False)
        # ... and do not record them: the trainer or manager does.
        with self.assertRaises(AccessError):
            attendee.write({"attendance": "attended", "result": "pass"})
        with self.assertRaises(AccessError):
            hk.with_user(self.hk_staff).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            eng.with_user(self.hk_staff).read(["name"])
        with self.assertRaises(AccessError):
            self._training(user=self.hk_staff)
        # An engineering attendee sees that session, not the others.
        eng.attendee_ids = [(0, 0, {"user_id": self.eng_staff.id})]
        self.assertIn(eng, self.Training.with_user(self.eng_staff).search([]))
        # Department managers change their own department's sessions only.
        with self.assertRaises(AccessError):
            eng.with_user(self.hk_manager).write({"name": "Renamed"})
        with self.assertRaises(AccessError):
            eng.attendee_ids.with_user(self.hk_manager).write({"result": "pass"})
        with self.assertRaises(AccessError):
            hk.with_user(self.hk_manager).write(
                {"team_id": self.teams["engineering"].id}
            )
        eng.with_user(self.hotel_manager).write({"name": "Renamed"})
        self.assertFalse(self.Training.with_user(self.manager_b).search([]))
        portal = new_test_user(
            self.env, login="t_training_portal", groups="base.group_portal"
        )
        with self.assertRaises(AccessError):
            self.Training.with_user(portal).search([])
        with self.assertRaises(AccessError):
            self.env["hotel.training.attendee"].with_user(portal).search([])
