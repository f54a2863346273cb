# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import codecs
import logging
import re
import xmlrpc.client as xmlrpclib
from contextlib import contextmanager

import psycopg2

from odoo import Command, api, models
from odoo.osv import expression

_logger = logging.getLogger(__name__)

# Cursor cache keys, set only for the duration of the complaint process's own
# blocks (out of any client's reach): the (model, record id, partner id) being
# made to follow (_hotel_subscribed), and the subscriptions collected to be
# made together (_hotel_subscriptions_together).
FOLLOWED = "hotel_complaint_followed"
PENDING = "hotel_complaint_pending_followers"

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

    def message_subscribe(self, partner_ids=None, subtype_ids=None):
        """Nothing to do for partners that the complaint process is making
        follow these records (``_hotel_subscribed``), with the default
        subtypes: the activities it creates in batch then cost no
        subscription each. What is being done is kept on the cursor, for
        the duration of the process's own block: no client can reach it."""
        known = self.env.cr.cache.get(FOLLOWED)
        if (
            known
            and partner_ids
            and not subtype_ids
            and all(
                (self._name, res_id, partner_id) in known
                for res_id in self.ids
                for partner_id in partner_ids
            )
        ):
            return True
        return super().message_subscribe(
            partner_ids=partner_ids, subtype_ids=subtype_ids
        )

    @contextmanager
    def _hotel_subscriptions_together(self):
        """Within this block, ``_hotel_subscribed`` only collects: all the
        subscriptions are made in one batch at its end."""
        cache = self.env.cr.cache
        if PENDING in cache:  # already collecting
            yield
            return
        cache[PENDING] = []
        try:
            yield
            pairs = cache[PENDING]
        finally:
            cache.pop(PENDING, None)
        self._hotel_subscribe(pairs)

    @contextmanager
    def _hotel_subscribed(self, pairs):
        """Make the partners of ``pairs`` (``[(record, partners)]``) follow
        their record, all at once (or at the end of the enclosing
        ``_hotel_subscriptions_together``); within the block, subscribing
        them again (as creating their activities does) costs nothing."""
        cache = self.env.cr.cache
        known = cache.setdefault(FOLLOWED, set())
        added = {
            (record._name, record.id, partner.id)
            for record, partners in pairs
            for partner in partners
        } - known
        known |= added
        try:
            if PENDING in cache:
                cache[PENDING].extend(pairs)
            else:
                self._hotel_subscribe(pairs)
            yield
        finally:
            known -= added
            if not known:
                cache.pop(FOLLOWED, None)

    @api.model
    def _hotel_subscribe(self, pairs):
        """Make the partners of ``pairs`` (``[(record, partners)]``) follow
        their record, with the model's default subtypes, as
        ``message_subscribe`` does (active partners only, existing followers
        left as they are), for all the records in one read and one create."""
        wanted = {}
        partners = self.env["res.partner"]
        for record, record_partners in pairs:
            if not record_partners:
                continue
            partners |= record_partners
            wanted.setdefault(record._name, {}).setdefault(record.id, set()).update(
                record_partners.ids
            )
        if not wanted:
            return
        # sudo: followers are written by the process, whoever may read them.
        partners = partners.sudo()
        partners.fetch(["active", "partner_share"])
        Followers = self.env["mail.followers"].sudo()
        existing = {
            (follower.res_model, follower.res_id, follower.partner_id.id)
            for follower in Followers.search_fetch(
                expression.OR(
                    [
                        [("res_model", "=", model), ("res_id", "in", list(by_record))]
                        for model, by_record in wanted.items()
                    ]
                )
                + [("partner_id", "in", partners.ids)],
                ["res_model", "res_id", "partner_id"],
            )
        }
        vals_list = []
        for model, by_record in wanted.items():
            default, _internal, external = self.env[
                "mail.message.subtype"
            ].default_subtypes(model)
            for res_id, partner_ids in by_record.items():
                for partner in partners.browse(sorted(partner_ids)):
                    if not partner.active or (model, res_id, partner.id) in existing:
                        continue
                    subtypes = external if partner.partner_share else default
                    vals_list.append(
                        {
                            "res_model": model,
                            "res_id": res_id,
                            "partner_id": partner.id,
                            "subtype_ids": [Command.set(subtypes.ids)],
                        }
                    )
        if vals_list:
            Followers.with_context(default_partner_id=False).create(vals_list)
