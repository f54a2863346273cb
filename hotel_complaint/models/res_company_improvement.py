# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Each hotel's improvement settings (C5.2, C5.3)."""

from odoo import fields, models

DEFAULT_ACTION_ESCALATION_DAYS = 3
DEFAULT_ACTION_VERIFICATION_DAYS = 30
DEFAULT_TRAINING_THRESHOLD = 3
DEFAULT_TRAINING_WINDOW_DAYS = 30


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    hotel_action_escalation_days = fields.Integer(
        string="Escalate Overdue Actions after (Days)",
        default=DEFAULT_ACTION_ESCALATION_DAYS,
        help="An overdue improvement action warns its owner at once, goes to "
        "its department's leader after this many days, and to the duty "
        "manager after as many again.",
    )
    hotel_action_verification_days = fields.Integer(
        string="Verify Actions after (Days)",
        default=DEFAULT_ACTION_VERIFICATION_DAYS,
        help="This many days after an improvement action is done, the hotel "
        "checks whether the problem came back and proposes a verdict to the "
        "department's manager.",
    )
    hotel_training_threshold = fields.Integer(
        string="Propose a Training after (Complaints)",
        default=DEFAULT_TRAINING_THRESHOLD,
        help="This many complaints with the same root cause in one department "
        "within the window propose a training to the department's manager "
        "(0: never).",
    )
    hotel_training_window_days = fields.Integer(
        string="Training Proposal Window (Days)",
        default=DEFAULT_TRAINING_WINDOW_DAYS,
    )
