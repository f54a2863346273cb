# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The hotel's partners an inquiry is transferred to (I3.3)."""

from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    hotel_is_inquiry_partner = fields.Boolean(
        string="Inquiry Partner",
        help="Travel agency / supplier / tour operator: guests' questions can "
        "be transferred to this contact.",
    )
    hotel_partner_type = fields.Selection(
        selection=[
            ("travel_agency", "Travel Agency"),
            ("supplier", "Supplier"),
            ("tour_operator", "Tour Operator"),
            ("other", "Other"),
        ],
        string="Partner Type",
    )
