# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import email
import email.policy
import logging

from odoo import fields, models

_logger = logging.getLogger(__name__)


class HotelMailQuarantine(models.Model):
    _name = "hotel.mail.quarantine"
    _description = "Inbound Email That Could Not Be Processed"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(string="Subject", required=True)
    email_from = fields.Char(string="From")
    received_date = fields.Datetime(default=fields.Datetime.now, required=True)
    target_model = fields.Char()
    error = fields.Text(readonly=True)
    raw_message = fields.Binary(attachment=True, readonly=True)
    raw_filename = fields.Char(default="message.eml")
    state = fields.Selection(
        selection=[("new", "To Check"), ("done", "Handled")],
        default="new",
        required=True,
        tracking=True,
    )
    ticket_id = fields.Many2one(comodel_name="helpdesk.ticket", string="Complaint")
    company_id = fields.Many2one(
        comodel_name="res.company",
        default=lambda self: self.env.company,
        index=True,
        help="The hotel whose mail gateway received it (the gateway's company "
        "when the message was too broken to tell).",
    )

    def action_done(self):
        self.write({"state": "done"})

    def _quarantine(self, raw, model, error):
        """Keep ``raw`` (bytes) with the reason it failed."""
        subject = sender = ""
        try:
            parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
            subject = str(parsed.get("Subject") or "")
            sender = str(parsed.get("From") or "")
        except Exception:  # noqa: BLE001 - the message is broken by definition
            _logger.debug("Cannot parse quarantined message", exc_info=True)
        record = self.create(
            {
                "name": subject[:250] or self.env._("(no subject)"),
                "email_from": sender[:250],
                "target_model": model or False,
                "error": str(error),
                "raw_message": base64.b64encode(raw),
            }
        )
        managers = self.env.ref("helpdesk_mgmt.group_helpdesk_manager").users
        if managers:
            record.message_subscribe(partner_ids=managers.partner_id.ids)
        return record
