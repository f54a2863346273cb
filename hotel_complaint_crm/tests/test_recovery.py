# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Guest recovery opportunities opened at closing (C6.1 in CRM): which cases,
where the follow-up visit goes, reuse, settings and the query cost."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import Form
from odoo.tests.common import warmup

from . import common
from .common import VISIT


class TestRecovery(common.RecoveryCase):
    @freeze_time("2026-07-01 10:00")
    def test_serious_opens_opportunity_with_the_visit(self):
        ticket = self._ready("serious")
        followup = self._close(ticket)
        lead = followup.hotel_crm_lead_id
        self.assertEqual(len(lead), 1)
        self.assertEqual(lead.type, "opportunity")
        self.assertEqual(lead.partner_id, self.guest)
        self.assertEqual(lead.company_id, self.company)
        self.assertEqual(lead.team_id, self.company.hotel_crm_team_id)
        self.assertIn(self.tag, lead.tag_ids)
        self.assertEqual(lead.user_id, self.duty_manager, "the visit's salesperson")
        self.assertEqual(lead.hotel_ticket_ids, ticket)
        self.assertEqual(ticket.hotel_crm_lead_ids, lead, "linked both ways")
        self.assertIn("Serious or urgent complaint", lead.description)
        # The visit is on the opportunity, in CRM's activity views.
        activity = followup.activity_id
        self.assertEqual((activity.res_model, activity.res_id), ("crm.lead", lead.id))
        self.assertEqual(activity.activity_type_id, self.env.ref(VISIT))
        self.assertEqual(activity.user_id, self.duty_manager)
        self.assertEqual(activity.date_deadline, date(2026, 7, 2))
        self.assertEqual(lead.activity_ids, activity)
        self.assertEqual(lead.activity_date_deadline, date(2026, 7, 2))
        self.assertFalse(self.guest.activity_ids, "not on the contact")
        # The duty manager's pipeline, activities of today and later.
        mine = self.Lead.with_user(self.duty_manager).search(
            [("activity_user_id", "=", self.duty_manager.id)]
        )
        self.assertEqual(mine, lead)
        # Smart buttons both ways.
        action = ticket.with_user(self.duty_manager).action_hotel_view_crm_leads()
        self.assertEqual(self.Lead.search(action["domain"]), lead)
        action = lead.with_user(self.duty_manager).action_hotel_view_complaints()
        self.assertEqual(self.env["helpdesk.ticket"].search(action["domain"]), ticket)

    def test_staff_closing_opens_it(self):
        """Department staff close without CRM rights: the process opens the
        opportunity and schedules the visit on it all the same."""
        ticket = self._ready("serious")
        ticket.with_user(self.hk_manager).stage_id = self.done
        followup = ticket.hotel_followup_ids
        lead = followup.hotel_crm_lead_id
        self.assertTrue(lead)
        self.assertEqual(followup.activity_id.res_id, lead.id)
        self.assertNotIn(self.hk_manager.partner_id, lead.message_partner_ids)

    def test_vip_guest(self):
        self.new_guest.hotel_vip_level = "gold"
        followup = self._close(self._ready("moderate", partner_id=self.new_guest.id))
        lead = followup.hotel_crm_lead_id
        self.assertEqual(lead.partner_id, self.new_guest)
        self.assertIn("VIP guest", lead.description)

    def _age(self, ticket, days):
        """Date the complaint ``days`` days back (creation dates are the
        database's clock)."""
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET create_date = create_date - %s * "
            "interval '1 day' WHERE id = %s",
            (days, ticket.id),
        )
        ticket.invalidate_recordset(["create_date"])

    def test_repeat_complainer(self):
        old = self._complaint(partner_id=self.new_guest.id)
        self._age(old, 400)  # outside the 365 days
        first = self._ready("moderate", partner_id=self.new_guest.id)
        self._age(first, 40)
        self.assertFalse(self._close(first).hotel_crm_lead_id, "once only")
        second = self._ready("moderate", partner_id=self.new_guest.id)
        lead = self._close(second).hotel_crm_lead_id
        self.assertIn("Repeat complainer", lead.description)
        self.assertEqual(lead.hotel_ticket_ids, second)
        # The hotel's thresholds: 3 complaints make a repeat complainer...
        self.company.hotel_crm_repeat_count = 3
        third = self._ready("moderate", partner_id=self.new_guest.id)
        self.assertEqual(self._close(third).hotel_crm_lead_id, lead, "reused")
        # ... within 30 days: the first no longer counts.
        self.company.hotel_crm_repeat_days = 30
        lead.action_set_won()
        fourth = self._ready("moderate", partner_id=self.new_guest.id)
        new = self._close(fourth).hotel_crm_lead_id
        self.assertEqual(len(new), 1, "second, third and fourth")
        self.assertNotEqual(new, lead, "the won one is not reused")
        self.company.hotel_crm_repeat_days = 1
        new.action_set_won()
        for ticket in second | third | fourth:
            self._age(ticket, 2)
        fifth = self._ready("moderate", partner_id=self.new_guest.id)
        self.assertFalse(self._close(fifth).hotel_crm_lead_id, "fifth alone")
        self.company.hotel_crm_repeat_count = 0  # never
        sixth = self._ready("moderate", partner_id=self.new_guest.id)
        self.assertFalse(self._close(sixth).hotel_crm_lead_id)

    def test_minor_case_no_opportunity(self):
        followup = self._close(self._ready("moderate", partner_id=self.new_guest.id))
        self.assertTrue(followup)
        self.assertFalse(followup.hotel_crm_lead_id)
        self.assertEqual(followup.activity_id.res_model, "res.partner")
        self.assertFalse(self.Lead.search([("partner_id", "=", self.new_guest.id)]))

    def test_guest_without_contact_no_opportunity(self):
        ticket = self._ready(
            "serious",
            partner_id=False,
            partner_name="Walk-in guest",
            partner_email="walkin@example.com",
        )
        # As a complaint logged before the intake found or created contacts.
        self.assertTrue(ticket.partner_id)
        ticket.partner_id = False
        followup = self._close(ticket)
        self.assertFalse(followup.hotel_crm_lead_id)
        self.assertEqual(followup.activity_id.res_model, "helpdesk.ticket")

    def test_hotel_switched_off(self):
        self.company.hotel_crm_recovery = False
        followup = self._close(self._ready("serious"))
        self.assertFalse(followup.hotel_crm_lead_id)
        self.assertEqual(
            (followup.activity_id.res_model, followup.activity_id.res_id),
            ("res.partner", self.guest.id),
        )

    def test_reuse_open_opportunity(self):
        first = self._ready("serious")
        lead = self._close(first).hotel_crm_lead_id
        second = self._ready("urgent")
        followup = self._close(second)
        self.assertEqual(followup.hotel_crm_lead_id, lead, "the open one reused")
        self.assertEqual(lead.hotel_ticket_ids, first | second)
        self.assertEqual(len(lead.activity_ids), 2)
        self.assertIn(second.display_name, lead.message_ids[0].body)
        # Won: the next case opens a new one.
        lead.action_set_won()
        third = self._ready("serious")
        new = self._close(third).hotel_crm_lead_id
        self.assertTrue(new)
        self.assertNotEqual(new, lead)
        # Lost (archived): not reused either.
        new.action_archive()
        fourth = self._ready("serious")
        self.assertNotIn(self._close(fourth).hotel_crm_lead_id, lead | new)

    def test_assignee_without_crm_rights(self):
        """Guest relations without CRM rights: the opportunity is opened for
        the hotel's sales staff, unassigned; the visit stays on the contact,
        where the agent completes it."""
        self.new_guest.hotel_vip_level = "silver"
        followup = self._close(self._ready("moderate", partner_id=self.new_guest.id))
        self.assertEqual(followup.user_id, self.agent)
        lead = followup.hotel_crm_lead_id
        self.assertTrue(lead)
        self.assertFalse(lead.user_id)
        self.assertEqual(followup.activity_id.res_model, "res.partner")
        self.assertEqual(self.Lead.with_user(self.salesman).search(self.recovery), lead)

    def test_multi_company(self):
        """Each hotel its own opportunity, team and staff: the guest's open
        opportunity in one hotel is not reused by the other."""
        lead_a = self._close(self._ready("serious")).hotel_crm_lead_id
        ticket_b = self._ready(
            "serious",
            company_id=self.company_b.id,
            team_id=self.teams["housekeeping_b"].id,
        )
        followup_b = self._close(ticket_b)
        lead_b = followup_b.hotel_crm_lead_id
        self.assertTrue(lead_b)
        self.assertNotEqual(lead_b, lead_a)
        self.assertEqual(lead_b.company_id, self.company_b)
        self.assertEqual(lead_b.team_id, self.company_b.hotel_crm_team_id)
        self.assertNotEqual(lead_b.team_id, lead_a.team_id)
        self.assertEqual(followup_b.activity_id.res_id, lead_b.id)
        self.assertEqual(followup_b.activity_id.user_id, self.manager_b)
        self.assertEqual(
            self.Lead.with_user(self.sales_all).search(self.recovery), lead_a
        )
        self.assertEqual(
            self.Lead.with_user(self.sales_all_b).search(self.recovery), lead_b
        )
        self.assertFalse(
            self.Lead.with_user(self.duty_manager).search([("id", "=", lead_b.id)])
        )

    # ------------------------------------------------------------------
    # Settings
    # ------------------------------------------------------------------

    def test_defaults_per_hotel(self):
        for company in (self.company, self.company_b):
            self.assertTrue(company.hotel_crm_recovery)
            self.assertEqual(
                (company.hotel_crm_repeat_count, company.hotel_crm_repeat_days),
                (2, 365),
            )
            team = company.hotel_crm_team_id
            self.assertEqual(team.company_id, company)
            self.assertEqual(team.name, "Guest Recovery")
        team = self.company.hotel_crm_team_id
        self.company._hotel_crm_create_teams()
        self.assertEqual(self.company.hotel_crm_team_id, team, "idempotent")
        self.env["res.company"]._hotel_crm_init_defaults()
        self.assertEqual(self.company.hotel_crm_team_id, team)

    def test_settings(self):
        settings = Form(self.env["res.config.settings"].with_company(self.company_b))
        settings.hotel_crm_repeat_count = 3
        settings.hotel_crm_repeat_days = 90
        settings.save().execute()
        self.assertEqual(
            (
                self.company_b.hotel_crm_repeat_count,
                self.company_b.hotel_crm_repeat_days,
            ),
            (3, 90),
        )
        self.assertEqual(self.company.hotel_crm_repeat_count, 2, "per hotel")
        for vals in (
            {"hotel_crm_repeat_count": -1},
            {"hotel_crm_repeat_count": 2, "hotel_crm_repeat_days": 0},
        ):
            with self.assertRaises(ValidationError):
                self.company.write(vals)

    # ------------------------------------------------------------------
    # Performance
    # ------------------------------------------------------------------

    def _measure_closing(self, expected):
        quiet_done = self.done.copy(
            {"mail_template_id": False, "rating_mail_template_id": False}
        )
        ticket = self._ready("serious")
        self.env.flush_all()
        self.env.invalidate_all()
        start = self.cr.sql_log_count
        with self.assertQueryCount(expected):
            ticket.stage_id = quiet_done
            self.env.flush_all()
        return ticket, self.cr.sql_log_count - start

    @warmup
    def test_query_count_closing_with_opportunity(self):
        """What the opportunity adds to closing with a follow-up visit."""
        self.company.hotel_crm_recovery = False
        plain, count_plain = self._measure_closing(QUERIES_CLOSING_VISIT)
        self.assertFalse(plain.hotel_followup_ids.hotel_crm_lead_id)
        self.company.hotel_crm_recovery = True
        recovered, count_recovery = self._measure_closing(QUERIES_CLOSING_RECOVERY)
        self.assertTrue(recovered.hotel_followup_ids.hotel_crm_lead_id)
        if self.warm:
            # Measured in the same run, caches warm, whichever the runner.
            self.assertLessEqual(count_recovery, count_plain + QUERIES_OPPORTUNITY)


# Closing a serious complaint with its follow-up visit, without and with the
# guest recovery opportunity (opened without a "created" log, and the visit on
# it): 66 and 89 under pytest-odoo, at most 73 and 102 under Odoo's runner
# (the pins hold in both). The opportunity's cost (23) is asserted from the
# same run.
QUERIES_CLOSING_VISIT = 73
QUERIES_CLOSING_RECOVERY = 102
QUERIES_OPPORTUNITY = 24
