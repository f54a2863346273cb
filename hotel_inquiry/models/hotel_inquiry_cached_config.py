# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class HotelInquiryCachedConfig(models.AbstractModel):
    """Configuration that inquiries read through registry caches (``ormcache``):
    any change to it clears them, after the change (what the change
    recomputes may have read the cache meanwhile)."""

    _name = "hotel.inquiry.cached.config"
    _description = "Configuration Cached for Inquiries"

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self.env.registry.clear_cache()
        return records

    def write(self, vals):
        res = super().write(vals)
        self.env.registry.clear_cache()
        return res

    def unlink(self):
        res = super().unlink()
        self.env.registry.clear_cache()
        return res
