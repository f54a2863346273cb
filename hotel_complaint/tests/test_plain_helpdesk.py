# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Plain helpdesk use beside the complaint desk: helpdesk_mgmt users without
any hotel group open, create and save tickets as before, complaints they may
see included, and plain tickets never become complaints."""

from odoo.tests import Form, HttpCase, new_test_user, tagged

from . import common

GROUP_HELPDESK_USER = "helpdesk_mgmt.group_helpdesk_user"
GROUP_HELPDESK_OWN = "helpdesk_mgmt.group_helpdesk_user_own"
VIEW_TYPES = ["form", "list", "kanban", "search"]
# The hotel's own fields, which read models these users have no access to.
HOTEL_ONLY_FIELDS = {
    "hotel_task_ids",
    "hotel_open_task_count",
    "hotel_task_progress",
    "hotel_is_stuck",
    "hotel_matrix_id",
    "triage_rule_id",
    "routing_rule_id",
    "hotel_evidence_ids",
    "hotel_measure_ids",
    "hotel_compensation_ids",
    "hotel_compensation_count",
    "hotel_feedback_ids",
}


def _form_spec(env):
    """The fields of the ticket form, as the web client reads them."""
    views = env["helpdesk.ticket"].get_views([(False, "form")])
    fields = views["models"]["helpdesk.ticket"]["fields"]
    return {
        fname: {"fields": {"display_name": {}}}
        if field["type"] in ("many2one", "one2many", "many2many")
        else {}
        for fname, field in fields.items()
    }


class TestPlainHelpdesk(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.helpdesk_user = cls._user("t_plain_user", GROUP_HELPDESK_USER)
        cls.helpdesk_own = cls._user("t_plain_own", GROUP_HELPDESK_OWN)
        cls.it_team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "IT Support",
                "company_id": cls.company.id,
                "user_ids": [(4, cls.helpdesk_user.id), (4, cls.helpdesk_own.id)],
            }
        )
        # A complaint they can see through helpdesk_mgmt's rules: all tickets
        # for one, assigned to the other.
        cls.complaint = cls._complaint(
            name="Wi-Fi down in room 1208",
            team_id=cls.it_team.id,
            user_id=cls.helpdesk_own.id,
            severity="serious",
        )
        cls.env["hotel.complaint.task"].create(
            {
                "name": "Check the access point",
                "ticket_id": cls.complaint.id,
                "team_id": cls.teams["engineering"].id,
            }
        )
        cls._proposal(cls.complaint, 50)

    def _users(self):
        return self.helpdesk_user | self.helpdesk_own

    def test_users_have_no_hotel_group(self):
        for user in self._users():
            self.assertFalse(user.has_group(common.GROUP_STAFF), user.login)

    def test_views_load(self):
        for user in self._users():
            Ticket = self.env["helpdesk.ticket"].with_user(user)
            views = Ticket.get_views([(False, view_type) for view_type in VIEW_TYPES])
            fields = views["models"]["helpdesk.ticket"]["fields"]
            self.assertFalse(HOTEL_ONLY_FIELDS & set(fields), user.login)
            for view_type in VIEW_TYPES:
                arch = views["views"][view_type]["arch"]
                for fname in HOTEL_ONLY_FIELDS:
                    self.assertNotIn(f'name="{fname}"', arch, (user.login, view_type))
            self.assertNotIn("action_view_hotel_tasks", views["views"]["form"]["arch"])
            self.assertNotIn(
                "action_view_hotel_compensation", views["views"]["form"]["arch"]
            )

    def test_complaint_form_read_and_saved(self):
        for user in self._users():
            complaint = self.complaint.with_user(user)
            values = complaint.web_read(_form_spec(complaint.env))[0]
            self.assertTrue(values["name"].startswith("Wi-Fi down in room 1208"))
            self.assertEqual(values["severity"], "serious")
            with Form(complaint) as form:
                form.name = f"Wi-Fi down in room 1208 ({user.login})"
            self.assertEqual(
                self.complaint.name, f"Wi-Fi down in room 1208 ({user.login})"
            )
            # Searching and grouping the way the list and kanban views do.
            Ticket = self.env["helpdesk.ticket"].with_user(user)
            self.assertIn(
                self.complaint, Ticket.search([("hotel_is_overdue", "=", False)])
            )
            Ticket.web_read_group([], ["stage_id"], ["stage_id"])

    def test_plain_ticket_created_and_edited(self):
        for user in self._users():
            with Form(self.env["helpdesk.ticket"].with_user(user)) as form:
                form.name = f"Printer jammed ({user.login})"
                form.description = "The lobby printer is jammed"
                form.team_id = self.it_team
            ticket = form.record
            self.assertEqual(ticket.user_id, user)
            with Form(ticket) as form:
                form.description = "Jammed again"
                form.priority = "2"
            ticket.with_user(user).web_read(_form_spec(ticket.env))
            # Never a complaint, no hotel deadlines, tasks or alerts.
            ticket = ticket.sudo()
            self.assertFalse(ticket.hotel_ticket_type)
            self.assertFalse(ticket.hotel_matrix_id)
            self.assertFalse(ticket.first_response_deadline)
            self.assertFalse(ticket.resolution_deadline)
            self.assertFalse(ticket.hotel_task_ids)
            self.assertFalse(ticket.hotel_alert_sent)
            self.assertEqual(ticket.priority, "2")

    def test_plain_ticket_given_severity_stays_plain(self):
        ticket = self.env["helpdesk.ticket"].create(
            {
                "name": "Fire alarm panel beeps",
                "description": "<p>Beeps</p>",
                "team_id": self.it_team.id,
                "severity": "urgent",
                "urgency": "high",
            }
        )
        self.assertFalse(ticket.hotel_ticket_type)
        self.assertFalse(ticket.hotel_matrix_id)
        self.assertFalse(ticket.resolution_deadline)
        self.assertFalse(ticket.hotel_task_ids)
        self.assertFalse(ticket.hotel_alert_sent)


@tagged("post_install", "-at_install")
class TestPlainHelpdeskJsonRpc(HttpCase):
    """The same over real JSON-RPC, as the web client calls it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.helpdesk_user = new_test_user(
            cls.env, login="t_plain_rpc_user", groups=GROUP_HELPDESK_USER
        )
        team = cls.env["helpdesk.ticket.team"].create(
            {"name": "IT Support", "user_ids": [(4, cls.helpdesk_user.id)]}
        )
        cls.complaint = cls.env["helpdesk.ticket"].create(
            {
                "name": "Wi-Fi down",
                "description": "<p>No Wi-Fi</p>",
                "hotel_ticket_type": "complaint",
                "partner_email": "guest@example.com",
                "team_id": team.id,
                "severity": "moderate",
                "urgency": "high",
            }
        )
        engineering = cls.env["helpdesk.ticket.team"].create(
            {"name": "Engineering", "hotel_department_type": "engineering"}
        )
        cls.env["hotel.complaint.task"].create(
            {"name": "Reboot", "ticket_id": cls.complaint.id, "team_id": engineering.id}
        )
        cls.plain = cls.env["helpdesk.ticket"].create(
            {"name": "Printer", "description": "<p>Jammed</p>", "team_id": team.id}
        )

    def _call(self, model, method, *args, **kwargs):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def test_form_over_jsonrpc(self):
        self.authenticate("t_plain_rpc_user", "t_plain_rpc_user")
        views = self._call(
            "helpdesk.ticket",
            "get_views",
            [[False, view_type] for view_type in VIEW_TYPES],
        )
        fields = views["models"]["helpdesk.ticket"]["fields"]
        self.assertFalse(HOTEL_ONLY_FIELDS & set(fields))
        spec = {
            fname: {"fields": {"display_name": {}}}
            if field["type"] in ("many2one", "one2many", "many2many")
            else {}
            for fname, field in fields.items()
        }
        for ticket in (self.complaint, self.plain):
            values = self._call("helpdesk.ticket", "web_read", [ticket.id], spec)
            self.assertEqual(values[0]["name"], ticket.name)
            self._call(
                "helpdesk.ticket",
                "web_save",
                [ticket.id],
                {"name": f"{ticket.name} (checked)"},
                specification={"name": {}},
            )
            ticket.invalidate_recordset()
            self.assertEqual(ticket.name[-9:], "(checked)")
