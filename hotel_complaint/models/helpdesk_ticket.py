# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The base of every guest-care ticket: its type, the registry of what each
type takes part in, and the one ``create`` and ``write`` of the ticket.

Each requirement area lives in its own ``helpdesk_ticket_*.py`` file and
extends the ticket through the steps that ``create`` and ``write`` call here,
in the order written here (not in the order the files are imported):

* ``_hotel_prepare_create_vals(vals)``: per new guest-care ticket, before
  it is created: intake, triage, default classification, routing;
* ``_hotel_after_create()``: once created: department tasks, the security
  task, the serious-complaint alert, the closing check;
* ``_hotel_prepare_write(vals)``: before a write, returns the "before"
  state (hand-overs, tickets being closed);
* ``_hotel_after_write(vals, before)``: after it: closing summary, security
  task, hand-over log, serious-complaint alert.

What a write means is read from its values, never from the context: the
reason of a change of lead department travels in ``hotel_lead_reason``, a
triage decision in ``hotel_triage_state``, an applied routing rule in
``routing_rule_id``.
"""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

from .helpdesk_ticket_deadlines import SERIOUS_SEVERITIES

# Set by the complaint process itself, never entered by a client: auto-triage,
# routing, the first contact, verification, alerts and escalation, and
# hand-over requests. The process writes them with sudo() after its checks.
SERVER_SET_FIELDS = frozenset(
    {
        "suggested_category_id",
        "suggested_severity",
        "suggested_team_id",
        "triage_rule_id",
        "hotel_triage_explanation",
        "routing_rule_id",
        "acknowledged_date",
        "acknowledged_by_id",
        "guest_verified_by_id",
        "guest_verified_date",
        "hotel_sla_state",
        "hotel_escalation_level",
        "hotel_breach_date",
        "hotel_alert_sent",
        "hotel_handover_team_id",
        "hotel_handover_user_id",
        "hotel_handover_reason",
        "hotel_handover_requested_by_id",
    }
)

# What a guest-care ticket type takes part in (see _hotel_type_config).
#   intake: the guest's contact is required and taken from the partner (C1.1)
#   triage: auto-triage suggests a classification (C2.1)
#   matrix: severity x urgency matrix: priority, deadlines, alerts (C2.2, C3.1)
#   deadlines: deadline clocks, warnings, escalation cron, stuck (C2.4)
#   routing: lead department, responsible person, collaborating tasks (C2.3)
#   investigation: security task, verification and evidence rules (C3.1, C3.2)
#   closing: closing checks and summary, reopening on a low rating (C3.3-C4)
HOTEL_CONCERNS = (
    "intake",
    "triage",
    "matrix",
    "deadlines",
    "routing",
    "investigation",
    "closing",
)


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"
    _check_company_auto = True

    hotel_ticket_type = fields.Selection(
        selection=[("complaint", "Complaint")],
        string="Guest Care Type",
        index=True,
        tracking=True,
        help="Complaints follow the hotel complaint process. Other guest care "
        "addons add their own types on the same tickets.",
    )

    # ------------------------------------------------------------------
    # Registry of guest-care ticket types
    # ------------------------------------------------------------------

    @api.model
    def _hotel_type_config(self):
        """What each guest-care ticket type takes part in: ``{type: {concern:
        bool}}`` with the concerns of ``HOTEL_CONCERNS``. Another addon adds
        its type with ``selection_add`` on ``hotel_ticket_type``, extends this
        method with its entry and, with ``deadlines`` but not ``matrix``,
        implements ``_hotel_deadline_hours``."""
        return {"complaint": dict.fromkeys(HOTEL_CONCERNS, True)}

    @api.model
    def _hotel_types(self, concern):
        """The ticket types that take part in ``concern``."""
        return [
            ticket_type
            for ticket_type, config in self._hotel_type_config().items()
            if config.get(concern)
        ]

    @api.model
    def _hotel_vals_config(self, vals):
        """The configuration of the type of a ticket about to be created."""
        return self._hotel_type_config().get(vals.get("hotel_ticket_type")) or {}

    def _hotel_type_label(self):
        """The ticket's guest-care type as staff read it ("Complaint")."""
        self.ensure_one()
        return dict(
            self._fields["hotel_ticket_type"]._description_selection(self.env)
        ).get(self.hotel_ticket_type, "")

    def _hotel_filter(self, concern):
        """The tickets of ``self`` whose type takes part in ``concern``."""
        types = self._hotel_types(concern)
        return self.filtered(lambda t: t.hotel_ticket_type in types)

    # ------------------------------------------------------------------
    # Common
    # ------------------------------------------------------------------

    @api.depends("name", "number")
    def _compute_display_name(self):
        """helpdesk_mgmt shows "number - name", i.e. "/ - False" on a new
        complaint's form before it is saved: "New" (or its title) there."""
        res = super()._compute_display_name()
        for ticket in self.filtered(
            lambda t: t.hotel_ticket_type and not t._origin.id and t.number == "/"
        ):
            ticket.display_name = ticket.name or self.env._("New")
        return res

    @api.model
    def _hotel_check_server_set_fields(self, vals, create=False):
        """A client cannot enter what the complaint process sets itself. On
        creation, the fields' initial values (which forms send) are let
        through: they are what the process starts from."""
        if self.env.su:
            return
        forged = self._hotel_server_set_fields().intersection(vals)
        if create:
            forged = {
                fname for fname in forged if not self._hotel_is_initial(fname, vals)
            }
        if forged:
            raise AccessError(
                self.env._(
                    "%(fields)s is set by the guest care process and cannot be "
                    "entered directly.",
                    fields=", ".join(
                        self._fields[fname]._description_string(self.env)
                        for fname in sorted(forged)
                    ),
                )
            )

    @api.model
    def _hotel_server_set_fields(self):
        """The fields only the process writes (``SERVER_SET_FIELDS``);
        another type adds its own."""
        return SERVER_SET_FIELDS

    @api.model
    def _hotel_context_defaults_of_server_set_fields(self):
        """``{field: value}`` of the ``default_<field>`` keys of the context
        for the fields only the process writes: Odoo would apply them after
        the checks of ``create``, so they are taken as sent values."""
        context = self.env.context
        if self.env.su or not any(key.startswith("default_") for key in context):
            return {}
        return {
            fname: context[f"default_{fname}"]
            for fname in self._hotel_server_set_fields()
            if f"default_{fname}" in context
        }

    @api.model
    def _hotel_is_initial(self, fname, vals):
        """Whether ``vals[fname]`` is the field's value on a new record."""
        field = self._fields[fname]
        initial = field.default(self) if field.default else False
        return (vals[fname] or False) == (initial or False)

    @api.model
    def _hotel_selection_fields(self):
        """The selection fields whose values ``_hotel_check_selection_values``
        checks; another type adds its own."""
        return ["severity", "urgency", "hotel_ticket_type"]

    @api.model
    def _hotel_check_selection_values(self, vals):
        """Reject unknown keys with a clear message instead of a traceback."""
        for fname in self._hotel_selection_fields():
            value = vals.get(fname)
            if not value:
                continue
            # The keys only: no labels to translate (Odoo's own check).
            allowed = self._fields[fname].get_values(self.env)
            if value not in allowed:
                raise ValidationError(
                    self.env._(
                        "%(value)s is not a known %(field)s. Use one of: %(allowed)s.",
                        value=value,
                        field=self._fields[fname]._description_string(self.env),
                        allowed=", ".join(allowed),
                    )
                )

    def _hotel_notify(self, users, activity_xmlid, summary, tasks=None):
        """An activity for each user, plus one inbox notification for all;
        with ``tasks`` (new department tasks of the ticket), the note also
        lists them and notifies their handlers (once each)."""
        self.ensure_one()
        self._hotel_schedule_activities([(self, users, activity_xmlid, summary)])
        body = summary
        partners = users.partner_id
        if tasks and tasks.user_id:
            body = Markup("<p>%s</p>%s") % (
                summary,
                self._hotel_task_handlers_body(tasks),
            )
            partners |= tasks.user_id.partner_id
        self.message_post(
            body=body,
            partner_ids=partners.ids,
            subtype_xmlid="mail.mt_note",
        )

    @api.model
    def _hotel_schedule_activities(self, entries):
        """Create in one ``mail.activity`` create what ``activity_schedule``
        would, one by one: for each ``(record, users, activity type xmlid,
        summary)`` of ``entries``, an automated activity for each user, due
        today. No email per activity (``mail_activity_quick_update``): the
        callers notify the users themselves."""
        Activity = self.env["mail.activity"].with_context(
            mail_activity_quick_update=True
        )
        today = fields.Date.context_today(self)
        types = {}
        vals_list = []
        for record, users, activity_xmlid, summary in entries:
            if activity_xmlid not in types:
                types[activity_xmlid] = self._hotel_activity_type(activity_xmlid)
            activity_type = types[activity_xmlid]
            model_id = self.env["ir.model"]._get_id(record._name)
            vals_list += [
                {
                    "activity_type_id": activity_type.id,
                    "summary": summary or activity_type.summary,
                    "automated": True,
                    "note": activity_type.default_note,
                    "date_deadline": today,
                    "res_model_id": model_id,
                    "res_id": record.id,
                    "user_id": user.id,
                }
                for user in users
            ]
        if not vals_list:
            return Activity
        # Each user follows the record of their activity, all at once,
        # instead of the activities' own subscription user by user.
        with self.env["mail.thread"]._hotel_subscribed(
            [(record, users.partner_id) for record, users, _x, _s in entries]
        ):
            return Activity.create(vals_list)

    @api.model
    def _hotel_activity_type(self, xmlid):
        """The activity type ``xmlid`` (of this addon's data), without the
        query of ``env.ref`` that checks it exists."""
        return self.env["mail.activity.type"].browse(
            self.env["ir.model.data"]._xmlid_to_res_id(xmlid)
        )

    def _hotel_prefetch_after_create(self, task_vals, to_alert):
        """Read in one query each what the steps after creation read: the
        activity types of the tasks and alerts, the users that the tasks
        (``task_vals``) and the alerts (of the tickets ``to_alert``) go to
        and their partners."""
        xmlids = []
        if task_vals:
            xmlids.append("hotel_complaint.mail_activity_type_department_task")
        if to_alert:
            xmlids.append("hotel_complaint.mail_activity_type_complaint_alert")
        if not xmlids:
            return
        self.env["mail.activity.type"].browse(
            [self._hotel_activity_type(xmlid).id for xmlid in xmlids]
        ).fetch(["summary", "default_note"])
        # sudo: the leaders of the departments, whoever may read teams.
        Team = self.env["helpdesk.ticket.team"].sudo()
        users = self.env["res.users"]
        for ticket in to_alert:
            users |= ticket._hotel_alert_recipients()
        for vals in task_vals:
            ticket = self.browse(vals["ticket_id"])
            users |= Team._hotel_leader(ticket.company_id, Team.browse(vals["team_id"]))
        if users:
            # All their prefetched fields, as the activities and the
            # notifications read them.
            # sudo: the users and partners the process notifies, whoever
            # creates the complaint.
            users = users.sudo()
            users.mapped("partner_id").mapped("email_normalized")

    @api.model
    def _hotel_notify_batch(self, entries):
        """``_hotel_notify`` of many tickets at once (the escalation cron):
        ``entries`` is a list of ``(ticket, users, activity type xmlid,
        summary)``. The activities are created in one create. A user with
        one ticket here is notified by its note, as ``_hotel_notify`` does;
        the notes of users with several are logged in batch (naming them) and
        each such user gets one notification (inbox or email, as they chose)
        listing their tickets, instead of one per ticket."""
        entries = [entry for entry in entries if entry[1]]
        if not entries:
            return
        self._hotel_schedule_activities(entries)
        by_user = {}
        for _ticket, users, _xmlid, summary in entries:
            for user in users:
                by_user.setdefault(user, []).append(summary)
        logged = {}
        for ticket, users, _xmlid, summary in entries:
            single = users.filtered(lambda u: len(by_user[u]) == 1)
            if single:
                ticket.message_post(
                    body=summary,
                    partner_ids=single.partner_id.ids,
                    subtype_xmlid="mail.mt_note",
                )
            if several := users - single:
                # One batch per group of recipients: a note names them.
                key = tuple(several.partner_id.ids)
                logged.setdefault(key, {})[ticket.id] = summary
        for partner_ids, bodies in logged.items():
            self.browse(list(bodies))._message_log_batch(
                bodies, message_type="comment", partner_ids=list(partner_ids)
            )
        for user, summaries in by_user.items():
            if len(summaries) > 1:
                self.env["mail.thread"].message_notify(
                    partner_ids=user.partner_id.ids,
                    body=Markup("<ul>%s</ul>")
                    % Markup().join(Markup("<li>%s</li>") % s for s in summaries),
                    subtype_xmlid="mail.mt_note",
                )

    def _creation_subtype(self):
        """helpdesk_mgmt's "Ticket created" subtype; for a guest-care ticket
        without the query of ``env.ref`` that checks it exists (as
        ``_hotel_activity_type``)."""
        if self._hotel_filter_configured():
            return self.env["mail.message.subtype"].browse(
                self.env["ir.model.data"]._xmlid_to_res_id(
                    "helpdesk_mgmt.hlp_tck_created"
                )
            )
        return super()._creation_subtype()

    def _hotel_action_records(self, model, name):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("ticket_id", "=", self.id)],
            "context": {"default_ticket_id": self.id},
        }

    # ------------------------------------------------------------------
    # CRUD and its steps
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        self._hotel_prefetch_create(vals_list)
        stuffed = self._hotel_context_defaults_of_server_set_fields()
        guest_care = False
        default_type = self.env.context.get("default_hotel_ticket_type")
        for vals in vals_list:
            if default_type and "hotel_ticket_type" not in vals:
                # Odoo would apply it after the steps: the ticket goes
                # through them as one of its type.
                vals["hotel_ticket_type"] = default_type
            for fname, value in stuffed.items():
                # A default sent in the context is a value sent by the client:
                # checked as one below.
                vals.setdefault(fname, value)
            self._hotel_check_selection_values(vals)
            self._hotel_check_server_set_fields(vals, create=True)
            if self._hotel_vals_config(vals):
                guest_care = True
                self._hotel_prepare_create_vals(vals)
        if guest_care:
            self._hotel_prefetch_assigned(vals_list)
            # The department leader that routing assigns follows the complaint
            # without an "assigned to you" email for each one: serious ones
            # alert them by activity and notification below.
            self = self.with_context(mail_auto_subscribe_no_notify=True)
        tickets = super().create(vals_list)
        if guest_care:
            tickets._hotel_filter_configured()._hotel_after_create()
        return tickets

    def _hotel_filter_configured(self):
        """The tickets of ``self`` of a configured guest-care type."""
        types = self._hotel_type_config()
        return self.filtered(lambda t: t.hotel_ticket_type in types)

    @api.model
    def _hotel_prefetch_create(self, vals_list):
        """Read in one query what the steps of creation read per ticket: the
        guests, all their prefetched fields (intake reads their contact,
        tracking and the creation message their name and email)."""
        partners = self.env["res.partner"].browse(
            [vals["partner_id"] for vals in vals_list if vals.get("partner_id")]
        )
        partners.mapped("email")
        if any(self._hotel_vals_config(vals) for vals in vals_list):
            # The models of the ticket (its creation message) and of the
            # department tasks (their activities), in one read.
            # sudo: what mail reads of the models, whoever creates the ticket.
            IrModel = self.env["ir.model"].sudo()
            IrModel.browse(
                [IrModel._get_id(self._name), IrModel._get_id("hotel.complaint.task")]
            ).mapped("model")

    @api.model
    def _hotel_prefetch_assigned(self, vals_list):
        """Once routing has assigned them, read in one query the users that
        mail reads as it creates the tickets (the creator, the author of the
        creation message; the assigned users, whom it makes follow), then in
        one query their partners (the author's name and email, the followers'
        language), instead of a query for each of them on the way."""
        # sudo: what mail reads of these users (sudo too), whoever creates
        # the ticket.
        users = self.env.user.sudo() | self.env["res.users"].sudo().browse(
            [vals["user_id"] for vals in vals_list if vals.get("user_id")]
        )
        users.mapped("partner_id").mapped("email")

    @api.model
    def _hotel_prepare_create_vals(self, vals):
        """Complete the values of a new guest-care ticket, step by step:
        the guest's contact, then auto-triage, then the default
        classification (from triage's category), then routing (from the
        classification)."""
        config = self._hotel_vals_config(vals)
        if config.get("intake"):
            self._hotel_prepare_intake_vals(vals)
        if config.get("triage"):
            self._hotel_prepare_triage_vals(vals)
        if config.get("matrix"):
            self._hotel_prepare_default_classification_vals(vals)
        if config.get("routing"):
            self._hotel_prepare_create_routing_vals(vals)
        return vals

    def _hotel_after_create(self):
        """Once the guest-care tickets ``self`` exist: the collaborating
        departments' tasks, the security task, the alert of serious ones and,
        for those logged straight into a closed stage, the closing check
        (now that the tasks exist)."""
        # All the tasks in one create: the routing rule's, then security's.
        task_vals = self._hotel_filter("routing")._hotel_rules_task_vals()
        task_vals += self._hotel_security_task_vals(pending=task_vals)
        to_alert = self._hotel_filter("matrix")._hotel_to_alert()
        self._hotel_prefetch_after_create(task_vals, to_alert)
        # The handlers of the tasks and the users alerted follow their task
        # or complaint (as their activity makes them), each group subscribed
        # at once when its activities are created.
        with self.env["mail.thread"]._hotel_subscriptions_together():
            tasks = self._hotel_create_task_records(task_vals, notify=False)
            # One note per complaint to the new tasks' handlers: the alert
            # note of a serious one names them with whoever it alerts.
            alerted = self.browse(to_alert.ids)._hotel_alert_serious(tasks=tasks)
        (self.browse(tasks.ticket_id.ids) - alerted)._hotel_notify_task_handlers(tasks)
        self.filtered(lambda t: t.stage_id.closed)._check_hotel_close()

    def _hotel_apply_create_steps(self, vals, reason):
        """Give the existing ticket ``self`` the guest-care type of ``vals``
        as if it had been created with it (an inquiry converted into a
        complaint): its own facts (``_hotel_create_facts``) with ``vals``
        go through the steps before creation (intake, triage, default
        classification, routing), the ticket is written with what they
        decided and ``vals``, then the steps after creation run. A change
        of lead department is logged with ``reason``. The caller checks who
        may do it and calls this as the process (sudo)."""
        self.ensure_one()
        facts = self._hotel_create_facts()
        prepared = self._hotel_prepare_create_vals(dict(facts, **vals))
        write_vals = {
            fname: value
            for fname, value in prepared.items()
            if fname in vals or (facts.get(fname) or False) != (value or False)
        }
        if write_vals.get("team_id", self.team_id.id) != self.team_id.id:
            write_vals["hotel_lead_reason"] = reason
        else:
            write_vals.pop("team_id", None)
        self.write(write_vals)
        self._hotel_after_create()
        return True

    def _hotel_create_facts(self):
        """The ticket's values that the steps before creation start from
        (see ``_hotel_apply_create_steps``): what the guest said and where,
        not the department or person handling it, which routing decides."""
        self.ensure_one()
        return {
            "name": self.name,
            "description": self.description,
            "guest_account": self.guest_account,
            "company_id": self.company_id.id,
            "partner_id": self.partner_id.id,
            "partner_name": self.partner_name,
            "partner_email": self.partner_email,
            "partner_phone": self.partner_phone,
            "channel_id": self.channel_id.id,
            "category_id": self.category_id.id,
            "location_id": self.location_id.id,
            "severity": self.severity,
            "urgency": self.urgency,
        }

    def write(self, vals):
        self._hotel_check_selection_values(vals)
        self._hotel_check_server_set_fields(vals)
        before = self._hotel_prepare_write(vals)
        res = super().write(vals)
        self._hotel_after_write(vals, before)
        return res

    def _hotel_prepare_write(self, vals):
        """Before the write: check and prepare a change of lead department,
        mark an overridden triage suggestion, note the tickets being closed.
        Returns the "before" state ``_hotel_after_write`` needs."""
        before = {"handovers": self._hotel_prepare_handover(vals)}
        self._hotel_mark_triage_overridden(vals)
        before["closing"] = self._hotel_prepare_closing(vals)
        return before

    def _hotel_after_write(self, vals, before):
        """After the write: the closing summary, the security task of a
        ticket made serious, the hand-over log, the alert of a ticket
        reclassified into a cell that alerts."""
        if before["closing"]:
            before["closing"]._hotel_send_closing_summary()
        tasks = self.env["hotel.complaint.task"]
        if vals.get("severity") in SERIOUS_SEVERITIES:
            # Its handler notified below: by the alert note if there is one.
            tasks = self._hotel_ensure_security_task(notify=False)
        handovers = before["handovers"]
        if handovers:
            self.browse(list(handovers))._hotel_log_handover(
                handovers, vals.get("hotel_lead_reason")
            )
        alerted = self.browse()
        if {"severity", "urgency", "hotel_ticket_type"} & set(vals):
            # Reclassified into a cell that alerts: alert now (once).
            alerted = self._hotel_filter("matrix")._hotel_alert_serious(tasks=tasks)
        (self.browse(tasks.ticket_id.ids) - alerted)._hotel_notify_task_handlers(tasks)
