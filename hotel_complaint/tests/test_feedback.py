# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Following through and closing the loop with the guest: C3.4, C4.1-C4.4."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import ValidationError

from . import common


class TestFeedback(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.ticket = cls._complaint(
            severity="moderate",
            team_id=cls.teams["housekeeping"].id,
            cause_explained="The room attendant skipped the bathroom",
        )
        cls.env["hotel.complaint.task"].create(
            {
                "name": "Check the minibar",
                "ticket_id": cls.ticket.id,
                "team_id": cls.teams["engineering"].id,
                "result": "Minibar restocked",
            }
        )

    def test_rounds_until_satisfied_c4_3(self):
        first = self._tell_result(self.ticket, opinion="unsatisfied")
        self.assertEqual(first.round_number, 1)
        adjust = self.ticket.activity_ids.filtered(
            lambda a: (
                a.activity_type_id
                == self.env.ref("hotel_complaint.mail_activity_type_adjust_solution")
            )
        )
        self.assertTrue(adjust, "the lead department adjusts the solution")
        opinion = self.ticket.message_ids.filtered(
            lambda m: "Round 1" in (m.body or "")
        )
        self.assertIn(self.hk_manager.partner_id, opinion.partner_ids, "C4.2")
        second = self._tell_result(self.ticket, opinion="satisfied")
        self.assertEqual(second.round_number, 2)
        self.assertEqual(len(self.ticket.hotel_feedback_ids), 2, "each round kept")

    def test_closing_rules(self):
        problems = self.ticket._hotel_closing_problems()
        self.assertEqual(len(problems), 2, problems)  # open task, guest not told
        proposal = self._proposal(self.ticket, 60)
        proposal.action_submit()
        self.ticket.hotel_task_ids.action_done()
        feedback = self._tell_result(self.ticket, opinion=False)
        with self.assertRaises(ValidationError) as caught:
            self.ticket.stage_id = self.done
        message = str(caught.exception)
        self.assertIn("must be delivered or cancelled", message)
        self.assertIn("opinion", message)
        proposal.action_deliver()
        feedback.guest_opinion = "satisfied"
        self.ticket.stage_id = self.done
        self.assertTrue(self.ticket.closed)

    def test_cancelled_stage_skips_checks(self):
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        ticket.stage_id = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_cancelled")
        self.assertTrue(ticket.closed)

    def test_summary_to_departments_c3_4(self):
        self.ticket.hotel_task_ids.action_done()
        proposal = self._proposal(self.ticket, 60)
        proposal.action_submit()
        proposal.action_deliver()
        self._tell_result(self.ticket)
        self.ticket.stage_id = self.done
        summary = self.ticket.message_ids.filtered(
            lambda m: "Summary of complaint" in (m.body or "")
        )
        self.assertEqual(len(summary), 1)
        body = summary.body
        self.assertIn("skipped the bathroom", body)
        self.assertIn("Minibar restocked", body)
        self.assertIn(proposal.name, body)
        self.assertIn("Satisfied", body)
        self.assertIn(self.hk_manager.partner_id, summary.partner_ids)

    def test_templates_in_three_languages_c4_1(self):
        for lang in ("zh_CN", "zh_TW"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"].search(
            [("name", "=", "hotel_complaint")]
        )._update_translations(["zh_CN", "zh_TW"])
        template = self.env.ref("hotel_complaint.mail_template_complaint_result")
        self._tell_result(self.ticket)
        subjects = {}
        for lang in ("en_US", "zh_CN", "zh_TW"):
            self.guest.lang = lang
            mail_id = template.send_mail(self.ticket.id)
            mail = self.env["mail.mail"].browse(mail_id)
            subjects[lang] = mail.subject
            self.assertIn("fruit platter", mail.body_html)
        self.assertEqual(len(set(subjects.values())), 3, subjects)
        for xmlid in (
            "hotel_complaint.mail_template_complaint_acknowledgement",
            "hotel_complaint.mail_template_complaint_thanks",
        ):
            self.assertTrue(self.env.ref(xmlid).send_mail(self.ticket.id))

    def test_low_rating_reopens_c3_4(self):
        self.ticket.hotel_task_ids.action_done()
        self._tell_result(self.ticket)
        self.ticket.stage_id = self.done
        self.assertEqual(
            self.done.rating_mail_template_id,
            self.env.ref("helpdesk_mgmt_rating.rating_ticket_email_template"),
        )
        rating = self.ticket.rating_ids[:1]
        self.assertTrue(rating, "a satisfaction survey was sent")
        with freeze_time(datetime.now() + timedelta(days=3)):
            self.ticket.rating_apply(
                1, token=rating.access_token, feedback="Still dirty"
            )
            self.assertFalse(self.ticket.closed)
            self.assertEqual(self.ticket.hotel_escalation_level, 0)
            self.assertGreater(self.ticket.resolution_deadline, datetime.now())
        alerted = self.ticket.activity_ids.mapped("user_id")
        self.assertIn(self.hk_manager, alerted)
        self.assertIn(self.teams["guest_relations"].user_id or self.hk_manager, alerted)

    def test_good_rating_keeps_closed(self):
        self.ticket.hotel_task_ids.action_done()
        self._tell_result(self.ticket)
        self.ticket.stage_id = self.done
        rating = self.ticket.rating_ids[:1]
        self.ticket.rating_apply(5, token=rating.access_token)
        self.assertTrue(self.ticket.closed)

    def test_progress_and_stuck(self):
        self.assertEqual(self.ticket.hotel_task_progress, 0)
        self.ticket.hotel_task_ids.action_done()
        self.ticket.invalidate_recordset(["hotel_task_progress"])
        self.assertEqual(self.ticket.hotel_task_progress, 100)
        self.ticket.hotel_sla_state = "breached"
        stuck = self.Ticket.with_user(self.duty_manager).search(
            [("hotel_is_stuck", "=", True)]
        )
        self.assertIn(self.ticket, stuck)
        self.assertNotIn(
            self.ticket, self.Ticket.search([("hotel_is_stuck", "=", False)])
        )
