# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class HotelLocation(models.Model):
    _name = "hotel.location"
    _description = "Hotel Location or Outlet"
    _order = "sequence, name"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
    )
    location_type = fields.Selection(
        selection=[
            ("room", "Guest Room Floor"),
            ("public", "Public Area"),
            ("restaurant", "Restaurant or Bar"),
            ("leisure", "Gym, Pool or Spa"),
            ("meeting", "Meeting and Events"),
            ("parking", "Parking and Outdoor"),
            ("other", "Other"),
        ],
        default="other",
        required=True,
    )
    default_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Default Department",
        check_company=True,
    )

    _sql_constraints = [
        (
            "code_company_uniq",
            "unique(code, company_id)",
            "A location code must be unique per hotel.",
        )
    ]
