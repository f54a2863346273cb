# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Odoo's contact merge on guests' contacts (C6.4): for guest relations and
managers only, and comparing the guests' normalised emails."""

from odoo import models
from odoo.exceptions import AccessError


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    _inherit = "base.partner.merge.automatic.wizard"

    def _merge(self, partner_ids, dst_partner=None, extra_checks=True):
        partners = self.env["res.partner"].browse(partner_ids).exists()
        if not self.env.su and self._hotel_has_guest_care_tickets(partners):
            if not partners._hotel_may_merge_guests():
                raise AccessError(
                    self.env._(
                        "Only guest relations and managers merge the contacts "
                        "of guests."
                    )
                )
            if (
                extra_checks
                and self._hotel_same_guest(partners)
                and not self._hotel_has_journal_items(partners)
            ):
                # Odoo compares the emails as typed: "Mei.Lin@Example.com"
                # and "mei.lin@example.com" (or a contact found by phone
                # without an email) are the same guest. Odoo's other extra
                # check, on journal items, is kept: such contacts are left
                # to the administrator.
                extra_checks = False
        return super()._merge(
            partner_ids, dst_partner=dst_partner, extra_checks=extra_checks
        )

    def _hotel_has_guest_care_tickets(self, partners):
        # sudo: whether any ticket of these contacts is a guest-care one,
        # including tickets of departments the user cannot read.
        return bool(
            partners
            and self.env["helpdesk.ticket"]
            .sudo()
            .with_context(active_test=False)
            .search_count(
                [
                    ("partner_id", "in", partners.ids),
                    ("hotel_ticket_type", "!=", False),
                ],
                limit=1,
            )
        )

    def _hotel_has_journal_items(self, partners):
        if "account.move.line" not in self.env:
            return False
        # sudo: whether accounting knows these contacts, as Odoo's own check
        # reads it.
        return bool(
            self.env["account.move.line"]
            .sudo()
            .search_count([("partner_id", "in", partners.ids)], limit=1)
        )

    def _hotel_same_guest(self, partners):
        """The contacts have at most one normalised email between them, and
        they share it or a phone number."""
        emails = set(partners.mapped("email_normalized")) - {False}
        if len(emails) > 1:
            return False
        if emails and all(partner.email_normalized for partner in partners):
            return True
        keys = [
            {partner.hotel_phone_key, partner.hotel_mobile_key} - {False}
            for partner in partners
        ]
        return bool(set.intersection(*keys)) if keys else False
