# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Conversion of an inquiry into a complaint (I2.5): the same ticket, its
chatter and history kept, becomes a complaint; the inquiry's clocks close
and the complaint's steps apply as on creation (triage, classification,
deadlines from the conversion, routing, tasks and alerts). Negative feedback
received in writing (social media, chat, reviews), told by the words of the
hotel's negative feedback lists, is offered for conversion.
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import html2plaintext

# The kinds of channel whose inquiries may be negative feedback to convert:
# what guests write (social media, chat, text, reviews).
CONVERSION_CHANNEL_KINDS = ("written",)
# The inquiry's figures, kept as they were when it is converted.
INQUIRY_FIGURES = [
    "hotel_inquiry_date",
    "hotel_first_response_minutes",
    "hotel_answer_minutes",
    "hotel_answered_on_time",
    "hotel_on_time_percent",
]


# One class per requirement area, on purpose (see hotel_complaint's
# helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_was_inquiry = fields.Boolean(
        string="Converted from an Inquiry",
        compute="_compute_hotel_was_inquiry",
        store=True,
        index="btree_not_null",
        help="The complaint began as a guest's inquiry.",
    )
    hotel_conversion_suggested = fields.Boolean(
        string="Complaint Suggested",
        compute="_compute_hotel_conversion_suggested",
        store=True,
        groups="base.group_user",
        help="Written in by the guest (social media, chat, review) with words "
        "of the negative feedback lists: probably a complaint, to convert.",
    )

    @api.depends("hotel_converted_date")
    def _compute_hotel_was_inquiry(self):
        for ticket in self:
            ticket.hotel_was_inquiry = bool(ticket.hotel_converted_date)

    @api.depends(
        "hotel_ticket_type",
        "channel_id.hotel_inquiry_kind",
        "name",
        "guest_account",
        "description",
        "company_id",
    )
    def _compute_hotel_conversion_suggested(self):
        for ticket in self:
            ticket.hotel_conversion_suggested = bool(
                ticket.hotel_ticket_type == "inquiry"
                and ticket._hotel_channel_kind() in CONVERSION_CHANNEL_KINDS
                and ticket._hotel_sounds_negative()
            )

    def _hotel_sounds_negative(self):
        """Whether the guest's words hold negative feedback: a word of the
        hotel's negative feedback lists. Not the complaint triage rules:
        they classify complaints and hold neutral words ("breakfast")."""
        self.ensure_one()
        text = " ".join(
            filter(
                None,
                [
                    self.name,
                    self.guest_account,
                    html2plaintext(self.description) if self.description else "",
                ],
            )
        )
        # sudo: the word lists are configuration every ticket is read
        # against, whoever logs or reads the inquiry.
        Words = self.env["hotel.inquiry.negative.word.list"].sudo()
        return Words._hotel_is_negative(text, self.company_id or self.env.company)

    # ------------------------------------------------------------------
    # Guard: a type changes only through the conversion
    # ------------------------------------------------------------------

    def _hotel_prepare_write(self, vals):
        self._hotel_check_type_change(vals)
        return super()._hotel_prepare_write(vals)

    def _hotel_check_type_change(self, vals):
        """An inquiry becomes a complaint through its conversion only (who
        may convert is checked there, and the complaint's steps apply): a
        client's write of another type is refused."""
        if "hotel_ticket_type" not in vals or self.env.su:
            return
        changed = self.filtered(
            lambda t: (
                t.hotel_ticket_type == "inquiry"
                and vals["hotel_ticket_type"] != "inquiry"
            )
        )
        if changed:
            raise UserError(
                self.env._(
                    'Inquiry %(name)s becomes a complaint with "Convert to '
                    'Complaint", not by changing its type.',
                    name=changed[0].display_name,
                )
            )

    # ------------------------------------------------------------------
    # Conversion
    # ------------------------------------------------------------------

    def action_hotel_convert_to_complaint(self):
        """Turn the inquiry into a complaint, and open it."""
        self.ensure_one()
        self._hotel_convert_to_complaint()
        if self.has_access("read"):
            return {
                "type": "ir.actions.act_window",
                "res_model": self._name,
                "res_id": self.id,
                "view_mode": "form",
                "views": [(self.env.ref("helpdesk_mgmt.ticket_view_form").id, "form")],
                "target": "current",
            }
        # Routed to a department the user does not work for: back to the
        # inquiries, saying where it went.
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(name)s is now a complaint of %(team)s.",
                    # sudo: the complaint's and its new lead department's
                    # names, which the user may no longer read.
                    name=self.sudo().display_name,
                    # sudo: as above.
                    team=self.sudo().team_id.display_name,
                ),
                "next": self.env["ir.actions.act_window"]._for_xml_id(
                    "hotel_inquiry.helpdesk_ticket_action_inquiry"
                ),
            },
        }

    def _hotel_check_may_convert(self):
        """Department staff who may work the inquiry (its departments'
        staff, guest relations and above) convert it."""
        self.ensure_one()
        if self.hotel_ticket_type != "inquiry":
            raise UserError(
                self.env._("%(name)s is not an inquiry.", name=self.display_name)
            )
        if not self.env.user.has_group("hotel_complaint.group_hotel_department_staff"):
            raise AccessError(
                self.env._(
                    "Only the hotel's staff can convert inquiry %(name)s into a "
                    "complaint.",
                    name=self.display_name,
                )
            )
        self.check_access("write")

    def _hotel_convert_to_complaint(self):
        """The conversion: the inquiry's clocks close, then the complaint's
        steps apply to the same ticket as on creation."""
        self._hotel_check_may_convert()
        user = self.env.user
        # The inquiry's figures stored as they stand: from now on their
        # computes keep them (its clocks closed).
        self.flush_recordset(INQUIRY_FIGURES)
        # sudo: the conversion's dates and the complaint's process fields
        # (triage, routing, deadlines) are the process's to write; who may
        # convert was checked above.
        ticket = self.sudo()
        ticket._hotel_apply_create_steps(
            self._hotel_conversion_vals(),
            self.env._("Converted from an inquiry into a complaint"),
        )
        # Posted as the process: routing may have sent the complaint to a
        # department the user does not work for (the note's author is them).
        ticket.message_post(
            body=self.env._(
                "Inquiry converted into a complaint by %(user)s.", user=user.name
            ),
            subtype_xmlid="mail.mt_note",
        )
        # What the new department's fields compute (its ticket properties),
        # computed as the process too: the user may no longer read the ticket.
        ticket._recompute_recordset()
        return True

    def _hotel_conversion_vals(self):
        """What the conversion writes besides the complaint's steps: the
        type, when and by whom, the complaint's clocks starting now (the
        inquiry's state of its deadlines no longer counts), and an open
        stage for an inquiry already answered."""
        self.ensure_one()
        now = fields.Datetime.now()
        vals = {
            "hotel_ticket_type": "complaint",
            "hotel_converted_date": now,
            "hotel_converted_by_id": self.env.uid,
            "reported_date": now,
            "hotel_sla_state": "on_track",
            "hotel_escalation_level": 0,
            "hotel_breach_date": False,
            "hotel_alert_sent": False,
        }
        if self.stage_id.closed:
            stages = self.team_id._get_applicable_stages()
            vals["stage_id"] = stages.filtered(lambda s: not s.closed)[:1].id
        return vals
