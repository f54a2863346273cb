# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Common patterns of complaints (C5.1): per hotel and month, how many
complaints each combination of category, root cause and location had, and
the change from the month before."""

from odoo import fields, models, tools


class HotelComplaintPattern(models.Model):
    _name = "hotel.complaint.pattern"
    _description = "Complaint Pattern"
    _auto = False
    _order = "month DESC, complaint_count DESC, id"
    _check_company_auto = True

    company_id = fields.Many2one(
        comodel_name="res.company", string="Hotel", readonly=True
    )
    month = fields.Date(readonly=True)
    category_id = fields.Many2one(
        comodel_name="helpdesk.ticket.category",
        check_company=True,
        readonly=True,
    )
    cause_id = fields.Many2one(
        comodel_name="hotel.complaint.cause",
        string="Root Cause",
        check_company=True,
        readonly=True,
    )
    location_id = fields.Many2one(
        comodel_name="hotel.location",
        string="Location / Outlet",
        check_company=True,
        readonly=True,
    )
    complaint_count = fields.Integer(string="Complaints", readonly=True)
    recurrence_count = fields.Integer(string="Recurrences", readonly=True)
    previous_count = fields.Integer(
        string="Previous Month",
        readonly=True,
        help="Complaints of the same combination the month before.",
    )
    change_count = fields.Integer(
        string="Change",
        readonly=True,
        help="Complaints this month minus those of the month before.",
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS
            WITH grouped AS (
                SELECT MIN(t.id) AS id,
                       t.company_id,
                       date_trunc('month', t.reported_date)::date AS month,
                       t.category_id,
                       t.hotel_cause_id AS cause_id,
                       t.location_id,
                       COUNT(*) AS complaint_count,
                       COUNT(*) FILTER (WHERE t.hotel_is_recurrence)
                           AS recurrence_count
                  FROM helpdesk_ticket t
                 WHERE t.hotel_ticket_type = 'complaint'
                   AND t.active
                   AND t.reported_date IS NOT NULL
                 GROUP BY t.company_id, 3, t.category_id, t.hotel_cause_id,
                          t.location_id
            )
            SELECT g.id, g.company_id, g.month, g.category_id, g.cause_id,
                   g.location_id, g.complaint_count, g.recurrence_count,
                   COALESCE(p.complaint_count, 0) AS previous_count,
                   g.complaint_count - COALESCE(p.complaint_count, 0)
                       AS change_count
              FROM grouped g
              LEFT JOIN grouped p
                ON p.company_id = g.company_id
               AND p.month = (g.month - interval '1 month')::date
               AND p.category_id IS NOT DISTINCT FROM g.category_id
               AND p.cause_id IS NOT DISTINCT FROM g.cause_id
               AND p.location_id IS NOT DISTINCT FROM g.location_id
            """
        )
