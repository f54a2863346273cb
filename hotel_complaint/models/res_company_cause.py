# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's cause analysis and recurrence settings (C5.1, C5.2)."""

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    hotel_cause_required_minor = fields.Boolean(
        string="Root Cause Required for Minor Complaints"
    )
    hotel_cause_required_moderate = fields.Boolean(
        string="Root Cause Required for Moderate Complaints"
    )
    hotel_cause_required_serious = fields.Boolean(
        string="Root Cause Required for Serious Complaints", default=True
    )
    hotel_cause_required_urgent = fields.Boolean(
        string="Root Cause Required for Urgent Complaints", default=True
    )
    hotel_recurrence_days = fields.Integer(
        string="Recurrence Window (Days)",
        default=90,
        help="A new complaint like one of the hotel's complaints of this many "
        "days before (same room, same place and category, same guest, or "
        "same root cause at the same place) is flagged as a recurrence "
        "(0: never).",
    )

    _sql_constraints = [
        (
            "hotel_recurrence_days_positive",
            "CHECK(hotel_recurrence_days >= 0)",
            "The recurrence window cannot be negative.",
        ),
    ]

    def _hotel_create_defaults(self):
        """Also the default root causes of each hotel."""
        res = super()._hotel_create_defaults()
        # sudo: the defaults come with the hotel, whoever creates it.
        self.env["hotel.complaint.cause"].sudo()._create_company_defaults(self)
        return res
