# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Without the Events app nothing of the invitations exists (C6.3): the
complaint desk neither depends on nor names the Events app; this bridge is
installed by itself when both are."""

from pathlib import Path

from odoo.modules.module import get_manifest, get_module_path
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestNoEventInComplaint(TransactionCase):
    def test_complaint_desk_without_events(self):
        self.assertNotIn("event", get_manifest("hotel_complaint")["depends"])
        root = Path(get_module_path("hotel_complaint"))
        for path in root.rglob("*"):
            if path.suffix not in (".py", ".xml", ".csv") or "tests" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            for needle in (
                "event.event",
                "event.registration",
                "hotel_complaint_event",
            ):
                self.assertNotIn(needle, text, f"{path} names {needle}")

    def test_bridge_installs_itself(self):
        manifest = get_manifest("hotel_complaint_event")
        self.assertTrue(manifest["auto_install"])
        self.assertEqual(set(manifest["depends"]), {"hotel_complaint", "event"})
