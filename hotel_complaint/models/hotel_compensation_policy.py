# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Compensation policy ceilings (C3.3): per complaint and per guest per
stay, each hotel's own, checked when a proposal is submitted with the rows
they sum over locked."""

from odoo import models
from odoo.exceptions import ValidationError
from odoo.tools import SQL, float_compare

from .hotel_compensation import ACTIVE_STATES


class HotelCompensation(models.Model):
    _inherit = "hotel.compensation"  # pylint: disable=consider-merging-classes-inherited

    def _check_policy_limits(self):
        """Ceilings per complaint and per guest per stay (company policy),
        summed once the rows they sum over are locked."""
        self._lock_policy_scope()
        for proposal in self:
            company = proposal.company_id
            rounding = proposal.currency_id.rounding
            if company.hotel_compensation_max_complaint:
                # sudo: the ceiling counts every proposal of the complaint.
                others = sum(
                    proposal.ticket_id.sudo()
                    .hotel_compensation_ids.filtered(
                        lambda p, cur=proposal: p != cur and p.state in ACTIVE_STATES
                    )
                    .mapped("amount_total")
                )
                total = others + proposal.amount_total
                if (
                    float_compare(
                        total,
                        company.hotel_compensation_max_complaint,
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise ValidationError(
                        self.env._(
                            "This proposal brings the complaint's compensation to "
                            "%(total)s, above the hotel's ceiling of %(limit)s per "
                            "complaint.",
                            total=proposal.currency_id.format(total),
                            limit=proposal.currency_id.format(
                                company.hotel_compensation_max_complaint
                            ),
                        )
                    )
            if company.hotel_compensation_max_stay and proposal.stay_reference:
                total = (
                    proposal._guest_totals(ACTIVE_STATES)["stay"]
                    + proposal.amount_total
                )
                if (
                    float_compare(
                        total,
                        company.hotel_compensation_max_stay,
                        precision_rounding=rounding,
                    )
                    > 0
                ):
                    raise ValidationError(
                        self.env._(
                            "This proposal brings the guest's compensation for stay "
                            "%(stay)s to %(total)s, above the hotel's ceiling of "
                            "%(limit)s per stay.",
                            stay=proposal.stay_reference,
                            total=proposal.currency_id.format(total),
                            limit=proposal.currency_id.format(
                                company.hotel_compensation_max_stay
                            ),
                        )
                    )

    # ------------------------------------------------------------------
    # Policy ceilings: serialised
    # ------------------------------------------------------------------

    def _lock_policy_scope(self):
        """Serialise the policy ceilings of the proposals' guests and
        complaints, before summing what they already received.

        Two proposals submitted at the same moment from two transactions must
        not both pass a ceiling that only one of them fits in. Odoo runs
        REPEATABLE READ: each transaction sums the other proposals with the
        snapshot taken at its first query, so a plain ``SELECT ... FOR
        UPDATE`` would only make the second one wait, then sum with its old
        snapshot and still miss the first one's proposal. Hence, in a fixed
        order (the guests' partner rows, then the complaints' rows, ids
        sorted, so that two submissions never deadlock), the rows a ceiling of
        the hotel sums over (the guest for the per-stay ceiling, the complaint
        for the per-complaint one) are locked and then updated with a no-op
        ``UPDATE ... SET id = id``. A concurrent transaction that locks the
        same rows waits until the first one ends; as the rows were *updated*
        by a transaction that committed after its snapshot was taken,
        PostgreSQL then fails it with a serialization failure (had the first
        one rolled back, it would go on). Odoo's RPC layer
        retries a request on a serialization failure: the retry takes a new
        snapshot, sees the committed proposal and refuses the new one with
        the ceiling's message.
        """
        cr = self.env.cr
        per_stay = self.filtered(
            lambda p: p.company_id.hotel_compensation_max_stay and p.stay_reference
        )
        per_complaint = self.filtered(
            lambda p: p.company_id.hotel_compensation_max_complaint
        )
        for table, ids in (
            ("res_partner", per_stay.partner_id.ids),
            ("helpdesk_ticket", per_complaint.ticket_id.ids),
        ):
            if not ids:
                continue
            ids = tuple(sorted(set(ids)))
            cr.execute(
                SQL(
                    "SELECT id FROM %s WHERE id IN %s ORDER BY id FOR UPDATE",
                    SQL.identifier(table),
                    ids,
                )
            )
            cr.execute(
                SQL(
                    "UPDATE %s SET id = id WHERE id IN %s",
                    SQL.identifier(table),
                    ids,
                )
            )
