# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Routing and hand-over (C2.3): the lead department and the responsible
person, the collaborating departments' tasks, and every change of lead
department, decided by its manager (or a hotel manager) and logged with its
reason."""

from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    team_id = fields.Many2one(tracking=True)
    routing_rule_id = fields.Many2one(
        comodel_name="hotel.complaint.routing.rule",
        readonly=True,
        copy=False,
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_task_ids = fields.One2many(
        comodel_name="hotel.complaint.task",
        inverse_name="ticket_id",
        string="Collaborating Departments",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_open_task_count = fields.Integer(
        string="Open Department Tasks",
        compute="_compute_hotel_open_task_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_task_progress = fields.Integer(
        string="Department Tasks Done (%)",
        compute="_compute_hotel_open_task_count",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    # A hand-over asked for by someone who cannot decide it (C2.3): the
    # current lead department's manager or a hotel manager accepts it.
    hotel_handover_team_id = fields.Many2one(
        comodel_name="helpdesk.ticket.team",
        string="Hand-over Requested To",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_user_id = fields.Many2one(
        comodel_name="res.users",
        string="Requested Responsible Person",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_reason = fields.Text(
        string="Hand-over Request Reason",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_handover_requested_by_id = fields.Many2one(
        comodel_name="res.users",
        string="Hand-over Requested By",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    # Written with the lead department, logged with the change (C2.3).
    hotel_lead_reason = fields.Text(
        string="Why This Department Leads",
        readonly=True,
        copy=False,
        groups="base.group_user",
        help="The reason given when the lead department last changed.",
    )

    @api.depends("hotel_task_ids.state")
    def _compute_hotel_open_task_count(self):
        counts = {}
        # sudo: the progress counts every department's tasks, also those of
        # departments whose tasks the user cannot see.
        for ticket, state, count in (
            self.env["hotel.complaint.task"]
            .sudo()
            ._read_group(
                [("ticket_id", "in", self.ids), ("state", "!=", "cancelled")],
                ["ticket_id", "state"],
                ["__count"],
            )
        ):
            counts.setdefault(ticket.id, {})[state] = count
        for ticket in self:
            by_state = counts.get(ticket.id, {})
            total = sum(by_state.values())
            ticket.hotel_open_task_count = by_state.get("open", 0)
            ticket.hotel_task_progress = (
                round(100 * by_state.get("done", 0) / total) if total else 100
            )

    @api.constrains("hotel_ticket_type", "team_id")
    def _check_hotel_lead_department(self):
        for ticket in self._hotel_filter("routing"):
            if not ticket.team_id:
                raise ValidationError(
                    self.env._(
                        "%(type)s %(name)s needs a lead department: no routing "
                        "rule, triage rule or category named one, and this hotel "
                        "has no guest relations department to fall back on.",
                        type=ticket._hotel_type_label(),
                        name=ticket.name,
                    )
                )

    @api.constrains("team_id", "company_id")
    def _check_hotel_team_company(self):
        for ticket in self._hotel_filter("routing"):
            if ticket.team_id.company_id and ticket.team_id.company_id != (
                ticket.company_id
            ):
                raise ValidationError(
                    self.env._(
                        "%(team)s belongs to %(team_company)s and cannot lead a "
                        "complaint of %(company)s.",
                        team=ticket.team_id.display_name,
                        team_company=ticket.team_id.company_id.name,
                        company=ticket.company_id.name,
                    )
                )

    # ------------------------------------------------------------------
    # Routing
    # ------------------------------------------------------------------

    @api.model
    def _hotel_responsible(self, company, team, rule, current_team, current_user):
        """The one rule of the responsible person: the routing rule's, else
        the person already responsible while the lead department does not
        change (or none was set yet), else the lead department's leader."""
        rule_user = self.env["res.users"].browse(rule.get("responsible_user_id"))
        keep = current_user if (not current_team or team == current_team) else None
        # sudo: the lead department's leader, whoever may read teams.
        leader = team and self.env["helpdesk.ticket.team"].sudo()._hotel_leader(
            company, team
        )
        return rule_user or keep or leader or self.env["res.users"]

    @api.model
    def _hotel_routing_vals(self, company, facts, current_team, current_user):
        """Lead department, responsible person and rule for a complaint.

        ``facts`` holds the records ``category``, ``location`` and
        ``suggested_team`` and the key ``severity``. The first matching routing
        rule wins; without one, the current team stays, else the suggested
        department, the location's, the category's, then guest relations.
        Configuration is read from caches: this runs on every complaint.
        """
        # sudo: routing reads the hotel's configuration, whoever logs the
        # complaint (guests on the portal, staff of any department).
        Team = self.env["helpdesk.ticket.team"].sudo()
        rule = (
            self.env["hotel.complaint.routing.rule"]
            # sudo: as above, rules are configuration.
            .sudo()
            ._find_rule(
                company, facts["category"], facts["location"], facts["severity"]
            )
        )
        team = Team.browse(rule.get("lead_team_id")) or current_team
        if not team:
            department = (
                self.env["helpdesk.ticket.category"]
                ._hotel_category_data()
                .get(facts["category"].id, {})
                .get("department")
            )
            team = (
                facts["suggested_team"]
                or (facts["location"] and facts["location"].default_team_id)
                or Team._hotel_department(company, department)
                or Team._hotel_department(company, "guest_relations")
            )
        vals = {"routing_rule_id": rule.get("id", False)}
        if team:
            vals["team_id"] = team.id
        user = self._hotel_responsible(company, team, rule, current_team, current_user)
        if user:
            vals["user_id"] = user.id
        return vals

    @api.model
    def _hotel_prepare_create_routing_vals(self, vals):
        company = self.env["res.company"].browse(
            vals.get("company_id") or self.env.company.id
        )
        current_team = self.env["helpdesk.ticket.team"].browse(vals.get("team_id"))
        current_user = self.env["res.users"].browse(vals.get("user_id"))
        if current_team:
            # A department chosen at intake is kept, and no rule applies
            # ("Route Again" applies them later).
            if not current_user and not self._hotel_is_self_service(vals):
                user = self._hotel_responsible(
                    company, current_team, {}, current_team, current_user
                )
                if user:
                    vals["user_id"] = user.id
            return vals
        facts = self._hotel_routing_facts(vals)
        routing = self._hotel_routing_vals(company, facts, current_team, current_user)
        # Without a department found here, helpdesk_mgmt would take the
        # assignee's first team, maybe another hotel's: keep it empty instead.
        routing.setdefault("team_id", False)
        if self._hotel_is_self_service(vals):
            routing.pop("user_id", None)
        vals.update(routing)
        return vals

    @api.model
    def _hotel_routing_facts(self, vals):
        """What routing decides from, for a ticket about to be created (see
        ``_hotel_routing_vals``). Another type adds its own suggested
        department (an inquiry's channel, say)."""
        return {
            "category": self.env["helpdesk.ticket.category"].browse(
                vals.get("category_id")
            ),
            "location": self.env["hotel.location"].browse(vals.get("location_id")),
            "severity": vals.get("severity"),
            "suggested_team": self.env["helpdesk.ticket.team"].browse(
                vals.get("suggested_team_id")
            ),
        }

    @api.model
    def _hotel_is_self_service(self, vals):
        """Guests' own submissions on the website (helpdesk_mgmt's Web channel)
        wait unassigned in their lead department's queue, as helpdesk_mgmt's
        portal tickets do; the department's leader gets their warnings."""
        if not vals.get("channel_id") or vals.get("user_id"):
            return False
        web_id = self.env["ir.model.data"]._xmlid_to_res_id(
            "helpdesk_mgmt.helpdesk_ticket_channel_web", raise_if_not_found=False
        )
        return vals["channel_id"] == web_id

    def action_hotel_route(self):
        """Route again after the complaint was reclassified."""
        for ticket in self._hotel_filter("routing"):
            facts = {
                "category": ticket.category_id,
                "location": ticket.location_id,
                "severity": ticket.severity,
                "suggested_team": ticket.suggested_team_id,
            }
            vals = ticket._hotel_routing_vals(
                ticket.company_id, facts, ticket.team_id, ticket.user_id
            )
            rule = (
                self.env["hotel.complaint.routing.rule"]
                # sudo: the rule's name and collaborators, for the log and tasks.
                .sudo()
                .browse(vals["routing_rule_id"])
            )
            team = self.env["helpdesk.ticket.team"].browse(vals.get("team_id"))
            if team != ticket.team_id:
                # A new lead: the rule's responsible person or its leader.
                vals.setdefault("user_id", False)
            reason = (
                self.env._("Routed by rule %(rule)s", rule=rule.name)
                if rule
                else self.env._("Routed to the default department")
            )
            if team != ticket.team_id and not ticket._hotel_may_decide_handover():
                # Not the user's decision: the lead department's manager
                # (or a hotel manager) is asked to accept the new lead.
                user = self.env["res.users"].browse(vals.get("user_id"))
                ticket._hotel_request_handover(team, user, reason)
                continue
            ticket.check_access("write")
            # sudo: the routing rule applied is the process's to record.
            ticket.sudo()._hotel_set_lead(None, None, reason, vals=vals)
            open_teams = ticket.hotel_task_ids.filtered(
                lambda t: t.state == "open"
            ).team_id
            ticket._hotel_create_task_records(
                [
                    task
                    for task in ticket._hotel_rule_task_vals(rule)
                    if task["team_id"] not in open_teams.ids
                ]
            )
        return True

    # ------------------------------------------------------------------
    # Department tasks
    # ------------------------------------------------------------------

    def _hotel_task_vals(self, team, name, deadline=None, description=None):
        """The values of a department task on this ticket: the one builder
        of the routing rule's collaborators and of the security task."""
        self.ensure_one()
        return {
            "name": name,
            "ticket_id": self.id,
            "team_id": team.id,
            "deadline": deadline or self.resolution_deadline,
            "description": description or False,
        }

    def _hotel_rule_task_vals(self, rule):
        """A task for each collaborating department of ``rule``."""
        self.ensure_one()
        deadline = self.resolution_deadline
        if rule.collaborator_hours:
            start = self.reported_date or fields.Datetime.now()
            deadline = start + timedelta(hours=rule.collaborator_hours)
        return [
            self._hotel_task_vals(
                team,
                self.env._(
                    "%(team)s: contribute to %(ticket)s",
                    team=team.name,
                    ticket=self.display_name,
                ),
                deadline=deadline,
                description=self.guest_account,
            )
            for team in rule.collaborator_team_ids - self.team_id
        ]

    @api.model
    def _hotel_create_task_records(self, vals_list, notify=True):
        """Create the department tasks of ``vals_list`` on the tickets of
        ``self``, each with its handler's activity, created quietly: instead
        of one email per activity, the handlers of each ticket's new tasks
        are notified by one note on the ticket (``notify``), or by the
        caller (a serious complaint's alert note names them too)."""
        if not vals_list:
            return self.env["hotel.complaint.task"]
        # sudo: tasks follow from the routing rule or the severity, not from
        # the user's rights on other departments' tasks.
        tasks = (
            self.env["hotel.complaint.task"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )
        if notify:
            self.browse(tasks.ticket_id.ids)._hotel_notify_task_handlers(tasks)
        return tasks

    @api.model
    def _hotel_task_handlers_body(self, tasks):
        """The list of ``tasks`` and their handlers, for a note to them."""
        return Markup("<ul>%s</ul>") % Markup().join(
            Markup("<li>%s (%s)</li>") % (task.name, task.user_id.name)
            for task in tasks.filtered("user_id")
        )

    def _hotel_notify_task_handlers(self, tasks):
        """One note on each ticket of ``self`` to the handlers of its
        ``tasks``, listing them (each also has their task's activity)."""
        for ticket in self:
            own = tasks.filtered(lambda t, ticket=ticket: t.ticket_id == ticket)
            partners = own.user_id.partner_id
            if not partners:
                continue
            ticket.message_post(
                body=self._hotel_task_handlers_body(own),
                partner_ids=partners.ids,
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_rules_task_vals(self):
        """The values of a task per collaborating department of the routing
        rule of each ticket of ``self``."""
        task_vals = []
        for ticket in self.filtered("routing_rule_id"):
            task_vals += ticket._hotel_rule_task_vals(ticket.routing_rule_id)
        return task_vals

    def action_view_hotel_tasks(self):
        return self._hotel_action_records(
            "hotel.complaint.task", self.env._("Department Tasks")
        )

    # ------------------------------------------------------------------
    # Hand-over
    # ------------------------------------------------------------------

    def _hotel_set_lead(self, team, user, reason, vals=None):
        """Write the lead department ``team`` and the responsible ``user``
        (``None``: unchanged) with the other ``vals``, and the ``reason``
        that the change of lead is logged with: the wizard, "Route Again",
        accepting triage and accepting a hand-over request all go through
        here. A plain write of ``team_id`` logs "no reason given"."""
        vals = dict(vals or {})
        if team is not None:
            vals["team_id"] = team.id
        if user is not None:
            vals["user_id"] = user.id
        if "team_id" in vals:
            vals["hotel_lead_reason"] = reason
        return self.write(vals)

    def _hotel_prepare_handover(self, vals):
        """Before a change of lead department: who may decide it is checked,
        and the new lead's own collaborating task closes. Returns
        ``{ticket id: previous team}`` of the tickets handed over."""
        if "team_id" not in vals:
            if "hotel_lead_reason" in vals and not self.env.su:
                raise AccessError(
                    self.env._(
                        "The reason for the lead department is given with a "
                        "change of lead department."
                    )
                )
            return {}
        types = self._hotel_types("routing")
        handovers = {
            ticket.id: ticket.team_id
            for ticket in self
            if ticket.hotel_ticket_type in types
            and ticket.team_id.id != vals["team_id"]
        }
        if handovers:
            handed = self.browse(list(handovers))
            handed._hotel_check_may_decide_handover()
            handed._hotel_close_tasks_of_lead(vals["team_id"])
            # A change without a reason does not keep the previous one.
            vals.setdefault("hotel_lead_reason", False)
        return handovers

    def _hotel_log_handover(self, previous_teams, reason=None):
        """Post every change of lead department with its reason."""
        reason = reason or self.env._("no reason given")
        for ticket in self:
            ticket.message_post(
                body=self.env._(
                    "Lead department handed over: %(old)s → %(new)s. "
                    "Reason: %(reason)s",
                    old=previous_teams[ticket.id].display_name or "-",
                    new=ticket.team_id.display_name or "-",
                    reason=reason,
                ),
                subtype_xmlid="mail.mt_note",
            )

    def _hotel_may_decide_handover(self):
        """A hand-over is decided by the current lead department's manager
        or a hotel manager (or the process itself)."""
        self.ensure_one()
        user = self.env.user
        return (
            self.env.su
            or user.has_group("hotel_complaint.group_hotel_manager")
            # sudo: the lead department's leader, whoever may read teams.
            or self.sudo().team_id.user_id == user
        )

    def _hotel_check_may_decide_handover(self):
        for ticket in self:
            if not ticket._hotel_may_decide_handover():
                raise AccessError(
                    self.env._(
                        "Only the manager of %(team)s or a hotel manager can hand "
                        "complaint %(name)s over to another department. Use "
                        '"Hand Over" to ask for it.',
                        # sudo: the team's name, whoever may read teams.
                        team=ticket.sudo().team_id.display_name,
                        name=ticket.display_name,
                    )
                )

    def _hotel_close_tasks_of_lead(self, team_id):
        """The new lead department no longer collaborates: its open task
        closes, whatever path changes the lead (C2.3)."""
        # sudo: closing the task follows from the hand-over that was allowed.
        self.sudo().hotel_task_ids.filtered(
            lambda t: t.team_id.id == team_id and t.state == "open"
        ).action_cancel()

    def _hotel_handover_deciders(self):
        self.ensure_one()
        ticket = self.sudo()  # sudo: who decides, whoever asks.
        return ticket.team_id.user_id or ticket.company_id.hotel_duty_manager_id

    def _hotel_request_handover(self, team, user, reason):
        """Record a request to hand the complaint over to ``team``, for the
        current lead department's manager (or the duty manager) to decide.
        Whoever works on the complaint (writes it) may ask; guests may not."""
        self.ensure_one()
        self.check_access("write")
        if not team or team == self.team_id:
            return False
        # sudo: the request fields are the process's, not the requester's.
        ticket = self.sudo()
        ticket.write(
            {
                "hotel_handover_team_id": team.id,
                "hotel_handover_user_id": user.id or team.user_id.id or False,
                "hotel_handover_reason": reason,
                "hotel_handover_requested_by_id": self.env.uid,
            }
        )
        deciders = self._hotel_handover_deciders()
        summary = self.env._(
            "%(user)s asks to hand complaint %(name)s over to %(team)s: %(reason)s",
            user=self.env.user.name,
            name=ticket.display_name,
            team=team.display_name,
            reason=reason,
        )
        if deciders:
            ticket._hotel_notify(
                deciders, "hotel_complaint.mail_activity_type_handover_request", summary
            )
        else:
            ticket.message_post(body=summary, subtype_xmlid="mail.mt_note")
        return True

    def _hotel_check_handover_request(self):
        self._hotel_check_may_decide_handover()
        for ticket in self:
            # sudo: the request fields, which the decider may not read.
            if not ticket.sudo().hotel_handover_team_id:
                raise UserError(
                    self.env._(
                        "Nobody asked to hand complaint %(name)s over.",
                        name=ticket.display_name,
                    )
                )

    def _hotel_clear_handover_request(self):
        # sudo: the request fields and their activity are the process's.
        ticket = self.sudo()
        ticket.write(
            {
                "hotel_handover_team_id": False,
                "hotel_handover_user_id": False,
                "hotel_handover_reason": False,
                "hotel_handover_requested_by_id": False,
            }
        )
        ticket.activity_unlink(["hotel_complaint.mail_activity_type_handover_request"])

    def action_hotel_accept_handover(self):
        """The lead department's manager (or a hotel manager) accepts the
        requested hand-over."""
        self._hotel_check_handover_request()
        for ticket in self:
            # sudo: the request fields are the process's.
            request = ticket.sudo()
            team = request.hotel_handover_team_id
            user = request.hotel_handover_user_id
            reason = self.env._(
                "%(reason)s (asked by %(user)s, accepted by %(decider)s)",
                reason=request.hotel_handover_reason or "-",
                user=request.hotel_handover_requested_by_id.name or "-",
                decider=self.env.user.name,
            )
            ticket._hotel_clear_handover_request()
            ticket._hotel_set_lead(team, user or team.user_id, reason)
        return True

    def action_hotel_decline_handover(self):
        self._hotel_check_handover_request()
        for ticket in self:
            # sudo: the request fields are the process's.
            request = ticket.sudo()
            ticket.message_post(
                body=self.env._(
                    "%(decider)s declined to hand the complaint over to %(team)s.",
                    decider=self.env.user.name,
                    team=request.hotel_handover_team_id.display_name,
                ),
                partner_ids=request.hotel_handover_requested_by_id.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
            ticket._hotel_clear_handover_request()
        return True

    def action_hotel_handover(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Hand Over to Another Department"),
            "res_model": "hotel.complaint.handover",
            "view_mode": "form",
            "target": "new",
            "context": {"default_ticket_id": self.id},
        }
