# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The complaint's side of the improvement work (C5.2, C5.3): the actions
that answer it, and the recognition of who resolved it well."""

from odoo import fields, models


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_improvement_action_count = fields.Integer(
        string="Improvement Actions",
        compute="_compute_hotel_improvement_action_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    def _compute_hotel_improvement_action_count(self):
        counts = dict(
            self.env["hotel.improvement.action"]._read_group(
                [("ticket_ids", "in", self.ids)], ["ticket_ids"], ["__count"]
            )
        )
        for ticket in self:
            ticket.hotel_improvement_action_count = counts.get(ticket, 0)

    def action_view_hotel_improvement_actions(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Improvement Actions"),
            "res_model": "hotel.improvement.action",
            "view_mode": "list,form",
            "domain": [("ticket_ids", "in", self.ids)],
            "context": {
                "default_ticket_ids": [(6, 0, self.ids)],
                "default_team_id": self.team_id.id,
                "default_company_id": self.company_id.id,
            },
        }

    def action_hotel_recognise_staff(self):
        """A recognition of whoever resolved the complaint well, for a manager
        to complete."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Staff Recognition"),
            "res_model": "hotel.staff.recognition",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_ticket_id": self.id,
                "default_user_id": self.user_id.id,
                "default_kind": "resolved_well",
                "default_company_id": self.company_id.id,
            },
        }
