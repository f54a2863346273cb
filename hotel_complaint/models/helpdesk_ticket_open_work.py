# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The open work (C2.4): a stored "open" flag kept in sync with the stage and
the partial indexes of what staff open every minute (the Overdue and Stuck
counts, the escalation cron, the Complaints list), so that their cost follows
the open work, not the history of closed complaints."""

from odoo import api, fields, models
from odoo.tools import sql

# Partial indexes of helpdesk_ticket: (name, expressions, where). The open
# work is "hotel_ticket_type IS NOT NULL AND hotel_is_open", which the
# domains' "hotel_ticket_type IN (...) AND hotel_is_open" imply.
OPEN = "hotel_ticket_type IS NOT NULL AND hotel_is_open"
# helpdesk_mgmt's list order ("priority desc, sequence, number desc, id desc").
LIST_ORDER = ["priority DESC", "sequence", "number DESC", "id DESC"]
TICKET_INDEXES = (
    ("helpdesk_ticket_hotel_open_idx", ["id"], OPEN),
    ("helpdesk_ticket_hotel_open_resolution_idx", ["resolution_deadline"], OPEN),
    (
        "helpdesk_ticket_hotel_open_response_idx",
        ["first_response_deadline"],
        f"{OPEN} AND acknowledged_date IS NULL",
    ),
    ("helpdesk_ticket_hotel_open_order_idx", LIST_ORDER, OPEN),
    ("helpdesk_ticket_hotel_order_idx", LIST_ORDER, "hotel_ticket_type IS NOT NULL"),
    (
        "helpdesk_ticket_hotel_reported_idx",
        ["reported_date"],
        "hotel_ticket_type IS NOT NULL",
    ),
)


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_is_open = fields.Boolean(
        string="Open",
        compute="_compute_hotel_is_open",
        store=True,
        groups="base.group_user",
        help="In a stage that is not closed (the stage's Closed flag), stored "
        "so that the open work is found through an index.",
    )

    @api.depends("stage_id.closed")
    def _compute_hotel_is_open(self):
        for ticket in self:
            ticket.hotel_is_open = not ticket.stage_id.closed

    def _auto_init(self):
        """Fill the new column with one UPDATE on install or upgrade, instead
        of computing it record by record."""
        cr = self.env.cr
        if not sql.column_exists(cr, self._table, "hotel_is_open"):
            sql.create_column(cr, self._table, "hotel_is_open", "boolean")
            cr.execute(
                """
                UPDATE helpdesk_ticket t
                   SET hotel_is_open = NOT COALESCE(
                       (SELECT s.closed FROM helpdesk_ticket_stage s
                         WHERE s.id = t.stage_id), FALSE)
                """
            )
        return super()._auto_init()

    def init(self):
        res = super().init()
        for name, expressions, where in TICKET_INDEXES:
            sql.create_index(self.env.cr, name, self._table, expressions, where=where)
        return res
