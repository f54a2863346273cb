# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Quick answers (I3.1, I2.7): the hotel's library of ready answers, per topic
and language, kept current by an owner. Each is an Odoo canned response
(``_inherits``), so that its ``::shortcut`` expands in the chatter too."""

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError

# What only the process writes: the times used are counted as answers are
# given, never written by a client (I3.1).
SERVER_SET_FIELDS = frozenset({"usage_count"})

# The languages the chain answers in, whether installed or not: the starter
# answers are shipped in each.
CHAIN_LANGS = [
    ("en_US", "English (US)"),
    ("zh_CN", "Chinese (Simplified) / 简体中文"),
    ("zh_TW", "Chinese (Traditional) / 繁體中文"),
]


class HotelInquiryQuickAnswer(models.Model):
    _name = "hotel.inquiry.quick.answer"
    _description = "Inquiry Quick Answer"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _inherits = {"mail.canned.response": "canned_response_id"}
    _order = "topic_id, lang, name, id"
    _check_company_auto = True

    canned_response_id = fields.Many2one(
        comodel_name="mail.canned.response",
        required=True,
        ondelete="cascade",
        auto_join=True,
        index=True,
    )
    name = fields.Char(required=True, tracking=True)
    topic_id = fields.Many2one(
        comodel_name="hotel.inquiry.topic",
        required=True,
        index=True,
        tracking=True,
    )
    lang = fields.Selection(
        selection=lambda self: self._lang_selection(),
        string="Language",
        required=True,
        default=lambda self: self._default_lang(),
        tracking=True,
    )
    user_id = fields.Many2one(
        comodel_name="res.users",
        string="Owner",
        required=True,
        default=lambda self: self.env.user,
        domain=[("share", "=", False)],
        tracking=True,
        help="Keeps the answer current: gets an activity when its review is due.",
    )
    review_date = fields.Date(
        string="Next Review",
        default=lambda self: self._default_review_date(),
        tracking=True,
    )
    usage_count = fields.Integer(
        string="Times Used",
        default=0,
        readonly=True,
        copy=False,
        help="Times it was inserted into an inquiry's answer or expanded in "
        "the chatter.",
    )
    company_id = fields.Many2one(
        comodel_name="res.company",
        string="Hotel",
        default=lambda self: self.env.company,
        index=True,
        help="Empty: shared by every hotel of the chain.",
    )
    active = fields.Boolean(default=True, tracking=True)

    _sql_constraints = [
        (
            "usage_count_positive",
            "CHECK(usage_count >= 0)",
            "A quick answer cannot be used a negative number of times.",
        ),
    ]

    @api.model
    def _lang_selection(self):
        langs = dict(CHAIN_LANGS)
        langs.update(self.env["res.lang"].get_installed())
        return list(langs.items())

    @api.model
    def _default_lang(self):
        lang = self.env.lang or "en_US"
        return lang if lang in dict(self._lang_selection()) else "en_US"

    @api.model
    def _default_review_date(self):
        return fields.Date.add(fields.Date.context_today(self), months=6)

    @api.model
    def _staff_group(self):
        return self.env.ref("hotel_complaint.group_hotel_department_staff")

    @api.model
    def _manager_group(self):
        return self.env.ref("hotel_complaint.group_hotel_manager")

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        staff = self._staff_group()
        for vals in vals_list:
            self._hotel_check_client_vals(vals)
            if vals.get("canned_response_id") and not self.env.su:
                self._hotel_check_canned_response(vals["canned_response_id"])
            if not vals.get("canned_response_id"):
                # Department staff see it in the chatter.
                vals.setdefault("group_ids", [Command.set(staff.ids)])
        if self.env.su:
            return super().create(vals_list)
        # Nor through the context's defaults (``default_usage_count``...).
        context = {
            key: value
            for key, value in self.env.context.items()
            if not (
                key.startswith("default_")
                and key[8:] in SERVER_SET_FIELDS | {"canned_response_id"}
            )
        }
        # The context without those keys (kwargs cannot remove keys).
        # pylint: disable=context-overridden
        answers = super(HotelInquiryQuickAnswer, self.with_context(context)).create(
            vals_list
        )
        return answers.with_env(self.env)

    def write(self, vals):
        """Mail's rules, inherited through the canned response, leave a
        canned response to its creator: the owner of the quick answer (who
        may not have created it) or a hotel manager is checked here, then
        the write goes through as superuser."""
        if "active" in vals and "group_ids" not in vals:
            # An archived answer is offered in the chatter to the hotel
            # managers only (who may restore it), no longer to the staff.
            group = self._staff_group() if vals["active"] else self._manager_group()
            vals = dict(vals, group_ids=[Command.set(group.ids)])
        if self.env.su:
            return super().write(vals)
        self._hotel_check_client_vals(vals)
        self._hotel_check_keeper("write")
        if "canned_response_id" in vals and any(
            answer.canned_response_id.id != vals["canned_response_id"]
            for answer in self
        ):
            raise UserError(
                self.env._(
                    "A quick answer keeps its canned response: make a new quick "
                    "answer instead."
                )
            )
        if "company_id" in vals:
            self._hotel_check_company_change(vals["company_id"])
        # sudo: mail's canned-response rules (creator only) do not serve a
        # library kept by its owners; the owner or hotel manager was checked
        # just above.
        return super(HotelInquiryQuickAnswer, self.sudo()).write(vals)

    def unlink(self):
        if not self.env.su:
            self._hotel_check_keeper("unlink")
        canned = self.canned_response_id
        # sudo: as for write, the keeper of the quick answer was checked.
        res = super(HotelInquiryQuickAnswer, self.sudo()).unlink()
        # sudo: its canned response, maybe created by someone else, goes too.
        canned.sudo().unlink()
        return res

    def _hotel_check_keeper(self, operation):
        """Only the owner of a quick answer or a manager of its hotel keeps
        it; another hotel's answers are not theirs to change."""
        self.env["ir.model.access"].check(self._name, operation)
        self.check_access("read")
        is_manager = self.env.user.has_group("hotel_complaint.group_hotel_manager")
        for answer in self:
            if answer.user_id != self.env.user and not is_manager:
                raise AccessError(
                    self.env._(
                        "Only its owner %(owner)s or a hotel manager changes the "
                        "quick answer %(name)s.",
                        owner=answer.user_id.name,
                        name=answer.name,
                    )
                )

    @api.model
    def _hotel_check_client_vals(self, vals):
        """Refuse what only the process writes (the times used) from a
        client's create or write."""
        forbidden = SERVER_SET_FIELDS & set(vals)
        if forbidden and not self.env.su:
            raise UserError(
                self.env._(
                    "%(fields)s of a quick answer is counted by the system, not "
                    "written directly.",
                    fields=", ".join(
                        self._fields[fname]._description_string(self.env)
                        for fname in sorted(forbidden)
                    ),
                )
            )

    @api.model
    def _hotel_check_canned_response(self, canned_response_id):
        """A new quick answer on an existing canned response: one the user
        may change, and that backs no quick answer yet."""
        canned = self.env["mail.canned.response"].browse(canned_response_id)
        canned.check_access("write")
        # sudo: whether another quick answer (maybe of another hotel) already
        # stands on it.
        if canned.sudo().with_context(active_test=False).hotel_quick_answer_ids:
            raise UserError(
                self.env._(
                    "The canned response %(source)s already backs a quick answer.",
                    source=canned.source,
                )
            )

    def _hotel_check_company_change(self, company_id):
        """Which hotel a quick answer belongs to (or the whole chain) is a
        hotel manager's choice, among their own hotels."""
        if not self.env.user.has_group("hotel_complaint.group_hotel_manager"):
            if any(answer.company_id.id != company_id for answer in self):
                raise AccessError(
                    self.env._(
                        "Only a hotel manager moves a quick answer to another "
                        "hotel or shares it with the chain."
                    )
                )
            return
        if company_id and company_id not in self.env.user._get_company_ids():
            raise AccessError(
                self.env._(
                    "A quick answer goes to one of your own hotels, or is shared "
                    "with the chain."
                )
            )

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        for answer, vals in zip(self, vals_list, strict=True):
            vals.pop("canned_response_id", None)
            vals.setdefault("source", answer.source + "-copy")
            vals.setdefault("substitution", answer.substitution)
            vals.setdefault("description", answer.description)
        return vals_list

    # ------------------------------------------------------------------
    # Business
    # ------------------------------------------------------------------

    def _hotel_count_usage(self):
        """One more use of each of these quick answers. Counting must never
        block an answer: rows another transaction holds are skipped, as
        mail does for a canned response's last use."""
        if self.ids:
            self._hotel_count_usage_sql([("id", self.ids)])

    @api.model
    def _hotel_count_canned_usage(self, canned_response_ids):
        """One more use of the quick answers of these canned responses
        (their ``::shortcut`` expanded in the chatter)."""
        if canned_response_ids:
            self._hotel_count_usage_sql([("canned_response_id", canned_response_ids)])

    @api.model
    def _hotel_count_usage_sql(self, where):
        ((column, ids),) = where
        assert column in ("id", "canned_response_id")
        self.env.cr.execute(
            f"""
            UPDATE hotel_inquiry_quick_answer
            SET usage_count = COALESCE(usage_count, 0) + 1
            WHERE id IN (
                SELECT id FROM hotel_inquiry_quick_answer
                WHERE {column} IN %(ids)s
                FOR NO KEY UPDATE SKIP LOCKED
            )
            """,
            {"ids": tuple(ids)},
        )
        self.env["hotel.inquiry.quick.answer"].invalidate_model(["usage_count"])

    @api.model
    def _cron_hotel_review_due(self):
        """The owner of each quick answer due for review gets an activity
        (once: not while one is open)."""
        activity_type = self.env.ref(
            "hotel_inquiry.mail_activity_type_quick_answer_review"
        )
        today = fields.Date.context_today(self)
        due = self.search(
            [
                ("review_date", "<=", today),
                ("user_id", "!=", False),
                (
                    "activity_ids",
                    "not any",
                    [("activity_type_id", "=", activity_type.id)],
                ),
            ]
        )
        for answer in due:
            answer.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=answer.review_date,
                user_id=answer.user_id.id,
                summary=self.env._(
                    "Review the quick answer %(name)s", name=answer.name
                ),
            )
        return due

    def action_hotel_reviewed(self):
        """The owner checked the answer: next review in six months."""
        self.ensure_one()
        self.write({"review_date": self._default_review_date()})
        self.activity_feedback(["hotel_inquiry.mail_activity_type_quick_answer_review"])
        return True
