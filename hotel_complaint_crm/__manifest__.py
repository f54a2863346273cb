# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Hotel Complaints - CRM Guest Recovery",
    "summary": "Guest recovery opportunities in CRM for VIP, repeat and serious "
    "complaints, with their follow-up visits in CRM's activity views",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "license": "AGPL-3",
    "author": "Hotel Guest Care for Odoo",
    "website": "https://github.com/hotel-guest-care/hotel-guest-care",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": ["hotel_complaint", "crm"],
    "auto_install": True,
    "data": [
        "data/crm_data.xml",
        "views/crm_lead_views.xml",
        "views/helpdesk_ticket_views.xml",
        "views/hotel_complaint_followup_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": ["demo/crm_lead_demo.xml"],
}
