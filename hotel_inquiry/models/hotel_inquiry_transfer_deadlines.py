# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Warnings and escalation of transfer slips (I3.2, I3.5): the receiving
department's leader is warned when the hotel's warning share of the time to
the deadline is gone; a slip still unanswered at its deadline goes to the
hotel's duty manager. Like the complaints' ``_cron_hotel_sla``: batched
searches over the open slips (through a partial index), activities created
in one create, one notification per user."""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import sql

from .hotel_inquiry_transfer import OPEN_STATES

# Slips the cron handles per committed batch.
CRON_BATCH_SIZE = 200
OPEN_WHERE = "state IN ('sent', 'acknowledged')"
TRANSFER_INDEXES = (
    ("hotel_inquiry_transfer_open_deadline_idx", ["deadline"], OPEN_WHERE),
    ("hotel_inquiry_transfer_open_warning_idx", ["warning_date"], OPEN_WHERE),
)


# One class per concern of the slip, on purpose (see hotel_inquiry_transfer.py).
class HotelInquiryTransfer(models.Model):
    _inherit = "hotel.inquiry.transfer"  # pylint: disable=consider-merging-classes-inherited

    def init(self):
        res = super().init()
        for name, expressions, where in TRANSFER_INDEXES:
            sql.create_index(self.env.cr, name, self._table, expressions, where=where)
        return res

    @api.model
    def _hotel_transfer_steps(self, now):
        """The cron's steps, in order: ``(domain, method)``."""
        base = [("state", "in", OPEN_STATES)]
        return [
            (
                base + [("deadline", "<", now), ("sla_state", "!=", "breached")],
                "_hotel_escalate_transfer",
            ),
            (
                base + [("sla_state", "=", "on_track"), ("warning_date", "<=", now)],
                "_hotel_warn_transfer",
            ),
        ]

    @api.model
    def _cron_hotel_transfer_deadlines(self, batch_size=CRON_BATCH_SIZE):
        """Warn before a slip's deadline, escalate it when passed unanswered.
        One run handles at most ``batch_size`` slips and tells the cron runner
        how many remain, which commits and runs it again."""
        # sudo: the cron handles the slips of every hotel, whichever hotels
        # its user works for.
        Transfer = self.sudo()
        steps = Transfer._hotel_transfer_steps(fields.Datetime.now())
        done = remaining = 0
        for index, (domain, method) in enumerate(steps):
            limit = batch_size - done
            transfers = Transfer.search(domain, limit=limit, order="id")
            getattr(transfers, method)()
            done += len(transfers)
            if len(transfers) == limit:
                for later, _method in steps[index:]:
                    remaining = Transfer.search_count(later)
                    if remaining:
                        break
                break
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)
        return True

    def _hotel_warn_transfer(self):
        # sudo: a process state, which clients cannot write themselves.
        super(HotelInquiryTransfer, self.sudo()).write({"sla_state": "warning"})
        return self._hotel_notify_transfers(
            [
                (
                    transfer,
                    transfer.user_id or transfer._hotel_leader(),
                    "hotel_inquiry.mail_activity_type_inquiry_transfer_warning",
                    self.env._(
                        "Answer of %(name)s due soon (%(guest)s)",
                        name=transfer.name,
                        guest=transfer.partner_name or "",
                    ),
                )
                for transfer in self
            ]
        )

    def _hotel_escalate_transfer(self):
        # sudo: process fields, which clients cannot write themselves.
        super(HotelInquiryTransfer, self.sudo()).write(
            {"sla_state": "breached", "escalated_date": fields.Datetime.now()}
        )
        return self._hotel_notify_transfers(
            [
                (
                    transfer,
                    transfer.company_id.hotel_duty_manager_id
                    or transfer._hotel_leader(),
                    "hotel_inquiry.mail_activity_type_inquiry_transfer_overdue",
                    self.env._(
                        "Transfer %(name)s to %(to)s is overdue and unanswered",
                        name=transfer.name,
                        to=transfer.to_team_id.display_name
                        or transfer.partner_id.display_name,
                    ),
                )
                for transfer in self
            ]
        )

    def _hotel_leader(self):
        """Who answers for the slip: the receiving department's leader, or
        for an external transfer the one who sent it."""
        self.ensure_one()
        if self.kind == "external":
            return self.sent_by_id
        # sudo: the receiving team's leader, whoever may read teams.
        return self.to_team_id.sudo().user_id

    @api.model
    def _hotel_notify_transfers(self, entries):
        """``(transfer, users, activity type xmlid, summary)`` entries: the
        activities in one create (the complaint desk's
        ``_hotel_schedule_activities``), a note on each slip, one
        notification per user listing their slips."""
        entries = [entry for entry in entries if entry[1]]
        if not entries:
            return
        self.env["helpdesk.ticket"]._hotel_schedule_activities(entries)
        self.browse([entry[0].id for entry in entries])._message_log_batch(
            {transfer.id: summary for transfer, _u, _x, summary in entries}
        )
        by_user = {}
        for _transfer, users, _xmlid, summary in entries:
            for user in users:
                by_user.setdefault(user, []).append(summary)
        for user, summaries in by_user.items():
            self.env["mail.thread"].message_notify(
                partner_ids=user.partner_id.ids,
                body=Markup("<ul>%s</ul>")
                % Markup().join(Markup("<li>%s</li>") % s for s in summaries),
                subject=self.env._("Inquiry transfers"),
                subtype_xmlid="mail.mt_note",
            )
