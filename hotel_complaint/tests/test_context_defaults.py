# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A client cannot set what the process sets through ``default_<field>``
keys of the context either: Odoo applies those defaults after the checks of
``create``, so the ticket takes them as values sent by the client."""

from odoo.exceptions import AccessError

from . import common


class TestContextDefaults(common.HotelCase):
    def test_stuffed_defaults_refused(self):
        count = self.Ticket.search_count([])
        for fname, value in (
            ("acknowledged_date", "2020-01-01 00:00:00"),
            ("hotel_escalation_level", 2),
            ("hotel_sla_state", "breached"),
            ("routing_rule_id", 1),
            ("hotel_alert_sent", True),
        ):
            with self.subTest(field=fname):
                Ticket = self.Ticket.with_user(self.agent).with_context(
                    **{f"default_{fname}": value}
                )
                with self.assertRaises(AccessError):
                    Ticket.create(self._complaint_vals())
        self.assertEqual(self.Ticket.search_count([]), count)

    def test_initial_defaults_and_superuser(self):
        # The field's own initial value is what a new ticket starts from.
        ticket = (
            self.Ticket.with_user(self.agent)
            .with_context(default_hotel_escalation_level=0)
            .create(self._complaint_vals())
        )
        self.assertEqual(ticket.hotel_escalation_level, 0)
        # The process itself (sudo) may.
        ticket = (
            self.Ticket.sudo()
            .with_context(default_hotel_escalation_level=1)
            .create(self._complaint_vals())
        )
        self.assertEqual(ticket.hotel_escalation_level, 1)
