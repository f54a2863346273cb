# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Cause analysis of a complaint (C5.1): its root cause, how it happened and
the causes that contributed."""

from odoo import fields, models


# One class per requirement area, on purpose (see helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    hotel_cause_id = fields.Many2one(
        comodel_name="hotel.complaint.cause",
        string="Root Cause",
        check_company=True,
        index="btree_not_null",
        copy=False,
        tracking=True,
        groups="base.group_user",
        help="What the complaint came from, once the investigation found it.",
    )
    hotel_cause_factor_ids = fields.Many2many(
        comodel_name="hotel.complaint.cause",
        relation="helpdesk_ticket_hotel_cause_factor_rel",
        column1="ticket_id",
        column2="cause_id",
        string="Contributing Causes",
        check_company=True,
        copy=False,
        groups="base.group_user",
        help="Other causes that played a part.",
    )
    hotel_cause_description = fields.Text(
        string="How It Happened",
        copy=False,
        groups="base.group_user",
    )
