# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Recurring complaints (C5.1, C5.2): a complaint like one of the hotel's
complaints of the last days (the hotel's window) - same room, same place and
category, same guest, or, once the root cause is recorded, same root cause at
the same place - is flagged, linked to them with the criteria that matched,
and the lead department's leader is alerted (in batches, by a cron)."""

from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.tools import SQL, sql

# The criteria, in the order they are shown: (key, flag field).
CRITERIA = (
    ("room", "hotel_recurrence_room"),
    ("place", "hotel_recurrence_place"),
    ("guest", "hotel_recurrence_guest"),
    ("cause", "hotel_recurrence_cause"),
)
# Set by the process only.
RECURRENCE_FIELDS = frozenset(
    {
        "hotel_is_recurrence",
        "hotel_recurrence_of_ids",
        "hotel_recurrence_matches",
        "hotel_recurrence_alert_pending",
    }
    | {fname for _key, fname in CRITERIA}
)
# At most this many earlier complaints are linked per search (the latest).
MAX_MATCHES = 20
# Complaints alerted per committed batch of the cron.
CRON_BATCH_SIZE = 200

# Partial indexes of helpdesk_ticket for the searches of similar complaints:
# (name, expressions, where). Guest-care tickets only.
GUEST_CARE = "hotel_ticket_type IS NOT NULL"
RECURRENCE_INDEXES = (
    (
        "helpdesk_ticket_hotel_recur_room_idx",
        ["company_id", "room_number", "reported_date"],
        f"{GUEST_CARE} AND room_number IS NOT NULL",
    ),
    (
        "helpdesk_ticket_hotel_recur_place_idx",
        ["company_id", "location_id", "category_id", "reported_date"],
        f"{GUEST_CARE} AND location_id IS NOT NULL",
    ),
    (
        "helpdesk_ticket_hotel_recur_guest_idx",
        ["partner_id", "reported_date"],
        f"{GUEST_CARE} AND partner_id IS NOT NULL",
    ),
    (
        "helpdesk_ticket_hotel_recur_cause_idx",
        ["hotel_cause_id", "location_id", "category_id", "reported_date"],
        f"{GUEST_CARE} AND hotel_cause_id IS NOT NULL",
    ),
    (
        "helpdesk_ticket_hotel_recur_alert_idx",
        ["id"],
        "hotel_recurrence_alert_pending",
    ),
)


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_is_recurrence = fields.Boolean(
        string="Recurrence",
        copy=False,
        groups="base.group_user",
        help="Like a complaint of the hotel's recurrence window before it.",
    )
    hotel_recurrence_of_ids = fields.Many2many(
        comodel_name="helpdesk.ticket",
        relation="helpdesk_ticket_hotel_recurrence_rel",
        column1="ticket_id",
        column2="earlier_id",
        string="Recurrence of",
        copy=False,
        groups="base.group_user",
        help="The earlier complaints this one is like.",
    )
    hotel_recurrence_matches = fields.Json(
        string="Recurrence Matches",
        copy=False,
        groups="base.group_user",
        help="The criteria that matched, per earlier complaint.",
    )
    hotel_recurrence_room = fields.Boolean(
        string="Same Room", copy=False, groups="base.group_user"
    )
    hotel_recurrence_place = fields.Boolean(
        string="Same Place and Category", copy=False, groups="base.group_user"
    )
    hotel_recurrence_guest = fields.Boolean(
        string="Same Guest", copy=False, groups="base.group_user"
    )
    hotel_recurrence_cause = fields.Boolean(
        string="Same Root Cause", copy=False, groups="base.group_user"
    )
    hotel_recurrence_alert_pending = fields.Boolean(
        string="Recurrence Alert Pending", copy=False, groups="base.group_user"
    )
    hotel_recurrence_reason = fields.Text(
        string="Why a Recurrence",
        compute="_compute_hotel_recurrence_reason",
        groups="base.group_user",
    )

    def init(self):
        res = super().init()
        for name, expressions, where in RECURRENCE_INDEXES:
            sql.create_index(self.env.cr, name, self._table, expressions, where=where)
        return res

    @api.model
    def _hotel_recurrence_labels(self):
        return {
            "room": self.env._("same room"),
            "place": self.env._("same place and category"),
            "guest": self.env._("same guest"),
            "cause": self.env._("same root cause at the same place"),
        }

    @api.depends("hotel_recurrence_matches", "hotel_recurrence_of_ids")
    @api.depends_context("uid")
    def _compute_hotel_recurrence_reason(self):
        labels = self._hotel_recurrence_labels()
        for ticket in self:
            matches = ticket.hotel_recurrence_matches or {}
            # The earlier complaints the user may read only.
            lines = [
                "{}: {}".format(
                    earlier.display_name,
                    ", ".join(
                        labels[key]
                        for key, _f in CRITERIA
                        if key in matches.get(str(earlier.id), ())
                    ),
                )
                for earlier in ticket.hotel_recurrence_of_ids.sorted("reported_date")
            ]
            ticket.hotel_recurrence_reason = "\n".join(lines)

    @api.model
    def _hotel_server_set_fields(self):
        return super()._hotel_server_set_fields() | RECURRENCE_FIELDS

    # ------------------------------------------------------------------
    # On creation
    # ------------------------------------------------------------------

    @api.model
    def _hotel_prepare_create_vals(self, vals):
        """Also: the similar complaints of the hotel's window (one search)."""
        vals = super()._hotel_prepare_create_vals(vals)
        if self._hotel_vals_config(vals).get("causes"):
            self._hotel_prepare_recurrence_vals(vals)
        return vals

    def _hotel_create_facts(self):
        """Also the room and the date: a converted ticket is matched on them."""
        return dict(
            super()._hotel_create_facts(),
            room_number=self.room_number,
            reported_date=self.reported_date,
        )

    @api.model
    def _hotel_prepare_recurrence_vals(self, vals):
        """Flag the new complaint of ``vals`` a recurrence of the similar
        complaints of its hotel's window, with the criteria that matched, and
        mark its leader's alert pending: its own values, in its INSERT."""
        company_id = vals.get("company_id") or self.env.company.id
        at = fields.Datetime.to_datetime(vals.get("reported_date")) or (
            fields.Datetime.now()
        )
        room = vals.get("room_number") or None
        location = vals.get("location_id") if vals.get("category_id") else None
        partner = vals.get("partner_id") or None
        if not (room or location or partner):
            return
        matches = {
            str(row[0]): [
                key
                for key, matched in (
                    ("room", room and row[1] == room),
                    ("place", location and row[2:4] == (location, vals["category_id"])),
                    ("guest", partner and row[4] == partner),
                )
                if matched
            ]
            for row in self._hotel_search_similar(
                company_id,
                at,
                room,
                location,
                vals.get("category_id"),
                partner,
            )
        }
        if matches:
            vals.update(self._hotel_recurrence_vals(matches, alert=True))

    @api.model
    def _hotel_search_similar(
        self, company_id, until, room, location_id, category_id, partner_id
    ):
        """The latest ``MAX_MATCHES`` guest-care complaints of the hotel
        reported in its recurrence window up to ``until`` with the same room,
        the same location and category, or the same guest (the criteria
        given): rows ``(id, room_number, location_id, category_id,
        partner_id)``; none when the hotel's window is 0. One query, whoever
        logs the complaint (the process searches every complaint of the
        hotel), which reads the hotel's window itself (no read of the hotel
        before): a UNION of one branch per criterion, each read backwards on
        its partial index (``RECURRENCE_INDEXES``) and stopped after
        ``MAX_MATCHES`` rows, instead of reading every similar complaint of
        the window to sort them."""
        self.env["res.company"].flush_model(["hotel_recurrence_days"])
        self.flush_model(
            [
                "company_id",
                "room_number",
                "location_id",
                "category_id",
                "partner_id",
                "reported_date",
                "hotel_ticket_type",
                "active",
            ]
        )
        common = SQL(
            "hotel_ticket_type = ANY(%s) AND active AND reported_date >= %s - "
            "(SELECT days FROM hotel_window) * interval '1 day' "
            "AND reported_date <= %s AND company_id = %s",
            self._hotel_types("causes"),
            until,
            until,
            company_id,
        )
        criteria = []
        if room:
            criteria.append(SQL("room_number = %s", room))
        if location_id:
            criteria.append(
                SQL("location_id = %s AND category_id = %s", location_id, category_id)
            )
        if partner_id:
            criteria.append(SQL("partner_id = %s", partner_id))
        branches = [
            SQL(
                "(SELECT id, room_number, location_id, category_id, partner_id, "
                "reported_date FROM helpdesk_ticket WHERE %s AND %s "
                "ORDER BY reported_date DESC LIMIT %s)",
                common,
                criterion,
                MAX_MATCHES,
            )
            for criterion in criteria
        ]
        self.env.cr.execute(
            SQL(
                "WITH hotel_window AS (SELECT hotel_recurrence_days AS days "
                "FROM res_company WHERE id = %s AND hotel_recurrence_days > 0) "
                "SELECT id, room_number, location_id, category_id, partner_id "
                "FROM (%s) AS found ORDER BY reported_date DESC, id DESC LIMIT %s",
                company_id,
                SQL(" UNION ").join(branches),
                MAX_MATCHES,
            )
        )
        return self.env.cr.fetchall()

    @api.model
    def _hotel_recurrence_vals(self, matches, alert):
        """The values of a complaint that recurs the complaints of
        ``matches`` (``{earlier id: [criteria]}``)."""
        keys = {key for found in matches.values() for key in found}
        vals = {
            "hotel_is_recurrence": True,
            "hotel_recurrence_of_ids": [Command.link(int(i)) for i in matches],
            "hotel_recurrence_matches": matches,
            **{fname: True for key, fname in CRITERIA if key in keys},
        }
        if alert:
            vals["hotel_recurrence_alert_pending"] = True
        return vals

    # ------------------------------------------------------------------
    # When the root cause is recorded
    # ------------------------------------------------------------------

    def _hotel_after_create(self):
        """Also: a complaint logged with its root cause is matched on it."""
        res = super()._hotel_after_create()
        self._hotel_filter("causes").filtered("hotel_cause_id")._hotel_match_cause()
        return res

    def _hotel_after_write(self, vals, before):
        """Also: the complaints of the same root cause at the same place."""
        res = super()._hotel_after_write(vals, before)
        if vals.get("hotel_cause_id"):
            self._hotel_filter("causes")._hotel_match_cause()
        return res

    def _hotel_match_cause(self):
        """Link each complaint of ``self`` with those of the same root cause
        at the same place (its location, else its category) within the
        hotel's window before or after it: the later one is the recurrence."""
        # sudo: every complaint of the hotel counts, whoever records the
        # cause; the links are process fields.
        for ticket in self.sudo():
            days = ticket.company_id.hotel_recurrence_days
            if not days or not ticket.hotel_cause_id:
                continue
            at = ticket.reported_date or ticket.create_date
            place = (
                [("location_id", "=", ticket.location_id.id)]
                if ticket.location_id
                else [("category_id", "=", ticket.category_id.id)]
            )
            if not ticket.location_id and not ticket.category_id:
                continue
            found = ticket.search(
                [
                    ("company_id", "=", ticket.company_id.id),
                    ("hotel_ticket_type", "in", self._hotel_types("causes")),
                    ("hotel_cause_id", "=", ticket.hotel_cause_id.id),
                    *place,
                    ("reported_date", ">=", at - timedelta(days=days)),
                    ("reported_date", "<=", at + timedelta(days=days)),
                    ("id", "!=", ticket.id),
                ],
                order="reported_date DESC, id DESC",
                limit=MAX_MATCHES,
            )
            for other in found:
                later, earlier = (
                    (ticket, other)
                    if (other.reported_date, other.id) < (at, ticket.id)
                    else (other, ticket)
                )
                later._hotel_add_recurrence(earlier, "cause")

    def _hotel_add_recurrence(self, earlier, key):
        """Record (as the process) that ``self`` recurs ``earlier`` by
        criterion ``key``; alerted if it was not a recurrence yet."""
        self.ensure_one()
        matches = dict(self.hotel_recurrence_matches or {})
        keys = list(matches.get(str(earlier.id), []))
        if key in keys:
            return
        matches[str(earlier.id)] = keys + [key]
        vals = self._hotel_recurrence_vals(
            {str(earlier.id): matches[str(earlier.id)]},
            alert=not self.hotel_is_recurrence,
        )
        vals["hotel_recurrence_matches"] = matches
        # sudo: process fields, which clients cannot write themselves.
        self.sudo().write(vals)

    # ------------------------------------------------------------------
    # Alerts
    # ------------------------------------------------------------------

    @api.model
    def _cron_hotel_recurrence_alerts(self, batch_size=CRON_BATCH_SIZE):
        """Alert the lead department's leader of each new recurrence, once:
        one activity per complaint, one notification per leader listing
        them (``_hotel_notify_batch``). Committed batches, as the
        escalation cron."""
        # sudo: the cron alerts across hotels.
        tickets = self.sudo().search(
            [("hotel_recurrence_alert_pending", "=", True)],
            limit=batch_size,
            order="id",
        )
        tickets._hotel_alert_recurrence()
        remaining = (
            # sudo: the cron alerts across hotels.
            self.sudo().search_count([("hotel_recurrence_alert_pending", "=", True)])
            if len(tickets) == batch_size
            else 0
        )
        self.env["ir.cron"]._notify_progress(done=len(tickets), remaining=remaining)
        return True

    def _hotel_alert_recurrence(self):
        labels = self._hotel_recurrence_labels()
        # sudo: the leaders of the departments, whoever may read teams.
        Team = self.env["helpdesk.ticket.team"].sudo()
        entries = []
        for ticket in self:
            users = (
                Team._hotel_leader(ticket.company_id, ticket.team_id)
                if ticket.team_id
                else ticket.user_id
            ) or ticket.user_id
            keys = [key for key, fname in CRITERIA if ticket[fname]]
            entries.append(
                (
                    ticket,
                    users,
                    "hotel_complaint.mail_activity_type_recurrence",
                    self.env._(
                        "Recurring complaint %(name)s: %(reasons)s, like %(earlier)s",
                        name=ticket.display_name,
                        reasons=", ".join(labels[key] for key in keys),
                        earlier=", ".join(
                            ticket.hotel_recurrence_of_ids.mapped("display_name")
                        ),
                    ),
                )
            )
        # sudo: a process flag, which clients cannot write themselves.
        self.sudo().write({"hotel_recurrence_alert_pending": False})
        self._hotel_notify_batch(entries)

    @api.model
    def _hotel_recurrence_action(self, domain, name):
        """The recurring complaints of ``domain``, by room, in a list."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_complaint.helpdesk_ticket_action_recurrence"
        )
        action["domain"] = [("hotel_is_recurrence", "=", True), *domain]
        action["display_name"] = self.env._("Recurrences: %(name)s", name=name)
        return action
