# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""First response (C1.2, C1.4): acknowledging the guest, the apology, the
cause explained, the first solution proposed and the guest's opinion."""

from odoo import fields, models

OPINIONS = [
    ("accepted", "Accepted"),
    ("partly", "Partly accepted"),
    ("declined", "Declined"),
]


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    acknowledged_date = fields.Datetime(
        string="Acknowledged On",
        readonly=True,
        copy=False,
        tracking=True,
        groups="base.group_user",
    )
    acknowledged_by_id = fields.Many2one(
        comodel_name="res.users", readonly=True, copy=False, groups="base.group_user"
    )
    apology_given = fields.Boolean(tracking=True, copy=False, groups="base.group_user")
    cause_explained = fields.Text(
        string="Cause Explained to the Guest", copy=False, groups="base.group_user"
    )
    initial_solution = fields.Text(
        string="Initial Solution Proposed", copy=False, groups="base.group_user"
    )
    guest_initial_opinion = fields.Selection(
        selection=OPINIONS,
        string="Guest's Opinion of the Proposal",
        tracking=True,
        copy=False,
        groups="base.group_user",
    )
    guest_initial_opinion_note = fields.Text(
        string="Guest's Words", copy=False, groups="base.group_user"
    )

    def action_hotel_acknowledge(self):
        for ticket in self.filtered(lambda t: not t.acknowledged_date):
            vals = {
                "acknowledged_date": fields.Datetime.now(),
                "acknowledged_by_id": self.env.user.id,
            }
            if ticket.hotel_sla_state == "warning" and not (
                ticket.hotel_resolution_warning_date
                and ticket.hotel_resolution_warning_date <= fields.Datetime.now()
            ):
                vals["hotel_sla_state"] = "on_track"
            # sudo: who acknowledged and when is the process's, not the
            # client's, to write; the user's own write access is checked.
            ticket.check_access("write")
            ticket.sudo().write(vals)
        return True
