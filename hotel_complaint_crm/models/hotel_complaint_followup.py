# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The follow-up visit of a recovery case and its opportunity (C6.1 in CRM):
the outcome recorded on the follow-up moves the opportunity on."""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError

# Written by the guest recovery process only (as sudo).
PROCESS_FIELDS = frozenset({"hotel_crm_lead_id", "hotel_crm_outcome_logged"})


class HotelComplaintFollowup(models.Model):
    _inherit = "hotel.complaint.followup"

    hotel_crm_lead_id = fields.Many2one(
        comodel_name="crm.lead",
        string="Recovery Opportunity",
        check_company=True,
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        groups="sales_team.group_sale_salesman",
    )
    hotel_crm_outcome_logged = fields.Boolean(
        string="Outcome Noted on the Opportunity", readonly=True, copy=False
    )

    @api.model
    def _hotel_check_process_fields(self, vals):
        res = super()._hotel_check_process_fields(vals)
        fnames = PROCESS_FIELDS & set(vals)
        if fnames:
            raise UserError(
                self.env._(
                    "These fields are set by the follow-up process, not by hand: "
                    "%(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )
        return res

    def _hotel_crm_works_in(self, lead):
        """Whether the visit's assignee can work the visit on ``lead`` in
        CRM (complete its activity there): write access to it in its hotel."""
        self.ensure_one()
        user = self.user_id
        if not user or lead.company_id not in user.company_ids:
            return False
        return (
            lead.with_user(user)
            .with_context(allowed_company_ids=user.company_ids.ids)
            .has_access("write")
        )

    def _hotel_crm_recover(self):
        """The pending follow-ups ``self`` scheduled without an opportunity
        (before the addon, or while the hotel had recovery off): open or
        reuse their recovery opportunities and move their visits there."""
        # sudo: the process links and moves the visits.
        todo = self.sudo().filtered(
            lambda f: f.state == "pending" and not f.hotel_crm_lead_id
        )
        leads = self.env["helpdesk.ticket"]._hotel_crm_open_recovery(todo)
        model_id = self.env["ir.model"]._get_id("crm.lead")
        for followup in todo:
            lead = leads.get(followup.id)
            if lead and followup.activity_id and followup._hotel_crm_works_in(lead):
                followup.activity_id.write(
                    {"res_model_id": model_id, "res_id": lead.id}
                )
        return leads

    # ------------------------------------------------------------------
    # Outcome
    # ------------------------------------------------------------------

    def action_done(self):
        res = super().action_done()
        self._hotel_crm_apply_outcomes()
        return res

    def _hotel_crm_apply_outcomes(self):
        """Once per follow-up with an outcome: note it on its opportunity; a
        satisfied guest marks the opportunity won when no other visit of it
        is pending; any other outcome keeps it open for the sales staff (a
        new issue's complaint is linked to it too)."""
        # sudo: the process moves the opportunity on, whoever records the
        # outcome (guest relations may have no CRM rights).
        todo = self.sudo().filtered(
            lambda f: (
                f.state == "done"
                and f.outcome
                and f.hotel_crm_lead_id
                and not f.hotel_crm_outcome_logged
            )
        )
        if not todo:
            return
        labels = dict(self._fields["outcome"]._description_selection(self.env))
        # sudo: the other visits of the opportunities, whoever records this one.
        pending = set(
            self.sudo()
            .search(
                [
                    ("hotel_crm_lead_id", "in", todo.hotel_crm_lead_id.ids),
                    ("state", "=", "pending"),
                ]
            )
            .hotel_crm_lead_id.ids
        )
        for followup in todo:
            lead = followup.hotel_crm_lead_id
            body = Markup("<p>%s</p>") % self.env._(
                "Follow-up visit of complaint %(name)s: %(outcome)s.",
                name=followup.ticket_id.display_name,
                outcome=labels[followup.outcome],
            )
            if followup.outcome_note:
                body += Markup("<p>%s</p>") % followup.outcome_note
            lead.message_post(body=body, subtype_xmlid="mail.mt_note")
            if followup.new_ticket_id:
                lead.hotel_ticket_ids = [fields.Command.link(followup.new_ticket_id.id)]
            if (
                followup.outcome == "satisfied"
                and lead.active
                and lead.probability < 100
                and lead.id not in pending
            ):
                lead.action_set_won()
        todo.write({"hotel_crm_outcome_logged": True})

    def action_hotel_crm_open_lead(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "crm.lead",
            "res_id": self.hotel_crm_lead_id.id,
            "view_mode": "form",
        }
