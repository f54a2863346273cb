# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Transfer slips of an inquiry: internal (I3.2), their deadlines by
complexity (I3.5), warnings and escalation, the printable slip, external
transfers to partners (I3.3) and the coordination meeting (I3.4)."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user

from . import common

# A Wednesday, 09:00 UTC.
T0 = datetime(2026, 7, 1, 9, 0)
TRANSFER_TYPE = "hotel_inquiry.mail_activity_type_inquiry_transfer"


class TransferCase(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Transfer = cls.env["hotel.inquiry.transfer"]
        user_vals = {
            "company_id": cls.company.id,
            "company_ids": [(6, 0, cls.company.ids)],
        }
        cls.fo_staff = new_test_user(
            cls.env, login="t_fo_staff", groups=common.GROUP_STAFF, **user_vals
        )
        cls.fnb_leader = new_test_user(
            cls.env, login="t_fnb_leader", groups=common.GROUP_STAFF, **user_vals
        )
        cls.fnb_staff = new_test_user(
            cls.env, login="t_fnb_staff", groups=common.GROUP_STAFF, **user_vals
        )
        cls.teams["front_office"].write({"user_ids": [(4, cls.fo_staff.id)]})
        cls.teams["fnb"].write(
            {
                "user_id": cls.fnb_leader.id,
                "user_ids": [(4, cls.fnb_leader.id), (4, cls.fnb_staff.id)],
            }
        )
        cls.travel_agency = cls.env["res.partner"].create(
            {
                "name": "Harbour Travel",
                "is_company": True,
                "phone": "+852 2222 3333",
                "email": "desk@harbour-travel.example.com",
                "hotel_is_inquiry_partner": True,
                "hotel_partner_type": "travel_agency",
            }
        )

    def _question(self, **kw):
        vals = {
            "guest_account": "Can the restaurant cook without peanuts tonight?",
            "partner_email": "mei.lin@example.com",
        }
        vals.update(kw)
        return self._inquiry(user=self.fo_staff, **vals)

    def _slip(self, inquiry, user=None, **kw):
        vals = {
            "ticket_id": inquiry.id,
            "reason": "The kitchen knows the allergens of each dish",
            "guest_told": "The restaurant answers within two hours",
        }
        vals.update(kw)
        return self.Transfer.with_user(user or self.fo_staff).create(vals)


class TestInquiryTransfer(TransferCase):
    def test_slip_prefilled_from_the_inquiry(self):
        inquiry = self._question()
        action = inquiry.with_user(self.fo_staff).action_hotel_transfer()
        self.assertEqual(action["res_model"], "hotel.inquiry.transfer")
        self.assertEqual(action["context"], {"default_ticket_id": inquiry.id})
        with freeze_time(T0):
            slip = self._slip(inquiry)
        self.assertTrue(slip.name.startswith("TRF/"))
        self.assertEqual(slip.partner_name, "Mei Lin")
        self.assertEqual(slip.email, "mei.lin@example.com")
        self.assertEqual(slip.phone, "+852 5555 0101")
        self.assertEqual(slip.question, inquiry.guest_account)
        self.assertEqual(slip.from_team_id, self.teams["front_office"])
        # The topic's department: food and beverage.
        self.assertEqual(slip.to_team_id, self.teams["fnb"])
        self.assertEqual(slip.company_id, self.company)
        self.assertEqual(slip.state, "draft")
        # A general question: two hours.
        self.assertEqual(slip.deadline, T0 + timedelta(hours=2))
        self.assertEqual(inquiry.hotel_transfer_count, 1)
        action = inquiry.action_hotel_view_transfers()
        self.assertEqual(self.Transfer.search(action["domain"]), slip)

    def test_inquiry_without_topic(self):
        inquiry = self._question(hotel_topic_id=False)
        self.assertFalse(inquiry.hotel_topic_team_id)
        with self.assertRaises(ValidationError):
            self._slip(inquiry)
        slip = self._slip(inquiry, to_team_id=self.teams["fnb"].id)
        self.assertEqual(slip.to_team_id, self.teams["fnb"])

    def test_deadline_by_complexity_and_hotel(self):
        calendar = self.env["resource.calendar"].create(
            {"name": "Office hours UTC", "tz": "UTC", "company_id": self.company.id}
        )
        self.company.resource_calendar_id = calendar
        with freeze_time(T0):
            simple = self._slip(self._question(hotel_complexity="simple"))
            general = self._slip(self._question(hotel_complexity="general"))
        self.assertEqual(simple.deadline, T0 + timedelta(minutes=30))
        self.assertEqual(general.deadline, T0 + timedelta(hours=2))
        # Friday 16:00: one working day (of 8 hours) ends on Monday 16:00.
        friday = datetime(2026, 7, 3, 16, 0)
        with freeze_time(friday):
            complex_ = self._slip(self._question(hotel_complexity="complex"))
        self.assertEqual(complex_.deadline, datetime(2026, 7, 6, 16, 0))
        self.company.write(
            {
                "hotel_transfer_simple_minutes": 10,
                "hotel_transfer_general_minutes": 45,
            }
        )
        with freeze_time(T0):
            simple = self._slip(self._question(hotel_complexity="simple"))
            general = self._slip(self._question(hotel_complexity="general"))
        self.assertEqual(simple.deadline, T0 + timedelta(minutes=10))
        self.assertEqual(general.deadline, T0 + timedelta(minutes=45))
        settings = self.env["res.config.settings"].create({})
        self.assertEqual(settings.hotel_transfer_complex_days, 1)
        self.assertEqual(settings.hotel_transfer_followup_days, 1)

    def test_send_acknowledge_answer(self):
        inquiry = self._question()
        with freeze_time(T0):
            slip = self._slip(inquiry)
            slip.with_user(self.fo_staff).action_send()
        self.assertEqual(slip.state, "sent")
        self.assertEqual(slip.sent_date, T0)
        self.assertEqual(slip.sent_by_id, self.fo_staff)
        activity = slip.activity_ids
        self.assertEqual(activity.user_id, self.fnb_leader)
        self.assertEqual(activity.activity_type_id, self.env.ref(TRANSFER_TYPE))
        self.assertIn("Transferred to", inquiry.message_ids[0].body)
        # The sending side does not acknowledge for the receiving one.
        with self.assertRaises(AccessError):
            slip.with_user(self.fo_staff).action_acknowledge()
        slip.with_user(self.fnb_staff).action_acknowledge()
        self.assertEqual(slip.state, "acknowledged")
        self.assertTrue(slip.acknowledged_date)
        # The receiving department names its handler; the sender cannot.
        with self.assertRaises(AccessError):
            slip.with_user(self.fo_staff).write({"user_id": self.fnb_staff.id})
        slip.with_user(self.fnb_leader).write({"user_id": self.fnb_staff.id})
        self.assertEqual(slip.user_id, self.fnb_staff)
        # Someone outside the department is not a handler.
        with self.assertRaises(ValidationError):
            slip.with_user(self.fnb_leader).write({"user_id": self.eng_staff.id})
        with self.assertRaises(ValidationError):
            slip.with_user(self.fnb_staff).action_answer()
        slip.with_user(self.fnb_staff).write(
            {"answer": "Yes: the chef prepares a peanut-free menu."}
        )
        slip.with_user(self.fnb_staff).action_answer()
        self.assertEqual(slip.state, "answered")
        self.assertEqual(slip.answered_by_id, self.fnb_staff)
        self.assertFalse(slip.activity_ids)
        self.assertIn("peanut-free menu", inquiry.message_ids[0].body)
        self.assertIn(slip.name, inquiry.message_ids[0].body)
        # Final.
        with self.assertRaises(UserError):
            slip.with_user(self.fnb_staff).write({"answer": "Changed"})
        with self.assertRaises(UserError):
            slip.with_user(self.fo_staff).action_cancel()

    def test_hotel_manager_names_the_handler(self):
        slip = self._slip(self._question())
        slip.with_user(self.hotel_manager).write({"user_id": self.fnb_staff.id})
        self.assertEqual(slip.user_id, self.fnb_staff)

    def test_cancel(self):
        slip = self._slip(self._question())
        slip.with_user(self.fo_staff).action_send()
        with self.assertRaises(AccessError):
            slip.with_user(self.fnb_staff).action_cancel()
        slip.with_user(self.fo_staff).action_cancel()
        self.assertEqual(slip.state, "cancelled")
        self.assertFalse(slip.activity_ids)

    def test_bad_input_refused(self):
        inquiry = self._question()
        cases = {
            "other hotel": {"to_team_id": self.teams["fnb_b"].id},
            "same department": {"to_team_id": self.teams["front_office"].id},
            "past deadline": {"deadline": datetime(2020, 1, 1, 9, 0)},
            "no reason": {"reason": "  "},
        }
        for case, vals in cases.items():
            with self.subTest(case=case), self.assertRaises(ValidationError):
                self._slip(inquiry, **vals)
        self.assertFalse(inquiry.hotel_transfer_ids)
        slip = self._slip(inquiry)
        for case, vals in cases.items():
            if case == "no reason":
                continue
            with self.subTest(case=case), self.assertRaises(ValidationError):
                slip.with_user(self.fo_staff).write(vals)
        self.assertEqual(slip.to_team_id, self.teams["fnb"])
        # A department shared by the chain (no hotel) takes questions of any.
        shared = self.env["helpdesk.ticket.team"].create(
            {"name": "Chain reservations", "company_id": False}
        )
        self.assertEqual(self._slip(inquiry, to_team_id=shared.id).to_team_id, shared)

    def test_send_needs_what_the_guest_was_told(self):
        slip = self._slip(self._question(), guest_told=False)
        with self.assertRaises(ValidationError):
            slip.with_user(self.fo_staff).action_send()
        self.assertEqual(slip.state, "draft")

    def test_send_with_a_passed_deadline_refused(self):
        with freeze_time(T0):
            slip = self._slip(self._question())
        with freeze_time(T0 + timedelta(hours=3)), self.assertRaises(ValidationError):
            slip.with_user(self.fo_staff).action_send()
        self.assertEqual(slip.state, "draft")
        self.assertFalse(slip.activity_ids)

    def test_cron_warns_then_escalates(self):
        duty = self.company.hotel_duty_manager_id
        with freeze_time(T0):
            slip = self._slip(self._question())
            slip.with_user(self.fo_staff).action_send()
            on_time = self._slip(self._question(hotel_complexity="complex"))
            on_time.with_user(self.fo_staff).action_send()
        self.assertEqual(slip.warning_date, T0 + timedelta(minutes=96))
        Transfer = self.Transfer
        with freeze_time(T0 + timedelta(minutes=90)):
            Transfer._cron_hotel_transfer_deadlines()
        self.assertEqual(slip.sla_state, "on_track")
        with freeze_time(T0 + timedelta(minutes=100)):
            Transfer._cron_hotel_transfer_deadlines()
        self.assertEqual(slip.sla_state, "warning")
        warning = slip.activity_ids.filtered(
            lambda a: a.activity_type_id.name == "Transfer Deadline Near"
        )
        self.assertEqual(warning.user_id, self.fnb_leader)
        self.assertEqual(on_time.sla_state, "on_track")
        with freeze_time(T0 + timedelta(minutes=121)):
            self.assertEqual(Transfer.search([("is_overdue", "=", True)]), slip)
            Transfer._cron_hotel_transfer_deadlines()
            # Once only.
            Transfer._cron_hotel_transfer_deadlines()
        self.assertEqual(slip.sla_state, "breached")
        overdue = slip.activity_ids.filtered(
            lambda a: a.activity_type_id.name == "Transfer Overdue"
        )
        self.assertEqual(overdue.user_id, duty)
        self.assertEqual(on_time.sla_state, "on_track")

    def test_open_slips_indexed(self):
        self.env.cr.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = %s",
            ["hotel_inquiry_transfer"],
        )
        names = {row[0] for row in self.env.cr.fetchall()}
        self.assertIn("hotel_inquiry_transfer_open_deadline_idx", names)
        self.assertIn("hotel_inquiry_transfer_open_warning_idx", names)

    def test_cron_batches(self):
        with freeze_time(T0):
            slips = self.Transfer
            for _i in range(3):
                slip = self._slip(self._question())
                slip.with_user(self.fo_staff).action_send()
                slips |= slip
        with freeze_time(T0 + timedelta(hours=3)):
            self.Transfer._cron_hotel_transfer_deadlines(batch_size=2)
            self.assertEqual(
                sorted(slips.mapped("sla_state")), ["breached", "breached", "on_track"]
            )
            self.Transfer._cron_hotel_transfer_deadlines(batch_size=2)
        self.assertEqual(set(slips.mapped("sla_state")), {"breached"})

    def test_printable_slip(self):
        slip = self._slip(self._question())
        report = self.env.ref("hotel_inquiry.action_report_inquiry_transfer")
        self.assertEqual(report.name, "Inquiry Transfer Slip")
        action = slip.with_user(self.fo_staff).action_print()
        self.assertEqual(action["report_name"], "hotel_inquiry.report_inquiry_transfer")
        html = str(
            self.env["ir.actions.report"]._render_qweb_html(report, slip.ids)[0],
            "utf-8",
        )
        self.assertIn("Inquiry Transfer Slip", html)
        self.assertIn("《客户咨询转接单》", html)
        self.assertIn("Mei Lin", html)
        self.assertIn("cook without peanuts", html)
        self.assertIn(slip.name, html)


class TestInquiryTransferExternal(TransferCase):
    def test_external_transfer(self):
        inquiry = self._question(
            guest_account="Can you book us a day tour to Lantau?",
            hotel_topic_id=self.topic_events.id,
        )
        with freeze_time(T0):
            slip = self._slip(
                inquiry,
                kind="external",
                partner_id=self.travel_agency.id,
                reason="Day tours are booked by our travel agency",
            )
        self.assertFalse(slip.to_team_id)
        self.assertEqual(slip.deadline, T0 + timedelta(days=1))
        template = self.env.ref("hotel_inquiry.mail_template_inquiry_transfer_partner")
        self.assertEqual(template._render_lang(slip.ids)[slip.id], inquiry.hotel_lang)
        mails = self.env["mail.mail"]
        with freeze_time(T0):
            before = mails.search([])
            slip.with_user(self.fo_staff).action_send()
            mail = mails.search([]) - before
        self.assertEqual(slip.state, "sent")
        self.assertEqual(len(mail), 1)
        self.assertEqual(mail.email_to, "mei.lin@example.com")
        self.assertIn("Harbour Travel", mail.body_html)
        self.assertIn("+852 2222 3333", mail.body_html)
        self.assertIn("desk@harbour-travel.example.com", mail.body_html)
        followup = slip.activity_ids
        self.assertEqual(followup.user_id, self.fo_staff)
        self.assertEqual(followup.date_deadline, (T0 + timedelta(days=1)).date())
        # No receiving department: the sender follows it up.
        slip.with_user(self.fo_staff).write(
            {"answer": "The agency booked the tour for Saturday."}
        )
        slip.with_user(self.fo_staff).action_answer()
        self.assertEqual(slip.state, "answered")
        self.assertFalse(slip.activity_ids)
        self.assertIn("booked the tour", inquiry.message_ids[0].body)

    def test_external_needs_a_partner(self):
        inquiry = self._question()
        plain = self.env["res.partner"].create({"name": "Some shop"})
        for partner in (False, plain.id):
            with self.subTest(partner=partner), self.assertRaises(ValidationError):
                self._slip(inquiry, kind="external", partner_id=partner)

    def test_external_follow_up_delay(self):
        self.company.hotel_transfer_followup_days = 3
        with freeze_time(T0):
            slip = self._slip(
                self._question(), kind="external", partner_id=self.travel_agency.id
            )
        self.assertEqual(slip.deadline, T0 + timedelta(days=3))


class TestCoordinationMeeting(TransferCase):
    def test_meeting_of_the_departments(self):
        inquiry = self._question()
        self.env["hotel.complaint.task"].create(
            [
                {
                    "ticket_id": inquiry.id,
                    "team_id": self.teams["housekeeping"].id,
                    "name": "Room set-up",
                },
                {
                    "ticket_id": inquiry.id,
                    "team_id": self.teams["fnb"].id,
                    "name": "Menu",
                },
            ]
        )
        self.teams["front_office"].user_id = self.agent
        action = inquiry.with_user(self.fo_staff).action_hotel_coordination_meeting()
        self.assertEqual(action["res_model"], "calendar.event")
        event = self.env["calendar.event"].browse(action["res_id"])
        self.assertEqual(event.res_model, "helpdesk.ticket")
        self.assertEqual(event.res_id, inquiry.id)
        self.assertEqual(
            event.partner_ids,
            (self.agent | self.hk_manager | self.fnb_leader | self.fo_staff).partner_id,
        )
        self.assertIn(inquiry.display_name, event.name)


class TestTransferFollowupActivity(TransferCase):
    """The partner follow-up marked done from the chatter records the
    follow-up on the slip, as its button does (I3.3)."""

    def _sent(self):
        inquiry = self._question(guest_account="Can you book us a day tour?")
        slip = self._slip(
            inquiry,
            kind="external",
            partner_id=self.travel_agency.id,
            reason="Day tours are booked by our travel agency",
        )
        slip.with_user(self.fo_staff).action_send()
        self.assertEqual(slip.state, "sent")
        return inquiry, slip

    def test_done_from_the_chatter_answers_the_slip(self):
        inquiry, slip = self._sent()
        followup = slip.activity_ids
        self.assertEqual(len(followup), 1)
        followup.with_user(self.fo_staff).action_feedback(
            feedback="The agency booked the tour for Saturday."
        )
        self.assertFalse(followup.exists())
        self.assertEqual(slip.state, "answered")
        self.assertEqual(slip.answer, "The agency booked the tour for Saturday.")
        self.assertEqual(slip.answered_by_id, self.fo_staff)
        self.assertTrue(slip.answered_date)
        self.assertFalse(slip.activity_ids)
        self.assertIn("booked the tour", inquiry.message_ids[0].body)

    def test_feedback_path_as_the_mixin(self):
        """``activity_feedback``, as a server action or another addon calls
        it, ends the same."""
        _inquiry, slip = self._sent()
        slip.with_user(self.fo_staff).activity_feedback(
            ["hotel_inquiry.mail_activity_type_inquiry_transfer_followup"],
            feedback="They called the guest back.",
        )
        self.assertEqual(slip.state, "answered")
        self.assertEqual(slip.answer, "They called the guest back.")

    def test_done_needs_what_the_partner_did(self):
        _inquiry, slip = self._sent()
        with self.assertRaises(ValidationError):
            slip.activity_ids.with_user(self.fo_staff).action_done()
        self.assertEqual(slip.state, "sent")
        self.assertTrue(slip.activity_ids)
        # What was already written on the slip serves.
        slip.with_user(self.fo_staff).write({"answer": "Tour booked."})
        slip.activity_ids.with_user(self.fo_staff).action_done()
        self.assertEqual(slip.state, "answered")
        self.assertEqual(slip.answer, "Tour booked.")

    def test_others_refused(self):
        """The slip's own check: not whoever may see the activity."""
        _inquiry, slip = self._sent()
        followup = slip.activity_ids
        # Assigned to someone outside the transferring department (mail lets
        # the assignee mark it done without access to the slip).
        followup.user_id = self.fnb_staff
        with self.assertRaises(AccessError):
            followup.with_user(self.fnb_staff).action_feedback(feedback="Done.")
        self.assertEqual(slip.state, "sent")
        self.assertTrue(followup.exists())

    def test_button_closes_the_activity_once(self):
        _inquiry, slip = self._sent()
        slip.with_user(self.fo_staff).write({"answer": "Booked."})
        slip.with_user(self.fo_staff).action_answer()
        self.assertEqual(slip.state, "answered")
        self.assertFalse(slip.activity_ids)
        followup_type = self.env.ref(
            "hotel_inquiry.mail_activity_type_inquiry_transfer_followup"
        )
        done = slip.message_ids.filtered(
            lambda m: m.mail_activity_type_id == followup_type
        )
        self.assertEqual(len(done), 1)
