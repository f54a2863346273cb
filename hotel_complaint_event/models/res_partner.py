# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile's events (C6.3, C6.4): the guest's invitations and the
events they attended, counted with one grouped read for all partners."""

from collections import defaultdict

from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    hotel_invitation_ids = fields.One2many(
        comodel_name="hotel.guest.invitation",
        inverse_name="partner_id",
        string="Event Invitations",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_invitation_count = fields.Integer(
        string="Invitations",
        compute="_compute_hotel_invitation_counts",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_event_attended_count = fields.Integer(
        string="Events Attended",
        compute="_compute_hotel_invitation_counts",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_hotel_invitation_counts(self):
        """The invitations of each guest the user may read, and those the
        guest attended: one grouped read for all partners."""
        counts = defaultdict(lambda: defaultdict(int))
        ids = self._hotel_profile_ids()
        if ids:
            groups = self.env["hotel.guest.invitation"]._read_group(
                [("partner_id", "in", ids)], ["partner_id", "state"], ["__count"]
            )
            for partner, state, count in groups:
                counts[partner.id][state] += count
        for partner in self:
            per_state = counts.get(partner._origin.id, {})
            partner.hotel_invitation_count = sum(per_state.values())
            partner.hotel_event_attended_count = per_state.get("attended", 0)

    def _hotel_invitation_wizard_action(self, context=None):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Invite to an Event"),
            "res_model": "hotel.guest.invitation.wizard",
            "view_mode": "form",
            "target": "new",
            "context": dict(context or {}, default_partner_id=self.id),
        }

    def action_hotel_invite_to_event(self):
        """The invitation wizard for this guest."""
        return self._hotel_invitation_wizard_action()

    def action_hotel_view_invitations(self):
        """The guest's event invitations."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_complaint_event.hotel_guest_invitation_action"
        )
        action.update(
            domain=[("partner_id", "=", self.id)],
            context={"default_partner_id": self.id},
            name=self.env._("Event Invitations of %(guest)s", guest=self.display_name),
        )
        return action
