# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recognition of staff (C5.3 incentives): guests' praise and complaints
resolved well, recorded by managers."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# Written by the process only.
PROCESS_FIELDS = frozenset({"recorded_by_id", "followup_id"})


class HotelStaffRecognition(models.Model):
    _name = "hotel.staff.recognition"
    _description = "Staff Recognition"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True
    _rec_name = "user_id"

    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Staff Member",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    date = fields.Date(
        required=True, default=lambda self: fields.Date.context_today(self)
    )
    kind = fields.Selection(
        selection=[
            ("praise", "Praised by a Guest"),
            ("resolved_well", "Complaint Resolved Well"),
            ("other", "Other"),
        ],
        required=True,
        default="praise",
        tracking=True,
    )
    reason = fields.Text(required=True)
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Complaint",
        check_company=True,
        index="btree_not_null",
        domain=[("hotel_ticket_type", "!=", False)],
    )
    followup_id = fields.Many2one(
        comodel_name="hotel.complaint.followup",
        string="Follow-up Visit",
        readonly=True,
        check_company=True,
        ondelete="set null",
    )
    points = fields.Integer(tracking=True, help="Incentive points awarded.")
    recorded_by_id = fields.Many2one(
        comodel_name="res.users",
        readonly=True,
        default=lambda self: self.env.user,
    )

    @api.constrains("points")
    def _check_points(self):
        for recognition in self:
            if recognition.points < 0:
                raise ValidationError(self.env._("Points cannot be negative."))

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                fnames = PROCESS_FIELDS & set(vals)
                if fnames:
                    raise UserError(
                        self.env._(
                            "These fields are set by the process, not by hand: "
                            "%(fields)s.",
                            fields=", ".join(sorted(fnames)),
                        )
                    )
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su and PROCESS_FIELDS & set(vals):
            raise UserError(
                self.env._(
                    "These fields are set by the process, not by hand: %(fields)s.",
                    fields=", ".join(sorted(PROCESS_FIELDS & set(vals))),
                )
            )
        return super().write(vals)
