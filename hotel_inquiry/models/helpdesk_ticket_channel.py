# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who answers each channel (I2.1 - I2.7) and how fast guests expect it."""

from odoo import api, fields, models, tools

from odoo.addons.hotel_complaint.models.helpdesk_ticket_team import DEPARTMENT_TYPES

from .helpdesk_ticket_team import INQUIRY_DEPARTMENT_TYPES

# What the cache of channels holds (see ``_hotel_channel_data``).
CACHED_FIELDS = ("hotel_inquiry_kind", "hotel_department_type")
# How a channel reaches the hotel; the default answer times follow from it.
CHANNEL_KINDS = [
    ("live", "In Person or by Phone"),
    ("written", "Chat, Text or Social Media"),
    ("email", "Email"),
]


class HelpdeskTicketChannel(models.Model):
    _inherit = "helpdesk.ticket.channel"

    hotel_inquiry_kind = fields.Selection(
        selection=CHANNEL_KINDS,
        string="Kind of Channel",
        help="Gives the channel's default answer times: a guest in front of "
        "the staff or on the phone is answered at once.",
    )
    hotel_department_type = fields.Selection(
        selection=DEPARTMENT_TYPES + INQUIRY_DEPARTMENT_TYPES,
        string="Answered By",
        help="The department that answers the inquiries of this channel in "
        "each hotel (its team of that department type).",
    )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        self.env.registry.clear_cache()
        return records

    def write(self, vals):
        res = super().write(vals)
        if set(CACHED_FIELDS) & set(vals):
            self.env.registry.clear_cache()
        return res

    def unlink(self):
        res = super().unlink()
        # After: what the unlink recomputes may have read the cache.
        self.env.registry.clear_cache()
        return res

    @tools.ormcache()
    def _hotel_channel_data(self):
        """``{channel id: (kind, answering department type)}`` of every
        channel, archived ones too, cached: read on every inquiry created
        and answered."""
        # sudo: a cache shared by every user: all channels, whatever the
        # user may read (as ``exists()`` sees them).
        channels = (
            self.sudo()
            .with_context(active_test=False)
            .search_fetch([], list(CACHED_FIELDS))
        )
        return {
            channel.id: (channel.hotel_inquiry_kind, channel.hotel_department_type)
            for channel in channels
        }
