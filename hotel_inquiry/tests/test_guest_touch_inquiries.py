# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Personal touches (C6.2) with the inquiry desk installed: an inquiry of a
returning guest with preferences suggests the hotel's touches like a
complaint does, once per stay."""

from . import common


class TestGuestTouchInquiries(common.InquiryCase):
    def test_inquiry_suggests_touch(self):
        self.teams["guest_relations"].write(
            {"user_id": self.agent.id, "user_ids": [(4, self.agent.id)]}
        )
        self.env["hotel.guest.preference"].create(
            {
                "partner_id": self.guest.id,
                "category": "date",
                "value": "Wedding anniversary on 12 May",
            }
        )
        inquiry = self._inquiry(partner_id=self.guest.id, stay_reference="I-1")
        touches = self.env["hotel.guest.touch"].search(
            [("partner_id", "=", self.guest.id)]
        )
        self.assertEqual(len(touches), 1)
        self.assertEqual(touches.ticket_id, inquiry)
        self.assertEqual(touches.touch_kind, "gift")
        self.assertEqual(touches.user_id, self.agent)
        self.assertTrue(touches.activity_id)
        self._complaint(stay_reference="I-1")
        self.assertEqual(
            self.env["hotel.guest.touch"].search_count(
                [("partner_id", "=", self.guest.id)]
            ),
            1,
            "the same stay: no second touch",
        )

    def test_plain_guest_inquiry_no_touch(self):
        self._inquiry(partner_id=self.guest.id, stay_reference="I-2")
        self.assertFalse(
            self.env["hotel.guest.touch"].search([("partner_id", "=", self.guest.id)])
        )
