# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What a portal guest gets of their own complaint: the fields, messages and
files meant for them, on the portal page and over RPC, and nothing else."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from . import common

# What a guest may read of their complaint: helpdesk_mgmt's portal fields
# (number, title, description, stage, category, dates...) and what the guest
# told the hotel.
GUEST_FIELDS = [
    "name",
    "number",
    "description",
    "stage_id",
    "category_id",
    "partner_id",
    "partner_name",
    "partner_email",
    "create_date",
    "last_stage_update",
    "closed_date",
    "closed",
    "company_id",
    "team_id",
    "priority",
    "hotel_ticket_type",
    "partner_phone",
    "room_number",
    "stay_reference",
    "incident_date",
    "guest_account",
    "reported_date",
]
# Fields of the addon (or changed by it) that stay readable for guests:
# those above; priority orders helpdesk_mgmt's portal list of tickets.
GUEST_READABLE_ADDON_FIELDS = {
    "hotel_ticket_type",
    "partner_phone",
    "room_number",
    "stay_reference",
    "incident_date",
    "guest_account",
    "reported_date",
    "priority",
    "team_id",
}
INTERNAL_FIELDS = [
    "hotel_sla_state",
    "hotel_escalation_level",
    "hotel_matrix_id",
    "routing_rule_id",
    "triage_rule_id",
    "suggested_category_id",
    "suggested_severity",
    "suggested_team_id",
    "hotel_triage_state",
    "user_ids",
    "notes",
    "cause_explained",
    "initial_solution",
    "first_response_deadline",
    "resolution_deadline",
    "hotel_response_warning_date",
    "hotel_resolution_warning_date",
    "hotel_breach_date",
    "hotel_alert_sent",
    "hotel_is_overdue",
    "acknowledged_date",
    "acknowledged_by_id",
    "apology_given",
    "guest_initial_opinion",
    "guest_initial_opinion_note",
    "severity",
    "urgency",
    "location_id",
    "hotel_task_ids",
    "hotel_open_task_count",
    "hotel_task_progress",
    "hotel_is_stuck",
    "hotel_evidence_ids",
    "hotel_measure_ids",
    "hotel_compensation_ids",
    "hotel_compensation_count",
    "hotel_feedback_ids",
    "hotel_resolution_summary",
    "guest_verified",
    "no_evidence_reason",
]


def _add_files(env, ticket, guest):
    """A file of each kind on the complaint; returns them by name."""
    Attachment = env["ir.attachment"]
    guest_file = (
        Attachment.with_user(guest)
        .sudo()
        .create(
            {
                "name": "guest_photo.txt",
                "raw": b"photo",
                "res_model": "helpdesk.ticket",
                "res_id": ticket.id,
            }
        )
    )
    ticket.message_post(
        body="CCTV shows the attendant skipped the room",
        subtype_xmlid="mail.mt_note",
        attachments=[("cctv_internal.txt", b"internal")],
    )
    ticket.message_post(
        body="We replaced the shower head, here is the report",
        message_type="comment",
        subtype_xmlid="mail.mt_comment",
        attachments=[("repair_report.txt", b"public")],
    )
    staff_file = Attachment.create(
        {
            "name": "staff_upload.txt",
            "raw": b"staff",
            "res_model": "helpdesk.ticket",
            "res_id": ticket.id,
        }
    )
    evidence = env["hotel.complaint.evidence"].create(
        {"ticket_id": ticket.id, "evidence_type": "staff_statement", "name": "Note"}
    )
    evidence_file = Attachment.create(
        {
            "name": "evidence_statement.txt",
            "raw": b"statement",
            "res_model": "hotel.complaint.evidence",
            "res_id": evidence.id,
        }
    )
    evidence.attachment_ids = evidence_file
    files = Attachment.search(
        [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", ticket.id)]
    )
    files |= guest_file | staff_file | evidence_file
    return {attachment.name: attachment for attachment in files}


class TestPortalPrivacy(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal = cls._user("t_privacy_guest", "base.group_portal")
        cls.complaint = cls._complaint(
            name="Shower broken",
            partner_id=cls.portal.partner_id.id,
            partner_email="guest@example.com",
            team_id=cls.teams["housekeeping"].id,
            severity="serious",
            cause_explained="Attendant skipped the room",
            initial_solution="Free dinner",
        )
        cls.files = _add_files(cls.env, cls.complaint, cls.portal)

    def test_internal_fields_not_readable(self):
        ticket = self.complaint.with_user(self.portal)
        self.assertTrue(self.complaint.user_id, "routing assigned the leader")
        for fname in INTERNAL_FIELDS:
            with self.assertRaises(AccessError, msg=fname):
                ticket.read([fname])
            with self.assertRaises(AccessError, msg=fname):
                ticket.search_read([("id", "=", ticket.id)], [fname])
        values = ticket.read(GUEST_FIELDS)[0]
        self.assertEqual(values["name"], "Shower broken")
        self.assertEqual(values["room_number"], "1208")
        self.assertFalse(set(INTERNAL_FIELDS) & set(ticket.fields_get()))

    def test_internal_fields_not_searchable(self):
        Ticket = self.env["helpdesk.ticket"].with_user(self.portal)
        for domain in (
            [("hotel_sla_state", "=", "on_track")],
            [("severity", "=", "serious")],
            [("notes", "!=", False)],
        ):
            with self.assertRaises(AccessError, msg=str(domain)):
                Ticket.search(domain)
        self.assertEqual(Ticket.search([]), self.complaint)

    def test_every_addon_field_is_internal_or_for_guests(self):
        """A field the addon adds to tickets is internal unless listed as
        meant for guests: new fields get groups= too."""
        Ticket = self.env["helpdesk.ticket"]
        for fname, field in Ticket._fields.items():
            if "hotel_complaint" not in field._modules:
                continue
            if fname in GUEST_READABLE_ADDON_FIELDS:
                self.assertFalse(field.groups, fname)
            else:
                self.assertTrue(field.groups, f"{fname} is readable by guests")

    def test_internal_notes_hidden_from_guest(self):
        """Odoo hides internal notes from portal users: checked either way."""
        messages = (
            self.env["mail.message"]
            .with_user(self.portal)
            .search_read(
                [("model", "=", "helpdesk.ticket"), ("res_id", "=", self.complaint.id)],
                ["body", "attachment_ids"],
            )
        )
        bodies = " ".join(str(message["body"]) for message in messages)
        self.assertIn("We replaced the shower head", bodies)
        self.assertNotIn("CCTV", bodies)
        attachment_ids = {i for message in messages for i in message["attachment_ids"]}
        self.assertIn(self.files["repair_report.txt"].id, attachment_ids)
        self.assertNotIn(self.files["cctv_internal.txt"].id, attachment_ids)

    def test_files_not_readable_over_rpc(self):
        """Portal users have no access right on attachments: neither the
        complaint's files nor the evidence files can be listed or read."""
        Attachment = self.env["ir.attachment"].with_user(self.portal)
        for domain in (
            [("res_model", "=", "helpdesk.ticket"), ("res_id", "=", self.complaint.id)],
            [("res_model", "=", "hotel.complaint.evidence")],
        ):
            with self.assertRaises(AccessError):
                Attachment.search_read(domain, ["name", "datas"])
        with self.assertRaises(AccessError):
            self.files["cctv_internal.txt"].with_user(self.portal).read(["datas"])
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.portal).read(["attachment_ids"])

    def test_portal_files(self):
        """The files of the portal page: the guest's own and those of
        messages to the guest, not internal notes', staff's or evidence."""
        expected = ["guest_photo.txt", "repair_report.txt"]
        files = self.complaint.with_user(self.portal)._hotel_portal_attachments()
        self.assertEqual(sorted(files.mapped("name")), expected)
        # As the portal page asks: on the superuser's record, for the visitor.
        files = self.complaint.sudo()._hotel_portal_attachments(self.portal)
        self.assertEqual(sorted(files.mapped("name")), expected)


@tagged("post_install", "-at_install")
class TestPortalPrivacyHttp(HttpCase):
    """The portal pages and JSON-RPC as the guest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.guest = new_test_user(
            cls.env, login="t_privacy_http_guest", groups="base.group_portal"
        )
        cls.leader = new_test_user(
            cls.env,
            login="t_privacy_leader",
            name="Leader Lucy Wong",
            groups=common.GROUP_DEPT_MANAGER,
        )
        cls.team = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Guest Relations",
                "hotel_department_type": "guest_relations",
                "user_id": cls.leader.id,
                "user_ids": [(4, cls.leader.id)],
            }
        )
        vals = {
            "description": "<p>The shower does not work</p>",
            "team_id": cls.team.id,
            "partner_id": cls.guest.partner_id.id,
            "partner_email": "guest@example.com",
        }
        cls.complaint = cls.env["helpdesk.ticket"].create(
            dict(
                vals,
                name="Shower broken",
                hotel_ticket_type="complaint",
                severity="moderate",
                urgency="high",
                cause_explained="Attendant skipped the room",
            )
        )
        cls.plain = cls.env["helpdesk.ticket"].create(
            dict(vals, name="Lost umbrella", user_id=cls.leader.id)
        )
        cls.files = _add_files(cls.env, cls.complaint, cls.guest)

    def setUp(self):
        super().setUp()
        self.authenticate("t_privacy_http_guest", "t_privacy_http_guest")

    def test_ticket_pages(self):
        response = self.url_open("/my/tickets")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Shower broken", response.text)
        self.assertIn("Lost umbrella", response.text)
        response = self.url_open(f"/my/ticket/{self.complaint.id}")
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("Shower broken", page)
        self.assertIn("guest_photo.txt", page)
        self.assertIn("repair_report.txt", page)
        for hidden in (
            "cctv_internal.txt",
            "staff_upload.txt",
            "evidence_statement.txt",
            "CCTV shows",
            "Attendant skipped the room",
            "Leader Lucy Wong",
        ):
            self.assertNotIn(hidden, page)
        for name in ("cctv_internal.txt", "staff_upload.txt"):
            token = self.files[name].sudo().access_token
            if token:
                self.assertNotIn(token, page)
        # A plain ticket's page shows its assignee, as helpdesk_mgmt does.
        response = self.url_open(f"/my/ticket/{self.plain.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Leader Lucy Wong", response.text)

    def test_file_downloads(self):
        shown = self.files["repair_report.txt"]
        self.url_open(f"/my/ticket/{self.complaint.id}")  # issues the tokens
        shown.invalidate_recordset()
        response = self.url_open(
            f"/web/content/{shown.id}?download=true&access_token={shown.access_token}"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"public")
        for name in ("cctv_internal.txt", "staff_upload.txt", "evidence_statement.txt"):
            attachment = self.files[name]
            response = self.url_open(f"/web/content/{attachment.id}?download=true")
            self.assertNotEqual(response.status_code, 200, name)

    def _call(self, model, method, *args, **kwargs):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": list(args),
                "kwargs": kwargs,
            },
        )

    def test_internal_fields_over_jsonrpc(self):
        values = self._call(
            "helpdesk.ticket", "read", [self.complaint.id], ["name", "room_number"]
        )
        self.assertEqual(values[0]["name"], "Shower broken")
        for fname in ("hotel_sla_state", "user_ids", "cause_explained", "severity"):
            with self.assertRaises(JsonRpcException, msg=fname) as error:
                self._call("helpdesk.ticket", "read", [self.complaint.id], [fname])
            self.assertEqual(error.exception.args[0], "odoo.exceptions.AccessError")
        with self.assertRaises(JsonRpcException):
            self._call(
                "ir.attachment",
                "search_read",
                [("res_model", "=", "helpdesk.ticket")],
                ["name"],
            )
