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

    @api.model
    def _hotel_prepare_default_tiers(self, company):
        """The default approval ladder of a hotel: front-line staff alone up to
        a small amount; then the department manager; above a larger amount
        or for urgent complaints, the hotel manager too (C3.3)."""
        model_id = self.env["ir.model"]._get_id("hotel.compensation")
        small, large = 300, 2000
        return [
            {
                "name": self.env._("Department manager approval"),
                "model_id": model_id,
                "company_id": company.id,
                "sequence": 20,
                "review_type": "group",
                "reviewer_group_id": self.env.ref(
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
                "name": self.env._("Hotel manager approval"),
                "model_id": model_id,
                "company_id": company.id,
                "sequence": 10,
                "review_type": "group",
                "reviewer_group_id": self.env.ref(
                    "hotel_complaint.group_hotel_manager"
                ).id,
                "definition_domain": str(
                    ["|", ("amount_total", ">", large), ("severity", "=", "urgent")]
                ),
                "approve_sequence": True,
                "has_comment": True,
                "notify_on_create": True,
            },
        ]

    @api.model
    def _hotel_create_company_defaults(self, companies):
        """Give each hotel without compensation tiers the default ladder."""
        have = set(
            self.with_context(active_test=False)
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
            for vals in self._hotel_prepare_default_tiers(company)
        ]
        return self.create(vals_list)
