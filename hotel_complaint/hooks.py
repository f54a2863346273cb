# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Give every existing hotel property (company) its default matrix."""
    env["hotel.complaint.matrix"]._create_company_defaults(env["res.company"].search([]))
