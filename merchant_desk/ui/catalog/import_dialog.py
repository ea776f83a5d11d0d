"""Import a catalog file: choose it, see what it would do (computed in the background), then import it in one
transaction with a progress bar and a Cancel that stores nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.errors import UserError
from merchant_desk.ui.catalog.import_preview import ImportFigures, IssueModel, thousands
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.core.catalog_import import ImportPreview, ImportResult
    from merchant_desk.services.hub import Services

__all__ = ["FORMAT_LABELS", "ImportCatalogDialog", "IssueModel"]  # IssueModel lived here; tests import it so

FORMAT_LABELS = {
    None: QT_TRANSLATE_NOOP("ImportCatalogDialog", "Detect from the file"),
    "meta": QT_TRANSLATE_NOOP("ImportCatalogDialog", "Meta catalog feed (Commerce Manager)"),
    "shopify": QT_TRANSLATE_NOOP("ImportCatalogDialog", "Shopify products CSV"),
    "woocommerce": QT_TRANSLATE_NOOP("ImportCatalogDialog", "WooCommerce products CSV"),
    "native": QT_TRANSLATE_NOOP("ImportCatalogDialog", "Merchant Desk export (CSV or .zip)"),
}


def _while_alive(widget: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    """A task callback that is dropped when the dialog was deleted meanwhile."""
    return lambda *args: callback(*args) if shiboken6.isValid(widget) else None


class ImportCatalogDialog(QDialog):
    """``exec()``; ``result_summary`` holds the ImportResult after an import."""

    _progress = Signal(int, object)  # rows done, total (None when unknown); emitted from the worker

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import products"))
        self.setAcceptDrops(True)
        self.preview: ImportPreview | None = None
        self.result_summary: ImportResult | None = None
        self._generation = 0  # a newer preview request makes older results stale
        self._cancel = threading.Event()
        self._importing = False
        self._progress.connect(self._show_progress)
        self.path = QLineEdit(readOnly=True, placeholderText=self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("Choose file…"), clicked=self.choose_file, autoDefault=False)
        self.format = QComboBox()
        for code, label in FORMAT_LABELS.items():
            self.format.addItem(self.tr(label), code)
        self.format.currentIndexChanged.connect(lambda _i: self.start_preview())
        self.detected = QLabel()
        set_role(self.detected, "muted")
        self.summary = ImportFigures()
        # the panel's parts under their old names: tests read the figures and tables from the dialog
        self.figures, self.tabs = self.summary.figures, self.summary.tabs
        self.rejected, self.warnings = self.summary.rejected, self.summary.warnings
        self.status = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setProperty("primary", True)
        self.import_button.setDefault(True)
        # The app's primary style has no disabled look; a paler green says "not yet".
        self.import_button.setStyleSheet("QPushButton:disabled { background: #9CCBC5; border-color: #9CCBC5; }")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"), clicked=self.reject, autoDefault=False)
        self._layout()
        self._show_preview(None)
        self._say(
            self.tr(
                "Choose (or drop here) a product CSV from Meta Commerce Manager, Shopify or WooCommerce, or a "
                "Merchant Desk export. Nothing is changed until you click Import."
            )
        )

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.detected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 600)

    # -- preview ------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import products"), "", self.tr("Catalog files (*.csv *.zip);;All files (*)")
        )
        if name:
            self.set_file(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        files = [u for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction() if len(files) == 1 and not self._importing else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A catalog file dropped from the file manager is previewed like a chosen one."""
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if len(files) == 1 and not self._importing:
            event.acceptProposedAction()
            self.set_file(Path(files[0]))

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.start_preview()

    def start_preview(self) -> None:
        """Reads the whole file in the background; nothing is stored."""
        services, text = self.context.services, self.path.text()
        if services is None or not text or self._importing:
            return
        self._generation += 1
        generation, path, fmt = self._generation, Path(text), self.format.currentData()
        self._show_preview(None)
        self._say(self.tr("Reading %1…").replace("%1", path.name))
        self._busy(True)

        def work(svc: Services = services) -> ImportPreview:
            return svc.catalog.preview(path, fmt)

        self.context.run(
            work,
            _while_alive(self, lambda preview: self._previewed(generation, preview)),
            _while_alive(self, lambda error: self._preview_failed(generation, error)),
        )

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if generation == self._generation:
            self._busy(False)
            self._show_preview(preview)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        if not isinstance(error, UserError):
            raise error
        self._say(error_text(error), error=True)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.summary.show_preview(preview)
        self.detected.setText(
            self.tr("Read as: %1").replace("%1", self.tr(FORMAT_LABELS.get(preview.format, preview.format)))
            if preview
            else ""
        )
        work = preview is not None and (preview.to_create + preview.to_update) > 0
        self.import_button.setEnabled(work and not self._importing)
        if preview is None:
            return
        lines = []
        if preview.new_collections:
            lines.append(self.tr("New collections: %1").replace("%1", ", ".join(preview.new_collections)))
        if not work:
            lines.append(self.tr("Nothing to import: every product in this file is already up to date."))
        else:
            ready = self.tr("Click Import to add %1 and update %2 products in one step.")
            ready = ready.replace("%1", thousands(preview.to_create)).replace("%2", thousands(preview.to_update))
            left_out = self.tr("Rejected rows are left out.") if preview.rejected else ""
            lines.append(f"{ready} {left_out}".strip())
        self._say("\n".join(lines))

    # -- import -------------------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Applies the previewed file in one transaction on the write lane; Cancel stores nothing."""
        services, preview = self.context.services, self.preview
        if services is None or preview is None or self._importing:
            return
        self._importing = True
        self._cancel.clear()
        self.import_button.setEnabled(False)
        for widget in (self.choose, self.format):
            widget.setEnabled(False)
        self.progress.setRange(0, max(preview.rows, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.close_button.setText(self.tr("Cancel import"))
        self._say(self.tr("Importing…"))
        cancel, progress = self._cancel, self._progress

        def work(svc: Services = services) -> ImportResult:
            return svc.catalog.apply(
                svc.actor, preview, progress=lambda done, total: progress.emit(done, total), cancel=cancel.is_set
            )

        context = self.context

        def imported(result: ImportResult) -> None:
            context.publish(result.changes)  # even if the dialog is gone: the Catalog tab must refresh
            if shiboken6.isValid(self):
                self._imported(result)

        self.context.run(work, imported, _while_alive(self, self._import_failed), write=True)

    def _show_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, result: ImportResult) -> None:
        self._finish_import()
        self.result_summary = result
        if result.cancelled:
            self._say(self.tr("Import cancelled: nothing was changed."))
            self.import_button.setEnabled(True)  # nothing was stored, so the preview still holds
            return
        rejected = len({issue.row for issue in result.rejected})
        text = self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.")
        for i, value in enumerate((result.created, result.updated, result.unchanged, rejected), start=1):
            text = text.replace(f"%{i}", thousands(value))
        self._say(text)
        self.close_button.setText(self.tr("Close"))
        self.import_button.setEnabled(False)

    def _import_failed(self, error: BaseException) -> None:
        self._finish_import()
        if not isinstance(error, UserError):
            raise error
        self._say(error_text(error), error=True)

    def _finish_import(self) -> None:
        self._importing = False
        self.progress.hide()
        self.close_button.setText(self.tr("Cancel"))
        self.close_button.setEnabled(True)
        for widget in (self.choose, self.format):
            widget.setEnabled(True)

    def reject(self) -> None:
        """While importing, Cancel (and Esc, and closing the window: QDialog's closeEvent comes here and keeps
        the window open while it stays visible) stops the import instead of hiding it."""
        if self._importing:
            self._cancel.set()
            self.close_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))
            return
        self.close_button.setEnabled(True)
        super().reject()

    # -- helpers ------------------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)  # Qt's "working, length unknown" bar
        self.progress.setVisible(busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        set_role(self.status, "error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
