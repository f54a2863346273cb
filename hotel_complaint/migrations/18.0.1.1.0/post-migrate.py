# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    """The default follow-up rules (C6.1) of the hotels that existed before
    them."""
    env = api.Environment(cr, SUPERUSER_ID, {})
    companies = env["res.company"].search([])
    env["hotel.complaint.followup.rule"]._create_company_defaults(companies)
