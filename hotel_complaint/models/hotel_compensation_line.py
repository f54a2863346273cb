# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The lines of a compensation proposal: what the guest is offered."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .hotel_compensation import COMPENSATION_TYPES


class HotelCompensationLine(models.Model):
    _name = "hotel.compensation.line"
    _description = "Compensation Line"
    _order = "compensation_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    compensation_id = fields.Many2one(
        comodel_name="hotel.compensation",
        required=True,
        ondelete="cascade",
        index=True,
    )
    company_id = fields.Many2one(
        related="compensation_id.company_id", store=True, precompute=True
    )
    currency_id = fields.Many2one(related="compensation_id.currency_id")
    compensation_type = fields.Selection(
        selection=COMPENSATION_TYPES, string="Type", required=True
    )
    name = fields.Char(string="Description", required=True)
    amount = fields.Monetary(
        string="Value", required=True, help="Value in the hotel's currency."
    )
    loyalty_points = fields.Integer()

    @api.constrains("amount")
    def _check_amount(self):
        for line in self:
            if line.amount <= 0:
                raise ValidationError(
                    self.env._(
                        "Compensation line %(name)s: the value must be positive.",
                        name=line.name,
                    )
                )

    def _check_editable(self):
        """Lines change only while their proposal is a draft the user may
        edit (the user's own rights)."""
        for proposal in self.compensation_id:
            if proposal.state != "draft":
                raise UserError(
                    self.env._(
                        "%(name)s is %(state)s: its lines can no longer change.",
                        name=proposal.display_name,
                        state=proposal._state_label(),
                    )
                )
        self.compensation_id.check_access("write")

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_derived_fields(vals)
        lines = super().create(vals_list)
        lines._check_editable()
        return lines

    def _check_derived_fields(self, vals):
        # Related to the proposal: writing them would write through to it.
        derived = {"company_id", "currency_id"} & set(vals)
        if derived:
            raise UserError(
                self.env._(
                    "A compensation line takes its hotel and currency from its "
                    "proposal."
                )
            )

    def write(self, vals):
        self._check_derived_fields(vals)
        if "compensation_id" in vals and any(
            line.compensation_id.id != vals["compensation_id"] for line in self
        ):
            raise UserError(
                self.env._(
                    "A compensation line stays on its proposal: add a new line "
                    "to the other proposal instead."
                )
            )
        self._check_editable()
        return super().write(vals)

    def unlink(self):
        self._check_editable()
        return super().unlink()
