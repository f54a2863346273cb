# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The follow-up flow from closing to outcome with the guest recovery
opportunity (C6.1 in CRM): the visit done from CRM's activities or the
follow-up, and what each outcome does to the opportunity."""

from . import common


class TestRecoveryOutcome(common.RecoveryCase):
    def _won(self, lead):
        return lead.probability == 100 and lead.stage_id.is_won

    def test_done_from_crm_then_satisfied_wins(self):
        ticket = self._ready("serious")
        followup = self._close(ticket)
        lead = followup.hotel_crm_lead_id
        # The duty manager calls the guest from their CRM activities.
        followup.activity_id.with_user(self.duty_manager).action_feedback(
            feedback="Very happy with the chef's call."
        )
        self.assertEqual(followup.state, "done")
        self.assertEqual(followup.done_by_id, self.duty_manager)
        self.assertEqual(followup.outcome_note, "Very happy with the chef's call.")
        self.assertFalse(lead.activity_ids)
        self.assertFalse(self._won(lead), "the outcome is not chosen yet")
        # The outcome, chosen on the follow-up.
        followup.with_user(self.duty_manager).outcome = "satisfied"
        followup.with_user(self.duty_manager).action_done()
        self.assertTrue(self._won(lead))
        self.assertIn("Satisfied", lead.message_ids[0].body + lead.message_ids[1].body)
        messages = len(lead.message_ids)
        followup.with_user(self.duty_manager).action_done()
        self.assertEqual(len(lead.message_ids), messages, "once only")

    def test_satisfied_from_the_follow_up(self):
        """Guest relations, without CRM rights, records it on the follow-up:
        the opportunity moves on all the same."""
        self.new_guest.hotel_vip_level = "platinum"
        followup = self._close(self._ready("moderate", partner_id=self.new_guest.id))
        lead = followup.hotel_crm_lead_id
        activity = followup.activity_id
        followup = followup.with_user(self.agent)
        followup.write({"outcome": "satisfied", "outcome_note": "All good now."})
        followup.action_done()
        self.assertEqual(followup.state, "done")
        self.assertFalse(activity.exists())
        self.assertTrue(self._won(lead))
        self.assertIn("All good now.", lead.message_ids[0].body)

    def test_not_satisfied_keeps_open(self):
        followup = self._close(self._ready("serious"))
        lead = followup.hotel_crm_lead_id
        followup.activity_id.with_user(self.duty_manager).action_feedback(
            feedback="Still unhappy about the noise."
        )
        followup.with_user(self.duty_manager).outcome = "not_satisfied"
        followup.with_user(self.duty_manager).action_done()
        self.assertFalse(self._won(lead))
        self.assertTrue(lead.active)
        self.assertIn("Not Satisfied", lead.message_ids[0].body)

    def test_new_issue_keeps_open_and_links(self):
        old = self._ready("serious")
        followup = self._close(old).with_user(self.duty_manager)
        lead = followup.hotel_crm_lead_id
        followup.write({"outcome": "new_issue", "outcome_note": "The safe is broken."})
        followup.action_done()
        new = followup.new_ticket_id
        self.assertTrue(new)
        self.assertEqual(lead.hotel_ticket_ids, old | new)
        self.assertIn(lead, new.hotel_crm_lead_ids)
        self.assertFalse(self._won(lead))

    def test_satisfied_with_another_visit_pending(self):
        first = self._close(self._ready("serious"))
        second = self._close(self._ready("urgent"))
        lead = first.hotel_crm_lead_id
        self.assertEqual(second.hotel_crm_lead_id, lead)
        first.with_user(self.duty_manager).outcome = "satisfied"
        first.with_user(self.duty_manager).action_done()
        self.assertFalse(self._won(lead), "the other visit is pending")
        self.assertEqual(lead.activity_ids, second.activity_id)
        second.with_user(self.duty_manager).outcome = "satisfied"
        second.with_user(self.duty_manager).action_done()
        self.assertTrue(self._won(lead))

    def test_reopening_cancels_the_visit_on_the_opportunity(self):
        ticket = self._ready("serious")
        followup = self._close(ticket)
        lead = followup.hotel_crm_lead_id
        ticket._hotel_reopen("The guest called back")
        self.assertEqual(followup.state, "cancelled")
        self.assertFalse(lead.activity_ids)
        self.assertTrue(lead.active, "the recovery goes on")
        self.assertFalse(self._won(lead))

    def test_reassigned_visit_follows_on_the_opportunity(self):
        followup = self._close(self._ready("serious"))
        followup.with_user(self.hotel_manager).write(
            {"user_id": self.hotel_manager.id, "date_deadline": "2026-12-31"}
        )
        activity = followup.activity_id
        self.assertEqual(activity.res_model, "crm.lead")
        self.assertEqual(activity.user_id, self.hotel_manager)
        self.assertEqual(str(activity.date_deadline), "2026-12-31")

    def test_recover_earlier_visits(self):
        """Visits scheduled while the hotel had recovery off (or before the
        addon) move to their opportunity on request."""
        self.company.hotel_crm_recovery = False
        followup = self._close(self._ready("serious"))
        self.assertEqual(followup.activity_id.res_model, "res.partner")
        self.company.hotel_crm_recovery = True
        leads = followup._hotel_crm_recover()
        lead = followup.hotel_crm_lead_id
        self.assertEqual(leads, {followup.id: lead})
        self.assertEqual(
            (followup.activity_id.res_model, followup.activity_id.res_id),
            ("crm.lead", lead.id),
        )
        self.assertFalse(followup._hotel_crm_recover(), "once only")
