# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import http
from odoo.http import request

from odoo.addons.mail.controllers.thread import ThreadController


class HotelThreadController(ThreadController):
    @http.route()
    def mail_message_post(
        self, thread_model, thread_id, post_data, context=None, **kwargs
    ):
        """A quick answer expanded in the chatter (its ``::shortcut``) is
        counted as used, as mail records its canned response's last use
        (I3.1)."""
        canned_response_ids = tuple(
            cid for cid in kwargs.get("canned_response_ids", []) if isinstance(cid, int)
        )
        if canned_response_ids and request.env.user._is_internal():
            request.env["hotel.inquiry.quick.answer"]._hotel_count_canned_usage(
                canned_response_ids
            )
        return super().mail_message_post(
            thread_model, thread_id, post_data, context=context, **kwargs
        )
