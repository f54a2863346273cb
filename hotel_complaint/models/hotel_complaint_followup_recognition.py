# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Staff a satisfied guest names at the follow-up visit are recognised
(C5.3)."""

from odoo import fields, models


class HotelComplaintFollowup(models.Model):
    _inherit = "hotel.complaint.followup"  # pylint: disable=consider-merging-classes-inherited

    praised_user_ids = fields.Many2many(
        comodel_name="res.users",
        relation="hotel_complaint_followup_praised_rel",
        column1="followup_id",
        column2="user_id",
        string="Staff Praised",
        check_company=True,
        groups="hotel_complaint.group_hotel_guest_relations",
        help="Staff the guest praised: each gets a recognition when the "
        "follow-up is recorded with a satisfied guest.",
    )

    def action_done(self):
        res = super().action_done()
        self._hotel_recognise_praised()
        return res

    def _hotel_recognise_praised(self):
        """A recognition for each staff member praised at a satisfied
        follow-up, once."""
        satisfied = self.filtered(
            lambda f: f.state == "done" and f.outcome == "satisfied"
        )
        if not satisfied:
            return self.env["hotel.staff.recognition"]
        # sudo: the praised staff, whoever records the follow-up (the field
        # is for guest relations).
        praised = {f.id: f.praised_user_ids for f in satisfied.sudo()}
        todo = satisfied.filtered(lambda f: praised[f.id])
        if not todo:
            return self.env["hotel.staff.recognition"]
        # sudo: whether they were recognised already, whoever records it.
        done = {
            (r.followup_id.id, r.user_id.id)
            for r in self.env["hotel.staff.recognition"]
            .sudo()
            .search([("followup_id", "in", todo.ids)])
        }
        vals_list = [
            {
                "user_id": user.id,
                "company_id": followup.company_id.id,
                "kind": "praise",
                "reason": followup.outcome_note
                or self.env._(
                    "Praised by the guest at the follow-up of %(name)s.",
                    name=followup.ticket_id.display_name,
                ),
                "ticket_id": followup.ticket_id.id,
                "followup_id": followup.id,
                "recorded_by_id": self.env.user.id,
            }
            for followup in todo
            for user in praised[followup.id]
            if (followup.id, user.id) not in done
        ]
        if not vals_list:
            return self.env["hotel.staff.recognition"]
        # sudo: the recognition comes with the recorded follow-up, whoever
        # records it (agents do not record recognitions by hand).
        return self.env["hotel.staff.recognition"].sudo().create(vals_list)
