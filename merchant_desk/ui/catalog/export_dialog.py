"""Export the catalog: Meta's catalog feed CSV (for WhatsApp, Instagram and Facebook catalogs) or Merchant Desk's
own bundle, written in the background, with a report of what Commerce Manager would refuse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import looks_like_url
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.catalog_export_service import ExportReport
    from merchant_desk.services.hub import Services

PHOTO_BASE_URL_SETTING = "catalog.photo_base_url"  # the key the export service reads
SHOWN_KEYS = 8  # products named in the report; the rest are counted


def _while_alive(widget: QObject, callback: Callable[..., Any]) -> Callable[..., Any]:
    """A task callback that is dropped when the dialog was deleted meanwhile."""
    return lambda *args: callback(*args) if shiboken6.isValid(widget) else None


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class ExportCatalogDialog(QDialog):
    """``exec()``; ``report`` holds the ExportReport once a file was written."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: ExportReport | None = None
        self._saved_base = ""
        self.setWindowTitle(self.tr("Export products"))
        self.meta = QRadioButton(self.tr("Meta catalog feed (CSV)"))
        self.bundle = QRadioButton(self.tr("Merchant Desk bundle (.zip)"))
        self.meta.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.meta, self.bundle):
            group.addButton(button)
            button.setStyleSheet("font-weight: 600;")
        self.meta.toggled.connect(self._format_changed)
        self.base_url = QLineEdit(placeholderText="https://toko-saya.example/foto")
        self.base_error = ErrorLabel()
        self.path = QLineEdit()
        self.choose = QPushButton(self.tr("Choose…"), clicked=self.choose_path, autoDefault=False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(wordWrap=True)
        self.status.hide()
        self.show_folder = QPushButton(self.tr("Show in folder"), clicked=self._open_folder, autoDefault=False)
        self.show_folder.hide()
        self.close_button = QPushButton(self.tr("Close"), clicked=self.reject, autoDefault=False)
        self.export_button = QPushButton(self.tr("Export"), clicked=self.start_export, default=True)
        self._layout()
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self._set_path(documents if documents.is_dir() else Path.home())
        self._load_setting()

    def _layout(self) -> None:
        def note(text: str) -> QLabel:
            label = QLabel(text, wordWrap=True)
            set_role(label, "muted")
            return label

        options = QGridLayout()
        options.setColumnMinimumWidth(0, 22)
        options.addWidget(self.meta, 0, 0, 1, 2)
        options.addWidget(
            note(
                self.tr("For WhatsApp, Instagram and Facebook catalogs: upload it in Commerce Manager as a data feed.")
            ),
            1,
            1,
        )
        options.addWidget(QLabel(self.tr("Public address of your photos")), 2, 1)
        options.addWidget(self.base_url, 3, 1)
        options.addWidget(self.base_error, 4, 1)
        options.addWidget(
            note(
                self.tr(
                    "Meta only takes photos from the web. If your photo folder is online, give its address and "
                    "each photo is linked as address/<photo>.jpg; otherwise only photo links your products "
                    "already have are used."
                )
            ),
            5,
            1,
        )
        options.setRowMinimumHeight(6, 14)
        options.addWidget(self.bundle, 7, 0, 1, 2)
        options.addWidget(
            note(
                self.tr(
                    "Every product, collection and photo in one file: to move the catalog to another "
                    "computer or keep a copy. Import it back with Import products."
                )
            ),
            8,
            1,
        )
        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Save to")))
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.show_folder)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addSpacing(12)
        layout.addLayout(path_row)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height() + 24)  # grows when the report below appears

    def _load_setting(self) -> None:
        services = self.context.services
        if services is not None:
            self.context.run(
                lambda: services.shop.setting(PHOTO_BASE_URL_SETTING, None) or "",
                _while_alive(self, self._setting_loaded),
            )

    def _setting_loaded(self, value: str) -> None:
        self._saved_base = value
        if not self.base_url.text():
            self.base_url.setText(value)

    # -- path ---------------------------------------------------------------------------------------------

    def _suffix(self) -> str:
        return ".csv" if self.meta.isChecked() else ".zip"

    def _set_path(self, folder: Path) -> None:
        stem = "katalog-meta" if self.meta.isChecked() else "katalog"
        self.path.setText(str(folder / f"{stem}-{date.today():%Y-%m-%d}{self._suffix()}"))

    def _format_changed(self) -> None:
        for widget in (self.base_url,):
            widget.setEnabled(self.meta.isChecked())
        current = Path(self.path.text())
        if current.suffix.lower() in (".csv", ".zip"):
            default_stem = current.stem.startswith("katalog")
            self._set_path(current.parent) if default_stem else self.path.setText(
                str(current.with_suffix(self._suffix()))
            )

    def choose_path(self) -> None:
        filters = self.tr("CSV files (*.csv)") if self.meta.isChecked() else self.tr("Zip files (*.zip)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export products"), self.path.text(), filters)
        if name:
            path = Path(name)
            self.path.setText(str(path if path.suffix.lower() == self._suffix() else path.with_suffix(self._suffix())))

    # -- export -------------------------------------------------------------------------------------------

    def start_export(self) -> None:
        services, meta = self.context.services, self.meta.isChecked()
        base = self.base_url.text().strip().rstrip("/")
        problem = (
            self.tr("The address must start with http:// or https://.") if base and not looks_like_url(base) else None
        )
        self.base_error.show_message(problem if meta else None)
        mark_invalid(self.base_url, bool(problem and meta))
        out = Path(self.path.text().strip()).expanduser()
        if services is None or (meta and problem) or not self.path.text().strip():
            return
        saved = self._saved_base
        self._running(True)

        def work(svc: Services = services) -> tuple[ExportReport, Changes]:
            changes = Changes()
            if not meta:
                report = svc.catalog.export_bundle(svc.actor, out)
            else:
                if base != saved:  # remembered for the next export (and the CLI's)
                    changes = svc.shop.set_setting(svc.actor, PHOTO_BASE_URL_SETTING, base or None)
                report = svc.catalog.export_meta(svc.actor, out)
            return report, changes | report.changes

        context = self.context

        def exported(result: tuple[ExportReport, Changes]) -> None:
            context.publish(result[1])  # even if the dialog is gone: the Catalog tab must refresh
            if shiboken6.isValid(self):
                self._exported(result)

        self.context.run(work, exported, _while_alive(self, self._failed), write=True)

    def _exported(self, result: tuple[ExportReport, Changes]) -> None:
        self._running(False)
        self.report = result[0]
        self._saved_base = self.base_url.text().strip().rstrip("/")
        report, name = self.report, self.report.path.name
        if report.format == "meta":
            lines = [self.tr("Wrote %1 products to %2.").replace("%1", _n(report.rows)).replace("%2", name)]
            missing = report.without_image
            if missing:
                lines.append(
                    self.tr("%1 products have no photo link, and Commerce Manager refuses them until they do: %2")
                    .replace("%1", _n(len(missing)))
                    .replace("%2", self._names(missing))
                )
        else:
            lines = [
                self.tr("Wrote %1 products and %2 photos to %3.")
                .replace("%1", _n(report.rows))
                .replace("%2", _n(report.photos))
                .replace("%3", name)
            ]
            if report.missing_photos:
                lines.append(
                    self.tr("%1 photo files were missing from the photo folder and are not in the bundle.").replace(
                        "%1", _n(len(report.missing_photos))
                    )
                )
        self._say("\n\n".join(lines), warning=len(lines) > 1, done=len(lines) == 1)
        self.show_folder.show()

    def _names(self, keys: tuple[str, ...]) -> str:
        shown = ", ".join(keys[:SHOWN_KEYS])
        rest = len(keys) - SHOWN_KEYS
        return shown + (" " + self.tr("and %1 more").replace("%1", _n(rest)) if rest > 0 else "")

    def _failed(self, error: BaseException) -> None:
        self._running(False)
        if not isinstance(error, UserError):
            raise error
        self._say(error_text(error), error=True)

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.export_button, self.close_button, self.meta, self.bundle, self.choose):
            widget.setEnabled(not running)
        if running:
            self._say(self.tr("Writing %1…").replace("%1", Path(self.path.text()).name))

    def _say(self, text: str, *, error: bool = False, warning: bool = False, done: bool = False) -> None:
        # Soft bands like the editor's photo notices: red refused, amber written with a catch, green written.
        colours = {"error": "#C0392B; background: #FDECEA", "warning": "#7A5200; background: #FFF4D6"}
        colours["done"] = "#0B5E55; background: #E3F4F1"
        kind = "error" if error else "warning" if warning else "done" if done else ""
        colour = colours.get(kind)
        self.status.setStyleSheet(f"color: {colour}; padding: 8px; border-radius: 5px;" if colour else "")
        set_role(self.status, "muted" if colour is None else "")
        self.status.setText(text)
        self.status.show()

    def _open_folder(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))

    def reject(self) -> None:
        if self.close_button.isEnabled():  # never hide a dialog whose export is still writing
            super().reject()
