# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HotelComplaintMeasure(models.Model):
    """An emergency measure taken for a complaint (C3.3): broken equipment
    made safe, a room sealed for cleaning, a guest moved..."""

    _name = "hotel.complaint.measure"
    _description = "Complaint Emergency Measure"
    _inherit = ["hotel.complaint.record.mixin"]
    _order = "taken_date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Measure", required=True)
    taken_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
    )
    taken_date = fields.Datetime(
        string="Taken On", required=True, default=fields.Datetime.now
    )
