# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

EVIDENCE_TYPES = [
    ("cctv", "CCTV Footage"),
    ("physical", "Physical Evidence"),
    ("staff_statement", "Staff Statement"),
    ("guest_verification", "Guest Identity, Room and Stay Verification"),
    ("other", "Other"),
]


class HotelComplaintEvidence(models.Model):
    """An item of evidence collected while investigating a complaint (C3.2).

    Sensitive: only the complaint's lead department, hotel managers and the
    person who collected it can see it (record rules).
    """

    _name = "hotel.complaint.evidence"
    _description = "Complaint Evidence"
    _inherit = ["hotel.complaint.record.mixin", "mail.thread"]
    _order = "collected_date desc, id desc"
    _check_company_auto = True

    evidence_type = fields.Selection(
        selection=EVIDENCE_TYPES, required=True, tracking=True
    )
    name = fields.Char(string="Summary", required=True, tracking=True)
    description = fields.Text(tracking=True)
    collected_by_id = fields.Many2one(
        comodel_name="res.users",
        required=True,
        default=lambda self: self.env.user,
        tracking=True,
        index=True,
    )
    collected_date = fields.Datetime(
        string="Collected On", required=True, default=fields.Datetime.now, tracking=True
    )
    attachment_ids = fields.Many2many(
        comodel_name="ir.attachment",
        relation="hotel_complaint_evidence_attachment_rel",
        column1="evidence_id",
        column2="attachment_id",
        string="Files",
    )

    def _hotel_may_set_collector(self, collector_id):
        """Evidence is visible to whoever collected it: only a hotel manager
        records it in somebody else's name or changes the collector."""
        return (
            self.env.su
            or collector_id == self.env.uid
            or self.env.user.has_group("hotel_complaint.group_hotel_manager")
        )

    def _hotel_collector_error(self):
        return AccessError(
            self.env._(
                "Evidence is recorded in the name of the person who collected it: "
                "only a hotel manager can record or reassign it for someone else."
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("collected_by_id") and not self._hotel_may_set_collector(
                vals["collected_by_id"]
            ):
                raise self._hotel_collector_error()
        return super().create(vals_list)

    def write(self, vals):
        changes_collector = "collected_by_id" in vals and any(
            evidence.collected_by_id.id != vals["collected_by_id"] for evidence in self
        )
        if changes_collector and not (
            self.env.su
            or self.env.user.has_group("hotel_complaint.group_hotel_manager")
        ):
            raise self._hotel_collector_error()
        return super().write(vals)
