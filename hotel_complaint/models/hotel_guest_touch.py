# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A personal touch for a guest (C6.2): suggested by the hotel's touch rules
when a guest with a recovery flag, preferences or a VIP level comes back
(a new ticket, a new stay); done or not done, with what was done, by whom
and when, kept on the guest profile.

The activity sits on the touch, not on the contact: the contact is shared by
every hotel of the chain, the touch belongs to one hotel and its record rules
keep it there."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from .hotel_guest_touch_rule import TOUCH_KINDS

ACTIVITY_TYPE = "hotel_complaint.mail_activity_type_personal_touch"
# Written by the touch process only (its actions, as sudo).
PROCESS_FIELDS = frozenset(
    {
        "state",
        "activity_id",
        "done_date",
        "done_by_id",
        "rule_id",
        "partner_id",
        "company_id",
        "ticket_id",
        "stay_reference",
        "reason",
    }
)


class HotelGuestTouch(models.Model):
    _name = "hotel.guest.touch"
    _description = "Personal Touch"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_deadline desc, id desc"
    _check_company_auto = True
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Guest",
        required=True,
        index=True,
        ondelete="cascade",
        readonly=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        readonly=True,
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Raised by Ticket",
        check_company=True,
        index="btree_not_null",
        ondelete="set null",
        readonly=True,
    )
    stay_reference = fields.Char(string="Stay / Reservation", readonly=True)
    rule_id = fields.Many2one(
        comodel_name="hotel.guest.touch.rule",
        check_company=True,
        ondelete="set null",
        readonly=True,
    )
    reason = fields.Char(
        string="Why", readonly=True, help="The flag or preference behind it."
    )
    touch_kind = fields.Selection(
        selection=TOUCH_KINDS, string="Touch", required=True, default="other"
    )
    suggestion = fields.Text()
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Assigned To",
        index=True,
        tracking=True,
    )
    date_deadline = fields.Date(string="Due On", required=True, index=True)
    state = fields.Selection(
        selection=[
            ("pending", "Suggested"),
            ("done", "Done"),
            ("not_done", "Not Done"),
        ],
        default="pending",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
    )
    result_note = fields.Text(
        string="What Was Done",
        help="What was prepared for the guest, or why nothing was.",
    )
    done_date = fields.Datetime(string="Recorded On", readonly=True)
    done_by_id = fields.Many2one(
        comodel_name="res.users", string="Recorded By", readonly=True
    )
    activity_id = fields.Many2one(
        comodel_name="mail.activity", ondelete="set null", readonly=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            # Touches come from the process: the right to create them first.
            self.check_access("create")
            for vals in vals_list:
                self._hotel_check_process_fields(vals)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._hotel_check_process_fields(vals)
            if self.filtered(lambda t: t.state != "pending") and set(vals) - {
                "result_note"
            }:
                raise UserError(self.env._("A recorded personal touch cannot change."))
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
                    "These fields are set by the personal touch process, not by "
                    "hand: %(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )

    def _hotel_sync_activities(self):
        for touch in self.filtered(lambda t: t.state == "pending" and t.activity_id):
            if not touch.user_id:
                continue
            # sudo: the activity follows its touch, whoever reassigns it.
            touch.activity_id.sudo().with_context(
                mail_activity_quick_update=True
            ).write({"user_id": touch.user_id.id, "date_deadline": touch.date_deadline})

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_done(self):
        """The touch was made: recorded with what was done, by whom, when;
        its activity is done too."""
        return self._hotel_record("done")

    def action_not_done(self):
        """The touch was not made (the guest cancelled, the idea did not
        fit): recorded with the reason."""
        return self._hotel_record("not_done")

    def _hotel_record(self, state):
        for touch in self:
            if touch.state != "pending":
                raise UserError(
                    self.env._(
                        "The personal touch for %(guest)s is already recorded.",
                        guest=touch.partner_id.display_name,
                    )
                )
            if not touch.result_note:
                raise UserError(
                    self.env._(
                        "Write down what was done for %(guest)s, or why nothing "
                        "was, first.",
                        guest=touch.partner_id.display_name,
                    )
                )
        self.check_access("write")
        activities = self.activity_id
        self._hotel_mark(state)
        if activities:
            # sudo: the touch's activity is done with it, whoever records it.
            activities.sudo().action_feedback(
                feedback=self.env._("Personal touch recorded.")
            )
        return True

    def _hotel_mark(self, state, note=None):
        vals = {
            "state": state,
            "done_date": fields.Datetime.now(),
            "done_by_id": self.env.user.id,
        }
        for touch in self.filtered(lambda t: t.state == "pending"):
            touch_vals = dict(vals)
            if note and not touch.result_note:
                touch_vals["result_note"] = note
            # sudo: the state is the process's to write, after the checks.
            touch.sudo().write(touch_vals)

    def action_open_guest(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "res.partner",
            "res_id": self.partner_id.id,
            "view_mode": "form",
        }
