# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest's registration to the event (C6.3): the invitation follows it.
A guest who registers by themselves (website, event desk) while invited is
linked to their invitation."""

from odoo import api, models


class EventRegistration(models.Model):
    _inherit = "event.registration"

    @api.model_create_multi
    def create(self, vals_list):
        registrations = super().create(vals_list)
        registrations._hotel_link_invitations()
        return registrations

    def write(self, vals):
        res = super().write(vals)
        if "state" in vals:
            # sudo: the invitation follows its registration, whoever changes
            # it (the Events app's users have no right on invitations).
            self.env["hotel.guest.invitation"].sudo().search(
                [("registration_id", "in", self.ids)]
            )._hotel_follow_registrations()
        return res

    def _hotel_link_invitations(self):
        """Invitations of the same guest and event still waiting for an
        answer take the new registration: one search for all."""
        registrations = self.filtered("partner_id")
        if not registrations:
            return
        # sudo: see write.
        invitations = (
            self.env["hotel.guest.invitation"]
            .sudo()
            .search(
                [
                    ("event_id", "in", registrations.event_id.ids),
                    ("partner_id", "in", registrations.partner_id.ids),
                    ("registration_id", "=", False),
                    ("state", "=", "invited"),
                ]
            )
        )
        if not invitations:
            return
        by_key = {(r.event_id.id, r.partner_id.id): r for r in registrations}
        for invitation in invitations:
            registration = by_key.get(
                (invitation.event_id.id, invitation.partner_id.id)
            )
            if registration:
                invitation.registration_id = registration
        invitations._hotel_follow_registrations()
