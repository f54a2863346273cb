# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Hotel Inquiries",
    "summary": "Hotel guest inquiry desk on OCA helpdesk: every channel, answers on "
    "the spot or by the promised time, transfer slips, conversion to a complaint",
    "version": "18.0.1.0.0",
    "category": "After-Sales",
    "license": "AGPL-3",
    "author": "Hotel Guest Care for Odoo",
    "website": "https://github.com/hotel-guest-care/hotel-guest-care",
    "maintainers": [],
    "development_status": "Alpha",
    "depends": [
        "hotel_complaint",
        "resource",
    ],
    "data": [
        "security/hotel_inquiry_security.xml",
        "security/ir.model.access.csv",
        "data/helpdesk_ticket_team_data.xml",
        "data/helpdesk_ticket_channel_data.xml",
        "data/hotel_inquiry_topic_data.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "views/helpdesk_ticket_views.xml",
        "views/hotel_inquiry_topic_views.xml",
        "views/hotel_inquiry_response_time_views.xml",
        "views/helpdesk_ticket_channel_views.xml",
        "views/hotel_inquiry_menus.xml",
        "views/helpdesk_ticket_statistics_views.xml",
    ],
    "demo": [],
    "post_init_hook": "post_init_hook",
}
