# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Personal touches (C6.2) seen from the ticket: a guest-care ticket (of any
type) of a guest with a recovery flag, preferences or a VIP level, or a new
stay of such a guest, suggests the hotel's touches to the people its rules
name; a serious or urgent complaint closed flags the guest for service
recovery.

Cheap on the common path: whether the guest may match a rule is read from
fields of the contact that the ticket's creation has already fetched; only
such guests cost the queries of the rules."""

from markupsafe import Markup

from odoo import fields, models

from .helpdesk_ticket_deadlines import SERIOUS_SEVERITIES
from .hotel_guest_touch import ACTIVITY_TYPE


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    # ------------------------------------------------------------------
    # Steps of create and write
    # ------------------------------------------------------------------

    def _hotel_after_create(self):
        """Also: the personal touches of the guests who may have some."""
        res = super()._hotel_after_create()
        self._hotel_touch_candidates()._hotel_suggest_touches()
        return res

    def _hotel_after_write(self, vals, before):
        """Also: a serious or urgent complaint just closed flags its guest
        for service recovery; a new stay (a stay reference not seen before
        on the guest's tickets of the hotel) suggests touches."""
        res = super()._hotel_after_write(vals, before)
        if before["closing"]:
            before["closing"].filtered(
                lambda t: t.closed and t.severity in SERIOUS_SEVERITIES
            )._hotel_flag_recovery()
        if vals.get("stay_reference") or (
            vals.get("partner_id") and "stay_reference" not in vals
        ):
            candidates = self._hotel_filter_configured()._hotel_touch_candidates()
            candidates.filtered(
                "stay_reference"
            )._hotel_new_stays()._hotel_suggest_touches()
        return res

    # ------------------------------------------------------------------
    # Recovery flag
    # ------------------------------------------------------------------

    def _hotel_flag_recovery(self):
        """Flag the guests of these tickets for service recovery in the
        tickets' hotels."""
        for ticket in self.filtered("partner_id"):
            ticket.partner_id._hotel_set_recovery(
                ticket.company_id,
                self.env._(
                    "%(type)s %(name)s (%(severity)s)",
                    type=ticket._hotel_type_label(),
                    name=ticket.display_name,
                    severity=dict(
                        ticket._fields["severity"]._description_selection(self.env)
                    ).get(ticket.severity, ""),
                ),
            )

    # ------------------------------------------------------------------
    # Suggesting touches
    # ------------------------------------------------------------------

    def _hotel_touch_candidates(self):
        """The tickets whose guest may match a touch rule of their hotel."""
        return self.filtered(
            lambda t: (
                t.partner_id
                and t.company_id
                # sudo: the profile's fields, whoever creates the ticket.
                and t.partner_id.sudo()._hotel_touch_watched(t.company_id)
            )
        )

    def _hotel_new_stays(self):
        """The tickets whose stay reference no other ticket of the same guest
        in the same hotel has: one grouped read."""
        if not self:
            return self
        # sudo: every ticket of the guest counts, also those the user
        # cannot read.
        seen = (
            self.env["helpdesk.ticket"]
            .sudo()
            ._read_group(
                [
                    ("partner_id", "in", self.partner_id.ids),
                    ("stay_reference", "in", list(set(self.mapped("stay_reference")))),
                    ("id", "not in", self.ids),
                ],
                ["partner_id", "company_id", "stay_reference"],
                ["__count"],
            )
        )
        known = {
            (partner.id, company.id, stay) for partner, company, stay, _count in seen
        }
        return self.filtered(
            lambda t: (t.partner_id.id, t.company_id.id, t.stay_reference) not in known
        )

    def _hotel_suggest_touches(self):
        """The touches the rules of each ticket's hotel suggest for its guest,
        at most one per guest, stay and rule (without a stay reference: none
        while one of the guest and rule is still pending), with an activity for
        the person the rule names. Returns the touches created."""
        Touch = self.env["hotel.guest.touch"]
        if not self:
            return Touch
        # sudo: the hotel's rules apply whoever creates the ticket.
        rules = (
            self.env["hotel.guest.touch.rule"]
            .sudo()
            .search([("company_id", "in", self.company_id.ids)])
        )
        if not rules:
            return Touch
        # sudo: the profile is read by the process, whoever creates the ticket.
        partners = self.partner_id.sudo()
        preferences = self.env["hotel.guest.preference"]
        if "preference" in rules.mapped("condition"):
            # sudo: the guest's preferences, whoever creates the ticket.
            preferences = preferences.sudo().search(
                [
                    ("partner_id", "in", partners.ids),
                    ("company_id", "in", self.company_id.ids + [False]),
                ]
            )
        # sudo: earlier touches of the guests, whoever may read them.
        earlier = Touch.sudo().search_fetch(
            [("partner_id", "in", partners.ids), ("rule_id", "in", rules.ids)],
            ["partner_id", "rule_id", "stay_reference", "state"],
        )
        done_keys = {
            (t.partner_id.id, t.rule_id.id, t.stay_reference or False) for t in earlier
        }
        pending_keys = {
            (t.partner_id.id, t.rule_id.id) for t in earlier if t.state == "pending"
        }
        today = fields.Date.context_today(self)
        vals_list = []
        for ticket in self:
            # sudo: the profile is read by the process (as ``partners``).
            partner = ticket.partner_id.sudo()
            stay = ticket.stay_reference or False
            guest_prefs = preferences.filtered(
                lambda p, t=ticket: (
                    p.partner_id == t.partner_id
                    and (not p.company_id or p.company_id == t.company_id)
                )
            )
            for rule in rules.filtered(
                lambda r, t=ticket: r.company_id == t.company_id
            ):
                key = (partner.id, rule.id, stay)
                if key in done_keys or (not stay and key[:2] in pending_keys):
                    continue
                reason = rule._hotel_match(partner, guest_prefs)
                if reason is None:
                    continue
                done_keys.add(key)
                pending_keys.add(key[:2])
                vals_list.append(ticket._hotel_prepare_touch_vals(rule, reason, today))
        if not vals_list:
            return Touch
        # sudo: the process suggests the touches, whoever creates the ticket
        # (staff and guests cannot create them); whoever creates the ticket
        # (a guest on the portal) does not follow them.
        touches = (
            Touch.sudo()
            .with_context(
                mail_create_nolog=True,
                mail_create_nosubscribe=True,
                tracking_disable=True,
            )
            .create(vals_list)
        )
        self._hotel_schedule_touch_activities(touches)
        return touches

    def _hotel_prepare_touch_vals(self, rule, reason, today):
        self.ensure_one()
        return {
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "ticket_id": self.id,
            "stay_reference": self.stay_reference or False,
            "rule_id": rule.id,
            "reason": reason,
            "touch_kind": rule.touch_kind,
            "suggestion": rule.suggestion,
            "user_id": self._hotel_touch_user(rule).id,
            "date_deadline": rule._hotel_due_date(today, self.arrival_date),
        }

    def _hotel_touch_user(self, rule):
        """Who prepares the touch: the leader of guest relations or of the
        rule's department; guest relations' leader where that department
        has none; else the hotel's duty manager."""
        self.ensure_one()
        # sudo: the departments' leaders, whoever creates the ticket.
        Team = self.env["helpdesk.ticket.team"].sudo()
        company = self.company_id
        departments = ["guest_relations"]
        if rule.responsible_type == "department":
            departments.insert(0, rule.department_type)
        for department in departments:
            team = Team._hotel_department(company, department)
            leader = team and Team._hotel_leader(company, team)
            if leader:
                return leader
        return company.hotel_duty_manager_id

    def _hotel_schedule_touch_activities(self, touches):
        """One activity per touch with someone to do it, in one create."""
        touches = touches.filtered("user_id")
        if not touches:
            return
        activity_type = self._hotel_activity_type(ACTIVITY_TYPE)
        kinds = dict(touches._fields["touch_kind"]._description_selection(self.env))
        model_id = self.env["ir.model"]._get_id(touches._name)
        vals_list = [
            {
                "activity_type_id": activity_type.id,
                "summary": self.env._(
                    "%(touch)s for %(guest)s",
                    touch=kinds[touch.touch_kind],
                    guest=touch.partner_id.display_name,
                ),
                "automated": True,
                "note": Markup("<p>%s</p><p>%s</p>")
                % (touch.suggestion or "", touch.reason or ""),
                "date_deadline": touch.date_deadline,
                "res_model_id": model_id,
                "res_id": touch.id,
                "user_id": touch.user_id.id,
            }
            for touch in touches
        ]
        # sudo: the activities go on the touches, which the user creating the
        # ticket may not read; no email each (the activity is in the
        # assignee's queue).
        activities = (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
            .create(vals_list)
        )
        for touch, activity in zip(touches, activities, strict=True):
            # sudo: the link is the process's to write.
            touch.sudo().activity_id = activity
