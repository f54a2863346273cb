# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""From the outcome of a follow-up visit (C6.1) to an event invitation
(C6.3): a guest who was satisfied or made a suggestion is a typical
invitee."""

from odoo import fields, models
from odoo.exceptions import UserError


class HotelComplaintFollowup(models.Model):
    _inherit = "hotel.complaint.followup"

    hotel_invitation_ids = fields.One2many(
        comodel_name="hotel.guest.invitation",
        inverse_name="followup_id",
        string="Event Invitations",
    )

    def action_hotel_invite_to_event(self):
        """The invitation wizard for the guest of this follow-up."""
        self.ensure_one()
        if self.state != "done" or not self.outcome:
            raise UserError(
                self.env._(
                    "Record the outcome of the follow-up of %(name)s before "
                    "inviting the guest to an event.",
                    name=self.ticket_id.display_name,
                )
            )
        if not self.partner_id:
            raise UserError(
                self.env._(
                    "The guest of complaint %(name)s has no contact: record the "
                    "guest as a contact first.",
                    name=self.ticket_id.display_name,
                )
            )
        return self.partner_id._hotel_invitation_wizard_action(
            {"default_followup_id": self.id, "default_company_id": self.company_id.id}
        )
