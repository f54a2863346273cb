# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

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
