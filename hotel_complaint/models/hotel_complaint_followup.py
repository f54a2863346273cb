# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A follow-up visit after a complaint (C6.1): the activity on the guest's
contact, linked back to the complaint, and the outcome once done."""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .hotel_complaint_followup_rule import CHANNELS

ACTIVITY_TYPE = "hotel_complaint.mail_activity_type_follow_up_visit"
OUTCOMES = [
    ("satisfied", "Satisfied"),
    ("not_satisfied", "Not Satisfied"),
    ("new_issue", "A New Issue"),
    ("suggestion", "A Suggestion"),
]
# Written by the follow-up process only (its actions, as sudo).
PROCESS_FIELDS = frozenset(
    {"state", "activity_id", "new_ticket_id", "done_date", "done_by_id", "rule_id"}
)


class HotelComplaintFollowup(models.Model):
    _name = "hotel.complaint.followup"
    _description = "Complaint Follow-up Visit"
    _inherit = ["hotel.complaint.record.mixin"]
    _order = "date_deadline, id"
    _check_company_auto = True
    _rec_name = "ticket_id"

    partner_id = fields.Many2one(
        comodel_name="res.partner", string="Guest", index="btree_not_null"
    )
    severity = fields.Selection(related="ticket_id.severity", store=True)
    rule_id = fields.Many2one(
        comodel_name="hotel.complaint.followup.rule",
        check_company=True,
        ondelete="set null",
        readonly=True,
    )
    channel = fields.Selection(selection=CHANNELS, required=True)
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Assigned To",
        required=True,
        index=True,
        default=lambda self: self.env.user,
    )
    date_deadline = fields.Date(string="Due On", required=True, index=True)
    state = fields.Selection(
        selection=[
            ("pending", "Pending"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        default="pending",
        required=True,
        readonly=True,
        index=True,
    )
    activity_id = fields.Many2one(
        comodel_name="mail.activity", ondelete="set null", readonly=True
    )
    outcome = fields.Selection(selection=OUTCOMES)
    outcome_note = fields.Text(
        string="What the Guest Said",
        help="The guest's words; a suggestion is kept here for the improvement work.",
    )
    new_ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="New Complaint",
        check_company=True,
        readonly=True,
    )
    done_date = fields.Datetime(readonly=True)
    done_by_id = fields.Many2one(comodel_name="res.users", readonly=True)
    is_overdue = fields.Boolean(compute="_compute_is_overdue")

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for followup in self:
            followup.is_overdue = (
                followup.state == "pending" and followup.date_deadline < today
            )

    @api.constrains("channel", "partner_id", "state")
    def _check_channel_reachable(self):
        for followup in self.filtered(lambda f: f.state == "pending"):
            reachable = followup.ticket_id._hotel_followup_channels()
            if followup.channel not in reachable:
                raise ValidationError(followup._hotel_unreachable_message(reachable))

    def _hotel_unreachable_message(self, reachable):
        self.ensure_one()
        labels = dict(self._fields["channel"]._description_selection(self.env))
        if not reachable:
            return self.env._(
                "Guest %(guest)s of complaint %(name)s has neither a phone "
                "number nor an email: record one on the complaint first.",
                guest=self.ticket_id.partner_name or "-",
                name=self.ticket_id.display_name,
            )
        return self.env._(
            "Guest %(guest)s of complaint %(name)s cannot be reached by "
            "%(channel)s: use %(proposed)s instead.",
            guest=self.ticket_id.partner_name or "-",
            name=self.ticket_id.display_name,
            channel=labels[self.channel],
            proposed=self.env._(" or ").join(labels[c] for c in reachable),
        )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._hotel_check_process_fields(vals)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._hotel_check_process_fields(vals)
            if self.filtered(lambda f: f.state == "cancelled") or (
                self.filtered(lambda f: f.state == "done" and f.outcome)
                and set(vals) - {"outcome_note"}
            ):
                raise UserError(
                    self.env._("A cancelled or recorded follow-up cannot change.")
                )
        res = super().write(vals)
        if {"user_id", "date_deadline"} & set(vals):
            self._hotel_sync_activities()
        return res

    @api.model
    def _hotel_check_process_fields(self, vals):
        fnames = PROCESS_FIELDS & set(vals)
        if fnames:
            raise UserError(
                self.env._(
                    "These fields are set by the follow-up process, not by hand: "
                    "%(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )

    def _hotel_sync_activities(self):
        for followup in self.filtered(lambda f: f.state == "pending" and f.activity_id):
            # sudo: the activity follows its follow-up, whoever reassigns it.
            followup.activity_id.sudo().with_context(
                mail_activity_quick_update=True
            ).write(
                {
                    "user_id": followup.user_id.id,
                    "date_deadline": followup.date_deadline,
                }
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_done(self):
        """Record the outcome: the follow-up is done, its activity too; a new
        issue opens a new complaint linked to this one."""
        for followup in self:
            if followup.state == "cancelled":
                raise UserError(
                    self.env._(
                        "The follow-up of %(name)s is cancelled.",
                        name=followup.ticket_id.display_name,
                    )
                )
            if not followup.outcome:
                raise UserError(
                    self.env._(
                        "Record the outcome of the follow-up of %(name)s first.",
                        name=followup.ticket_id.display_name,
                    )
                )
            if followup.outcome == "suggestion" and not followup.outcome_note:
                raise UserError(self.env._("Write down the guest's suggestion first."))
        self.check_access("write")
        activities = self.filtered(lambda f: f.state == "pending").activity_id
        self._hotel_mark_done()
        if activities:
            # sudo: the follow-up's activity is done with it, whoever
            # records it.
            activities.sudo().action_feedback(
                feedback=self.env._("Follow-up recorded.")
            )
        self._hotel_open_new_issues()
        return True

    def _hotel_mark_done(self, note=None):
        vals = {
            "state": "done",
            "done_date": fields.Datetime.now(),
            "done_by_id": self.env.user.id,
        }
        for followup in self.filtered(lambda f: f.state == "pending"):
            followup_vals = dict(vals)
            if note and not followup.outcome_note:
                followup_vals["outcome_note"] = note
            # sudo: the state is the process's to write, after the checks.
            followup.sudo().write(followup_vals)

    def _hotel_open_new_issues(self):
        """A new complaint of the same guest, linked to the old one, for each
        follow-up whose outcome is a new issue."""
        todo = self.filtered(lambda f: f.outcome == "new_issue" and not f.new_ticket_id)
        if not todo:
            return self.env["helpdesk.ticket"]
        tickets = self.env["helpdesk.ticket"].create(
            [followup._hotel_new_issue_vals() for followup in todo]
        )
        for followup, ticket in zip(todo, tickets, strict=True):
            # sudo: the link is the process's to write.
            followup.sudo().new_ticket_id = ticket
            followup.ticket_id.message_post(
                body=self.env._(
                    "A new issue raised at the follow-up visit: complaint %(name)s.",
                    name=ticket.display_name,
                ),
                subtype_xmlid="mail.mt_note",
            )
        return tickets

    def _hotel_new_issue_vals(self):
        self.ensure_one()
        old = self.ticket_id
        return {
            "hotel_ticket_type": "complaint",
            "name": self.env._("New issue at follow-up of %(name)s", name=old.name),
            "description": Markup("<p>%s</p>") % (self.outcome_note or ""),
            "guest_account": self.outcome_note,
            "company_id": old.company_id.id,
            "partner_id": old.partner_id.id,
            "partner_name": old.partner_name,
            "partner_email": old.partner_email,
            "partner_phone": old.partner_phone,
            "room_number": old.room_number,
            "stay_reference": old.stay_reference,
            "arrival_date": old.arrival_date,
            "departure_date": old.departure_date,
            "hotel_origin_ticket_id": old.id,
        }

    def action_cancel(self):
        self.check_access("write")
        self.filtered(lambda f: f.state == "pending")._hotel_cancel()
        return True

    def _hotel_cancel(self):
        pending = self.filtered(lambda f: f.state == "pending")
        # sudo: the process cancels the follow-ups and their activities.
        pending.activity_id.sudo().unlink()
        pending.sudo().write({"state": "cancelled"})

    def action_open_record(self):
        """The record the activity sits on: the guest's contact (or the
        complaint)."""
        self.ensure_one()
        record = self.partner_id or self.ticket_id
        return {
            "type": "ir.actions.act_window",
            "res_model": record._name,
            "res_id": record.id,
            "view_mode": "form",
        }
