# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An attendee of a training or drill (C5.3) and their result."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class HotelTrainingAttendee(models.Model):
    _name = "hotel.training.attendee"
    _description = "Training Attendee"
    _order = "training_id, id"
    _check_company_auto = True

    training_id = fields.Many2one(
        comodel_name="hotel.training",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        related="training_id.company_id", store=True, index=True, precompute=True
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Staff Member",
        index="btree_not_null",
        check_company=True,
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Other Attendee",
        help="Someone without a user: a new hire, a contractor.",
    )
    attendance = fields.Selection(
        selection=[("attended", "Attended"), ("absent", "Absent")],
    )
    result = fields.Selection(selection=[("pass", "Pass"), ("fail", "Fail")])
    score = fields.Float()
    note = fields.Char()

    _sql_constraints = [
        (
            "user_unique",
            "unique(training_id, user_id)",
            "A staff member attends a training once.",
        ),
    ]

    @api.depends("user_id", "partner_id")
    def _compute_display_name(self):
        for attendee in self:
            attendee.display_name = (
                attendee.user_id.name or attendee.partner_id.name or ""
            )

    @api.constrains("training_id", "user_id", "partner_id", "score")
    def _check_attendee(self):
        for attendee in self:
            if not attendee.user_id and not attendee.partner_id:
                raise ValidationError(
                    self.env._("Name the staff member or the person who attends.")
                )
            if not 0 <= attendee.score <= 100:
                raise ValidationError(
                    self.env._(
                        "The score of %(name)s must be between 0 and 100.",
                        name=attendee.display_name,
                    )
                )

    def write(self, vals):
        if (
            "training_id" in vals
            and any(a.training_id.id != vals["training_id"] for a in self)
        ) or ("company_id" in vals and not self.env.su):
            raise UserError(
                self.env._(
                    "An attendee belongs to their training and cannot be moved "
                    "to another one."
                )
            )
        return super().write(vals)
