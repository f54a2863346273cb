# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Resolution, feedback and closing (C3.3 - C4): compensation proposals,
telling the guest the result, the checks before closing, the closing summary
fed back to every department, and reopening on a low satisfaction rating."""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .helpdesk_ticket_deadlines import SERIOUS_SEVERITIES


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_compensation_ids = fields.One2many(
        comodel_name="hotel.compensation",
        inverse_name="ticket_id",
        string="Compensation Proposals",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_compensation_count = fields.Integer(
        compute="_compute_hotel_compensation_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_feedback_ids = fields.One2many(
        comodel_name="hotel.complaint.feedback",
        inverse_name="ticket_id",
        string="Result Communication",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_resolution_summary = fields.Text(
        string="Actions Taken", copy=False, groups="base.group_user"
    )

    def _compute_hotel_compensation_count(self):
        counts = dict(
            self.env["hotel.compensation"]._read_group(
                [("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]
            )
        )
        for ticket in self:
            ticket.hotel_compensation_count = counts.get(ticket, 0)

    def action_view_hotel_compensation(self):
        return self._hotel_action_records(
            "hotel.compensation", self.env._("Compensation")
        )

    # ------------------------------------------------------------------
    # Closing checks and summary
    # ------------------------------------------------------------------

    @api.constrains("stage_id")
    def _check_hotel_close(self):
        for ticket in self._hotel_filter("closing").filtered(
            lambda t: t.stage_id.closed
        ):
            ticket._hotel_check_can_close()

    def _hotel_check_can_close(self):
        """Raise when the complaint cannot be closed (C3.2, C3.4, C4)."""
        self.ensure_one()
        if not self.stage_id.hotel_closing_checks:
            return
        problems = self._hotel_closing_problems()
        if problems:
            raise ValidationError(
                self.env._(
                    "Complaint %(name)s cannot be closed yet: %(problems)s.",
                    name=self.display_name,
                    problems="; ".join(problems),
                )
            )

    def _hotel_prepare_closing(self, vals):
        """The tickets this write closes into a stage with closing checks:
        they get the closing summary once closed."""
        if not vals.get("stage_id"):
            return self.browse()
        stage = self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
        if not (stage.closed and stage.hotel_closing_checks):
            return self.browse()
        return self._hotel_filter("closing").filtered(lambda t: not t.closed)

    def _hotel_closing_problems(self):
        """What still stops this complaint from closing (C3.2, C3.4, C4)."""
        self.ensure_one()
        problems = []
        open_tasks = self.hotel_task_ids.filtered(lambda t: t.state == "open")
        if open_tasks:
            problems.append(
                self.env._(
                    "collaborating departments still have open tasks: %(teams)s",
                    teams=", ".join(open_tasks.team_id.mapped("display_name")),
                )
            )
        # sudo: every department's records count, also those the user cannot
        # read.
        proposals = self.sudo().hotel_compensation_ids
        pending = proposals.filtered(
            lambda p: p.state in ("draft", "to_approve", "approved")
        )
        if pending:
            problems.append(
                self.env._(
                    "compensation %(names)s must be delivered or cancelled",
                    names=", ".join(pending.mapped("name")),
                )
            )
        # sudo: every result round counts, whoever recorded it.
        feedback = self.sudo().hotel_feedback_ids.sorted(
            lambda f: (f.communicated_date, f.id)
        )
        if not feedback:
            problems.append(self.env._("the guest has not been told the result"))
        elif self.severity != "minor" and not feedback[-1].guest_opinion:
            problems.append(
                self.env._("the guest's opinion of the result is not recorded")
            )
        if self.severity in SERIOUS_SEVERITIES:
            if not self.guest_verified:
                problems.append(
                    self.env._(
                        "the guest's identity, room and contact details are not "
                        "verified"
                    )
                )
            # sudo: evidence of every department counts.
            if not self.sudo().hotel_evidence_ids and not self.no_evidence_reason:
                problems.append(
                    self.env._(
                        "there is no evidence and no written reason why none exists"
                    )
                )
        return problems

    def _hotel_closing_summary(self):
        """Cause, actions, compensation and the guest's outcome (C3.4)."""
        self.ensure_one()
        # sudo: the summary tells every department the whole outcome.
        ticket = self.sudo()
        delivered = ticket.hotel_compensation_ids.filtered(
            lambda p: p.state == "delivered"
        )
        last = ticket.hotel_feedback_ids.sorted(lambda f: (f.communicated_date, f.id))[
            -1:
        ]
        opinions = dict(
            self.env["hotel.complaint.feedback"]
            ._fields["guest_opinion"]
            ._description_selection(self.env)
        )
        lines = [
            self.env._("Summary of complaint %(name)s", name=ticket.display_name),
            self.env._("Cause: %(cause)s", cause=ticket.cause_explained or "-"),
            self.env._(
                "Actions: %(actions)s",
                actions="; ".join(
                    filter(
                        None,
                        [ticket.hotel_resolution_summary]
                        + ticket.hotel_measure_ids.mapped("name")
                        + [
                            f"{t.team_id.name}: {t.result or t.name}"
                            for t in ticket.hotel_task_ids.filtered(
                                lambda t: t.state == "done"
                            )
                        ],
                    )
                )
                or "-",
            ),
            self.env._(
                "Compensation: %(comp)s",
                comp=", ".join(
                    f"{p.name} {p.currency_id.format(p.amount_total)}"
                    for p in delivered
                )
                or "-",
            ),
            self.env._(
                "Guest outcome: %(outcome)s",
                outcome=opinions.get(last.guest_opinion, "-") if last else "-",
            ),
        ]
        return lines

    def _hotel_send_closing_summary(self):
        """Feed the summary back to every department involved (C3.4)."""
        for ticket in self:
            # sudo: every collaborating department hears the outcome.
            teams = ticket.team_id | ticket.sudo().hotel_task_ids.team_id
            users = teams.user_id | ticket.user_id
            body = Markup("<br/>").join(ticket._hotel_closing_summary())
            ticket.message_post(
                body=body,
                partner_ids=users.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_reopen(self, reason):
        """Back to the lead department, guest relations alerted."""
        for ticket in self:
            stage = ticket.team_id._get_applicable_stages().filtered(
                lambda s: not s.closed
            )[:1]
            # A new round with the guest: new deadlines from now, from the
            # start of the escalation ladder.
            ticket.write(
                {
                    "stage_id": stage.id,
                    "reported_date": fields.Datetime.now(),
                    "hotel_sla_state": "on_track",
                    "hotel_escalation_level": 0,
                    "hotel_breach_date": False,
                }
            )
            ticket.closed_date = False
            guest_relations = (
                self.env["helpdesk.ticket.team"]
                # sudo: guest relations' leader, whoever may read teams.
                .sudo()
                ._hotel_department(ticket.company_id, "guest_relations")
            )
            users = (ticket.team_id.user_id or ticket.user_id) | guest_relations.user_id
            if users:
                ticket._hotel_notify(
                    users,
                    "hotel_complaint.mail_activity_type_escalation",
                    reason,
                )

    def rating_apply(
        self,
        rate,
        token=None,
        rating=None,
        feedback=None,
        subtype_xmlid=None,
        notify_delay_send=False,
    ):
        """A low satisfaction rating (C3.4) reopens the complaint."""
        res = super().rating_apply(
            rate,
            token=token,
            rating=rating,
            feedback=feedback,
            subtype_xmlid=subtype_xmlid,
            notify_delay_send=notify_delay_send,
        )
        low = self._hotel_filter("closing").filtered(
            lambda t: rate < t.company_id.hotel_low_rating_threshold
        )
        if low:
            # sudo: the guest's rating reopens the complaint, whoever rated.
            low.sudo()._hotel_reopen(
                self.env._(
                    "The guest rated the resolution %(rate)s/5: %(feedback)s",
                    rate=int(rate),
                    feedback=feedback or "-",
                )
            )
        return res
