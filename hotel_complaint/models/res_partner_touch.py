# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The recovery flag and the personal touches on the guest profile (C6.2).

The recovery flag is set by the process only: when a serious or urgent
complaint is closed, when a follow-up visit finds the guest not satisfied or
with a new issue, when the guest declines a compensation proposal. It holds
for the hotel that set it. Guest relations and managers of that hotel clear
it by hand; each hotel's cron clears it after the hotel's number of days."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

RECOVERY_FIELDS = frozenset(
    {
        "hotel_recovery_flag",
        "hotel_recovery_date",
        "hotel_recovery_reason",
        "hotel_recovery_company_id",
    }
)


class ResPartner(models.Model):
    _inherit = "res.partner"  # pylint: disable=consider-merging-classes-inherited

    hotel_recovery_flag = fields.Boolean(
        string="Service Recovery",
        readonly=True,
        copy=False,
        tracking=True,
        groups="base.group_user",
        help="Set by the complaint process when the guest had a bad experience; "
        "the hotel's personal touch rules suggest a gesture at the next "
        "ticket or stay.",
    )
    hotel_recovery_date = fields.Date(
        string="Recovery Flag Since",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_recovery_reason = fields.Char(
        string="Recovery Reason",
        readonly=True,
        copy=False,
        tracking=True,
        groups="base.group_user",
    )
    hotel_recovery_company_id = fields.Many2one(
        comodel_name="res.company",
        string="Recovery Flag of Hotel",
        readonly=True,
        copy=False,
        groups="base.group_user",
    )
    hotel_recovery_here = fields.Boolean(
        string="Recovery Flag of This Hotel",
        compute="_compute_hotel_recovery_here",
        groups="base.group_user",
        help="The guest's recovery flag was set by the current hotel.",
    )
    hotel_has_preferences = fields.Boolean(
        string="Has Preferences",
        compute="_compute_hotel_has_preferences",
        store=True,
        groups="base.group_user",
    )
    hotel_touch_ids = fields.One2many(
        comodel_name="hotel.guest.touch",
        inverse_name="partner_id",
        string="Personal Touches",
        groups="hotel_complaint.group_hotel_department_staff",
    )

    @api.depends_context("company")
    @api.depends("hotel_recovery_flag", "hotel_recovery_company_id")
    def _compute_hotel_recovery_here(self):
        """The profile shows the flag in the hotel that set it only: another
        hotel's complaints are not the user's business."""
        for partner in self:
            partner.hotel_recovery_here = (
                partner.hotel_recovery_flag
                and partner.hotel_recovery_company_id == self.env.company
            )

    @api.depends("hotel_preference_ids", "hotel_preference_ids.active")
    def _compute_hotel_has_preferences(self):
        for partner in self:
            partner.hotel_has_preferences = bool(partner.hotel_preference_ids)

    @api.model_create_multi
    def create(self, vals_list):
        # A default sent in the context is a value sent by the client (Odoo
        # applies it after this check): checked as one.
        stuffed = {
            fname: True
            for fname in RECOVERY_FIELDS
            if f"default_{fname}" in self.env.context
        }
        for vals in vals_list:
            self._hotel_check_recovery_vals(dict(stuffed, **vals))
        return super().create(vals_list)

    def write(self, vals):
        self._hotel_check_recovery_vals(vals)
        return super().write(vals)

    @api.model
    def _hotel_check_recovery_vals(self, vals):
        """The recovery flag's fields come from the process (sudo) only,
        never from a client, at creation as at any write."""
        if RECOVERY_FIELDS & set(vals) and not self.env.su:
            raise AccessError(
                self.env._(
                    "The recovery flag is set by the complaint process and "
                    "cleared with its button."
                )
            )

    def _hotel_touch_watched(self, company):
        """Whether a personal touch rule of ``company`` may apply to this
        guest (sudo): a recovery flag there, a VIP level, a preference. Read
        from fields the ticket's creation has already fetched."""
        self.ensure_one()
        return bool(
            self.hotel_vip_level
            or self.hotel_has_preferences
            or (self.hotel_recovery_flag and self.hotel_recovery_company_id == company)
        )

    def _hotel_set_recovery(self, company, reason):
        """Flag these guests for service recovery in ``company``."""
        if not self:
            return
        # sudo: the process sets the flag, whoever's action led to it.
        self.sudo().write(
            {
                "hotel_recovery_flag": True,
                "hotel_recovery_date": fields.Date.context_today(self),
                "hotel_recovery_reason": reason,
                "hotel_recovery_company_id": company.id,
            }
        )

    def _hotel_clear_recovery(self):
        # sudo: the flag is the process's to write, after the checks.
        self.sudo().write(
            {
                "hotel_recovery_flag": False,
                "hotel_recovery_date": False,
                "hotel_recovery_reason": False,
                "hotel_recovery_company_id": False,
            }
        )

    def action_hotel_clear_recovery(self):
        """Guest relations or a manager of the flag's hotel: the guest's
        goodwill is recovered."""
        if not self.env.user.has_group("hotel_complaint.group_hotel_guest_relations"):
            raise AccessError(
                self.env._("Only guest relations and managers clear a recovery flag.")
            )
        # sudo: the flag's hotel, whatever hotels the user reads.
        flagged = self.sudo().filtered("hotel_recovery_flag")
        foreign = flagged.filtered(
            lambda p: p.hotel_recovery_company_id not in self.env.user.company_ids
        )
        if foreign:
            raise UserError(
                self.env._(
                    "The recovery flag of %(guest)s belongs to another hotel.",
                    guest=foreign[0].display_name,
                )
            )
        flagged._hotel_clear_recovery()
        return True

    @api.model
    def _cron_hotel_recovery_expiry(self):
        """Clear the recovery flags older than their hotel's
        ``hotel_recovery_days`` (0: never)."""
        # sudo: the cron goes through every hotel and guest.
        companies = (
            self.env["res.company"].sudo().search([("hotel_recovery_days", ">", 0)])
        )
        today = fields.Date.context_today(self)
        for company in companies:
            cutoff = today - timedelta(days=company.hotel_recovery_days)
            # sudo: every flagged guest of the hotel.
            self.sudo().search(
                [
                    ("hotel_recovery_flag", "=", True),
                    ("hotel_recovery_company_id", "=", company.id),
                    ("hotel_recovery_date", "<=", cutoff),
                ]
            )._hotel_clear_recovery()

    def action_hotel_view_touches(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_complaint.hotel_guest_touch_action"
        )
        action.update(
            domain=[("partner_id", "=", self.id)],
            context={"search_default_pending": 0},
        )
        return action
