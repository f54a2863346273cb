# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import codecs
import logging
import re
import xmlrpc.client as xmlrpclib

import psycopg2

from odoo import api, models

_logger = logging.getLogger(__name__)

_ENCODED_WORD_CHARSET = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?")
_CHARSET_PARAM = re.compile(rb"""(charset\s*=\s*"?)([^";\s]+)""", re.IGNORECASE)


def _known_charset(name):
    try:
        codecs.lookup(name.decode("ascii", "replace").split("*")[0])
    except LookupError:
        return False
    return True


def sanitize_raw_message(message):
    """Return ``message`` (bytes) without NUL bytes and with every unknown
    charset declaration replaced by utf-8, so that Python's email parser and
    PostgreSQL accept it. The text itself is left as it is."""
    message = message.replace(b"\x00", b"")

    def _word(match):
        if _known_charset(match.group(1)):
            return match.group(0)
        return b"=?utf-8?" + match.group(2) + b"?"

    def _param(match):
        if _known_charset(match.group(2)):
            return match.group(0)
        return match.group(1) + b"utf-8"

    message = _ENCODED_WORD_CHARSET.sub(_word, message)
    return _CHARSET_PARAM.sub(_param, message)


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.model
    def message_process(
        self,
        model,
        message,
        custom_values=None,
        save_original=False,
        strip_attachments=False,
        thread_id=None,
    ):
        """Never lose an inbound email because of a malformed header.

        The raw message is cleaned first (NUL bytes, unknown charsets). If it
        still cannot be processed, it is kept as a ``hotel.mail.quarantine``
        record that staff can see and handle, instead of raising to the mail
        gateway (which would retry it forever and lose it at last).
        """
        if isinstance(message, xmlrpclib.Binary):
            message = bytes(message.data)
        if isinstance(message, str):
            message = message.encode("utf-8", "surrogateescape")
        message = sanitize_raw_message(message)
        try:
            with self.env.cr.savepoint():
                return super().message_process(
                    model,
                    message,
                    custom_values=custom_values,
                    save_original=save_original,
                    strip_attachments=strip_attachments,
                    thread_id=thread_id,
                )
        except psycopg2.OperationalError:
            raise
        except Exception as error:
            _logger.warning("Inbound email quarantined: %s", error, exc_info=True)
            # sudo: the quarantine is written for whoever sent the mail.
            self.env["hotel.mail.quarantine"].sudo()._quarantine(message, model, error)
            return False
