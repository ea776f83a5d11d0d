"""The Quick Replies tab's toolbar actions beyond editing: JSON import/export, the starter set, and the
automation and broadcast dialogs (a mixin, so the tab module stays about the list and the editor)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.services.quick_reply_io import ImportReport

# A mixin's strings carry its own context: self.tr() would look them up under the tab's class name.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services
    from merchant_desk.ui.context import AppContext


class ReplyTransfer:
    context: AppContext

    def build_transfer_buttons(self) -> None:
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.starter_button = QPushButton()
        self.automation_button, self.broadcast_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(self.import_replies)
        self.export_button.clicked.connect(self.export_replies)
        self.starter_button.clicked.connect(self.add_starter_set)
        self.automation_button.clicked.connect(self.open_automation)
        self.broadcast_button.clicked.connect(self.open_broadcast)

    def transfer_buttons(self) -> list[QPushButton]:
        return [self.import_button, self.export_button, self.starter_button, self.automation_button,
                self.broadcast_button]  # fmt: skip

    def retranslate_transfer(self) -> None:
        self.import_button.setText(translate("ReplyTransfer", "Import…"))
        self.import_button.setToolTip(
            translate("ReplyTransfer", "Add quick replies from a JSON file exported on another computer")
        )
        self.export_button.setText(translate("ReplyTransfer", "Export…"))
        self.export_button.setToolTip(translate("ReplyTransfer", "Save every quick reply to a JSON file"))
        self.starter_button.setText(translate("ReplyTransfer", "Add starter set"))
        self.starter_button.setToolTip(
            translate("ReplyTransfer", "Greeting, price list, payment, shipping, thank you, order status")
        )
        self.automation_button.setText(translate("ReplyTransfer", "Automation…"))
        self.broadcast_button.setText(translate("ReplyTransfer", "Broadcast…"))

    def _services(self) -> Services:
        services = self.context.services
        assert services is not None
        return services

    def export_replies(self) -> None:
        parent: QWidget = self  # type: ignore[assignment]
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("ReplyTransfer", "Export quick replies"),
            "quick-replies.json",
            translate("ReplyTransfer", "JSON files (*.json)"),
        )
        if not name:
            return
        svc = self._services()
        path = Path(name)

        def saved(_result: object) -> None:
            QMessageBox.information(
                parent,
                translate("ReplyTransfer", "Export quick replies"),
                translate("ReplyTransfer", "Saved to %1").replace("%1", str(path)),
            )

        work = lambda: path.write_text(svc.quick_replies.export_json(), encoding="utf-8")  # noqa: E731
        self.context.run(work, saved, self._failed)  # type: ignore[attr-defined]

    def import_replies(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ReplyTransfer", "Import quick replies"),
            "",
            translate("ReplyTransfer", "JSON files (*.json)"),
        )  # type: ignore[arg-type]
        if not name:
            return
        svc = self._services()
        path = Path(name)

        def work() -> tuple[ImportReport, Changes]:
            return svc.quick_replies.import_json(svc.actor, path.read_text(encoding="utf-8"))

        self.context.run(work, self._imported, self._failed, write=True)  # type: ignore[attr-defined]

    def _imported(self, result: tuple[ImportReport, Changes]) -> None:
        report, changes = result
        # Counts go in as plain names: lupdate drops a plural string whose count is a call such as len(x).
        added, unchanged = len(report.added), len(report.unchanged)
        lines = [translate("ReplyTransfer", "%n quick reply(s) added.", "", added)]
        if report.unchanged:
            lines.append(translate("ReplyTransfer", "%n already here.", "", unchanged))
        if report.conflicts:
            lines.append(
                translate("ReplyTransfer", "Kept as they are here (the file has another text): %1").replace(
                    "%1", ", ".join(f"/{s}" for s in report.conflicts)
                )
            )
        self.context.publish(changes, self)
        self.refresh()  # type: ignore[attr-defined]
        QMessageBox.information(self, translate("ReplyTransfer", "Import quick replies"), "\n".join(lines))  # type: ignore[arg-type]

    def add_starter_set(self) -> None:
        svc = self._services()

        def work() -> Changes:
            from merchant_desk.services.inbox_seed import STARTER_REPLIES
            from merchant_desk.services.quick_reply_service import QuickReplyDraft

            # Adds the starter replies whose shortcuts are free, even when the shop already has others.
            have = {r.shortcut for r in svc.quick_replies.list()}
            changes = Changes()
            for shortcut, title, body, category in STARTER_REPLIES:
                if shortcut not in have:
                    changes = (
                        changes
                        | svc.quick_replies.create(svc.actor, QuickReplyDraft(shortcut, title, body, category))[1]
                    )
            return changes

        self.context.run(work, self._starter_added, self._failed, write=True)  # type: ignore[attr-defined]

    def _starter_added(self, changes: Changes) -> None:
        self.context.publish(changes, self)
        self.refresh()  # type: ignore[attr-defined]

    def open_automation(self) -> None:
        from merchant_desk.ui.replies.automation_dialog import AutomationDialog

        AutomationDialog(self.context, self).exec()  # type: ignore[arg-type]

    def open_broadcast(self) -> None:
        from merchant_desk.ui.replies.broadcast_list import BroadcastList

        BroadcastList(self.context, self).exec()  # type: ignore[arg-type]
