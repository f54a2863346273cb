# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An inquiry's transfer slips (I3.2, I3.3) and its coordination meeting
(I3.4): the slips' count and button, a new slip prefilled from the inquiry,
and a meeting of the lead department's and the collaborating departments'
leaders."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

# A coordination meeting is planned for one hour, starting in one hour.
MEETING_HOURS = 1


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_transfer_ids = fields.One2many(
        comodel_name="hotel.inquiry.transfer",
        inverse_name="ticket_id",
        string="Transfer Slips",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_transfer_count = fields.Integer(
        string="Transfers",
        compute="_compute_hotel_transfer_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    @api.depends("hotel_transfer_ids")
    def _compute_hotel_transfer_count(self):
        counts = {
            ticket.id: count
            for ticket, count in self.env["hotel.inquiry.transfer"]._read_group(
                [("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]
            )
        }
        for ticket in self:
            ticket.hotel_transfer_count = counts.get(ticket.id, 0)

    def _hotel_post_on_inquiry(self, body):
        """A note on the inquiry, from a slip's action: the receiving side
        may read the inquiry but not write it."""
        self.ensure_one()
        # sudo: the slip's action logs on its inquiry, which the receiving
        # department reads but may not write; its own rights were checked.
        self.sudo().message_post(
            body=body,
            subtype_xmlid="mail.mt_note",
            author_id=self.env.user.partner_id.id,
        )

    def _hotel_check_inquiry(self):
        self.ensure_one()
        if self.hotel_ticket_type != "inquiry":
            raise UserError(
                self.env._("%(name)s is not an inquiry.", name=self.display_name)
            )

    def action_hotel_transfer(self):
        """A new transfer slip of the inquiry, prefilled."""
        self._hotel_check_inquiry()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Transfer"),
            "res_model": "hotel.inquiry.transfer",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {"default_ticket_id": self.id},
        }

    def action_hotel_view_transfers(self):
        self._hotel_check_inquiry()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_inquiry.hotel_inquiry_transfer_action"
        )
        action["domain"] = [("ticket_id", "=", self.id)]
        action["context"] = {"default_ticket_id": self.id}
        return action

    def _hotel_meeting_leaders(self):
        """The leaders of the lead department and of the collaborating
        departments' tasks."""
        self.ensure_one()
        # sudo: every collaborating department's leader, also of the tasks
        # and teams the user cannot read.
        ticket = self.sudo()
        teams = (
            ticket.team_id
            | ticket.hotel_task_ids.filtered(lambda t: t.state != "cancelled").team_id
        )
        return teams.user_id

    def action_hotel_coordination_meeting(self):
        """A coordination meeting of the departments on the inquiry, linked
        to it, opened in its form."""
        self._hotel_check_inquiry()
        self.check_access("read")
        leaders = self._hotel_meeting_leaders()
        if not leaders:
            raise UserError(
                self.env._(
                    "No department leader to invite to a meeting on %(name)s: "
                    "give its departments a leader first.",
                    name=self.display_name,
                )
            )
        start = fields.Datetime.now().replace(second=0, microsecond=0) + timedelta(
            hours=1
        )
        partners = leaders.partner_id | self.env.user.partner_id
        event = self.env["calendar.event"].create(
            {
                "name": self.env._(
                    "Coordination meeting: %(name)s", name=self.display_name
                ),
                "start": start,
                "stop": start + timedelta(hours=MEETING_HOURS),
                "user_id": self.env.uid,
                "partner_ids": [(6, 0, partners.ids)],
                "res_model_id": self.env["ir.model"]._get_id(self._name),
                "res_id": self.id,
                "description": self.guest_account or self.name,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "calendar.event",
            "res_id": event.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
        }
