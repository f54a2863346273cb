# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import Forbidden, NotFound

from odoo import http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.http import request

from odoo.addons.helpdesk_mgmt.controllers.main import HelpdeskTicketController


class HotelHelpdeskTicketController(HelpdeskTicketController):
    @http.route("/ticket/close", type="http", auth="user")
    def support_ticket_close(self, **kw):
        """Close a ticket from the portal, only one the user may see.

        helpdesk_mgmt looks the ticket up with sudo() and any logged-in user
        could close anybody's ticket by id. The ticket is checked against the
        user's own access and the stage against the ticket's team first; a
        stage that cannot close the ticket changes nothing.
        """
        try:
            ticket_id = int(kw.get("ticket_id") or 0)
            stage_id = int(kw.get("stage_id") or 0)
        except ValueError as error:
            raise NotFound() from error
        ticket = request.env["helpdesk.ticket"].browse(ticket_id)
        try:
            ticket.check_access("read")
            ticket.ensure_one()
        except (AccessError, MissingError, ValueError) as error:
            raise Forbidden() from error
        # sudo: stages and the ticket's team are not readable by portal users;
        # the guest's access to the ticket was checked above.
        stage = request.env["helpdesk.ticket.stage"].sudo().browse(stage_id).exists()
        applicable = ticket.sudo().team_id._get_applicable_stages()
        if not stage or not stage.close_from_portal or stage not in applicable:
            # As helpdesk_mgmt does: back to the ticket, nothing changed.
            return request.redirect(f"/my/ticket/{ticket.id}", code=302)
        # sudo: the type is a staff field; the guest may read the ticket.
        closing_types = request.env["helpdesk.ticket"]._hotel_types("closing")
        if ticket.sudo().hotel_ticket_type not in closing_types:
            return super().support_ticket_close(ticket_id=ticket_id, stage_id=stage_id)
        try:
            with request.env.cr.savepoint():
                # The guest closing their own complaint is their answer (C4.2).
                # sudo: the guest's own answer, recorded for them on their
                # own ticket (checked above).
                request.env["hotel.complaint.feedback"].sudo().create(
                    {
                        "ticket_id": ticket.id,
                        "channel": "message",
                        "communicated_by_id": request.env.user.id,
                        "solution": request.env._(
                            "Closed by the guest from the portal"
                        ),
                        "guest_understood": True,
                        "guest_opinion": "satisfied",
                    }
                )
                response = super().support_ticket_close(
                    ticket_id=ticket_id, stage_id=stage_id
                )
                request.env.flush_all()
        except ValidationError as error:
            # The reasons are internal (tasks, compensation...): tell the guest
            # in plain words, and nothing is saved.
            raise UserError(
                request.env._(
                    "Our team is still working on your complaint: it will be "
                    "closed as soon as every step is finished. You can write to "
                    "us from this page."
                )
            ) from error
        return response

    def _prepare_submit_ticket_vals(self, **kw):
        """Tickets guests submit from the portal are complaints (C1.1), with
        the channel Website / App and the guest's phone."""
        vals = super()._prepare_submit_ticket_vals(**kw)
        company = request.env["res.company"].browse(vals.get("company_id"))
        if company.hotel_portal_complaints:
            partner = request.env.user.partner_id
            vals["hotel_ticket_type"] = "complaint"
            vals["partner_phone"] = partner.phone or partner.mobile or False
        return vals
