# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fixtures shared by the hotel_complaint_event tests: the complaint desk's
hotels, departments and users, plus events of each hotel.

Import this module, not its classes (``from . import common``), so that
pytest-odoo does not collect the base class as a test case of its own.
"""

from datetime import timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.hotel_complaint.tests import common as complaint_common

GROUP_STAFF = complaint_common.GROUP_STAFF
GROUP_AGENT = complaint_common.GROUP_AGENT
GROUP_HOTEL_MANAGER = complaint_common.GROUP_HOTEL_MANAGER
CALL = "mail.mail_activity_data_call"
TODO = "mail.mail_activity_data_todo"


@tagged("post_install", "-at_install")
class EventCase(complaint_common.HotelCase):
    """Two hotels with a coming event each, an ended event, and guests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Invitation = cls.env["hotel.guest.invitation"]
        cls.Wizard = cls.env["hotel.guest.invitation.wizard"]
        cls.party = cls._event("Harbour Lights Theme Party", cls.company, days=10)
        cls.salon = cls._event("Tea Ceremony Salon", cls.company, days=20)
        cls.party_b = cls._event("Mountain Lodge Party", cls.company_b, days=10)
        cls.ended = cls._event("Spring Salon", cls.company, days=-30)
        cls.phone_guest = cls.env["res.partner"].create(
            {"name": "陳志明", "phone": "+852 9123 4567"}
        )
        cls.mute_guest = cls.env["res.partner"].create({"name": "Nobody Reachable"})

    @classmethod
    def _event(cls, name, company, days):
        begin = fields.Datetime.now() + timedelta(days=days)
        return cls.env["event.event"].create(
            {
                "name": name,
                "company_id": company.id,
                "date_begin": begin,
                "date_end": begin + timedelta(hours=3),
                "date_tz": "Asia/Hong_Kong",
            }
        )

    @classmethod
    def _invite(cls, user=None, **kw):
        vals = {
            "partner_id": cls.guest.id,
            "event_id": cls.party.id,
            "company_id": cls.company.id,
            "channel": "email",
        }
        vals.update(kw)
        return cls.Invitation.with_user(user or cls.agent).create(vals)
