# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

SERIOUS = ["serious", "urgent"]


class TierDefinition(models.Model):
    _inherit = "tier.definition"

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
    small, large = 300, 2000
    return [
        {
            "name": env._("Department manager approval"),
            "model_id": model_id,
            "company_id": company.id,
            "sequence": 20,
            "review_type": "group",
            "reviewer_group_id": env.ref(
                "hotel_complaint.group_hotel_department_manager"
            ).id,
            "definition_domain": str(
                ["|", ("amount_total", ">", small), ("severity", "in", SERIOUS)]
            ),
            "approve_sequence": True,
            "has_comment": True,
            "notify_on_create": True,
        },
        {
            "name": env._("Hotel manager approval"),
            "model_id": model_id,
            "company_id": company.id,
            "sequence": 10,
            "review_type": "group",
            "reviewer_group_id": env.ref("hotel_complaint.group_hotel_manager").id,
            "definition_domain": str(
                ["|", ("amount_total", ">", large), ("severity", "=", "urgent")]
            ),
            "approve_sequence": True,
            "has_comment": True,
            "notify_on_create": True,
        },
    ]


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
