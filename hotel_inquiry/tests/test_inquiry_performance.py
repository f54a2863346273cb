# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""SQL query counts of creating an inquiry against a bare helpdesk ticket,
and of answering an inquiry on the spot, pinned as hotel_complaint's
test_performance pins complaints: from a cold record cache, after a warm-up,
up to the flush. Targets: an inquiry costs at most 6 queries more than a
bare ticket; an answer on the spot (at the desk, to a guest whose email is
on file) at most 12. tests/benchmarks/bench_inquiry_create.py measures both
with times."""

from odoo.tests.common import warmup

from . import common

QUERIES_BARE_TICKET = 21
QUERIES_INQUIRY = 21
QUERIES_ANSWER = 9


class TestInquiryPerformance(common.InquiryCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(
            context=dict(
                cls.env.context,
                lang="en_US",
                tz="Asia/Hong_Kong",
                tracking_disable=False,
                mail_notify_force_send=False,
            )
        )
        cls.Ticket = cls.env["helpdesk.ticket"]

    def _bare_vals(self):
        return {
            "name": "Is breakfast included in the rate?",
            "description": "<p>Is breakfast included in the rate?</p>",
            "partner_id": self.guest.id,
            "partner_name": self.guest.name,
            "partner_email": self.guest.email,
            "company_id": self.company.id,
            "channel_id": self.channels["email"].id,
            "user_id": False,
        }

    def _measure(self, vals, expected):
        self.Ticket.create(dict(vals))  # one of each first
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(expected):
            ticket = self.Ticket.create(vals)
            self.env.flush_all()
        return ticket

    @warmup
    def test_query_count_bare_ticket(self):
        ticket = self._measure(self._bare_vals(), QUERIES_BARE_TICKET)
        self.assertFalse(ticket.hotel_ticket_type)

    @warmup
    def test_query_count_inquiry(self):
        """Intake, answer times, routing to the channel's department, the
        conversion suggestion: at most 6 queries more than a bare ticket."""
        self.assertLessEqual(QUERIES_INQUIRY, QUERIES_BARE_TICKET + 6)
        vals = type(self)._inquiry_vals(
            partner_id=self.guest.id, channel_id=self.channels["email"].id
        )
        ticket = self._measure(vals, QUERIES_INQUIRY)
        self.assertEqual(ticket.team_id, self.teams["administration"])
        self.assertTrue(ticket.resolution_deadline)

    @warmup
    def test_query_count_answer_on_the_spot(self):
        vals = type(self)._inquiry_vals(partner_id=self.guest.id)
        warm = self.Ticket.create(dict(vals))
        warm._hotel_answer("<p>Yes.</p>")
        ticket = self.Ticket.create(vals)
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(QUERIES_ANSWER):
            ticket._hotel_answer("<p>Yes, from 6:30 to 10:30.</p>")
            self.env.flush_all()
        self.assertTrue(ticket.closed)
