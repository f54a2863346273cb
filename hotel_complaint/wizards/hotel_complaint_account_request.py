# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class HotelComplaintAccountRequest(models.TransientModel):
    """Ask a department for its account of what happened (C3.1): an activity
    on the complaint for the department's manager or a member, answered on the
    complaint when marked done."""

    _name = "hotel.complaint.account.request"
    _description = "Ask a Department for Its Account"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket", string="Complaint", required=True
    )
    company_id = fields.Many2one(related="ticket_id.company_id")
    team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Department",
        required=True,
        domain="[('company_id', 'in', [company_id, False])]",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Person to Ask",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        domain="[('share', '=', False)]",
    )
    question = fields.Text(required=True)
    date_deadline = fields.Date(
        string="Answer By", required=True, default=fields.Date.context_today
    )

    @api.depends("team_id")
    def _compute_user_id(self):
        for wizard in self:
            wizard.user_id = wizard.team_id.user_id or wizard.team_id.user_ids[:1]

    def action_confirm(self):
        self.ensure_one()
        self.ticket_id.activity_schedule(
            "hotel_complaint.mail_activity_type_account_request",
            user_id=self.user_id.id,
            date_deadline=self.date_deadline,
            summary=self.env._(
                "%(team)s: your account of %(ticket)s",
                team=self.team_id.name,
                ticket=self.ticket_id.display_name,
            ),
            note=self.question,
        )
        return {"type": "ir.actions.act_window_close"}
