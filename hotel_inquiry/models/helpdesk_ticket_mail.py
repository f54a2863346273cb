# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Inquiries by email (I2.6): mail to the inquiries mailbox becomes an inquiry
from the sender, in the sender's language, acknowledged at once with the time
the answer is expected by."""

import re

from odoo import api, fields, models
from odoo.tools import html2plaintext, parse_contact_from_email

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Common characters written differently in traditional and simplified
# Chinese, pair by pair.
_TRADITIONAL = set(
    "這們來時說對會後還點與為麼樣開關問題號務請謝預間檢員櫃廳費飯體電話車場網線裡嗎壞髒價錢約幾個門處"
)
_SIMPLIFIED = set(
    "这们来时说对会后还点与为么样开关问题号务请谢预间检员柜厅费饭体电话车场网线里吗坏脏价钱约几个门处"
)


def detect_lang(text):
    """The language of ``text``, simply: Chinese when it has CJK characters
    (traditional when it has more traditional-only characters than
    simplified-only ones), else English."""
    text = text or ""
    if not _CJK.search(text):
        return "en_US"
    traditional = sum(1 for char in text if char in _TRADITIONAL)
    simplified = sum(1 for char in text if char in _SIMPLIFIED)
    return "zh_TW" if traditional > simplified else "zh_CN"


# One class per requirement area, on purpose (see hotel_complaint's
# helpdesk_ticket.py).
class HelpdeskTicket(models.Model):
    _inherit = "helpdesk.ticket"  # pylint: disable=consider-merging-classes-inherited

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        custom_values = dict(custom_values or {})
        if custom_values.get("hotel_ticket_type") == "inquiry":
            custom_values.update(self._hotel_prepare_inquiry_mail_vals(msg_dict))
        ticket = super().message_new(msg_dict, custom_values=custom_values)
        if ticket.hotel_ticket_type == "inquiry":
            ticket._hotel_acknowledge_inquiry_mail()
        return ticket

    @api.model
    def _hotel_prepare_inquiry_mail_vals(self, msg_dict):
        """The guest of an inquiry by mail: the sender's name and address,
        the email channel, the sender's language (their contact's, else the
        one the mail is written in)."""
        name, email = parse_contact_from_email(msg_dict.get("email_from") or "")
        vals = {
            "partner_name": name or email,
            "partner_email": email,
        }
        channel = self.env.ref(
            "helpdesk_mgmt.helpdesk_ticket_channel_email", raise_if_not_found=False
        )
        if channel:
            vals["channel_id"] = channel.id
        installed = dict(self.env["res.lang"].get_installed())
        author = self.env["res.partner"].browse(msg_dict.get("author_id"))
        lang = author.lang if author and author.lang in installed else None
        if not lang:
            lang = detect_lang(
                "{}\n{}".format(
                    msg_dict.get("subject") or "",
                    html2plaintext(msg_dict.get("body") or ""),
                )
            )
        vals["hotel_lang"] = lang if lang in installed else "en_US"
        return vals

    def _hotel_acknowledge_inquiry_mail(self):
        """The automatic acknowledgement of an inquiry by mail, in the guest's
        language, with the time the answer is expected by: the guest's first
        response."""
        template = self.env.ref(
            "hotel_inquiry.mail_template_inquiry_acknowledgement",
            raise_if_not_found=False,
        )
        for ticket in self:
            if ticket.acknowledged_date or not template:
                continue
            ticket.message_post_with_source(
                template,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
            # sudo: the first response is the process's to record; the mail
            # gateway creates the ticket for an anonymous sender.
            ticket.sudo().write(
                {
                    "acknowledged_date": fields.Datetime.now(),
                    "acknowledged_by_id": self.env.uid,
                }
            )
