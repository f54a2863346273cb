# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiries (I2, I3.1, I3.5): a guest-care ticket type on the foundation of
``hotel_complaint`` (guest intake, deadline clocks with warnings and
escalation, routing to a lead department with collaborating tasks). This
file adds the type, its intake (topic, complexity, language), its answer
times per channel and complexity, and the answer on the spot."""

from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import html2plaintext, is_html_empty, plaintext2html

from .hotel_inquiry_response_time import COMPLEXITIES

# Written by the inquiry process, never by a client.
INQUIRY_SERVER_SET_FIELDS = frozenset(
    {
        "hotel_answered_date",
        "hotel_answered_by_id",
        "hotel_converted_date",
        "hotel_converted_by_id",
    }
)
# The complexity of an inquiry that names none.
DEFAULT_COMPLEXITY = "general"


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"

    hotel_ticket_type = fields.Selection(
        selection_add=[("inquiry", "Inquiry")],
        ondelete={"inquiry": "set null"},
    )
    hotel_topic_id = fields.Many2one(
        comodel_name="hotel.inquiry.topic",
        string="Topic",
        index="btree_not_null",
        tracking=True,
    )
    hotel_complexity = fields.Selection(
        selection=COMPLEXITIES,
        string="Complexity",
        tracking=True,
        help="Simple: answered at once. General: within hours. Complex: "
        "researched, within working days.",
    )
    hotel_lang = fields.Selection(
        selection=lambda self: self.env["res.lang"].get_installed(),
        string="Guest's Language",
        help="The language the guest is answered in.",
    )
    hotel_topic_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Topic's Department",
        compute="_compute_hotel_topic_team_id",
        help="The department that answers the topic in this hotel: where a "
        "transfer goes by default.",
    )
    hotel_quick_answer_id = fields.Many2one(
        comodel_name="hotel.inquiry.quick.answer",
        string="Quick Answer",
        domain="[('topic_id', '=', hotel_topic_id), ('lang', '=', hotel_lang)]",
        check_company=True,
        copy=False,
        groups="base.group_user",
        help="A ready answer of the library, for the inquiry's topic and the "
        "guest's language: choosing it fills the answer, which can then be "
        "adapted.",
    )
    hotel_answer = fields.Html(
        string="Answer",
        compute="_compute_hotel_answer",
        store=True,
        readonly=False,
        copy=False,
        groups="base.group_user",
        help="The answer given to the guest.",
    )
    hotel_answered_date = fields.Datetime(
        string="Answered On", readonly=True, copy=False, index=True
    )
    hotel_answered_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Answered By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_first_response_minutes = fields.Integer(
        string="First Response (minutes)",
        compute="_compute_hotel_answer_times",
        store=True,
        aggregator="avg",
        groups="base.group_user",
    )
    hotel_answer_minutes = fields.Integer(
        string="Answer Time (minutes)",
        compute="_compute_hotel_answer_times",
        store=True,
        aggregator="avg",
        groups="base.group_user",
    )
    hotel_answered_on_time = fields.Boolean(
        string="Answered on Time",
        compute="_compute_hotel_answer_times",
        store=True,
        groups="base.group_user",
    )
    hotel_converted_date = fields.Datetime(
        string="Converted to Complaint On", readonly=True, copy=False
    )
    hotel_converted_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Converted By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )

    @api.depends("hotel_topic_id", "company_id")
    def _compute_hotel_topic_team_id(self):
        for ticket in self:
            topic = ticket.hotel_topic_id
            ticket.hotel_topic_team_id = (
                topic._hotel_team(ticket.company_id) if topic else False
            )

    @api.depends("hotel_quick_answer_id")
    def _compute_hotel_answer(self):
        """Choosing a quick answer fills the answer with its text; without
        one, the answer is what the staff wrote."""
        for ticket in self:
            if ticket.hotel_quick_answer_id and not ticket.hotel_answered_date:
                ticket.hotel_answer = plaintext2html(
                    ticket.hotel_quick_answer_id.substitution or ""
                )

    @api.depends(
        "acknowledged_date",
        "hotel_answered_date",
        "reported_date",
        "resolution_deadline",
        "hotel_converted_date",
    )
    def _compute_hotel_answer_times(self):
        for ticket in self:
            if ticket.hotel_converted_date:
                # Converted into a complaint (I2.5): the inquiry's clocks
                # closed then, its figures stay as they were (the complaint's
                # received date and deadlines are its own).
                continue
            start = ticket.reported_date or ticket.create_date
            ticket.hotel_first_response_minutes = (
                ticket.acknowledged_date
                and start
                and max(
                    0, int((ticket.acknowledged_date - start).total_seconds() // 60)
                )
            )
            ticket.hotel_answer_minutes = (
                ticket.hotel_answered_date
                and start
                and max(
                    0, int((ticket.hotel_answered_date - start).total_seconds() // 60)
                )
            )
            ticket.hotel_answered_on_time = bool(
                ticket.hotel_answered_date
                and (
                    not ticket.resolution_deadline
                    or ticket.hotel_answered_date <= ticket.resolution_deadline
                )
            )

    # ------------------------------------------------------------------
    # The type in the foundation
    # ------------------------------------------------------------------

    @api.model
    def _hotel_type_config(self):
        config = super()._hotel_type_config()
        # Guest intake, deadline clocks with warnings and escalation, routing
        # with collaborating departments' tasks; not the complaint's triage,
        # matrix, investigation or closing rules.
        config["inquiry"] = {"intake": True, "deadlines": True, "routing": True}
        return config

    @api.model
    def _hotel_server_set_fields(self):
        return super()._hotel_server_set_fields() | INQUIRY_SERVER_SET_FIELDS

    @api.model
    def _hotel_selection_fields(self):
        return [*super()._hotel_selection_fields(), "hotel_complexity", "hotel_lang"]

    @api.model
    def _hotel_prepare_create_vals(self, vals):
        if vals.get("hotel_ticket_type") == "inquiry":
            self._hotel_prepare_inquiry_vals(vals)
        return super()._hotel_prepare_create_vals(vals)

    @api.model
    def _hotel_prepare_inquiry_vals(self, vals):
        """Intake of an inquiry (I3.1): a known channel, the complexity, the
        guest's language; a guest in front of the staff or on the phone has
        had their first response."""
        channel = (
            self.env["helpdesk.ticket.channel"]
            ._hotel_channel_data()
            .get(vals.get("channel_id"))
        )
        if not channel:
            raise ValidationError(
                self.env._(
                    "An inquiry needs a known channel (front desk, phone, email, "
                    "website, social media...): %(channel)s is not one.",
                    channel=vals.get("channel_id") or self.env._("none given"),
                )
            )
        vals.setdefault("hotel_complexity", DEFAULT_COMPLEXITY)
        if not vals.get("description"):
            # helpdesk_mgmt requires a description: the guest's words, or the
            # question's line.
            vals["description"] = plaintext2html(
                vals.get("guest_account") or vals.get("name") or ""
            )
        if not vals.get("hotel_lang"):
            partner = self.env["res.partner"].browse(vals.get("partner_id"))
            vals["hotel_lang"] = partner.lang or self.env.lang or "en_US"
        if channel[0] == "live" and not vals.get("acknowledged_date"):
            vals["acknowledged_date"] = (
                vals.get("reported_date") or fields.Datetime.now()
            )
            vals["acknowledged_by_id"] = self.env.uid
        return vals

    @api.model
    def _hotel_routing_facts(self, vals):
        """An inquiry goes to the department that answers its channel in the
        hotel (I2.1 - I2.7), unless a routing rule names another."""
        facts = super()._hotel_routing_facts(vals)
        if vals.get("hotel_ticket_type") == "inquiry" and not facts["suggested_team"]:
            company = self.env["res.company"].browse(
                vals.get("company_id") or self.env.company.id
            )
            department_type = (
                self.env["helpdesk.ticket.channel"]
                ._hotel_channel_data()
                .get(vals.get("channel_id"), (False, False))[1]
            )
            facts["suggested_team"] = (
                self.env["helpdesk.ticket.team"]
                # sudo: the hotel's department for the channel, whoever logs.
                .sudo()
                ._hotel_department(company, department_type)
            )
        return facts

    @api.depends("channel_id", "hotel_complexity")
    def _compute_deadlines(self):
        return super()._compute_deadlines()

    def _hotel_deadline_dates(self, start):
        """An inquiry's clocks (I2.6, I3.5): the first response in minutes
        around the clock, the answer in minutes around the clock or in
        working days of the hotel's working-time calendar."""
        if self.hotel_ticket_type != "inquiry":
            return super()._hotel_deadline_dates(start)
        if not self.channel_id:
            return None
        response, minutes, days = self.env["hotel.inquiry.response.time"]._hotel_times(
            self.company_id,
            self.channel_id,
            self.hotel_complexity or DEFAULT_COMPLEXITY,
        )
        answer = start + timedelta(minutes=minutes)
        calendar = self.company_id.resource_calendar_id
        if days and calendar:
            # The calendar's cached work intervals: what plan_hours(...,
            # compute_leaves=True) returns, without reading it each time.
            hours_per_day = calendar._hotel_work_window(start.date())[0]
            answer = calendar._hotel_plan_hours(
                days * (hours_per_day or 8), start
            ) or start + timedelta(days=days)
        elif days:
            answer = start + timedelta(days=days)
        return start + timedelta(minutes=response), max(answer, start)

    def _hotel_channel_kind(self):
        """The kind of the ticket's channel, from the cache of channels."""
        self.ensure_one()
        return (
            self.env["helpdesk.ticket.channel"]
            ._hotel_channel_data()
            .get(self.channel_id.id, (False, False))[0]
        )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("hotel_ticket_type", "channel_id", "partner_name", "partner_id")
    def _check_hotel_inquiry_intake(self):
        for ticket in self.filtered(lambda t: t.hotel_ticket_type == "inquiry"):
            if not ticket.channel_id:
                raise ValidationError(
                    self.env._(
                        "Inquiry %(name)s needs the channel the guest used.",
                        name=ticket.name,
                    )
                )
            # The name given, or the name of the contact found or given at
            # intake; not the address a new contact is named after.
            if not ticket.partner_name:
                raise ValidationError(
                    self.env._(
                        "Inquiry %(name)s needs the guest's name.", name=ticket.name
                    )
                )

    # ------------------------------------------------------------------
    # Answer on the spot (I3.1, I2.7)
    # ------------------------------------------------------------------

    def _hotel_answer_stage(self):
        """The stage an answered inquiry goes to: its department's first
        closed stage that is not a cancellation."""
        self.ensure_one()
        stages = self.team_id._get_applicable_stages() if self.team_id else None
        if stages is None:
            stages = self.env["helpdesk.ticket.stage"].search([])
        return stages.filtered(lambda s: s.closed and s.hotel_closing_checks)[:1]

    def action_hotel_answer(self):
        """Record the answer written in the form and close the inquiry in one
        step: answered now by the user, the first response given if it was
        not, the answer kept in the chatter."""
        self.ensure_one()
        return self._hotel_answer(self.hotel_answer)

    def _hotel_answer(self, answer, close=True):
        """Answer the inquiry with ``answer`` (HTML) and, with ``close``, move
        it to its answered stage."""
        self.ensure_one()
        if self.hotel_ticket_type != "inquiry":
            raise UserError(
                self.env._("%(name)s is not an inquiry.", name=self.display_name)
            )
        if is_html_empty(answer):
            raise UserError(
                self.env._(
                    "Write the answer given to the guest before answering "
                    "inquiry %(name)s.",
                    name=self.display_name,
                )
            )
        if self.hotel_answered_date:
            raise UserError(
                self.env._(
                    "Inquiry %(name)s was already answered.", name=self.display_name
                )
            )
        self.check_access("write")
        now = fields.Datetime.now()
        vals = {
            "hotel_answer": answer,
            "hotel_answered_date": now,
            "hotel_answered_by_id": self.env.uid,
        }
        if not self.acknowledged_date:
            vals["acknowledged_date"] = now
            vals["acknowledged_by_id"] = self.env.uid
        if close:
            stage = self._hotel_answer_stage()
            if stage:
                vals["stage_id"] = stage.id
        # sudo: the answer's date and author are the process's to write; the
        # user's own write access was checked above.
        self.sudo().write(vals)
        if self.hotel_quick_answer_id:
            self.hotel_quick_answer_id._hotel_count_usage()
        self._hotel_post_answer(answer)
        return True

    def _hotel_answered_in_writing(self):
        """Whether the guest is answered in writing: they wrote (chat, social
        media, website, email) and can be reached by email. A guest in front
        of the staff or on the phone was answered there: the answer is a note
        of what was said, with no mail after it (no stage mail, no rating
        request)."""
        self.ensure_one()
        return self._hotel_channel_kind() != "live" and bool(
            self.partner_email or self.partner_id.email
        )

    def _hotel_post_answer(self, answer):
        """The answer in the chatter: sent to the guest when they are answered
        in writing, else an internal note of what was said on the spot."""
        self.ensure_one()
        body = Markup("<p>%s</p>%s") % (
            self.env._("Answer given to the guest:"),
            Markup(answer),
        )
        if self._hotel_answered_in_writing():
            partners = self.partner_id
            if not partners:
                partners = self.env["res.partner"].union(
                    *self._mail_find_partner_from_emails(
                        [self.partner_email], records=self, force_create=True
                    )
                )
            return self.message_post(
                body=Markup(answer),
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
                partner_ids=partners.ids,
            )
        # A record of what was said on the spot, notifying nobody: logged, not
        # posted (no followers to notify, no reply-to to compute).
        return self._message_log(body=body, message_type="comment")

    def _track_template(self, tracking):
        """An inquiry not answered in writing (on the spot, or to a guest with
        no email address) is not sent its stage's mail: the guest had their
        answer there; the answer stays a few queries (I3.1)."""
        res = super()._track_template(tracking)
        ticket = self[:1]
        if (
            "stage_id" in res
            and ticket.hotel_ticket_type == "inquiry"
            and not ticket._hotel_answered_in_writing()
        ):
            del res["stage_id"]
        return res

    def _send_ticket_rating_mail(self, force_send=False):
        """Nor the rating request: a satisfaction survey by mail after every
        question answered at the desk or on the phone would be noise."""
        return super(
            HelpdeskTicket,
            self.filtered(
                lambda t: (
                    t.hotel_ticket_type != "inquiry" or t._hotel_answered_in_writing()
                )
            ),
        )._send_ticket_rating_mail(force_send=force_send)

    def _hotel_answer_text(self):
        self.ensure_one()
        return html2plaintext(self.hotel_answer or "")

    def _hotel_portal_answer(self):
        """What the guest's page shows of an answered inquiry: the answer
        and when it was given; nothing for other tickets."""
        self.ensure_one()
        if self.hotel_ticket_type != "inquiry" or not self.hotel_answered_date:
            return False
        # sudo: the answer is staff-only data the guest is meant to read on
        # their own ticket's page, whose access the portal route checked.
        ticket = self.sudo()
        return {"answer": ticket.hotel_answer, "date": ticket.hotel_answered_date}
