# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Guest recovery in CRM (C6.1): when a complaint closes, a VIP guest, a
repeat complainer or a serious or urgent complaint gets a guest recovery
opportunity of the hotel (the guest's open one is reused), and the follow-up
visit is scheduled on it, where sales staff work."""

from datetime import timedelta

from markupsafe import Markup

from odoo import fields, models

from odoo.addons.hotel_complaint.models.helpdesk_ticket_deadlines import (
    SERIOUS_SEVERITIES,
)

RECOVERY_TAG = "hotel_complaint_crm.crm_tag_guest_recovery"
SALESMAN = "sales_team.group_sale_salesman"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    hotel_crm_lead_ids = fields.Many2many(
        comodel_name="crm.lead",
        relation="hotel_crm_lead_ticket_rel",
        column1="ticket_id",
        column2="lead_id",
        string="Guest Recovery Opportunities",
        readonly=True,
        copy=False,
        groups=SALESMAN,
    )
    hotel_crm_lead_count = fields.Integer(
        string="Recovery Opportunities",
        compute="_compute_hotel_crm_lead_count",
        groups=SALESMAN,
    )

    def _compute_hotel_crm_lead_count(self):
        for ticket in self:
            ticket.hotel_crm_lead_count = len(ticket.hotel_crm_lead_ids)

    def _hotel_server_set_fields(self):
        """The recovery opportunities are linked by the process only."""
        return super()._hotel_server_set_fields() | {"hotel_crm_lead_ids"}

    def action_hotel_view_crm_leads(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "crm.crm_lead_action_pipeline"
        )
        action.update(
            domain=[("id", "in", self.hotel_crm_lead_ids.ids)],
            context={"create": False},
            name=self.env._("Guest Recovery of %(name)s", name=self.display_name),
            view_mode="list,kanban,form,activity",
            views=[(False, "list"), (False, "kanban"), (False, "form")],
        )
        return action

    # ------------------------------------------------------------------
    # Scheduling the follow-up visits
    # ------------------------------------------------------------------

    def _hotel_followup_activity_records(self, followups):
        """A recovery case's visit goes on its guest recovery opportunity,
        where its assignee works in CRM; elsewhere on the contact, as
        without CRM."""
        records = super()._hotel_followup_activity_records(followups)
        leads = self._hotel_crm_open_recovery(followups)
        for index, followup in enumerate(followups):
            lead = leads.get(followup.id)
            if lead and followup._hotel_crm_works_in(lead):
                records[index] = lead
        return records

    def _hotel_crm_recovery_reasons(self, followups):
        """``{follow-up id: reason}`` of the follow-ups ``followups`` that are
        recovery cases: the hotel opens recovery opportunities, the guest has
        a contact, and is VIP, or a repeat complainer of the hotel, or the
        complaint is serious or urgent."""
        cases = followups.filtered(
            lambda f: f.partner_id and f.company_id.hotel_crm_recovery
        )
        reasons, repeat = {}, cases.browse()
        for followup in cases:
            # sudo: the VIP level decides, whoever closes the complaint.
            if followup.partner_id.sudo().hotel_vip_level:
                reasons[followup.id] = self.env._("VIP guest")
            elif followup.ticket_id.severity in SERIOUS_SEVERITIES:
                reasons[followup.id] = self.env._("Serious or urgent complaint")
            elif followup.company_id.hotel_crm_repeat_count > 0:
                repeat |= followup
        now = fields.Datetime.now()
        for company in repeat.company_id:
            todo = repeat.filtered(lambda f, c=company: f.company_id == c)
            # sudo: every complaint of the guest in the hotel counts, also
            # those of departments the user cannot read.
            counts = dict(
                self.env["helpdesk.ticket"]
                .sudo()
                ._read_group(
                    [
                        ("partner_id", "in", todo.partner_id.ids),
                        ("company_id", "=", company.id),
                        ("hotel_ticket_type", "=", "complaint"),
                        (
                            "create_date",
                            ">=",
                            now - timedelta(days=company.hotel_crm_repeat_days),
                        ),
                    ],
                    ["partner_id"],
                    ["__count"],
                )
            )
            for followup in todo:
                if counts.get(followup.partner_id, 0) >= company.hotel_crm_repeat_count:
                    reasons[followup.id] = self.env._("Repeat complainer")
        return reasons

    def _hotel_crm_open_recovery(self, followups):
        """``{follow-up id: opportunity}``: the guest recovery opportunity of
        each recovery case of ``followups``, the guest's open one in the hotel
        reused, else a new one; linked to the complaint and the follow-up."""
        reasons = self._hotel_crm_recovery_reasons(followups)
        if not reasons:
            return {}
        cases = followups.filtered(lambda f: f.id in reasons)
        # sudo: the process opens the opportunity, whoever closes the
        # complaint (CRM rights are not needed to close one).
        Lead = self.env["crm.lead"].sudo()
        open_leads = Lead.search(
            [
                ("partner_id", "in", cases.partner_id.ids),
                ("company_id", "in", cases.company_id.ids),
                ("type", "=", "opportunity"),
                ("probability", "<", 100),
                ("hotel_ticket_ids", "!=", False),
            ],
            order="id desc",
        )
        found = {}
        for lead in open_leads:
            found.setdefault((lead.partner_id.id, lead.company_id.id), lead)
        result = {}
        for followup in cases:
            key = (followup.partner_id.id, followup.company_id.id)
            ticket = followup.ticket_id
            lead = found.get(key)
            if lead:
                lead.hotel_ticket_ids = [fields.Command.link(ticket.id)]
                lead.message_post(
                    body=self._hotel_crm_note(ticket, reasons[followup.id]),
                    subtype_xmlid="mail.mt_note",
                )
            else:
                # The salesperson is told by the visit's activity, not by an
                # "assigned to you" email as well; the opportunity's
                # description says why it was opened, so no "created" log.
                lead = found[key] = Lead.with_context(
                    mail_create_nosubscribe=True,
                    mail_auto_subscribe_no_notify=True,
                    mail_create_nolog=True,
                ).create(ticket._hotel_crm_lead_vals(followup, reasons[followup.id]))
            result[followup.id] = lead
            # sudo: the link is the process's to write.
            followup.sudo().hotel_crm_lead_id = lead
        return result

    def _hotel_crm_note(self, ticket, reason):
        return Markup("<p>%s</p>") % self.env._(
            "Guest recovery for complaint %(name)s (%(reason)s).",
            name=ticket.display_name,
            reason=reason,
        )

    def _hotel_crm_lead_vals(self, followup, reason):
        """A new guest recovery opportunity for the follow-up of ``self``:
        in the hotel's recovery team, for the visit's assignee where they are
        a salesperson, else unassigned (so the hotel's sales staff see it)."""
        self.ensure_one()
        user = followup.user_id
        salesperson = (
            user
            if user._has_group(SALESMAN) and self.company_id in user.company_ids
            else user.browse()
        )
        tag = self.env["ir.model.data"]._xmlid_to_res_id(
            RECOVERY_TAG, raise_if_not_found=False
        )
        return {
            "name": self.env._(
                "Guest recovery: %(guest)s", guest=followup.partner_id.display_name
            ),
            "type": "opportunity",
            "partner_id": followup.partner_id.id,
            "company_id": self.company_id.id,
            "team_id": self.company_id.hotel_crm_team_id.id,
            "user_id": salesperson.id,
            "tag_ids": [fields.Command.link(tag)] if tag else [],
            "hotel_ticket_ids": [fields.Command.link(self.id)],
            "description": self._hotel_crm_note(self, reason),
        }
