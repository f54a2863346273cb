# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

GUEST_OPINIONS = [
    ("satisfied", "Satisfied"),
    ("partly", "Partly satisfied"),
    ("unsatisfied", "Not satisfied"),
]


class HotelComplaintFeedback(models.Model):
    """One round of telling the guest the result and hearing their opinion
    (C4.1 - C4.3). A guest who is not satisfied leads to another round."""

    _name = "hotel.complaint.feedback"
    _description = "Complaint Result Communication Round"
    _inherit = ["hotel.complaint.record.mixin"]
    _order = "ticket_id, communicated_date, id"
    _check_company_auto = True

    round_number = fields.Integer(string="Round", compute="_compute_round_number")
    communicated_date = fields.Datetime(
        string="Communicated On", required=True, default=fields.Datetime.now
    )
    communicated_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
    )
    channel = fields.Selection(
        selection=[
            ("phone", "Phone"),
            ("email", "Email"),
            ("in_person", "In Person"),
            ("message", "Social Media / Message"),
        ],
        required=True,
        default="phone",
    )
    solution = fields.Text(string="Result or Solution", required=True)
    reasons = fields.Text(help="Why this result: what the investigation found.")
    guest_understood = fields.Boolean()
    guest_opinion = fields.Selection(selection=GUEST_OPINIONS, string="Guest's Opinion")
    guest_comment = fields.Text(string="Guest's Words")

    @api.depends("ticket_id", "communicated_date")
    def _compute_round_number(self):
        for feedback in self:
            rounds = feedback.ticket_id.hotel_feedback_ids.sorted(
                lambda f: (f.communicated_date, f.id)
            )
            feedback.round_number = (
                list(rounds).index(feedback) + 1 if feedback in rounds else 0
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._after_guest_opinion()
        return records

    def write(self, vals):
        res = super().write(vals)
        if "guest_opinion" in vals:
            self._after_guest_opinion()
        return res

    def _after_guest_opinion(self):
        """Pass the opinion to the lead department (C4.2); if the guest is
        not satisfied, the solution is to be adjusted (C4.3)."""
        for feedback in self.filtered("guest_opinion"):
            ticket = feedback.ticket_id
            opinion = dict(
                self._fields["guest_opinion"]._description_selection(self.env)
            )[feedback.guest_opinion]
            # sudo: every collaborating department hears the guest's opinion.
            departments = ticket.team_id | ticket.sudo().hotel_task_ids.team_id
            ticket.message_post(
                partner_ids=(departments.user_id | ticket.user_id).partner_id.ids,
                body=self.env._(
                    "Round %(round)s: the guest is %(opinion)s. %(comment)s",
                    round=feedback.round_number,
                    opinion=opinion.lower(),
                    comment=feedback.guest_comment or "",
                ),
                subtype_xmlid="mail.mt_note",
            )
            if feedback.guest_opinion != "satisfied":
                user = ticket.user_id or ticket.team_id.user_id
                if user:
                    ticket.activity_schedule(
                        "hotel_complaint.mail_activity_type_adjust_solution",
                        user_id=user.id,
                        summary=self.env._("Adjust the solution and tell the guest"),
                    )
