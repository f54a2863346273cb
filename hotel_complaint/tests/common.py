# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fixtures shared by the hotel_complaint tests.

Import this module, not its classes (``from . import common``), so that
pytest-odoo does not collect the base class as a test case of its own.
"""

from odoo.exceptions import AccessError  # noqa: F401 - re-exported for tests
from odoo.tests import new_test_user, tagged
from odoo.tests.common import TransactionCase

GROUP_STAFF = "hotel_complaint.group_hotel_department_staff"
GROUP_AGENT = "hotel_complaint.group_hotel_guest_relations"
GROUP_DEPT_MANAGER = "hotel_complaint.group_hotel_department_manager"
GROUP_HOTEL_MANAGER = "hotel_complaint.group_hotel_manager"


@tagged("post_install", "-at_install")
class HotelCase(TransactionCase):
    """A hotel (company) with its departments, staff per group and a guest."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.company = cls.env["res.company"].create({"name": "Test Harbour Hotel"})
        cls.company_b = cls.env["res.company"].create({"name": "Test Mountain Lodge"})
        cls.Ticket = cls.env["helpdesk.ticket"]
        cls.teams = {}
        for company, suffix in ((cls.company, ""), (cls.company_b, "_b")):
            for dept in (
                "front_office",
                "housekeeping",
                "fnb",
                "engineering",
                "security",
                "guest_relations",
            ):
                cls.teams[dept + suffix] = cls.env["helpdesk.ticket.team"].create(
                    {
                        "name": f"{dept} {company.name}",
                        "hotel_department_type": dept,
                        "company_id": company.id,
                    }
                )
        companies = [cls.company.id, cls.company_b.id]
        common = {
            "company_id": cls.company.id,
            "company_ids": [(6, 0, [cls.company.id])],
        }
        cls.hk_staff = new_test_user(
            cls.env, login="t_hk_staff", groups=GROUP_STAFF, **common
        )
        cls.eng_staff = new_test_user(
            cls.env, login="t_eng_staff", groups=GROUP_STAFF, **common
        )
        cls.agent = new_test_user(
            cls.env, login="t_agent", groups=GROUP_AGENT, **common
        )
        cls.hk_manager = new_test_user(
            cls.env, login="t_hk_manager", groups=GROUP_DEPT_MANAGER, **common
        )
        cls.security_manager = new_test_user(
            cls.env, login="t_security_manager", groups=GROUP_DEPT_MANAGER, **common
        )
        cls.duty_manager = new_test_user(
            cls.env, login="t_duty_manager", groups=GROUP_HOTEL_MANAGER, **common
        )
        cls.hotel_manager = new_test_user(
            cls.env,
            login="t_hotel_manager",
            groups=GROUP_HOTEL_MANAGER,
            company_id=cls.company.id,
            company_ids=[(6, 0, companies)],
        )
        cls.manager_b = new_test_user(
            cls.env,
            login="t_manager_b",
            groups=GROUP_HOTEL_MANAGER,
            company_id=cls.company_b.id,
            company_ids=[(6, 0, [cls.company_b.id])],
        )
        cls.teams["housekeeping"].write(
            {
                "user_id": cls.hk_manager.id,
                "user_ids": [(4, cls.hk_staff.id), (4, cls.hk_manager.id)],
            }
        )
        cls.teams["engineering"].write({"user_ids": [(4, cls.eng_staff.id)]})
        cls.teams["security"].write(
            {
                "user_id": cls.security_manager.id,
                "user_ids": [(4, cls.security_manager.id)],
            }
        )
        cls.company.hotel_duty_manager_id = cls.duty_manager
        cls.guest = cls.env["res.partner"].create(
            {
                "name": "Mei Lin",
                "email": "mei.lin@example.com",
                "phone": "+852 5555 0101",
            }
        )
        cls.cat_cleanliness = cls.env.ref(
            "hotel_complaint.category_environment_cleanliness"
        )
        cls.cat_environment = cls.env.ref("hotel_complaint.category_environment")
        cls.cat_food_hygiene = cls.env.ref("hotel_complaint.category_fnb_food_hygiene")
        cls.cat_appliances = cls.env.ref(
            "hotel_complaint.category_facilities_appliances"
        )

    @classmethod
    def _user(cls, login, groups):
        """A user of the first hotel only."""
        return new_test_user(
            cls.env,
            login=login,
            groups=groups,
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    @classmethod
    def _complaint_vals(cls, **kw):
        vals = {
            "name": "Guest complaint",
            "description": "<p>Complaint</p>",
            "hotel_ticket_type": "complaint",
            "partner_id": cls.guest.id,
            "company_id": cls.company.id,
            "severity": "minor",
            "urgency": "medium",
            "room_number": "1208",
        }
        vals.update(kw)
        return vals

    @classmethod
    def _complaint(cls, **kw):
        return cls.Ticket.create(cls._complaint_vals(**kw))

    @classmethod
    def _record_cause(cls, ticket, code="procedure"):
        """Record the complaint's root cause (C5.1), which serious and
        urgent complaints need before they close."""
        ticket.hotel_cause_id = cls.env["hotel.complaint.cause"].search(
            [("company_id", "=", ticket.company_id.id), ("code", "=", code)]
        )

    @classmethod
    def _tell_result(cls, ticket, opinion="satisfied"):
        """Record that the guest was told the result, and their opinion."""
        return cls.env["hotel.complaint.feedback"].create(
            {
                "ticket_id": ticket.id,
                "solution": "Room cleaned again and a fruit platter sent",
                "reasons": "The room attendant skipped the bathroom",
                "guest_understood": True,
                "guest_opinion": opinion,
            }
        )

    @classmethod
    def _proposal(cls, ticket, *amounts, user=None):
        """A draft compensation proposal with one amenity line per amount."""
        env = cls.env(user=user) if user else cls.env
        return env["hotel.compensation"].create(
            {
                "ticket_id": ticket.id,
                "line_ids": [
                    (
                        0,
                        0,
                        {
                            "compensation_type": "amenity",
                            "name": f"Fruit platter {i}",
                            "amount": amount,
                        },
                    )
                    for i, amount in enumerate(amounts)
                ],
            }
        )

    @classmethod
    def _approve(cls, proposal, user, comment="Fine"):
        """Approve through the comment wizard, as the form's button does."""
        action = proposal.with_user(user).validate_tier()
        if isinstance(action, dict):
            wizard = (
                cls.env["comment.wizard"]
                .with_user(user)
                .with_context(**action["context"])
                .create({"comment": comment})
            )
            wizard.add_comment()

    @classmethod
    def _reject(cls, proposal, user, reason):
        action = proposal.with_user(user).reject_tier()
        wizard = (
            cls.env["comment.wizard"]
            .with_user(user)
            .with_context(**action["context"])
            .create({"comment": reason})
        )
        wizard.add_comment()
