# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fixtures shared by the hotel_complaint_crm tests.

Import this module, not its classes (``from . import common``), so that
pytest-odoo does not collect the base class as a test case of its own.
"""

from odoo.tests import new_test_user, tagged

from odoo.addons.hotel_complaint.tests import common as hotel_common

GROUP_SALESMAN = "sales_team.group_sale_salesman"
GROUP_SALESMAN_ALL = "sales_team.group_sale_salesman_all_leads"
VISIT = "hotel_complaint.mail_activity_type_follow_up_visit"
TAG = "hotel_complaint_crm.crm_tag_guest_recovery"


@tagged("post_install", "-at_install")
class RecoveryCase(hotel_common.HotelCase):
    """The test hotels, the duty manager working in CRM too (serious
    follow-ups go to them), sales staff of each hotel and a fresh guest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        cls.Lead = cls.env["crm.lead"]
        cls.Followup = cls.env["hotel.complaint.followup"]
        cls.teams["guest_relations"].write(
            {"user_id": cls.agent.id, "user_ids": [(4, cls.agent.id)]}
        )
        cls.teams["guest_relations_b"].write(
            {"user_id": cls.manager_b.id, "user_ids": [(4, cls.manager_b.id)]}
        )
        cls.duty_manager.groups_id = [(4, cls.env.ref(GROUP_SALESMAN).id)]
        cls.company_b.hotel_duty_manager_id = cls.manager_b
        cls.manager_b.groups_id = [(4, cls.env.ref(GROUP_SALESMAN).id)]
        cls.salesman = cls._user("t_crm_salesman", GROUP_SALESMAN)
        cls.sales_all = cls._user("t_crm_sales_all", GROUP_SALESMAN_ALL)
        cls.sales_all_b = new_test_user(
            cls.env,
            login="t_crm_sales_all_b",
            groups=GROUP_SALESMAN_ALL,
            company_id=cls.company_b.id,
            company_ids=[(6, 0, cls.company_b.ids)],
        )
        cls.tag = cls.env.ref(TAG)
        cls.recovery = [("tag_ids", "in", cls.tag.ids)]
        cls.new_guest = cls.env["res.partner"].create(
            {"name": "陈小明 (Chen Xiaoming)", "phone": "+852 5555 0199"}
        )

    @classmethod
    def _ready(cls, severity="moderate", **kw):
        """A complaint of the housekeeping department ready to close."""
        kw.setdefault("team_id", cls.teams["housekeeping"].id)
        ticket = cls._complaint(severity=severity, **kw)
        cls._tell_result(ticket)
        if severity in ("serious", "urgent"):
            ticket.action_hotel_verify_guest()
            ticket.no_evidence_reason = "Reported after the fact."
            cls._record_cause(ticket)
        ticket.hotel_task_ids.action_done()
        return ticket

    @classmethod
    def _close(cls, ticket):
        ticket.stage_id = cls.done
        return ticket.hotel_followup_ids
