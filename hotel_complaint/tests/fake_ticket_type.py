# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A minimal guest-care ticket type, loaded at test time only (by
test_ticket_type_foundation with odoo_test_helper's FakeModelLoader): what a
``hotel_inquiry`` addon would add on top of this one's foundation."""

from odoo import api, fields, models

# Hours to the first response and to the resolution of a test inquiry.
INQUIRY_HOURS = (2, 8)


class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_ticket_type = fields.Selection(
        selection_add=[("test_inquiry", "Test Inquiry")],
        ondelete={"test_inquiry": "set null"},
    )

    @api.model
    def _hotel_type_config(self):
        config = super()._hotel_type_config()
        # Guest intake, deadline clocks and routing; no triage, no severity
        # matrix, no investigation rules, no closing checks.
        config["test_inquiry"] = {"intake": True, "deadlines": True, "routing": True}
        return config

    def _hotel_deadline_hours(self):
        if self.hotel_ticket_type == "test_inquiry":
            return INQUIRY_HOURS
        return super()._hotel_deadline_hours()
