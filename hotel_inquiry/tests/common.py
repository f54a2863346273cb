# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fixtures shared by the hotel_inquiry tests: the complaint desk's hotel,
departments and users, plus the departments that answer inquiries and the
inquiry channels.

Import this module, not its classes (``from . import common``), so that
pytest-odoo does not collect the base class as a test case of its own.
"""

from odoo.tests import tagged

from odoo.addons.hotel_complaint.tests import common as complaint_common

GROUP_STAFF = complaint_common.GROUP_STAFF
GROUP_AGENT = complaint_common.GROUP_AGENT
GROUP_DEPT_MANAGER = complaint_common.GROUP_DEPT_MANAGER
GROUP_HOTEL_MANAGER = complaint_common.GROUP_HOTEL_MANAGER


@tagged("post_install", "-at_install")
class InquiryCase(complaint_common.HotelCase):
    """A hotel with every department that answers inquiries, its channels,
    topics and answer times."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for company, suffix in ((cls.company, ""), (cls.company_b, "_b")):
            for dept in (
                "sales_marketing",
                "administration",
                "social_media",
                "recreation",
            ):
                cls.teams[dept + suffix] = cls.env["helpdesk.ticket.team"].create(
                    {
                        "name": f"{dept} {company.name}",
                        "hotel_department_type": dept,
                        "company_id": company.id,
                    }
                )
        cls.channels = {
            "phone": cls.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_phone"),
            "email": cls.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_email"),
            "web": cls.env.ref("helpdesk_mgmt.helpdesk_ticket_channel_web"),
            "front_desk": cls.env.ref(
                "hotel_complaint.helpdesk_ticket_channel_front_desk"
            ),
            "social": cls.env.ref("hotel_complaint.helpdesk_ticket_channel_social"),
            "wechat": cls.env.ref("hotel_inquiry.helpdesk_ticket_channel_wechat"),
            "restaurant": cls.env.ref(
                "hotel_inquiry.helpdesk_ticket_channel_restaurant"
            ),
            "outlets": cls.env.ref("hotel_inquiry.helpdesk_ticket_channel_outlets"),
        }
        cls.topic_fnb = cls.env.ref("hotel_inquiry.hotel_inquiry_topic_fnb")
        cls.topic_rooms = cls.env.ref("hotel_inquiry.hotel_inquiry_topic_rooms_rates")
        cls.topic_events = cls.env.ref(
            "hotel_inquiry.hotel_inquiry_topic_events_groups"
        )
        cls.teams["front_office"].write({"user_ids": [(4, cls.agent.id)]})

    @classmethod
    def _inquiry_vals(cls, **kw):
        vals = {
            "name": "Is breakfast included in the rate?",
            "hotel_ticket_type": "inquiry",
            "partner_name": "Mei Lin",
            "partner_phone": "+852 5555 0101",
            "company_id": cls.company.id,
            "channel_id": cls.channels["front_desk"].id,
            "hotel_topic_id": cls.topic_fnb.id,
        }
        vals.update(kw)
        return vals

    @classmethod
    def _inquiry(cls, user=None, **kw):
        Ticket = cls.Ticket.with_user(user) if user else cls.Ticket
        return Ticket.create(cls._inquiry_vals(**kw))
