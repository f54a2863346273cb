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

    # The guest profile (C6.2): the guest's inquiries beside their complaints.
    hotel_inquiry_count = fields.Integer(
        string="Inquiries",
        compute="_compute_hotel_inquiry_count",
        groups="base.group_user",
    )

    def _compute_hotel_inquiry_count(self):
        """The inquiries of each guest the user may read, open and closed:
        one grouped read."""
        ids = [pid for pid in self.ids if isinstance(pid, int)]
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [("partner_id", "in", ids), ("hotel_ticket_type", "=", "inquiry")],
                ["partner_id"],
                ["__count"],
            )
        )
        for partner in self:
            partner.hotel_inquiry_count = counts.get(partner._origin, 0)

    def action_hotel_view_inquiries(self):
        """The guest's inquiries, open and closed."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_inquiry.helpdesk_ticket_action_inquiry"
        )
        action.update(
            domain=[
                ("partner_id", "=", self.id),
                ("hotel_ticket_type", "=", "inquiry"),
            ],
            context={
                "default_hotel_ticket_type": "inquiry",
                "default_partner_id": self.id,
            },
            name=self.env._("Inquiries of %(guest)s", guest=self.display_name),
        )
        return action
