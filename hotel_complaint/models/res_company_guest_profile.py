# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's guest-profile settings (C6.2, C6.4)."""

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    hotel_care_months = fields.Integer(
        string="Handle with Care for (Months)",
        default=6,
        help="A guest with a serious or urgent complaint in this many last "
        "months is flagged on new complaints and inquiries (0: never).",
    )
    hotel_profile_review_months = fields.Integer(
        string="Review Guest Profiles after (Months)",
        default=12,
        help="Guest relations is asked to review the profile of a returning "
        "guest not updated for this many months (0: never).",
    )
