# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest's contact (C6.2, C6.4): found by normalised email or phone when
a guest-care ticket is logged without one, created from the intake
otherwise, and likely duplicates offered to Odoo's contact merge.

Phones: ``phone_sanitized`` (phone_validation's ``mail.thread.phone``) is on
``res.partner`` only with the ``sms`` addon, which is not among this addon's
dependencies, needs the ``phonenumbers`` library for national numbers and
keeps a single number (the mobile, else the phone). A contact is found here
by either of its numbers: their digits are kept in two stored, indexed
fields."""

import re

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import clean_context, email_normalize

# Shorter keys than this are extensions or typing slips, not a guest's phone.
PHONE_KEY_MIN_DIGITS = 6


def phone_key(number):
    """The digits of a phone number, without the international call prefix
    ``00`` (``+852 5555-0101``, ``(852) 55550101`` and ``00852 5555 0101``
    give ``85255550101``); ``False`` for fewer than 6 digits."""
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("00"):
        digits = digits[2:]
    return digits if len(digits) >= PHONE_KEY_MIN_DIGITS else False


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class ResPartner(models.Model):
    _inherit = "res.partner"  # pylint: disable=consider-merging-classes-inherited

    # mail's stored normalised email has no index: the intake searches it.
    email_normalized = fields.Char(index="btree_not_null")
    hotel_phone_key = fields.Char(
        string="Phone Digits",
        compute="_compute_hotel_phone_keys",
        store=True,
        index="btree_not_null",
        help="The digits of the phone number, to find the guest by phone.",
    )
    hotel_mobile_key = fields.Char(
        string="Mobile Digits",
        compute="_compute_hotel_phone_keys",
        store=True,
        index="btree_not_null",
        help="The digits of the mobile number, to find the guest by phone.",
    )
    hotel_duplicate_count = fields.Integer(
        string="Possible Duplicates",
        compute="_compute_hotel_duplicate_count",
        groups="hotel_complaint.group_hotel_guest_relations",
        help="Other contacts with the same email address or phone number.",
    )

    @api.depends("phone", "mobile")
    def _compute_hotel_phone_keys(self):
        for partner in self:
            partner.hotel_phone_key = phone_key(partner.phone)
            partner.hotel_mobile_key = phone_key(partner.mobile)

    @api.depends_context("uid")
    @api.depends("email_normalized", "hotel_phone_key", "hotel_mobile_key")
    def _compute_hotel_duplicate_count(self):
        duplicates = self._hotel_duplicates_by_partner()
        for partner in self:
            partner.hotel_duplicate_count = len(duplicates.get(partner._origin.id, []))

    # ------------------------------------------------------------------
    # Finding or creating the guest's contact (intake)
    # ------------------------------------------------------------------

    @api.model
    def _hotel_guest_search(self, domain):
        """The contact of ``domain`` the user may read: active, a person
        before a company, then the oldest (the one history most likely
        gathers on; the same every time)."""
        return (
            self.with_context(clean_context(self.env.context), active_test=True)
            .search(domain, order="is_company, id", limit=1)
            .with_env(self.env)
        )

    @api.model
    def _hotel_find_guest(self, email=False, phone=False):
        """The guest's contact by normalised email, else by phone digits;
        searched with the user's rights: a contact they may not read is
        never found (nor leaked)."""
        # The normalisation of mail's email_normalized (not strict).
        email = email and email_normalize(email, strict=False)
        if email:
            partner = self._hotel_guest_search([("email_normalized", "=", email)])
            if partner:
                return partner
        key = phone_key(phone)
        if key:
            return self._hotel_guest_search(
                ["|", ("hotel_phone_key", "=", key), ("hotel_mobile_key", "=", key)]
            )
        return self.browse()

    @api.model
    def _hotel_prepare_guest_vals(self, name, email, phone, lang=False):
        """A new guest's contact: a person shared by the hotels of the chain
        (no company, like Odoo's usual contacts), so that their profile
        gathers their tickets of every hotel."""
        vals = {
            "name": name or email or phone,
            "email": email or False,
            "phone": phone or False,
            "type": "contact",
            "is_company": False,
            "company_id": False,
        }
        if lang:
            vals["lang"] = lang
        return vals

    @api.model
    def _hotel_create_guest(self, vals):
        """Create the guest's contact for the intake. Without the context
        the client sent (its ``default_*`` keys would choose the parent,
        hotel, salesperson... of the new contact)."""
        # sudo: the intake creates the guest's contact, from the ticket's
        # name, email, phone and language only, for staff who may not
        # create contacts themselves (Contact Creation).
        Partner = self.sudo().with_context(
            clean_context(self.env.context),
            mail_create_nolog=True,
            mail_create_nosubscribe=True,
        )
        return Partner.create(vals).with_env(self.env)

    # ------------------------------------------------------------------
    # Likely duplicates and Odoo's contact merge
    # ------------------------------------------------------------------

    def _hotel_duplicates_by_partner(self):
        """``{partner id: [ids of the other contacts with the same
        normalised email or phone digits]}`` for the contacts of ``self``
        that the user may read: one search for all."""
        partners = self.browse(self._hotel_profile_ids())
        emails = {p.email_normalized for p in partners if p.email_normalized}
        keys = {
            key
            for p in partners
            for key in (p.hotel_phone_key, p.hotel_mobile_key)
            if key
        }
        if not (emails or keys):
            return {}
        candidates = self.with_context(active_test=True).search(
            [
                "|",
                "|",
                ("email_normalized", "in", list(emails)),
                ("hotel_phone_key", "in", list(keys)),
                ("hotel_mobile_key", "in", list(keys)),
            ],
            order="id",
        )
        result = {}
        for partner in partners:
            own_keys = {partner.hotel_phone_key, partner.hotel_mobile_key} - {False}
            result[partner.id] = [
                other.id
                for other in candidates
                if other != partner
                and other.parent_id != partner
                and other != partner.parent_id
                and (
                    (
                        partner.email_normalized
                        and other.email_normalized == partner.email_normalized
                    )
                    or own_keys & {other.hotel_phone_key, other.hotel_mobile_key}
                )
            ]
        return result

    def _hotel_may_merge_guests(self):
        """Merging guests' contacts is for guest relations and managers."""
        return self.env.su or self.env.user.has_group(
            "hotel_complaint.group_hotel_guest_relations"
        )

    def action_hotel_merge_duplicates(self):
        """Odoo's contact merge, with this contact and its likely
        duplicates selected."""
        self.ensure_one()
        if not self._hotel_may_merge_guests():
            raise AccessError(
                self.env._("Only guest relations and managers merge guests.")
            )
        if not self.env.user.has_group("base.group_partner_manager"):
            raise UserError(
                self.env._(
                    "Merging contacts needs the Contact Creation right: ask your "
                    "administrator to grant it to you."
                )
            )
        duplicates = self._hotel_duplicates_by_partner().get(self.id)
        if not duplicates:
            raise UserError(
                self.env._(
                    "%(guest)s has no other contact with the same email address "
                    "or phone number.",
                    guest=self.display_name,
                )
            )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "base.action_partner_merge"
        )
        action["context"] = {
            "active_model": "res.partner",
            "active_ids": [self.id, *duplicates],
        }
        action["name"] = self.env._("Merge %(guest)s", guest=self.display_name)
        return action
