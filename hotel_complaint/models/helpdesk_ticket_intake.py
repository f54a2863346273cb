# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Guest intake (C1.1 - C1.3): who complained, about what, where and when;
the guest's contact and the hotel of the category and assignee."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import email_normalize, email_split, parse_contact_from_email
from odoo.tools.mail import single_email_re


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    partner_phone = fields.Char(string="Phone")
    room_number = fields.Char(index="btree_not_null")
    stay_reference = fields.Char(
        string="Stay / Reservation", help="Reservation or folio reference."
    )
    incident_date = fields.Datetime(string="Occurred On")
    # The stay, for the timing of the follow-up visit (C6.1).
    arrival_date = fields.Date(groups="base.group_user")
    departure_date = fields.Date(groups="base.group_user")
    location_id = fields.Many2one(
        comodel_name="hotel.location",
        string="Location / Outlet",
        check_company=True,
        index="btree_not_null",
        groups="base.group_user",
    )
    guest_account = fields.Text(
        string="Guest's Account", help="What the guest said, in their own words."
    )
    reported_date = fields.Datetime(
        string="Received On",
        default=fields.Datetime.now,
        help="When the hotel received the complaint: deadlines start here.",
    )
    # The team's members and the internal notes are the staff's business, not
    # the guest's: portal users cannot read them. helpdesk_mgmt's portal page
    # reads its ticket with sudo() and is unchanged. The assignee (user_id)
    # stays readable: helpdesk_mgmt's portal contract (and its tests) read it
    # as the portal user; complaint pages do not show it.
    user_ids = fields.Many2many(groups="base.group_user")
    notes = fields.Html(groups="base.group_user")

    @api.model
    def _hotel_prepare_intake_vals(self, vals):
        """The guest's name, email and phone from their contact, where the
        intake left them empty; the bare address of an email given with a
        name (``"Name" <address>``, as the mail gateway writes the sender),
        the name then kept as the guest's; without a contact, the guest's
        contact found or created."""
        partner = self.env["res.partner"].browse(vals.get("partner_id"))
        if partner:
            vals["partner_name"] = vals.get("partner_name") or partner.name
            if not vals.get("partner_email") and partner.email:
                vals["partner_email"] = partner.email
            if not vals.get("partner_phone") and (partner.phone or partner.mobile):
                vals["partner_phone"] = partner.phone or partner.mobile
        self._hotel_prepare_intake_email_vals(vals)
        if not partner:
            self._hotel_prepare_intake_contact_vals(vals)
        return vals

    @api.model
    def _hotel_prepare_intake_contact_vals(self, vals):
        """No contact given (hotline, front desk, the mail of an unknown
        sender): the guest's contact found by their normalised email, else
        by their phone, among the contacts the user may read; created from
        the guest's name, email, phone and language where there is none
        (C6.2, C6.4). Nothing without an email or phone: the intake check
        refuses the ticket."""
        email = vals.get("partner_email")
        phone = vals.get("partner_phone")
        if not (email or phone):
            return vals
        Partner = self.env["res.partner"]
        partner = Partner._hotel_find_guest(email=email, phone=phone)
        if not partner:
            normalized = email and email_normalize(email)
            if email and not (normalized and single_email_re.match(normalized)):
                # An invalid address: left to the email check to refuse,
                # before any contact is created.
                return vals
            partner = Partner._hotel_create_guest(
                Partner._hotel_prepare_guest_vals(
                    vals.get("partner_name"), email, phone, vals.get("hotel_lang")
                )
            )
        else:
            # The name the hotel knows the guest by, where none was given.
            vals["partner_name"] = vals.get("partner_name") or partner.name
        vals["partner_id"] = partner.id
        return vals

    @api.model
    def _hotel_prepare_intake_email_vals(self, vals):
        """``"Name" <address>`` in the guest's email: the address alone
        (normalized), and the name as the guest's name where none was
        given."""
        email = (vals.get("partner_email") or "").strip()
        if len(email_split(email)) != 1:
            # None or several: left to the email check to refuse.
            return vals
        name, address = parse_contact_from_email(email)
        if not address or address == email:
            return vals
        vals["partner_email"] = address
        if name and name != address and not vals.get("partner_name"):
            vals["partner_name"] = name
        return vals

    @api.constrains("arrival_date", "departure_date")
    def _check_hotel_stay_dates(self):
        for ticket in self:
            if (
                ticket.arrival_date
                and ticket.departure_date
                and ticket.departure_date < ticket.arrival_date
            ):
                raise ValidationError(
                    self.env._(
                        "The guest's departure (%(departure)s) cannot be before "
                        "their arrival (%(arrival)s).",
                        departure=ticket.departure_date,
                        arrival=ticket.arrival_date,
                    )
                )

    @api.constrains("hotel_ticket_type", "partner_email", "partner_phone")
    def _check_hotel_guest_contact(self):
        for ticket in self._hotel_filter("intake"):
            if not (ticket.partner_email or ticket.partner_phone):
                raise ValidationError(
                    self.env._(
                        "%(type)s %(name)s needs a way to reach the guest: an "
                        "email address or a phone number.",
                        type=ticket._hotel_type_label(),
                        name=ticket.name,
                    )
                )

    @api.constrains("partner_email")
    def _check_hotel_email(self):
        for ticket in self.filtered("partner_email"):
            normalized = email_normalize(ticket.partner_email)
            if not normalized or not single_email_re.match(normalized):
                raise ValidationError(
                    self.env._(
                        "%(email)s is not a valid email address.",
                        email=ticket.partner_email,
                    )
                )

    @api.constrains("category_id", "user_id", "company_id", "hotel_ticket_type")
    def _check_hotel_category_user_company(self):
        """helpdesk_mgmt does not check the hotel of a ticket's category and
        assignee: a complaint takes only its own hotel's."""
        tickets = self._hotel_filter("intake")
        if not tickets:
            return
        categories = self.env["helpdesk.ticket.category"]._hotel_category_data()
        for ticket in tickets:
            # sudo: the other hotel's name is needed for the message, and the
            # user may not read it.
            category = ticket.sudo().category_id
            category_company = categories.get(category.id, {}).get("company_id")
            if category_company and category_company != ticket.company_id.id:
                raise ValidationError(
                    self.env._(
                        "The category %(category)s belongs to %(category_company)s "
                        "and cannot be used for a complaint of %(company)s.",
                        category=category.display_name,
                        category_company=category.company_id.name,
                        # sudo: the hotel's name, whichever hotels the user reads.
                        company=ticket.sudo().company_id.name,
                    )
                )
            # sudo: the assignee's hotels, which the user may not read.
            user = ticket.sudo().user_id
            if user and ticket.company_id.id not in user._get_company_ids():
                raise ValidationError(
                    self.env._(
                        "%(user)s works for %(user_companies)s and cannot be "
                        "assigned a complaint of %(company)s.",
                        user=user.name,
                        user_companies=", ".join(user.company_ids.mapped("name")),
                        # sudo: the hotel's name, whichever hotels the user reads.
                        company=ticket.sudo().company_id.name,
                    )
                )

    def _hotel_portal_attachments(self, user=None):
        """The files a portal user (the current one by default) may get from
        this ticket's page: those of the messages a guest can see and those
        they uploaded themselves; never those of the staff's internal notes,
        nor files the staff attached without a message."""
        self.ensure_one()
        user = user or self.env.user
        # sudo: portal users have no access right on attachments and messages;
        # the domain below is the check.
        attachments = self.sudo().attachment_ids
        messages = (
            self.env["mail.message"]
            .sudo()
            .search(
                self.env["mail.message"]._get_search_domain_share()
                + [
                    ("model", "=", self._name),
                    ("res_id", "=", self.id),
                    ("attachment_ids", "in", attachments.ids),
                ]
            )
        )
        return attachments.filtered(
            lambda a: a in messages.attachment_ids or a.create_uid == user
        )
