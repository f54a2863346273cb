# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError


class HotelComplaintRecordMixin(models.AbstractModel):
    """A record that belongs to one complaint and follows its hotel:
    department tasks, evidence, emergency measures, result communication
    rounds, compensation proposals.

    Such a record is created only on a guest-care ticket that the current
    user may work on (write), and never moves to another complaint: record
    rules that derive its visibility from its complaint keep holding.
    """

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

    @api.model
    def _hotel_record_label(self):
        # sudo: the model's translated name, readable whatever the user's rights.
        return self.env["ir.model"].sudo()._get(self._name).name

    @api.model_create_multi
    def create(self, vals_list):
        tickets = self.env["helpdesk.ticket"].browse(
            {vals["ticket_id"] for vals in vals_list if vals.get("ticket_id")}
        )
        if not self.env.su:
            # The user's own rights: a complaint they cannot work on cannot
            # be given records (that would then be theirs to read).
            tickets.check_access("write")
        # A guest-care record belongs on a guest-care ticket.
        # sudo: the type of the ticket, whatever fields the user may read.
        plain = tickets.sudo().filtered(lambda t: not t.hotel_ticket_type)
        if plain:
            raise UserError(
                self.env._(
                    "%(record)s can only be recorded on a guest complaint, not on "
                    "ticket %(ticket)s.",
                    record=self._hotel_record_label(),
                    ticket=plain[:1].display_name,
                )
            )
        return super().create(vals_list)

    def write(self, vals):
        if "ticket_id" in vals and any(
            record.ticket_id.id != vals["ticket_id"] for record in self
        ):
            raise UserError(
                self.env._(
                    "%(record)s belongs to its complaint and cannot be moved to "
                    "another one. Record it again on the other complaint.",
                    record=self._hotel_record_label(),
                )
            )
        return super().write(vals)


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
