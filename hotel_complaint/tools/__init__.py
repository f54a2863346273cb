# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Pure Python helpers of hotel_complaint that need no Odoo (auto-triage)."""
