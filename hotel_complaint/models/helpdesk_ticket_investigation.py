# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Investigation (C3.1, C3.2): verifying the guest, evidence or the written
reason why there is none, emergency measures, the departments' accounts and
the security department's task on serious and urgent complaints."""

from odoo import fields, models

from .helpdesk_ticket_deadlines import SERIOUS_SEVERITIES


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    guest_verified = fields.Boolean(
        string="Guest Details Verified",
        tracking=True,
        copy=False,
        groups="base.group_user",
        help="Identity, room number and contact details checked.",
    )
    guest_verified_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Verified By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    guest_verified_date = fields.Datetime(
        string="Verified On", readonly=True, copy=False, groups="base.group_user"
    )
    no_evidence_reason = fields.Text(
        string="Why There Is No Evidence",
        tracking=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_evidence_ids = fields.One2many(
        comodel_name="hotel.complaint.evidence",
        inverse_name="ticket_id",
        string="Evidence",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_measure_ids = fields.One2many(
        comodel_name="hotel.complaint.measure",
        inverse_name="ticket_id",
        string="Emergency Measures",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    def action_hotel_verify_guest(self):
        """The guest's identity, room and contact details were checked
        (C3.2)."""
        self.check_access("write")
        # sudo: who verified and when are set by the process only.
        self.sudo().write(
            {
                "guest_verified": True,
                "guest_verified_by_id": self.env.user.id,
                "guest_verified_date": fields.Datetime.now(),
            }
        )
        return True

    def action_hotel_request_account(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Ask a Department for Its Account"),
            "res_model": "hotel.complaint.account.request",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }

    def _hotel_ensure_security_task(self, notify=True):
        """Security assists the investigation and on-site safety of serious
        and urgent complaints (C3.1). Returns the tasks created (their
        handlers notified unless not ``notify``)."""
        return self._hotel_create_task_records(
            self._hotel_security_task_vals(), notify=notify
        )

    def _hotel_security_task_vals(self, pending=()):
        """The values of the security tasks ``self`` needs, besides its tasks
        and the ``pending`` task values about to be created with them."""
        planned = {(vals["ticket_id"], vals["team_id"]) for vals in pending}
        task_vals = []
        for ticket in self._hotel_filter("investigation"):
            if ticket.severity not in SERIOUS_SEVERITIES:
                continue
            security = (
                self.env["helpdesk.ticket.team"]
                # sudo: the hotel's security department, whoever may read teams.
                .sudo()
                ._hotel_department(ticket.company_id, "security")
            )
            if (
                not security
                or security == ticket.team_id
                or security in ticket.hotel_task_ids.team_id
                or (ticket.id, security.id) in planned
            ):
                continue
            task_vals.append(
                ticket._hotel_task_vals(
                    security,
                    self.env._(
                        "Security: assist the investigation of %(ticket)s",
                        ticket=ticket.display_name,
                    ),
                    description=self.env._(
                        "Secure the scene, keep the CCTV footage, take statements."
                    ),
                )
            )
        return task_vals
