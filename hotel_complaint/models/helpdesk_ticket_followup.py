# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Follow-up visits after the complaint (C6.1): scheduled by the hotel's
rules when the complaint closes, cancelled when it reopens."""

from markupsafe import Markup

from odoo import fields, models

from .hotel_complaint_followup import ACTIVITY_TYPE


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_followup_ids = fields.One2many(
        comodel_name="hotel.complaint.followup",
        inverse_name="ticket_id",
        string="Follow-up Visits",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_followup_count = fields.Integer(
        compute="_compute_hotel_followup_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_origin_ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Raised at Follow-up of",
        check_company=True,
        index="btree_not_null",
        copy=False,
        groups="base.group_user",
        help="The earlier complaint whose follow-up visit raised this one.",
    )

    def _compute_hotel_followup_count(self):
        counts = dict(
            self.env["hotel.complaint.followup"]._read_group(
                [("ticket_id", "in", self.ids)], ["ticket_id"], ["__count"]
            )
        )
        for ticket in self:
            ticket.hotel_followup_count = counts.get(ticket, 0)

    def action_view_hotel_followups(self):
        return self._hotel_action_records(
            "hotel.complaint.followup", self.env._("Follow-up Visits")
        )

    # ------------------------------------------------------------------
    # Steps of write
    # ------------------------------------------------------------------

    def _hotel_prepare_write(self, vals):
        """Also note the closed complaints this write reopens."""
        before = super()._hotel_prepare_write(vals)
        before["reopening"] = self.browse()
        if vals.get("stage_id"):
            stage = self.env["helpdesk.ticket.stage"].browse(vals["stage_id"])
            if not stage.closed:
                before["reopening"] = self._hotel_filter("closing").filtered("closed")
        return before

    def _hotel_after_write(self, vals, before):
        """Also: the follow-up visits of the complaints just closed; the
        pending ones of those reopened are cancelled."""
        res = super()._hotel_after_write(vals, before)
        if before["reopening"]:
            before["reopening"]._hotel_cancel_followups()
        if before["closing"]:
            before["closing"].filtered("closed")._hotel_schedule_followups()
        return res

    # ------------------------------------------------------------------
    # Scheduling
    # ------------------------------------------------------------------

    def _hotel_followup_channels(self):
        """The channels by which the guest can be reached, in the order of
        the rule's channels: a phone number serves a call and a message
        (messaging apps such as WeChat reach the guest's mobile number), an
        email address an email."""
        self.ensure_one()
        partner = self.partner_id
        phone = self.partner_phone or partner.phone or partner.mobile
        email = self.partner_email or partner.email
        channels = []
        if phone:
            channels.append("phone")
        if email:
            channels.append("email")
        if phone:
            channels.append("message")
        return channels

    def _hotel_followup_rules(self):
        """``{(company id, severity): rule}``: the first active rule of each
        hotel and severity of ``self``, in one query."""
        # sudo: the hotel's rules apply whoever closes the complaint.
        rules = (
            self.env["hotel.complaint.followup.rule"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self.company_id.ids),
                    ("severity", "in", list(set(self.mapped("severity")))),
                ]
            )
        )
        found = {}
        for rule in rules:
            found.setdefault((rule.company_id.id, rule.severity), rule)
        return found

    def _hotel_followup_user(self, rule):
        """Who visits the guest, by the rule; the complaint's responsible
        person where the rule's person is not set, else the one closing."""
        self.ensure_one()
        user = self.env["res.users"]
        if rule.responsible_type == "duty_manager":
            user = self.company_id.hotel_duty_manager_id
        elif rule.responsible_type == "guest_relations":
            Team = self.env["helpdesk.ticket.team"]
            team = Team._hotel_department(self.company_id, "guest_relations")
            user = team and Team._hotel_leader(self.company_id, team)
        return user or self.user_id or self.env.user

    def _hotel_prepare_followup_vals(self, rule, today):
        """The follow-up of this closed complaint by ``rule``, and the note
        of the choices made (another channel, no contact), or ``None`` when
        the guest cannot be reached at all."""
        self.ensure_one()
        Followup = self.env["hotel.complaint.followup"]
        labels = dict(Followup._fields["channel"]._description_selection(self.env))
        reachable = self._hotel_followup_channels()
        if not reachable:
            return None, self.env._(
                "No follow-up visit scheduled: the guest has neither a phone "
                "number nor an email."
            )
        notes = []
        channel = rule.channel
        if channel not in reachable:
            channel = reachable[0]
            notes.append(
                self.env._(
                    "The guest cannot be reached by %(channel)s: follow-up by "
                    "%(proposed)s instead.",
                    channel=labels[rule.channel],
                    proposed=labels[channel],
                )
            )
        vals = {
            "ticket_id": self.id,
            "partner_id": self.partner_id.id,
            "rule_id": rule.id,
            "channel": channel,
            "user_id": self._hotel_followup_user(rule).id,
            "date_deadline": rule._due_date(today, self.departure_date),
        }
        return vals, " ".join(notes)

    def _hotel_followup_activity_records(self, followups):
        """The record each follow-up's activity goes on, in the order of
        ``followups``: the guest's contact, or the complaint when the guest
        has no contact record. Addons that keep the visit elsewhere extend
        this."""
        return [followup.partner_id or followup.ticket_id for followup in followups]

    def _hotel_followup_activity_vals(self, followup, note, record=None):
        summary = self.env._(
            "Follow-up visit by %(channel)s: complaint %(name)s",
            channel=dict(followup._fields["channel"]._description_selection(self.env))[
                followup.channel
            ],
            name=self.display_name,
        )
        if not followup.partner_id:
            summary = self.env._(
                "%(summary)s (the guest has no contact record: kept on the complaint)",
                summary=summary,
            )
        record = record or followup.partner_id or self
        activity_type = self._hotel_activity_type(ACTIVITY_TYPE)
        body = Markup("<p>%s</p>") % self.env._(
            "Ask the guest whether they are satisfied with the resolution, and "
            "about any other issue or suggestion. Record the outcome on the "
            "follow-up of complaint %(name)s.",
            name=self.display_name,
        )
        if note:
            body += Markup("<p>%s</p>") % note
        return {
            "activity_type_id": activity_type.id,
            "summary": summary,
            "automated": True,
            "note": body,
            "date_deadline": followup.date_deadline,
            "res_model_id": self.env["ir.model"]._get_id(record._name),
            "res_id": record.id,
            "user_id": followup.user_id.id,
        }

    def _hotel_schedule_followups(self):
        """The follow-up visits of the closed complaints ``self`` by their
        hotel's rules (C6.1), with their activities, in one create each."""
        tickets = self._hotel_filter("closing").filtered("severity")
        if not tickets:
            return self.env["hotel.complaint.followup"]
        rules = tickets._hotel_followup_rules()
        today = fields.Date.context_today(self)
        vals_list, notes, skipped = [], [], {}
        for ticket in tickets:
            rule = rules.get((ticket.company_id.id, ticket.severity))
            if not rule:
                continue
            vals, note = ticket._hotel_prepare_followup_vals(rule, today)
            if vals is None:
                skipped[ticket.id] = note
                continue
            vals_list.append(vals)
            notes.append(note)
        if skipped:
            self.browse(list(skipped))._message_log_batch(skipped)
        if not vals_list:
            return self.env["hotel.complaint.followup"]
        # sudo: the process schedules the visits, whoever closes the
        # complaint (department staff cannot create follow-ups).
        followups = self.env["hotel.complaint.followup"].sudo().create(vals_list)
        records = self._hotel_followup_activity_records(followups)
        activity_vals = [
            followup.ticket_id._hotel_followup_activity_vals(followup, note, record)
            for followup, note, record in zip(followups, notes, records, strict=True)
        ]
        # sudo: the activities go on the guests' contacts, which the user
        # closing the complaint may not write; no email each (the activity
        # is in the assignee's queue).
        activities = (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(activity_vals)
        )
        for followup, activity in zip(followups, activities, strict=True):
            followup.activity_id = activity
        return followups

    def _hotel_cancel_followups(self):
        """A reopened complaint: its pending follow-ups are cancelled."""
        # sudo: the process cancels them, whoever reopens the complaint.
        self.sudo().hotel_followup_ids._hotel_cancel()
