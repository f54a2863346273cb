# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Hotel Complaints - Events",
    "summary": "Invite guests to hotel events (theme parties, cultural salons) from "
    "their profile and from a follow-up's outcome, with Odoo's Events app",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "license": "AGPL-3",
    "author": "Hotel Guest Care for Odoo",
    "website": "https://github.com/hotel-guest-care/hotel-guest-care",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": [
        "hotel_complaint",
        "event",
    ],
    "data": [
        "security/hotel_complaint_event_security.xml",
        "security/ir.model.access.csv",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "views/hotel_guest_invitation_views.xml",
        "views/res_partner_views.xml",
        "views/hotel_complaint_followup_views.xml",
        "wizards/hotel_guest_invitation_wizard_views.xml",
        "views/hotel_complaint_event_menus.xml",
    ],
    "demo": [
        "demo/event_event_demo.xml",
        "demo/hotel_guest_invitation_demo.xml",
    ],
    "auto_install": True,
}
