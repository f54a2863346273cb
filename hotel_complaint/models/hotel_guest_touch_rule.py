# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The hotel's rules for personal touches (C6.2): which guests (a recovery
flag, a kind of preference, a VIP level), which touch, by whom and when."""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools.translate import LazyTranslate

from .helpdesk_ticket_team import DEPARTMENT_TYPES
from .hotel_guest_preference import PREFERENCE_CATEGORIES
from .res_partner import VIP_LEVELS

_lt = LazyTranslate(__name__)

CONDITIONS = [
    ("recovery", "Recovery Flag"),
    ("preference", "Recorded Preference"),
    ("vip", "VIP Level"),
]
TOUCH_KINDS = [
    ("gift", "Gift"),
    ("dining", "Special Dining"),
    ("room", "Preferred Room"),
    ("amenity", "Amenity"),
    ("note", "Welcome Note"),
    ("other", "Other"),
]
RESPONSIBLES = [
    ("guest_relations", "Guest Relations Leader"),
    ("department", "Department Leader"),
]
TIMINGS = [
    ("creation", "When the Ticket Comes In"),
    ("arrival", "Days Before Arrival"),
]
VIP_RANK = {level: rank for rank, (level, _label) in enumerate(VIP_LEVELS, 1)}

# The touches each hotel gets (C6.2), each with the suggestion staff read.
DEFAULT_RULES = [
    (
        {
            "sequence": 1,
            "condition": "recovery",
            "touch_kind": "gift",
            "responsible_type": "guest_relations",
        },
        _lt(
            "Service recovery: a welcome amenity and a handwritten note from "
            "the hotel manager, thanking the guest for giving us another chance."
        ),
    ),
    (
        {
            "sequence": 2,
            "condition": "preference",
            "preference_category": "dietary",
            "touch_kind": "dining",
            "responsible_type": "department",
            "department_type": "fnb",
            "timing": "arrival",
            "days_before_arrival": 1,
        },
        _lt(
            "Tell the restaurants about the guest's dietary needs and allergies "
            "and offer a menu prepared for them."
        ),
    ),
    (
        {
            "sequence": 3,
            "condition": "preference",
            "preference_category": "pillow",
            "touch_kind": "amenity",
            "responsible_type": "department",
            "department_type": "housekeeping",
            "timing": "arrival",
            "days_before_arrival": 1,
        },
        _lt("Prepare the room with the guest's preferred pillow before arrival."),
    ),
    (
        {
            "sequence": 4,
            "condition": "preference",
            "preference_category": "room",
            "touch_kind": "room",
            "responsible_type": "department",
            "department_type": "front_office",
            "timing": "arrival",
            "days_before_arrival": 3,
        },
        _lt("Block the guest's preferred room or room type for the stay."),
    ),
    (
        {
            "sequence": 5,
            "condition": "preference",
            "preference_category": "date",
            "touch_kind": "gift",
            "responsible_type": "guest_relations",
        },
        _lt(
            "Prepare a small gift or a card for the guest's date to remember "
            "if it falls during the stay."
        ),
    ),
    (
        {
            "sequence": 6,
            "condition": "preference",
            "preference_category": "language",
            "touch_kind": "note",
            "responsible_type": "guest_relations",
        },
        _lt("Leave a welcome note in the guest's language."),
    ),
    (
        {
            "sequence": 7,
            "condition": "vip",
            "vip_level": "gold",
            "touch_kind": "amenity",
            "responsible_type": "guest_relations",
        },
        _lt("VIP welcome: fruit, flowers and a greeting by guest relations."),
    ),
]


class HotelGuestTouchRule(models.Model):
    _name = "hotel.guest.touch.rule"
    _description = "Personal Touch Rule"
    _order = "company_id, sequence, id"
    _check_company_auto = True

    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        required=True,
        index=True,
        default=lambda self: self.env.company,
    )
    condition = fields.Selection(
        selection=CONDITIONS, string="For Guests with", required=True
    )
    preference_category = fields.Selection(
        selection=PREFERENCE_CATEGORIES,
        string="Preference Type",
        help="The rule applies to guests with a preference of this type.",
    )
    vip_level = fields.Selection(
        selection=VIP_LEVELS,
        string="VIP Level at Least",
    )
    touch_kind = fields.Selection(
        selection=TOUCH_KINDS, string="Touch", required=True, default="gift"
    )
    suggestion = fields.Text(required=True, translate=True)
    responsible_type = fields.Selection(
        selection=RESPONSIBLES,
        string="Prepared By",
        required=True,
        default="guest_relations",
    )
    department_type = fields.Selection(
        selection=DEPARTMENT_TYPES,
        string="Department",
        help="The department whose leader prepares the touch.",
    )
    timing = fields.Selection(
        selection=TIMINGS, string="When", required=True, default="creation"
    )
    days_before_arrival = fields.Integer(
        default=1,
        help="The touch is due this many days before the guest's arrival "
        "(today when the arrival is sooner or unknown).",
    )

    _sql_constraints = [
        (
            "days_positive",
            "CHECK(days_before_arrival >= 0)",
            "The days before arrival of a touch rule cannot be negative.",
        ),
    ]

    @api.depends("condition", "preference_category", "vip_level", "touch_kind")
    def _compute_display_name(self):
        conditions = dict(self._fields["condition"]._description_selection(self.env))
        categories = dict(
            self._fields["preference_category"]._description_selection(self.env)
        )
        vips = dict(self._fields["vip_level"]._description_selection(self.env))
        kinds = dict(self._fields["touch_kind"]._description_selection(self.env))
        for rule in self:
            detail = categories.get(rule.preference_category) or vips.get(
                rule.vip_level
            )
            condition = conditions.get(rule.condition, "")
            if detail:
                condition = f"{condition} ({detail})"
            rule.display_name = f"{condition}: {kinds.get(rule.touch_kind, '')}"

    @api.constrains("condition", "preference_category", "vip_level")
    def _check_condition(self):
        for rule in self:
            if rule.condition == "preference" and not rule.preference_category:
                raise ValidationError(
                    self.env._("A touch rule for preferences needs a preference type.")
                )
            if rule.condition == "vip" and not rule.vip_level:
                raise ValidationError(
                    self.env._("A touch rule for VIP guests needs a VIP level.")
                )

    @api.constrains("responsible_type", "department_type")
    def _check_department(self):
        for rule in self:
            if rule.responsible_type == "department" and not rule.department_type:
                raise ValidationError(
                    self.env._("Choose the department whose leader prepares the touch.")
                )

    @api.model
    def _create_company_defaults(self, companies):
        """The default rules of each hotel that has none (archived ones
        count: a hotel that removed them keeps its choice), with their
        suggestions in every installed language. Idempotent."""
        # sudo: the defaults come with the hotel, whoever creates it.
        Rule = self.sudo().with_context(active_test=False, lang="en_US")
        have = set(Rule.search([("company_id", "in", companies.ids)]).company_id.ids)
        todo = [company for company in companies if company.id not in have]
        rules = Rule.create(
            [
                dict(
                    vals,
                    company_id=company.id,
                    suggestion=suggestion._translate("en_US"),
                )
                for company in todo
                for vals, suggestion in DEFAULT_RULES
            ]
        )
        langs = [
            code
            for code, _name in self.env["res.lang"].get_installed()
            if code != "en_US"
        ]
        if langs:
            per_rule = len(DEFAULT_RULES)
            for index, rule in enumerate(rules):
                suggestion = DEFAULT_RULES[index % per_rule][1]
                rule.update_field_translations(
                    "suggestion",
                    {lang: suggestion._translate(lang) for lang in langs},
                )
        return rules

    @api.model
    def _hotel_init_defaults(self):
        """At install or update: the defaults of every hotel without rules."""
        # sudo: every hotel.
        return self._create_company_defaults(self.env["res.company"].sudo().search([]))

    # ------------------------------------------------------------------
    # Matching
    # ------------------------------------------------------------------

    def _hotel_match(self, partner, preferences):
        """Why this rule applies to ``partner`` (sudo) in the rule's hotel,
        given the guest's ``preferences`` there; ``None`` when it does not."""
        self.ensure_one()
        if self.condition == "recovery":
            if (
                partner.hotel_recovery_flag
                and partner.hotel_recovery_company_id == self.company_id
            ):
                return self.env._(
                    "Recovery flag: %(reason)s",
                    reason=partner.hotel_recovery_reason or "-",
                )
            return None
        if self.condition == "vip":
            level = partner.hotel_vip_level
            if level and VIP_RANK[level] >= VIP_RANK.get(self.vip_level, 99):
                labels = dict(
                    partner._fields["hotel_vip_level"]._description_selection(self.env)
                )
                return self.env._("VIP guest (%(level)s).", level=labels[level])
            return None
        values = [
            pref.value
            for pref in preferences
            if pref.category == self.preference_category
        ]
        if not values:
            return None
        return "; ".join(values)

    def _hotel_due_date(self, today, arrival):
        """When the touch is due: today, or ``days_before_arrival`` before a
        known arrival, never in the past."""
        self.ensure_one()
        if self.timing != "arrival" or not arrival:
            return today
        return max(today, arrival - timedelta(days=self.days_before_arrival))
