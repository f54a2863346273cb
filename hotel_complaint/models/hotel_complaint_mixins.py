# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class HotelComplaintRecordMixin(models.AbstractModel):
    """A record that belongs to one complaint and follows its hotel:
    evidence, emergency measures, result communication rounds."""

    _name = "hotel.complaint.record.mixin"
    _description = "Record of a Complaint"

    ticket_id = fields.Many2one(
        comodel_name="helpdesk.ticket",
        string="Complaint",
        required=True,
        ondelete="cascade",
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        related="ticket_id.company_id", store=True, index=True, precompute=True
    )


class HotelConfigCacheMixin(models.AbstractModel):
    """Configuration read on every complaint created is cached with
    ``tools.ormcache``; any change to it clears the caches."""

    _name = "hotel.config.cache.mixin"
    _description = "Cached Hotel Complaint Configuration"

    @api.model_create_multi
    def create(self, vals_list):
        self.env.registry.clear_cache()
        return super().create(vals_list)

    def write(self, vals):
        self.env.registry.clear_cache()
        return super().write(vals)

    def unlink(self):
        self.env.registry.clear_cache()
        return super().unlink()
