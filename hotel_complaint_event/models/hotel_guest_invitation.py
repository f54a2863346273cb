# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""An invitation of a guest to a hotel event (C6.3): theme parties, cultural
salons, by email, phone or message, from the guest's profile or from the
outcome of a follow-up visit.

The invitation is a record of its own rather than an ``event.registration``
in the "Unconfirmed" state: a guest who is only invited has not asked for a
seat, must not receive the event's registration mails, and may decline; a
registration has no channel, no inviting person and no complaint it came
from. The guest is registered to the event (an ``event.registration``
linked here) when they accept; from then on the registration is the truth:
the event's registration desk marks attendance there, and the invitation
follows."""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.hotel_complaint.models.hotel_complaint_followup_rule import CHANNELS

STATES = [
    ("invited", "Invited"),
    ("registered", "Registered"),
    ("declined", "Declined"),
    ("attended", "Attended"),
    ("no_show", "No-show"),
]
# The states an action may lead to, and the states it leaves from.
TRANSITIONS = {
    "registered": {"invited", "declined"},
    "declined": {"invited", "registered"},
    "attended": {"registered", "no_show"},
    "no_show": {"registered"},
}
# What the invitation becomes when its registration changes state.
REGISTRATION_STATES = {
    "open": "registered",
    "done": "attended",
    "cancel": "declined",
}
# Written by the invitation process only (its actions, as the server).
PROCESS_FIELDS = frozenset(
    {"state", "registration_id", "user_id", "invitation_date", "answer_date"}
)
# Fixed once the invitation is made: invite again instead.
FIXED_FIELDS = frozenset(
    {"partner_id", "event_id", "company_id", "channel", "followup_id"}
)
ACTIVITY_TYPES = {
    "phone": "mail.mail_activity_data_call",
    "message": "mail.mail_activity_data_todo",
}
MAIL_TEMPLATE = "hotel_complaint_event.hotel_guest_invitation_mail_template"


class HotelGuestInvitation(models.Model):
    _name = "hotel.guest.invitation"
    _description = "Guest Event Invitation"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "invitation_date desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    partner_id = fields.Many2one(
        comodel_name="res.partner",
        string="Guest",
        required=True,
        index=True,
        check_company=True,
    )
    event_id = fields.Many2one(
        comodel_name="event.event",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    event_date_begin = fields.Datetime(
        related="event_id.date_begin", string="Event Starts"
    )
    event_date_end = fields.Datetime(related="event_id.date_end", string="Event Ends")
    channel = fields.Selection(selection=CHANNELS, required=True, default="email")
    state = fields.Selection(
        selection=STATES,
        default="invited",
        required=True,
        readonly=True,
        index=True,
        tracking=True,
    )
    followup_id = fields.Many2one(
        comodel_name="hotel.complaint.followup",
        string="Follow-up Visit",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
    )
    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Complaint",
        related="followup_id.ticket_id",
        store=True,
        index="btree_not_null",
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Invited By",
        required=True,
        readonly=True,
        default=lambda self: self.env.user,
    )
    invitation_date = fields.Datetime(
        string="Invited On",
        required=True,
        readonly=True,
        default=fields.Datetime.now,
    )
    answer_date = fields.Datetime(string="Answered On", readonly=True)
    registration_id = fields.Many2one(
        comodel_name="event.registration",
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
    )
    note = fields.Text(
        string="Personal Note",
        help="Added to the invitation email, or to the reminder to call or "
        "message the guest.",
    )

    _sql_constraints = [
        (
            "event_partner_unique",
            "unique(event_id, partner_id)",
            "A guest is invited to an event once.",
        ),
    ]

    @api.depends("partner_id", "event_id")
    def _compute_display_name(self):
        for invitation in self:
            invitation.display_name = self.env._(
                "%(guest)s at %(event)s",
                guest=invitation.partner_id.display_name or "-",
                event=invitation.event_id.display_name or "-",
            )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._hotel_check_process_fields(vals)
            # The process's own values, whatever defaults the context brings.
            vals_list = [
                dict(vals, **self._hotel_new_invitation_vals()) for vals in vals_list
            ]
        self._hotel_check_not_invited(
            [vals for vals in vals_list if vals.get("state", "invited") == "invited"]
        )
        invitations = super().create(vals_list)
        new = invitations.filtered(lambda i: i.state == "invited")
        new._hotel_check_invitable()
        new._hotel_send()
        return invitations

    def write(self, vals):
        if not self.env.su:
            self._hotel_check_process_fields(vals)
            changed = [
                fname
                for fname in FIXED_FIELDS & set(vals)
                for invitation in self
                if invitation._fields[fname].convert_to_write(
                    invitation[fname], invitation
                )
                != vals[fname]
            ]
            if changed:
                raise UserError(
                    self.env._(
                        "An invitation keeps its guest, event, hotel, channel and "
                        "follow-up: invite the guest again instead."
                    )
                )
        return super().write(vals)

    @api.model
    def _hotel_new_invitation_vals(self):
        return {
            "state": "invited",
            "user_id": self.env.uid,
            "invitation_date": fields.Datetime.now(),
            "answer_date": False,
            "registration_id": False,
        }

    @api.model
    def _hotel_check_process_fields(self, vals):
        fnames = PROCESS_FIELDS & set(vals)
        if fnames:
            raise UserError(
                self.env._(
                    "These fields are set by the invitation process, not by hand: "
                    "%(fields)s.",
                    fields=", ".join(sorted(fnames)),
                )
            )

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------

    def _hotel_reachable_channels(self):
        """The channels by which the guest can be reached, as for follow-up
        visits: a phone number serves a call and a message (messaging apps
        reach the guest's mobile number), an email address an email."""
        self.ensure_one()
        partner = self.partner_id
        phone = partner.phone or partner.mobile
        channels = []
        if phone:
            channels.append("phone")
        if partner.email:
            channels.append("email")
        if phone:
            channels.append("message")
        return channels

    def _hotel_unreachable_message(self, reachable):
        self.ensure_one()
        labels = dict(self._fields["channel"]._description_selection(self.env))
        if not reachable:
            return self.env._(
                "Guest %(guest)s has neither a phone number nor an email: record "
                "one on the contact first.",
                guest=self.partner_id.display_name,
            )
        return self.env._(
            "Guest %(guest)s cannot be reached by %(channel)s: use %(proposed)s "
            "instead.",
            guest=self.partner_id.display_name,
            channel=labels[self.channel],
            proposed=self.env._(" or ").join(labels[c] for c in reachable),
        )

    def _hotel_check_invitable(self):
        """A new invitation: an event of the invitation's hotel that has not
        ended, a guest reachable by the channel, and a follow-up whose
        outcome is recorded."""
        now = fields.Datetime.now()
        for invitation in self:
            event = invitation.event_id
            if event.company_id != invitation.company_id:
                raise ValidationError(
                    self.env._(
                        "Event %(event)s is not an event of %(hotel)s: invite "
                        "guests to their hotel's events only.",
                        event=event.display_name,
                        hotel=invitation.company_id.name,
                    )
                )
            if event.date_end <= now:
                raise ValidationError(
                    self.env._(
                        "Event %(event)s has ended: invite the guest to a coming "
                        "event.",
                        event=event.display_name,
                    )
                )
            reachable = invitation._hotel_reachable_channels()
            if invitation.channel not in reachable:
                raise ValidationError(invitation._hotel_unreachable_message(reachable))
            invitation._hotel_check_followup()

    @api.model
    def _hotel_check_not_invited(self, vals_list):
        """Once per guest and event: neither invited already nor registered
        (one search each for all the new invitations)."""
        keys = {
            (vals.get("event_id"), vals.get("partner_id"))
            for vals in vals_list
            if vals.get("event_id") and vals.get("partner_id")
        }
        if not keys:
            return
        domain = [
            ("event_id", "in", [event_id for event_id, __ in keys]),
            ("partner_id", "in", [partner_id for __, partner_id in keys]),
        ]
        # sudo: an invitation or a registration of the guest counts, also one
        # the user may not read (made by another person or in the Events app).
        invited = self.sudo().search(domain)
        # sudo: see above.
        registered = (
            self.env["event.registration"]
            .sudo()
            .search(domain + [("state", "in", ("draft", "open", "done"))])
        )
        for invitation in invited:
            if (invitation.event_id.id, invitation.partner_id.id) in keys:
                raise ValidationError(
                    self.env._(
                        "Guest %(guest)s is already invited to %(event)s.",
                        guest=invitation.partner_id.display_name,
                        event=invitation.event_id.display_name,
                    )
                )
        for registration in registered:
            if (registration.event_id.id, registration.partner_id.id) in keys:
                raise ValidationError(
                    self.env._(
                        "Guest %(guest)s is already registered to %(event)s.",
                        guest=registration.partner_id.display_name,
                        event=registration.event_id.display_name,
                    )
                )

    def _hotel_check_followup(self):
        self.ensure_one()
        followup = self.followup_id
        if not followup:
            return
        if followup.state != "done" or not followup.outcome:
            raise ValidationError(
                self.env._(
                    "Record the outcome of the follow-up of %(name)s before "
                    "inviting the guest to an event.",
                    name=followup.ticket_id.display_name,
                )
            )
        if followup.partner_id != self.partner_id:
            raise ValidationError(
                self.env._(
                    "The follow-up of %(name)s was with another guest.",
                    name=followup.ticket_id.display_name,
                )
            )

    # ------------------------------------------------------------------
    # Sending
    # ------------------------------------------------------------------

    def _hotel_send(self):
        """Email: the invitation mail in the guest's language. Phone or
        message: an activity for the inviting person, with the event's
        details."""
        by_email = self.filtered(lambda i: i.channel == "email")
        if by_email:
            template = self.env.ref(MAIL_TEMPLATE)
            for invitation in by_email:
                invitation.message_post_with_source(
                    template, message_type="comment", subtype_xmlid="mail.mt_comment"
                )
        for invitation in self - by_email:
            invitation.activity_schedule(
                ACTIVITY_TYPES[invitation.channel],
                summary=invitation._hotel_activity_summary(),
                note=invitation._hotel_activity_note(),
                user_id=invitation.user_id.id,
            )

    def _hotel_activity_summary(self):
        self.ensure_one()
        if self.channel == "phone":
            return self.env._(
                "Call %(guest)s: invitation to %(event)s",
                guest=self.partner_id.display_name,
                event=self.event_id.display_name,
            )
        return self.env._(
            "Message %(guest)s: invitation to %(event)s",
            guest=self.partner_id.display_name,
            event=self.event_id.display_name,
        )

    def _hotel_activity_note(self):
        self.ensure_one()
        event = self.event_id
        partner = self.partner_id
        lines = [
            self.env._("Event: %(event)s", event=event.display_name),
            self.env._(
                "When: %(begin)s to %(end)s",
                begin=event.date_begin_located,
                end=event.date_end_located,
            ),
        ]
        if event.address_id:
            lines.append(
                self.env._("Where: %(place)s", place=event.address_id.display_name)
            )
        lines.append(
            self.env._(
                "Guest: %(guest)s, %(phone)s",
                guest=partner.display_name,
                phone=partner.mobile or partner.phone or "-",
            )
        )
        if self.note:
            lines.append(self.note)
        lines.append(
            self.env._(
                "Record the guest's answer on the invitation: accepted or declined."
            )
        )
        return "<br/>".join(lines)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def _hotel_move(self, target, vals=None):
        """The one place where an action changes the state: from the stored
        state, for users who may change the invitation."""
        self.check_access("write")
        labels = dict(self._fields["state"]._description_selection(self.env))
        for invitation in self:
            if invitation.state not in TRANSITIONS[target]:
                raise UserError(
                    self.env._(
                        "Invitation %(name)s is %(state)s and cannot become "
                        "%(target)s.",
                        name=invitation.display_name,
                        state=labels[invitation.state],
                        target=labels[target],
                    )
                )
        # sudo: the state is the process's to write, after the checks.
        self.sudo().write(dict(vals or {}, state=target))

    def action_accept(self):
        """The guest accepts: register them to the event."""
        self._hotel_move("registered", {"answer_date": fields.Datetime.now()})
        for invitation in self:
            registration = invitation.registration_id
            # sudo: guest relations registers the guests it invited without
            # the Events app's rights; the event checks its seats.
            if registration:
                registration.sudo().action_confirm()
            else:
                # sudo: see above.
                registration = (
                    self.env["event.registration"]
                    .sudo()
                    .create(invitation._hotel_registration_vals())
                )
                # sudo: the link is the process's to write.
                invitation.sudo().registration_id = registration
        self._hotel_close_activities(self.env._("The guest accepted."))
        return True

    def _hotel_registration_vals(self):
        self.ensure_one()
        partner = self.partner_id
        return {
            "event_id": self.event_id.id,
            "partner_id": partner.id,
            "name": partner.name,
            "email": partner.email,
            "phone": partner.mobile or partner.phone,
        }

    def action_decline(self):
        """The guest declines (or cancels): their registration is cancelled."""
        self._hotel_move("declined", {"answer_date": fields.Datetime.now()})
        registrations = self.registration_id.filtered(lambda r: r.state != "cancel")
        # sudo: see action_accept.
        registrations.sudo().action_cancel()
        self._hotel_close_activities(self.env._("The guest declined."))
        return True

    def action_attended(self):
        """The guest came: their registration is marked attended."""
        self._hotel_move("attended")
        # sudo: see action_accept.
        self.registration_id.filtered(
            lambda r: r.state != "done"
        ).sudo().action_set_done()
        return True

    def action_no_show(self):
        self._hotel_move("no_show")
        return True

    def _hotel_close_activities(self, feedback):
        self.activity_feedback(list(ACTIVITY_TYPES.values()), feedback=feedback)

    # ------------------------------------------------------------------
    # The registration and the clock
    # ------------------------------------------------------------------

    def _hotel_follow_registrations(self):
        """Each invitation of ``self`` takes the state of its registration
        (attended when the registration desk marks the guest attended)."""
        for invitation in self:
            target = REGISTRATION_STATES.get(invitation.registration_id.state)
            if target and invitation.state != target:
                if target == "registered" and invitation.state == "no_show":
                    continue
                vals = {"state": target}
                if invitation.state == "invited":
                    vals["answer_date"] = fields.Datetime.now()
                # sudo: the invitation follows its registration, whoever
                # changes it.
                invitation.sudo().write(vals)

    @api.model
    def _cron_hotel_no_show(self):
        """Registered guests of ended events did not come."""
        # sudo: the clock's process, in every hotel.
        self.sudo().search(
            [
                ("state", "=", "registered"),
                ("event_id.date_end", "<", fields.Datetime.now()),
            ]
        ).write({"state": "no_show"})
