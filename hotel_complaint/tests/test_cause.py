# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Cause analysis of complaints (C5.1): each hotel's root causes, the cause
required before closing per severity, who records it, and the analysis of
common patterns."""

from datetime import datetime

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from . import common
from .test_compensation_security import STUFFED

CODES = [
    "staff_skill",
    "staff_attitude",
    "procedure",
    "facility",
    "supplier",
    "communication",
    "external",
]


class TestCause(common.HotelCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.Cause = cls.env["hotel.complaint.cause"]
        cls.causes = {
            c.code: c for c in cls.Cause.search([("company_id", "=", cls.company.id)])
        }

    def _ready(self, severity="moderate", **kw):
        """A housekeeping complaint ready to close but for its cause."""
        kw.setdefault("team_id", self.teams["housekeeping"].id)
        ticket = self._complaint(severity=severity, **kw)
        self._tell_result(ticket)
        if severity in ("serious", "urgent"):
            ticket.action_hotel_verify_guest()
            ticket.no_evidence_reason = "Reported after the fact."
        ticket.hotel_task_ids.action_done()
        return ticket

    # ------------------------------------------------------------------
    # Defaults per hotel
    # ------------------------------------------------------------------

    def test_defaults_per_hotel(self):
        """Every hotel gets the seven default causes, a new one at creation;
        again does nothing; a hotel that archived them keeps its choice."""
        for company in (self.company, self.company_b):
            causes = self.Cause.search([("company_id", "=", company.id)])
            self.assertEqual(causes.mapped("code"), CODES)
        self.assertEqual(self.causes["facility"].name, "Facility or Equipment")
        self.assertFalse(self.Cause._create_company_defaults(self.company))
        self.Cause.search([("company_id", "=", self.company_b.id)]).active = False
        self.assertFalse(self.Cause._create_company_defaults(self.company_b))

    def test_default_names_translated(self):
        self.env["res.lang"]._activate_lang("zh_TW")
        company = self.env["res.company"].create({"name": "Test Peak Hotel"})
        cause = self.Cause.search(
            [("company_id", "=", company.id), ("code", "=", "supplier")]
        )
        self.assertEqual(cause.with_context(lang="zh_TW").name, "供應商")
        self.assertEqual(cause.with_context(lang="en_US").name, "Supplier")

    def test_cause_of_another_hotel_refused(self):
        other = self.Cause.search(
            [("company_id", "=", self.company_b.id), ("code", "=", "procedure")]
        )
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        with self.assertRaises(UserError):
            ticket.hotel_cause_id = other
        with self.assertRaises(UserError):
            ticket.hotel_cause_factor_ids = other

    # ------------------------------------------------------------------
    # Required before closing
    # ------------------------------------------------------------------

    def test_closing_refused_without_cause_when_serious(self):
        ticket = self._ready("serious")
        with self.assertRaisesRegex(ValidationError, "root cause is not recorded"):
            ticket.stage_id = self.done
        ticket.hotel_cause_id = self.causes["procedure"]
        ticket.stage_id = self.done
        self.assertTrue(ticket.closed)

    def test_closing_without_cause_when_not_required(self):
        ticket = self._ready("moderate")
        ticket.stage_id = self.done
        self.assertTrue(ticket.closed)

    def test_required_per_severity_setting(self):
        self.company.write(
            {
                "hotel_cause_required_moderate": True,
                "hotel_cause_required_serious": False,
            }
        )
        moderate = self._ready("moderate")
        with self.assertRaisesRegex(ValidationError, "root cause is not recorded"):
            moderate.stage_id = self.done
        serious = self._ready("serious")
        serious.stage_id = self.done
        self.assertTrue(serious.closed)
        # Another hotel keeps its own setting.
        self.assertFalse(self.company_b.hotel_cause_required_moderate)
        self.assertTrue(self.company_b.hotel_cause_required_serious)

    def test_plain_ticket_untouched(self):
        ticket = self.Ticket.create(
            {"name": "Printer", "description": "<p>Jammed</p>", "priority": "3"}
        )
        self.assertFalse(ticket._hotel_cause_required())
        ticket.stage_id = self.done
        self.assertTrue(ticket.closed)

    # ------------------------------------------------------------------
    # Who records the cause
    # ------------------------------------------------------------------

    def test_lead_department_and_guest_relations_record_it(self):
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        ticket.with_user(self.hk_staff).write(
            {
                "hotel_cause_id": self.causes["staff_skill"].id,
                "hotel_cause_factor_ids": [(6, 0, self.causes["procedure"].ids)],
                "hotel_cause_description": "The new attendant skipped the checklist.",
            }
        )
        ticket.with_user(self.agent).hotel_cause_id = self.causes["procedure"]
        self.assertEqual(ticket.hotel_cause_id, self.causes["procedure"])
        self.assertEqual(ticket.hotel_cause_factor_ids, self.causes["procedure"])

    def test_collaborating_department_refused(self):
        """Engineering, which only helps on the complaint (a task), may read
        and work it but not record its cause, whatever the context."""
        ticket = self._complaint(team_id=self.teams["housekeeping"].id)
        self.env["hotel.complaint.task"].create(
            {
                "ticket_id": ticket.id,
                "team_id": self.teams["engineering"].id,
                "name": "Check the air conditioning",
            }
        )
        as_eng = ticket.with_user(self.eng_staff).with_context(**STUFFED)
        as_eng.read(["hotel_cause_id"])
        for vals in (
            {"hotel_cause_id": self.causes["facility"].id},
            {"hotel_cause_factor_ids": [(6, 0, self.causes["supplier"].ids)]},
            {"hotel_cause_description": "Old unit"},
        ):
            with self.assertRaisesRegex(AccessError, "lead department"):
                as_eng.write(vals)
        self.assertFalse(ticket.hotel_cause_id)

    def test_cause_given_at_creation(self):
        """Given with the complaint: by its lead department, not by another."""
        vals = self._complaint_vals(
            team_id=self.teams["housekeeping"].id,
            hotel_cause_id=self.causes["procedure"].id,
        )
        ticket = self.Ticket.with_user(self.hk_staff).create(dict(vals))
        self.assertEqual(ticket.hotel_cause_id, self.causes["procedure"])
        with self.assertRaisesRegex(AccessError, "lead department"):
            self.Ticket.with_user(self.eng_staff).with_context(**STUFFED).create(
                dict(vals)
            )

    def test_staff_cannot_edit_the_causes(self):
        cause = self.causes["supplier"].with_user(self.hk_staff)
        cause.read(["name"])
        with self.assertRaises(AccessError):
            cause.write({"name": "Vendors"})
        with self.assertRaises(AccessError):
            self.Cause.with_user(self.hk_manager).create(
                {"name": "Weather", "company_id": self.company.id}
            )
        self.Cause.with_user(self.hotel_manager).create(
            {"name": "Weather", "code": "weather", "company_id": self.company.id}
        )

    def test_other_hotel_causes_hidden(self):
        self.assertFalse(
            self.Cause.with_user(self.hk_staff).search(
                [("company_id", "=", self.company_b.id)]
            )
        )

    # ------------------------------------------------------------------
    # Analysis
    # ------------------------------------------------------------------

    def test_common_patterns(self):
        """Per month, the complaints of each category x cause x location,
        with the month before and the change."""
        location = self.env["hotel.location"].create(
            {"name": "Guest Floors", "company_id": self.company.id}
        )
        Pattern = self.env["hotel.complaint.pattern"]
        combo = {
            "category_id": self.cat_cleanliness.id,
            "location_id": location.id,
            "team_id": self.teams["housekeeping"].id,
        }
        for day in (3, 9):
            self._complaint(reported_date=datetime(2026, 5, day, 9), **combo)
        for day in (2, 5, 8):
            self._complaint(reported_date=datetime(2026, 6, day, 9), **combo)
        for ticket in self.Ticket.search([("location_id", "=", location.id)]):
            ticket.hotel_cause_id = self.causes["staff_skill"]
        self._complaint(
            reported_date=datetime(2026, 6, 9, 9),
            category_id=self.cat_food_hygiene.id,
            team_id=self.teams["fnb"].id,
        )
        self.env.flush_all()
        june = Pattern.search(
            [("location_id", "=", location.id), ("month", "=", "2026-06-01")]
        )
        self.assertRecordValues(
            june,
            [
                {
                    "company_id": self.company.id,
                    "category_id": self.cat_cleanliness.id,
                    "cause_id": self.causes["staff_skill"].id,
                    "complaint_count": 3,
                    "previous_count": 2,
                    "change_count": 1,
                }
            ],
        )
        may = Pattern.search(
            [("location_id", "=", location.id), ("month", "=", "2026-05-01")]
        )
        self.assertEqual((may.complaint_count, may.previous_count), (2, 0))
        # Not across hotels: the other hotel's manager sees none of them.
        self.assertFalse(
            Pattern.with_user(self.manager_b).search(
                [("location_id", "=", location.id)]
            )
        )
        # Department staff have no access to the hotel-wide summary.
        with self.assertRaises(AccessError):
            Pattern.with_user(self.hk_staff).search([])
        # Grouped reads by cause and month, as the pivot does.
        groups = self.Ticket._read_group(
            [("location_id", "=", location.id)],
            ["hotel_cause_id", "reported_date:month"],
            ["__count"],
        )
        self.assertEqual(
            sorted((cause.code, count) for cause, _m, count in groups),
            [("staff_skill", 2), ("staff_skill", 3)],
        )


@tagged("post_install", "-at_install")
class TestCauseRpc(HttpCase):
    """The cause analysis over JSON-RPC: the limits hold for an RPC client
    with a stuffed context; the portal sees nothing of it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env["res.company"].create({"name": "Test Rpc Hotel"})
        lead = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Housekeeping Rpc",
                "hotel_department_type": "housekeeping",
                "company_id": company.id,
            }
        )
        helper = cls.env["helpdesk.ticket.team"].create(
            {
                "name": "Engineering Rpc",
                "hotel_department_type": "engineering",
                "company_id": company.id,
            }
        )
        common_vals = {"company_id": company.id, "company_ids": [(6, 0, company.ids)]}
        cls.staff = new_test_user(
            cls.env,
            login="t_cause_rpc_staff",
            groups=common.GROUP_STAFF,
            **common_vals,
        )
        helper.user_ids = cls.staff
        cls.portal = new_test_user(
            cls.env, login="t_cause_rpc_portal", groups="base.group_portal"
        )
        cls.cause = cls.env["hotel.complaint.cause"].search(
            [("company_id", "=", company.id), ("code", "=", "procedure")]
        )
        cls.ticket = cls.env["helpdesk.ticket"].create(
            {
                "name": "Cold room",
                "description": "<p>Cold</p>",
                "hotel_ticket_type": "complaint",
                "partner_id": cls.portal.partner_id.id,
                "company_id": company.id,
                "team_id": lead.id,
                "severity": "minor",
                "urgency": "medium",
            }
        )
        cls.env["hotel.complaint.task"].create(
            {"ticket_id": cls.ticket.id, "team_id": helper.id, "name": "Heater"}
        )

    def _call(self, model, method, args):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {
                "model": model,
                "method": method,
                "args": args,
                "kwargs": {"context": dict(STUFFED)},
            },
        )

    def _refused(self, model, method, args):
        with self.assertRaises(JsonRpcException) as caught:
            self._call(model, method, args)
        self.assertEqual(str(caught.exception), "odoo.exceptions.AccessError")

    def test_collaborating_staff(self):
        self.authenticate("t_cause_rpc_staff", "t_cause_rpc_staff")
        self._refused(
            "helpdesk.ticket",
            "write",
            [self.ticket.ids, {"hotel_cause_id": self.cause.id}],
        )
        self._refused(
            "helpdesk.ticket",
            "write",
            [self.ticket.ids, {"hotel_is_recurrence": True}],
        )
        self._refused(
            "hotel.complaint.cause", "write", [self.cause.ids, {"name": "Other"}]
        )
        self.assertFalse(self.ticket.hotel_cause_id)
        self.assertFalse(self.ticket.hotel_is_recurrence)

    def test_portal(self):
        self.authenticate("t_cause_rpc_portal", "t_cause_rpc_portal")
        for fname in (
            "hotel_cause_id",
            "hotel_cause_factor_ids",
            "hotel_cause_description",
            "hotel_is_recurrence",
            "hotel_recurrence_of_ids",
            "hotel_recurrence_reason",
        ):
            self._refused("helpdesk.ticket", "read", [self.ticket.ids, [fname]])
        self._refused("hotel.complaint.cause", "search_read", [[], ["name"]])
        self._refused("hotel.complaint.pattern", "search_read", [[], ["month"]])
