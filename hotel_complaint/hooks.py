# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Give every existing hotel (company) its default matrix and approval
    ladder."""
    companies = env["res.company"].search([])
    env["hotel.complaint.matrix"]._create_company_defaults(companies)
    env["tier.definition"]._hotel_create_company_defaults(companies)
