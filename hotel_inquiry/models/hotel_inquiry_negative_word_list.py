# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Negative feedback words (I2.5): what marks a written inquiry as probably
a complaint. The complaint triage rules classify complaints and hold
neutral words too ("breakfast", "shower"); these lists hold only words of
discontent, per language, and each hotel edits its own."""

import re

from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

from odoo.addons.hotel_complaint.models.hotel_complaint_triage_rule import (
    _KEYWORD_SPLIT,
    _keyword_pattern,
)

from .hotel_inquiry_quick_answer import CHAIN_LANGS


def _split(text):
    return [
        kw.strip().casefold() for kw in _KEYWORD_SPLIT.split(text or "") if kw.strip()
    ]


class HotelInquiryNegativeWordList(models.Model):
    _name = "hotel.inquiry.negative.word.list"
    _description = "Inquiry Negative Feedback Words"
    _inherit = ["hotel.config.cache.mixin"]
    _order = "lang, id"
    _check_company_auto = True

    name = fields.Char(required=True, translate=True)
    lang = fields.Selection(selection=CHAIN_LANGS, string="Language")
    keywords = fields.Text(
        string="Negative Words",
        required=True,
        help="Words or phrases of discontent, one per line or separated by "
        "commas. Latin words match whole words, ignoring case; Chinese "
        "phrases match anywhere in the text.",
    )
    exceptions = fields.Text(
        string="Not Negative",
        help="Words that hold a negative word but say nothing negative "
        "(出差 holds 差): where they stand, the negative word inside them "
        "does not count.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        default=lambda self: self.env.company,
        help="Empty: used by every hotel of the chain.",
    )
    active = fields.Boolean(default=True)

    @api.constrains("keywords")
    def _check_keywords(self):
        for word_list in self:
            if not _split(word_list.keywords):
                raise ValidationError(
                    self.env._(
                        "The list %(name)s has no negative word.", name=word_list.name
                    )
                )

    @tools.ormcache("company_id")
    def _hotel_compiled(self, company_id):
        """One pattern for all the lists of a hotel (its own and the chain's):
        the exceptions first (group 1), then the negative words (group 2);
        longer phrases first. None when there is no word."""
        # sudo: a cache shared by every user: all lists of the hotel.
        lists = (
            self.sudo()
            .with_context(active_test=True)
            .search([("company_id", "in", [company_id, False])])
        )
        words = {kw for word_list in lists for kw in _split(word_list.keywords)}
        exceptions = {kw for word_list in lists for kw in _split(word_list.exceptions)}
        if not words:
            return None

        def alternation(keywords):
            return "|".join(
                _keyword_pattern(kw)
                for kw in sorted(keywords, key=lambda k: (-len(k), k))
            )

        pattern = f"({alternation(words)})"
        if exceptions:
            pattern = f"({alternation(exceptions)})|{pattern}"
        return re.compile(pattern), bool(exceptions)

    @api.model
    def _hotel_is_negative(self, text, company):
        """Whether ``text`` holds a negative word of ``company``'s lists
        outside their exceptions, in one pass over the text."""
        text = (text or "").casefold()
        compiled = text.strip() and self._hotel_compiled(company.id)
        if not compiled:
            return False
        pattern, with_exceptions = compiled
        group = 2 if with_exceptions else 1
        return any(match.group(group) for match in pattern.finditer(text))
