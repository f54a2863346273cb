# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Invite a guest to an event of the hotel (C6.3), from the guest's profile
or from a follow-up visit's outcome. The invitation checks everything itself
(the wizard only collects the choice)."""

from odoo import api, fields, models

from odoo.addons.hotel_complaint.models.hotel_complaint_followup_rule import CHANNELS


class HotelGuestInvitationWizard(models.TransientModel):
    _name = "hotel.guest.invitation.wizard"
    _description = "Invite a Guest to an Event"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        default=lambda self: self.env.company,
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Guest",
        required=True,
        check_company=True,
    )
    followup_id = fields.Many2one(
        comodel_name="hotel.complaint.followup",
        string="Follow-up Visit",
        check_company=True,
    )
    event_id = fields.Many2one(
        comodel_name="event.event",
        required=True,
        check_company=True,
        domain="[('company_id', '=', company_id), ('is_finished', '=', False)]",
    )
    channel = fields.Selection(
        selection=CHANNELS,
        required=True,
        compute="_compute_channel",
        store=True,
        precompute=True,
        readonly=False,
    )
    partner_email = fields.Char(related="partner_id.email", string="Email")
    partner_phone = fields.Char(related="partner_id.phone", string="Phone")
    note = fields.Text(
        string="Personal Note",
        help="Added to the invitation email, or to the reminder to call or "
        "message the guest.",
    )

    @api.depends("partner_id")
    def _compute_channel(self):
        """Email when the guest has an address, else a call."""
        for wizard in self:
            partner = wizard.partner_id
            if partner.email or not (partner.phone or partner.mobile):
                wizard.channel = "email"
            else:
                wizard.channel = "phone"

    def _prepare_invitation_vals(self):
        self.ensure_one()
        return {
            "company_id": self.company_id.id,
            "partner_id": self.partner_id.id,
            "event_id": self.event_id.id,
            "channel": self.channel,
            "followup_id": self.followup_id.id,
            "note": self.note,
        }

    def action_invite(self):
        self.ensure_one()
        invitation = self.env["hotel.guest.invitation"].create(
            self._prepare_invitation_vals()
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "hotel.guest.invitation",
            "res_id": invitation.id,
            "view_mode": "form",
        }
