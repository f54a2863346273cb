# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

SERIOUS = ["serious", "urgent"]


class TierDefinition(models.Model):
    _inherit = "tier.definition"

    hotel_default_tier = fields.Selection(
        selection=[
            ("department_manager", "Department manager"),
            ("hotel_manager", "Hotel manager"),
        ],
        readonly=True,
        copy=False,
        help="One of the hotel's default approval tiers: its condition follows "
        "the hotel's approval thresholds (Settings) when they change.",
    )

    @api.model
    def _get_tier_validation_model_names(self):
        res = super()._get_tier_validation_model_names()
        res.append("hotel.compensation")
        return res

    def write(self, vals):
        res = super().write(vals)
        if "model_id" in vals:
            # Record rules are checked before a write only: check them again,
            # so that a hotel manager does not move a compensation tier onto
            # another kind of document.
            self.check_access("write")
        return res

    @api.model
    def _hotel_prepare_default_tiers(self, company):
        return prepare_default_tiers(self.env, company)

    @api.model
    def _hotel_create_company_defaults(self, companies):
        return create_company_default_tiers(self.env, companies)


def prepare_default_tiers(env, company):
    """The default approval ladder of a hotel: front-line staff alone up to a
    small amount; then the department manager; above a larger amount or for
    urgent complaints, the hotel manager too (C3.3).

    Module-level functions, not methods of tier.definition: tier validation's
    own tests rebuild that model without this addon's extension, while a
    company created there still gets its hotel defaults."""
    model_id = env["ir.model"]._get_id("hotel.compensation")
    domains = default_tier_domains(company)
    tiers = [
        {
            "hotel_default_tier": "department_manager",
            "name": env._("Department manager approval"),
            "model_id": model_id,
            "company_id": company.id,
            "sequence": 20,
            "review_type": "group",
            "reviewer_group_id": env.ref(
                "hotel_complaint.group_hotel_department_manager"
            ).id,
            "definition_domain": domains["department_manager"],
            "approve_sequence": True,
            "has_comment": True,
            "notify_on_create": True,
        },
        {
            "hotel_default_tier": "hotel_manager",
            "name": env._("Hotel manager approval"),
            "model_id": model_id,
            "company_id": company.id,
            "sequence": 10,
            "review_type": "group",
            "reviewer_group_id": env.ref("hotel_complaint.group_hotel_manager").id,
            "definition_domain": domains["hotel_manager"],
            "approve_sequence": True,
            "has_comment": True,
            "notify_on_create": True,
        },
    ]
    if "hotel_default_tier" not in env["tier.definition"]._fields:
        # tier.definition rebuilt without this addon's extension (see above).
        for vals in tiers:
            del vals["hotel_default_tier"]
    return tiers


def create_company_default_tiers(env, companies):
    """Give each hotel without compensation tiers the default ladder."""
    Tier = env["tier.definition"]
    have = set(
        Tier.with_context(active_test=False)
        .search(
            [
                ("model", "=", "hotel.compensation"),
                ("company_id", "in", companies.ids),
            ]
        )
        .company_id.ids
    )
    vals_list = [
        vals
        for company in companies
        if company.id not in have
        for vals in prepare_default_tiers(env, company)
    ]
    return Tier.create(vals_list)


def _amount(value):
    """An amount as written in a tier's condition: 300, not 300.0."""
    return int(value) if float(value).is_integer() else value


def default_tier_domains(company):
    """The conditions of a hotel's default tiers, from its thresholds."""
    small = _amount(company.hotel_approval_manager_threshold)
    large = _amount(company.hotel_approval_hotel_manager_threshold)
    return {
        "department_manager": str(
            ["|", ("amount_total", ">", small), ("severity", "in", SERIOUS)]
        ),
        "hotel_manager": str(
            ["|", ("amount_total", ">", large), ("severity", "=", "urgent")]
        ),
    }


def refresh_company_default_tiers(env, companies):
    """The hotels' default tiers take their thresholds again (tier conditions
    are stored strings). Tiers the hotel added itself are left alone."""
    if "hotel_default_tier" not in env["tier.definition"]._fields:
        return
    tiers = (
        env["tier.definition"]
        .with_context(active_test=False)
        .search(
            [
                ("model", "=", "hotel.compensation"),
                ("company_id", "in", companies.ids),
                ("hotel_default_tier", "!=", False),
            ]
        )
    )
    for tier in tiers:
        domain = default_tier_domains(tier.company_id)[tier.hotel_default_tier]
        if tier.definition_domain != domain:
            tier.definition_domain = domain
