# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError

SEVERITIES = [
    ("minor", "Minor"),
    ("moderate", "Moderate"),
    ("serious", "Serious"),
    ("urgent", "Urgent"),
]
URGENCIES = [
    ("low", "Low"),
    ("medium", "Medium"),
    ("high", "High"),
]
PRIORITIES = [
    ("0", "Low"),
    ("1", "Medium"),
    ("2", "High"),
    ("3", "Very High"),
]

# (severity, urgency): (priority, first response hours, resolution hours, alert)
# A hotel is open 24 hours: guests expect to be called back within minutes.
DEFAULT_MATRIX = {
    ("urgent", "high"): ("3", 5 / 60, 1.0, True),
    ("urgent", "medium"): ("3", 10 / 60, 2.0, True),
    ("urgent", "low"): ("3", 15 / 60, 4.0, True),
    ("serious", "high"): ("3", 10 / 60, 2.0, True),
    ("serious", "medium"): ("2", 15 / 60, 4.0, True),
    ("serious", "low"): ("2", 0.5, 8.0, True),
    ("moderate", "high"): ("2", 15 / 60, 4.0, False),
    ("moderate", "medium"): ("2", 0.5, 8.0, False),
    ("moderate", "low"): ("1", 1.0, 24.0, False),
    ("minor", "high"): ("1", 0.5, 8.0, False),
    ("minor", "medium"): ("1", 1.0, 24.0, False),
    ("minor", "low"): ("0", 2.0, 48.0, False),
}


class HotelComplaintMatrix(models.Model):
    _name = "hotel.complaint.matrix"
    _description = "Complaint Severity x Urgency Matrix Cell"
    _inherit = ["hotel.config.cache.mixin"]
    _order = "company_id, severity_sequence desc, urgency_sequence desc"
    _check_company_auto = True
    _rec_names_search = ["severity", "urgency"]

    company_id = fields.Many2one(
        comodel_name="res.company",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    severity = fields.Selection(selection=SEVERITIES, required=True)
    urgency = fields.Selection(selection=URGENCIES, required=True)
    severity_sequence = fields.Integer(compute="_compute_sequences", store=True)
    urgency_sequence = fields.Integer(compute="_compute_sequences", store=True)
    priority = fields.Selection(selection=PRIORITIES, required=True, default="1")
    response_hours = fields.Float(
        string="First Response (hours)",
        required=True,
        help="Time from receipt to the first contact with the guest.",
    )
    resolution_hours = fields.Float(
        string="Resolution (hours)",
        required=True,
        help="Time from receipt to the solution being carried out.",
    )
    alert_duty_manager = fields.Boolean(
        help="Alert the hotel's duty manager as soon as the complaint is logged."
    )
    alert_security = fields.Boolean(
        help="Alert the security department's manager as soon as the complaint "
        "is logged."
    )
    alert_user_ids = fields.Many2many(
        comodel_name="res.users",
        string="Also Alert",
        help="Further people alerted as soon as a complaint of this cell is logged.",
    )

    _sql_constraints = [
        (
            "cell_uniq",
            "unique(company_id, severity, urgency)",
            "Each severity and urgency pair has one cell per hotel.",
        )
    ]

    @api.depends("severity", "urgency")
    def _compute_sequences(self):
        sev = [key for key, _label in SEVERITIES]
        urg = [key for key, _label in URGENCIES]
        for cell in self:
            cell.severity_sequence = sev.index(cell.severity) if cell.severity else 0
            cell.urgency_sequence = urg.index(cell.urgency) if cell.urgency else 0

    @api.depends("severity", "urgency", "company_id")
    def _compute_display_name(self):
        sev = dict(self._fields["severity"]._description_selection(self.env))
        urg = dict(self._fields["urgency"]._description_selection(self.env))
        for cell in self:
            cell.display_name = self.env._(
                "%(severity)s severity / %(urgency)s urgency",
                severity=sev.get(cell.severity, ""),
                urgency=urg.get(cell.urgency, ""),
            )

    @api.constrains("response_hours", "resolution_hours")
    def _check_hours(self):
        for cell in self:
            if cell.response_hours < 0 or cell.resolution_hours < 0:
                raise ValidationError(
                    self.env._(
                        "Response and resolution times cannot be negative (%(cell)s).",
                        cell=cell.display_name,
                    )
                )
            if cell.resolution_hours and cell.resolution_hours < cell.response_hours:
                raise ValidationError(
                    self.env._(
                        "The resolution time cannot be shorter than the first "
                        "response time (%(cell)s).",
                        cell=cell.display_name,
                    )
                )

    @api.model
    def _prepare_default_cell_vals(self, company):
        return [
            {
                "company_id": company.id,
                "severity": severity,
                "urgency": urgency,
                "priority": priority,
                "response_hours": response,
                "resolution_hours": resolution,
                "alert_duty_manager": alert,
                "alert_security": alert,
            }
            for (severity, urgency), (
                priority,
                response,
                resolution,
                alert,
            ) in DEFAULT_MATRIX.items()
        ]

    @api.model
    def _create_company_defaults(self, companies):
        """Create the missing cells of each company's matrix."""
        existing = {
            (cell.company_id.id, cell.severity, cell.urgency)
            # sudo: every cell of the hotels, whoever creates the hotel.
            for cell in self.sudo().search([("company_id", "in", companies.ids)])
        }
        vals_list = [
            vals
            for company in companies
            for vals in self._prepare_default_cell_vals(company)
            if (company.id, vals["severity"], vals["urgency"]) not in existing
        ]
        # sudo: the default cells come with the hotel, whoever creates it.
        return self.sudo().create(vals_list)

    @tools.ormcache("company_id")
    def _cells_data(self, company_id):
        """``{(severity, urgency): {id, priority, response_hours,
        resolution_hours, alert}}`` of a hotel, cached: every complaint
        created reads its cell."""
        # sudo: a cache shared by every user: all cells of the hotel.
        cells = self.sudo().search([("company_id", "=", company_id)])
        return {
            (cell.severity, cell.urgency): {
                "id": cell.id,
                "priority": cell.priority,
                "response_hours": cell.response_hours,
                "resolution_hours": cell.resolution_hours,
                "alert": bool(
                    cell.alert_duty_manager
                    or cell.alert_security
                    or cell.alert_user_ids
                ),
            }
            for cell in cells
        }

    @api.model
    def _cell_data(self, company_id, cell_id):
        for data in self._cells_data(company_id).values():
            if data["id"] == cell_id:
                return data
        return {}
