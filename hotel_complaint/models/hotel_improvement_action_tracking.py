# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Tracking of improvement actions (C5.2): warnings and escalation of the
overdue ones, and the verification that the problem did not come back."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.osv import expression

from .hotel_improvement_action import ACTIVITY_OVERDUE, ACTIVITY_VERIFICATION
from .res_company_improvement import DEFAULT_ACTION_ESCALATION_DAYS

# Escalation levels of an overdue action.
LEVEL_OWNER = 1
LEVEL_LEADER = 2
LEVEL_DUTY_MANAGER = 3
# Actions the cron handles per step and committed batch.
CRON_BATCH_SIZE = 200


class HotelImprovementAction(models.Model):
    _inherit = "hotel.improvement.action"  # pylint: disable=consider-merging-classes-inherited

    # ------------------------------------------------------------------
    # Cron: overdue escalation and verification
    # ------------------------------------------------------------------

    @api.model
    def _hotel_company_days(self, fname, default):
        """``{days: [company ids]}`` of a per-hotel delay."""
        # sudo: every hotel's delay, whichever hotels the cron's user works for.
        companies = self.env["res.company"].sudo().search_fetch([], [fname])
        delays = {}
        for company in companies:
            delays.setdefault(company[fname] or default, []).append(company.id)
        return delays

    @api.model
    def _hotel_escalation_due_domain(self, level, today):
        """Open actions at ``level`` escalated longer ago than their hotel's
        escalation delay."""
        delays = self._hotel_company_days(
            "hotel_action_escalation_days", DEFAULT_ACTION_ESCALATION_DAYS
        )
        return [
            ("state", "=", "open"),
            ("escalation_level", "=", level),
            *expression.OR(
                [
                    [
                        ("company_id", "in", company_ids),
                        ("escalation_date", "<=", today - timedelta(days=days)),
                    ]
                    for days, company_ids in delays.items()
                ]
                or [expression.FALSE_DOMAIN]
            ),
        ]

    @api.model
    def _hotel_cron_steps(self, today):
        """The cron's steps, in order: ``(domain, method)``."""
        return [
            (
                [
                    ("state", "=", "open"),
                    ("date_deadline", "<", today),
                    ("escalation_level", "=", 0),
                ],
                "_hotel_escalate_owner",
            ),
            (
                self._hotel_escalation_due_domain(LEVEL_OWNER, today),
                "_hotel_escalate_leader",
            ),
            (
                self._hotel_escalation_due_domain(LEVEL_LEADER, today),
                "_hotel_escalate_duty_manager",
            ),
            (
                [
                    ("state", "=", "done"),
                    ("verification_state", "=", "pending"),
                    ("verification_date", "<=", today),
                ],
                "_hotel_propose_verdict",
            ),
        ]

    @api.model
    def _cron_hotel_improvement(self, batch_size=CRON_BATCH_SIZE):
        """Warn and escalate overdue actions, propose the verification of
        the done ones; in committed batches, as the complaints' cron does."""
        today = fields.Date.context_today(self)
        done = remaining = 0
        steps = self._hotel_cron_steps(today)
        for index, (domain, method) in enumerate(steps):
            limit = batch_size - done
            actions = self.search(domain, limit=limit, order="id")
            getattr(actions, method)()
            done += len(actions)
            if len(actions) == limit:
                for later, _method in steps[index:]:
                    remaining = self.search_count(later)
                    if remaining:
                        break
                break
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        return True

    def _hotel_escalate(self, level, recipient, summary):
        if not self:
            return
        self._hotel_process_write(
            {
                "escalation_level": level,
                "escalation_date": fields.Date.context_today(self),
            }
        )
        entries = []
        for action in self:
            users = recipient(action)
            if users:
                entries.append((action, users, ACTIVITY_OVERDUE, summary(action)))
        self.env["helpdesk.ticket"]._hotel_schedule_activities(entries)
        for action, users, _xmlid, text in entries:
            action.message_post(
                body=text,
                partner_ids=users.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_leader(self):
        self.ensure_one()
        return self.env["helpdesk.ticket.team"]._hotel_leader(
            self.company_id, self.team_id
        )

    def _hotel_escalate_owner(self):
        self._hotel_escalate(
            LEVEL_OWNER,
            lambda a: a.user_id,
            lambda a: self.env._("Improvement action %(name)s is overdue", name=a.name),
        )

    def _hotel_escalate_leader(self):
        self._hotel_escalate(
            LEVEL_LEADER,
            lambda a: a._hotel_leader(),
            lambda a: self.env._(
                "Improvement action %(name)s is overdue: escalated to the "
                "%(team)s manager",
                name=a.name,
                team=a.team_id.display_name,
            ),
        )

    def _hotel_escalate_duty_manager(self):
        self._hotel_escalate(
            LEVEL_DUTY_MANAGER,
            lambda a: a.company_id.hotel_duty_manager_id,
            lambda a: self.env._(
                "Improvement action %(name)s is overdue: escalated to the duty manager",
                name=a.name,
            ),
        )

    def _hotel_recurrence_domain(self):
        """Complaints of the action's hotel reported after it was done that
        repeat its pattern: each criterion the action has must match (the
        categories and locations of its complaints, its root causes)."""
        self.ensure_one()
        # sudo: the pattern of the linked complaints, whoever runs the check.
        tickets = self.sudo().ticket_ids
        domain = [
            ("company_id", "=", self.company_id.id),
            ("hotel_ticket_type", "!=", False),
            ("reported_date", ">", fields.Datetime.to_datetime(self.date_done)),
            ("id", "not in", tickets.ids),
        ]
        if tickets.category_id:
            domain.append(("category_id", "in", tickets.category_id.ids))
        if tickets.location_id:
            domain.append(("location_id", "in", tickets.location_id.ids))
        if self.cause_ids:
            domain.append(("hotel_cause_id", "in", self.cause_ids.ids))
        return domain

    def _hotel_propose_verdict(self):
        """Count the recurrences and propose a verdict to the department's
        manager, who confirms it."""
        # sudo: the check counts every complaint of the hotel.
        Ticket = self.env["helpdesk.ticket"].sudo()
        entries = []
        for action in self:
            recurrences = Ticket.search(action._hotel_recurrence_domain())
            proposal = "not_effective" if recurrences else "effective"
            action._hotel_process_write(
                {
                    "verification_state": "proposed",
                    "verification_proposal": proposal,
                    "recurrence_count": len(recurrences),
                    "recurrence_ticket_ids": [(6, 0, recurrences.ids)],
                }
            )
            summary = action._hotel_verdict_summary(recurrences)
            users = action._hotel_leader() or action.company_id.hotel_duty_manager_id
            if users:
                entries.append((action, users, ACTIVITY_VERIFICATION, summary))
            action.message_post(body=summary, subtype_xmlid="mail.mt_note")
        self.env["helpdesk.ticket"]._hotel_schedule_activities(entries)

    def _hotel_verdict_summary(self, recurrences):
        self.ensure_one()
        if not recurrences:
            return self.env._(
                "Verify %(name)s: no complaint of the same pattern since %(date)s. "
                "Proposed: effective.",
                name=self.name,
                date=self.date_done,
            )
        return self.env._(
            "Verify %(name)s: %(count)s complaints of the same pattern since "
            "%(date)s (%(refs)s). Proposed: not effective.",
            name=self.name,
            count=len(recurrences),
            date=self.date_done,
            refs=", ".join(recurrences[:10].mapped("display_name")),
        )
