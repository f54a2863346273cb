# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who sees and changes inquiries: department staff their departments',
agents and managers all of their hotel's, nobody another hotel's; the answer
and the process dates are not forged, not with a stuffed context either;
portal guests read only their own."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user

from . import common


class TestInquirySecurity(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fnb_staff = cls._user("t_fnb_inq_staff", common.GROUP_STAFF)
        cls.teams["fnb"].write({"user_ids": [(4, cls.fnb_staff.id)]})
        cls.inquiry = cls._inquiry(channel_id=cls.channels["restaurant"].id)
        cls.other_hotel = cls._inquiry(
            company_id=cls.company_b.id, channel_id=cls.channels["restaurant"].id
        )
        cls.portal_partner = cls.env["res.partner"].create(
            {"name": "Portal Guest", "email": "portal.guest@example.com"}
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="t_inq_portal",
            groups="base.group_portal",
            partner_id=cls.portal_partner.id,
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )
        cls.own = cls._inquiry(
            partner_id=cls.portal_partner.id,
            partner_name="Portal Guest",
            partner_email="portal.guest@example.com",
        )

    def _visible(self, user):
        return self.Ticket.with_user(user).search(
            [("hotel_ticket_type", "=", "inquiry")]
        )

    def test_department_staff_see_their_departments(self):
        self.assertEqual(self.inquiry.team_id, self.teams["fnb"])
        self.assertIn(self.inquiry, self._visible(self.fnb_staff))
        self.assertNotIn(self.inquiry, self._visible(self.hk_staff))
        with self.assertRaises(AccessError):
            self.inquiry.with_user(self.hk_staff).read(["name"])
        with self.assertRaises(AccessError):
            self.inquiry.with_user(self.hk_staff)._hotel_answer("<p>No</p>")

    def test_agents_see_their_hotel_only(self):
        visible = self._visible(self.agent)
        self.assertIn(self.inquiry, visible)
        self.assertNotIn(self.other_hotel, visible)
        self.assertIn(self.other_hotel, self._visible(self.manager_b))
        self.assertNotIn(self.inquiry, self._visible(self.manager_b))

    def test_process_fields_not_forged(self):
        for fname, value in (
            ("hotel_answered_date", "2026-01-01 00:00:00"),
            ("hotel_answered_by_id", self.fnb_staff.id),
            ("hotel_converted_date", "2026-01-01 00:00:00"),
        ):
            with self.subTest(field=fname):
                with self.assertRaises(AccessError):
                    self.inquiry.with_user(self.fnb_staff).write({fname: value})
                with self.assertRaises(AccessError):
                    self.Ticket.with_user(self.agent).with_context(
                        **{f"default_{fname}": value}
                    ).create(self._inquiry_vals())
        self.assertFalse(self.inquiry.hotel_answered_date)

    def test_answer_by_staff_of_the_department(self):
        self.inquiry.with_user(self.fnb_staff)._hotel_answer(
            "<p>The restaurant opens at 18:00.</p>"
        )
        self.assertEqual(self.inquiry.hotel_answered_by_id, self.fnb_staff)
        # Only an inquiry is answered this way.
        complaint = self._complaint()
        with self.assertRaises(UserError):
            complaint._hotel_answer("<p>Sorry</p>")

    def test_portal_guest_reads_own_only(self):
        mine = self.Ticket.with_user(self.portal_user).search([])
        self.assertIn(self.own, mine)
        self.assertNotIn(self.inquiry, mine)
        with self.assertRaises(AccessError):
            self.inquiry.with_user(self.portal_user).read(["name"])
        with self.assertRaises(AccessError):
            self.own.with_user(self.portal_user).write({"hotel_complexity": "simple"})

    def test_configuration_rights(self):
        line = self.env["hotel.inquiry.response.time"].search(
            [("company_id", "=", self.company.id)], limit=1
        )
        line.with_user(self.agent).read(["response_minutes"])
        with self.assertRaises(AccessError):
            line.with_user(self.agent).write({"response_minutes": 1})
        with self.assertRaises(AccessError):
            line.with_user(self.manager_b).read(["response_minutes"])
        line.with_user(self.hotel_manager).write({"response_minutes": 1})
        with self.assertRaises(AccessError):
            self.topic_fnb.with_user(self.hk_manager).write({"name": "Food"})
        with self.assertRaises(AccessError):
            self.env["hotel.inquiry.response.time"].with_user(self.portal_user).search(
                []
            )
