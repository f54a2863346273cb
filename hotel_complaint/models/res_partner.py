# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The guest profile on the contact (C6.2, C6.4): complaints, satisfaction
over time, compensation to date per hotel, preferences, a VIP level, the
"handle with care" notice and the periodic review of returning guests.

Every figure is computed for all the partners read at once, with one
grouped read per figure (no query per partner)."""

from collections import defaultdict

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import format_amount

from .helpdesk_ticket_deadlines import SERIOUS_SEVERITIES

VIP_LEVELS = [
    ("silver", "Silver"),
    ("gold", "Gold"),
    ("platinum", "Platinum"),
]

# What guest relations writes on a contact it may not otherwise change.
PROFILE_FIELDS = frozenset({"hotel_vip_level", "hotel_profile_date"})


class ResPartner(models.Model):
    _inherit = "res.partner"

    # How many profiles the review cron handles per hotel and run.
    _hotel_review_batch_size = 200

    hotel_vip_level = fields.Selection(
        selection=VIP_LEVELS,
        string="VIP Level",
        tracking=True,
        groups="base.group_user",
    )
    hotel_profile_date = fields.Datetime(
        string="Profile Updated On",
        readonly=True,
        copy=False,
        groups="base.group_user",
        help="Last update or review of the guest profile.",
    )
    hotel_preference_ids = fields.One2many(
        comodel_name="hotel.guest.preference",
        inverse_name="partner_id",
        string="Preferences and Needs",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_complaint_count = fields.Integer(
        string="Complaints",
        compute="_compute_hotel_complaint_count",
        groups="base.group_user",
    )
    hotel_compensation_currency_id = fields.Many2one(
        comodel_name="res.currency",
        compute="_compute_hotel_compensation",
        groups="hotel_complaint.group_hotel_guest_relations",
    )
    hotel_compensation_total = fields.Monetary(
        string="Compensation to Date",
        compute="_compute_hotel_compensation",
        currency_field="hotel_compensation_currency_id",
        groups="hotel_complaint.group_hotel_guest_relations",
        help="Approved and delivered compensation of this guest in the current "
        "hotel, in its currency.",
    )
    hotel_compensation_summary = fields.Text(
        string="Compensation per Hotel",
        compute="_compute_hotel_compensation",
        groups="hotel_complaint.group_hotel_guest_relations",
        help="Approved and delivered compensation in each of your hotels, in "
        "each hotel's currency.",
    )
    hotel_rating_ids = fields.Many2many(
        comodel_name="rating.rating",
        string="Satisfaction Ratings",
        compute="_compute_hotel_satisfaction",
        groups="base.group_user",
    )
    hotel_feedback_ids = fields.Many2many(
        comodel_name="hotel.complaint.feedback",
        string="Opinions",
        compute="_compute_hotel_satisfaction",
        groups="hotel_complaint.group_hotel_department_staff",
    )
    hotel_handle_with_care = fields.Boolean(
        compute="_compute_hotel_handle_with_care", groups="base.group_user"
    )
    hotel_care_message = fields.Char(
        string="Handle with Care",
        compute="_compute_hotel_handle_with_care",
        groups="base.group_user",
    )

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    def _hotel_profile_ids(self):
        return [pid for pid in self.ids if isinstance(pid, int)]

    @api.depends_context("uid")
    def _compute_hotel_complaint_count(self):
        """The complaints of each guest the user may read, open and closed:
        one grouped read."""
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [
                    ("partner_id", "in", self._hotel_profile_ids()),
                    ("hotel_ticket_type", "=", "complaint"),
                ],
                ["partner_id"],
                ["__count"],
            )
        )
        for partner in self:
            partner.hotel_complaint_count = counts.get(partner._origin, 0)

    @api.depends_context("uid", "company", "allowed_company_ids")
    def _compute_hotel_compensation(self):
        """Approved and delivered compensation per guest and hotel, for the
        user's hotels: one grouped read for all partners."""
        companies = self.env.companies
        totals = defaultdict(dict)
        ids = self._hotel_profile_ids()
        if ids:
            # sudo: a guest's total counts every proposal of the hotel, also
            # those of departments the user cannot read (the field itself is
            # for guest relations and managers only).
            groups = (
                self.env["hotel.compensation"]
                .sudo()
                ._read_group(
                    [
                        ("partner_id", "in", ids),
                        ("company_id", "in", companies.ids),
                        ("state", "in", ("approved", "delivered")),
                    ],
                    ["partner_id", "company_id"],
                    ["amount_total:sum"],
                )
            )
            for partner, company, amount in groups:
                totals[partner.id][company.id] = amount
        current = self.env.company
        for partner in self:
            per_company = totals.get(partner._origin.id, {})
            partner.hotel_compensation_currency_id = current.currency_id
            partner.hotel_compensation_total = per_company.get(current.id, 0.0)
            partner.hotel_compensation_summary = "\n".join(
                f"{company.name}: "
                + format_amount(self.env, per_company[company.id], company.currency_id)
                for company in companies
                if per_company.get(company.id)
            )

    @api.depends_context("uid")
    def _compute_hotel_satisfaction(self):
        """The guest's ratings and feedback opinions the user may read,
        newest first: one search each for all partners."""
        ids = self._hotel_profile_ids()
        ratings = self.env["rating.rating"].search(
            [
                ("partner_id", "in", ids),
                ("res_model", "=", "helpdesk.ticket"),
                ("consumed", "=", True),
            ],
            order="write_date desc, id desc",
        )
        by_partner = defaultdict(list)
        for rating in ratings:
            by_partner[rating.partner_id.id].append(rating.id)
        feedback = defaultdict(list)
        if self.env.user.has_group("hotel_complaint.group_hotel_department_staff"):
            rounds = self.env["hotel.complaint.feedback"].search(
                [
                    ("ticket_id.partner_id", "in", ids),
                    ("guest_opinion", "!=", False),
                ],
                order="communicated_date desc, id desc",
            )
            for feedback_round in rounds:
                feedback[feedback_round.ticket_id.partner_id.id].append(
                    feedback_round.id
                )
        for partner in self:
            partner.hotel_rating_ids = [(6, 0, by_partner.get(partner._origin.id, []))]
            partner.hotel_feedback_ids = [(6, 0, feedback.get(partner._origin.id, []))]

    @api.depends_context("company")
    def _compute_hotel_handle_with_care(self):
        messages = self._hotel_care_messages(self.env.company)
        for partner in self:
            message = messages.get(partner._origin.id, "")
            partner.hotel_handle_with_care = bool(message)
            partner.hotel_care_message = message

    # ------------------------------------------------------------------
    # Business methods
    # ------------------------------------------------------------------

    def _hotel_care_messages(self, company, exclude_tickets=None):
        """``{partner id: message}`` for the guests of ``self`` to handle
        with care in ``company``: VIP, or a serious or urgent complaint there
        in the hotel's last months (``hotel_care_months``). One grouped read
        for all partners."""
        ids = self._hotel_profile_ids()
        if not ids:
            return {}
        months = company.hotel_care_months
        serious = {}
        if months > 0:
            domain = [
                ("partner_id", "in", ids),
                ("hotel_ticket_type", "=", "complaint"),
                ("company_id", "=", company.id),
                ("severity", "in", list(SERIOUS_SEVERITIES)),
                (
                    "create_date",
                    ">=",
                    fields.Datetime.now() - relativedelta(months=months),
                ),
            ]
            if exclude_tickets:
                domain.append(("id", "not in", exclude_tickets.ids))
            # sudo: the notice counts every serious complaint of the hotel,
            # also those of departments the user cannot read.
            serious = dict(
                self.env["helpdesk.ticket"]
                .sudo()
                ._read_group(domain, ["partner_id"], ["create_date:max"])
            )
        vip_labels = dict(VIP_LEVELS)
        # sudo: the VIP level is read for the notice, whoever may see it.
        partners = self.browse(ids).sudo()
        messages = {}
        for partner in partners:
            reasons = []
            if partner.hotel_vip_level:
                reasons.append(
                    self.env._(
                        "VIP guest (%(level)s).",
                        level=vip_labels[partner.hotel_vip_level],
                    )
                )
            last = serious.get(partner)
            if last:
                reasons.append(
                    self.env._(
                        "Serious complaint on %(date)s.",
                        date=fields.Date.to_string(last.date()),
                    )
                )
            if reasons:
                messages[partner.id] = " ".join(
                    [self.env._("Handle with care:")] + reasons
                )
        return messages

    def _hotel_touch_profile(self):
        """The profile was updated: it is not due for review."""
        if self:
            # sudo: the profile's date follows its preferences and reviews,
            # whoever records them.
            self.sudo().write({"hotel_profile_date": fields.Datetime.now()})

    def write(self, vals):
        if "hotel_vip_level" in vals:
            if not (
                self.env.su
                or self.env.user.has_group(
                    "hotel_complaint.group_hotel_guest_relations"
                )
            ):
                raise AccessError(
                    self.env._("Only guest relations and managers set a VIP level.")
                )
            if "hotel_profile_date" not in vals:
                vals = dict(vals, hotel_profile_date=fields.Datetime.now())
            if set(vals) <= PROFILE_FIELDS and not self.env.su:
                # sudo: guest relations keeps the guest profile without the
                # right to change the rest of the contact.
                return super(ResPartner, self.sudo()).write(vals)
        return super().write(vals)

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_hotel_view_complaints(self):
        """The guest's complaints, open and closed."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "hotel_complaint.helpdesk_ticket_action_complaint"
        )
        action.update(
            domain=[
                ("partner_id", "=", self.id),
                ("hotel_ticket_type", "=", "complaint"),
            ],
            context={"default_partner_id": self.id},
            name=self.env._("Complaints of %(guest)s", guest=self.display_name),
        )
        return action

    def action_hotel_profile_reviewed(self):
        """Guest relations reviewed the profile: date it and close the
        review activities."""
        self._hotel_touch_profile()
        self.activity_feedback(
            ["hotel_complaint.mail_activity_type_profile_review"],
            feedback=self.env._("Profile reviewed."),
        )
        return True

    # ------------------------------------------------------------------
    # Periodic review (C6.4)
    # ------------------------------------------------------------------

    @api.model
    def _cron_hotel_profile_review(self):
        """Ask each hotel's guest relations leader to review the profiles of
        returning guests (2+ complaints or stays there) not updated for the
        hotel's ``hotel_profile_review_months``: one activity per profile,
        never twice while one is open; at most a batch per hotel and run."""
        # sudo: the cron goes through every hotel and guest.
        companies = (
            self.env["res.company"]
            .sudo()
            .search([("hotel_profile_review_months", ">", 0)])
        )
        activity_type = self.env.ref(
            "hotel_complaint.mail_activity_type_profile_review"
        )
        model_id = self.env["ir.model"]._get_id("res.partner")
        vals_list = []
        for company in companies:
            # sudo: guest relations' leader, whoever runs the cron.
            Team = self.env["helpdesk.ticket.team"].sudo()
            leader = Team._hotel_department(company, "guest_relations").user_id
            if not leader:
                continue
            # sudo: every returning guest of the hotel is reviewed.
            partners = self.sudo()._hotel_review_due(company, leader, activity_type)
            vals_list += [
                {
                    "res_model_id": model_id,
                    "res_id": partner.id,
                    "activity_type_id": activity_type.id,
                    "automated": True,
                    "user_id": leader.id,
                    "summary": self.env._("Review the guest profile"),
                    "date_deadline": fields.Date.context_today(self),
                }
                for partner in partners
            ]
        if vals_list:
            # sudo: the cron schedules for guest relations.
            self.env["mail.activity"].sudo().create(vals_list)

    @api.model
    def _hotel_review_due(self, company, leader, activity_type):
        """Returning guests of ``company`` whose profile is due for review
        and who have no open review activity for ``leader``."""
        groups = self.env["helpdesk.ticket"]._read_group(
            [
                ("company_id", "=", company.id),
                ("partner_id", "!=", False),
                ("hotel_ticket_type", "!=", False),
            ],
            ["partner_id"],
            ["stay_reference:count_distinct"],
        )
        complaints = dict(
            self.env["helpdesk.ticket"]._read_group(
                [
                    ("company_id", "=", company.id),
                    ("partner_id", "in", [partner.id for partner, _stays in groups]),
                    ("hotel_ticket_type", "=", "complaint"),
                ],
                ["partner_id"],
                ["__count"],
            )
        )
        returning = [
            partner.id
            for partner, stays in groups
            if complaints.get(partner, 0) >= 2 or stays >= 2
        ]
        if not returning:
            return self.browse()
        cutoff = fields.Datetime.now() - relativedelta(
            months=company.hotel_profile_review_months
        )
        open_reviews = self.env["mail.activity"].search(
            [
                ("res_model", "=", "res.partner"),
                ("res_id", "in", returning),
                ("activity_type_id", "=", activity_type.id),
                ("user_id", "=", leader.id),
            ]
        )
        return self.search(
            [
                ("id", "in", returning),
                ("id", "not in", open_reviews.mapped("res_id")),
                "|",
                ("hotel_profile_date", "<", cutoff),
                "&",
                ("hotel_profile_date", "=", False),
                ("create_date", "<", cutoff),
            ],
            order="id",
            limit=self._hotel_review_batch_size,
        )
