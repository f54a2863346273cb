# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class HotelComplaintHandover(models.TransientModel):
    _name = "hotel.complaint.handover"
    _description = "Hand a Complaint Over to Another Department"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket", string="Complaint", required=True
    )
    company_id = fields.Many2one(related="ticket_id.company_id")
    current_team_id = fields.Many2one(
        related="ticket_id.team_id", string="Current Lead Department"
    )
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="New Lead Department",
        required=True,
        domain="[('company_id', 'in', [company_id, False])]",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Responsible Person",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        domain="[('share', '=', False), ('company_ids', 'in', company_id)]",
    )
    reason = fields.Text(required=True)
    may_decide = fields.Boolean(
        compute="_compute_may_decide",
        help="The current lead department's manager and hotel managers hand over "
        "at once; anyone else asks them to.",
    )

    @api.depends("team_id")
    def _compute_user_id(self):
        for wizard in self:
            wizard.user_id = wizard.team_id.user_id

    @api.depends("ticket_id")
    def _compute_may_decide(self):
        for wizard in self:
            wizard.may_decide = bool(
                wizard.ticket_id and wizard.ticket_id._hotel_may_decide_handover()
            )

    def action_confirm(self):
        self.ensure_one()
        if not (self.reason or "").strip():
            raise UserError(self.env._("Say why the complaint is handed over."))
        if self.team_id == self.ticket_id.team_id:
            raise UserError(
                self.env._(
                    "%(team)s already leads this complaint.",
                    team=self.team_id.display_name,
                )
            )
        ticket = self.ticket_id
        if not ticket._hotel_may_decide_handover():
            # Asked for: the lead department's manager decides.
            ticket._hotel_request_handover(
                self.team_id, self.user_id, self.reason.strip()
            )
            return {"type": "ir.actions.act_window_close"}
        # The ticket's write closes the new lead's own collaborating task.
        ticket._hotel_set_lead(self.team_id, self.user_id, self.reason.strip())
        return {"type": "ir.actions.act_window_close"}
