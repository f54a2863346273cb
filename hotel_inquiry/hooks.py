# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """Every existing hotel gets the default answer times of every channel."""
    env["hotel.inquiry.response.time"]._hotel_ensure_defaults(
        env["res.company"].search([])
    )
