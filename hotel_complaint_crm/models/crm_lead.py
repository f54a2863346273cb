# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A guest recovery opportunity (C6.1 in CRM): an ordinary CRM opportunity of
the hotel, linked to the complaints it recovers from."""

from odoo import api, fields, models
from odoo.exceptions import AccessError

# Set by the guest recovery process only (as sudo), never by a client.
PROCESS_FIELDS = frozenset({"hotel_ticket_ids"})


class CrmLead(models.Model):
    _inherit = "crm.lead"

    hotel_ticket_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        relation="hotel_crm_lead_ticket_rel",
        column1="lead_id",
        column2="ticket_id",
        string="Complaints",
        readonly=True,
        copy=False,
        check_company=True,
        groups="hotel_complaint.group_hotel_department_staff",
        help="The complaints this guest recovery opportunity was opened or reused for.",
    )
    hotel_ticket_count = fields.Integer(
        string="Complaints Recovered",
        compute="_compute_hotel_ticket_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    @api.depends("hotel_ticket_ids")
    def _compute_hotel_ticket_count(self):
        for lead in self:
            lead.hotel_ticket_count = len(lead.hotel_ticket_ids)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._hotel_check_process_fields(vals, create=True)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._hotel_check_process_fields(vals)
        return super().write(vals)

    @api.model
    def _hotel_check_process_fields(self, vals, create=False):
        """The complaints of an opportunity are linked by the process: a
        client cannot send them, neither as values nor as context defaults."""
        fnames = set(PROCESS_FIELDS & set(vals))
        if create:
            fnames |= {
                fname
                for fname in PROCESS_FIELDS
                if f"default_{fname}" in self.env.context
            }
        if fnames:
            raise AccessError(
                self.env._(
                    "%(fields)s is set by the guest recovery process and cannot "
                    "be entered directly.",
                    fields=", ".join(
                        self._fields[fname]._description_string(self.env)
                        for fname in sorted(fnames)
                    ),
                )
            )

    def action_hotel_view_complaints(self):
        """The complaints this opportunity recovers from."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_complaint.helpdesk_ticket_action_complaint"
        )
        action.update(
            domain=[("id", "in", self.hotel_ticket_ids.ids)],
            context={"create": False},
            name=self.env._("Complaints of %(name)s", name=self.display_name),
        )
        return action
