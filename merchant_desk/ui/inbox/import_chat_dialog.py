"""Import WhatsApp chat…: choose an export, check the preview (format, date order, which one is the shop),
then import it as a long job; the summary names what was added and the new conversation opens."""

from __future__ import annotations

import threading
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.inbox.texts import counted
from merchant_desk.ui.style import set_role
from merchant_desk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from merchant_desk.services.chat_import_service import ImportPreview, ImportResult, PreviewMessage

ORDERS = ("auto", "dmy", "mdy", "ymd")
# The shared style colours primary buttons whether or not they can be pressed: show when they cannot.
DISABLED_PRIMARY = 'QPushButton[primary="true"]:disabled { background: #A9D6CF; border-color: #A9D6CF; color: white; }'


class ImportStopped(Exception):
    """The merchant cancelled before anything was saved (delivered as an error, so every runner reports it)."""


class ImportChatDialog(QDialog):
    imported = Signal(int, object)  # conversation id, Changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import WhatsApp chat"))
        self.setMinimumWidth(620)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.job: TaskHandle | None = None
        self._stop = threading.Event()
        self._storing = False
        self._running = False
        intro = QLabel(
            self.tr(
                "In WhatsApp, open the chat, choose More → Export chat, and save the .txt or .zip "
                "file here. Importing the same chat again adds only new messages."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.file = QLineEdit(readOnly=True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.choose.setAutoDefault(False)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        self.error = ErrorLabel()
        self.order = QComboBox()
        for key, text in zip(
            ORDERS,
            (self.tr("As detected"), self.tr("Day/month/year"), self.tr("Month/day/year"), self.tr("Year/month/day")),
            strict=True,
        ):
            self.order.addItem(text, key)
        self.order.activated.connect(lambda _i: self.load_preview())
        self.me = QComboBox()
        self.format_label, self.counts_label, self.first_label, self.last_label = (QLabel() for _ in range(4))
        for label in (self.format_label, self.counts_label, self.first_label, self.last_label):
            label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Format"), self.format_label)
        self.form.addRow(self.tr("Date order"), self.order)
        self.form.addRow(self.tr("Which one is the shop (me)?"), self.me)
        self.form.addRow(self.tr("Contents"), self.counts_label)
        self.form.addRow(self.tr("First message"), self.first_label)
        self.form.addRow(self.tr("Last message"), self.last_label)
        self.details = QWidget()
        self.details.setLayout(self.form)
        self.details.setEnabled(False)
        self.details.hide()  # shown with the first preview: an empty form only looks like work to do
        self.setStyleSheet(DISABLED_PRIMARY)
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addWidget(self.details)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # -- preview --------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a WhatsApp export"), "", self.tr("WhatsApp exports (*.txt *.zip)")
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Shows the file and reads its preview in the background (tests call this instead of the file dialog)."""
        self.path = path
        self.file.setText(str(path))
        self.order.setCurrentIndex(0)
        self.load_preview()

    def load_preview(self) -> None:
        services, path = self.context.services, self.path
        if services is None or path is None:
            return
        order, me = self.order.currentData(), self.me.currentData() if self.preview else None
        self.import_button.setEnabled(False)
        self.error.show_message(None)
        self.format_label.setText(self.tr("Reading…"))
        self.context.run(
            lambda: services.chat_import.preview(path, me, order), self._preview_arrived, self._preview_failed
        )

    def _preview_failed(self, error: BaseException) -> None:
        """A file that cannot be read (missing, damaged, not an export, a date that does not fit the order) is
        explained under the file name; the service turns every such problem into a UserError."""
        if not isinstance(error, UserError):
            raise error
        self.preview = None
        self.format_label.clear()
        for label in (self.counts_label, self.first_label, self.last_label):
            label.setText("–")  # the last good preview's figures would describe another reading
        # A date that does not fit the chosen order is fixed by choosing another: the choice stays usable.
        self.details.setEnabled(not self.details.isHidden())
        self.me.setEnabled(False)
        self.error.show_message(error_text(error))

    def _preview_arrived(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.details.setEnabled(True)
        self.me.setEnabled(True)
        self.details.show()
        source = {
            "file": self.tr("detected from the file"),
            "locale": self.tr("the shop's usual order"),
            "forced": self.tr("chosen by you"),
        }.get(preview.date_order_source, "")
        orders = {"dmy": self.tr("day/month/year"), "mdy": self.tr("month/day/year"), "ymd": self.tr("year/month/day")}
        kind = "Android" if preview.format == "android" else "iPhone"
        chat = self.tr("group chat") if preview.is_group else self.tr("chat with one customer")
        self.format_label.setText(f"{kind} · {chat} · {orders.get(preview.date_order, preview.date_order)} ({source})")
        self.me.clear()
        self.me.addItem(self.tr("None of them"), None)
        for name, n in zip(preview.participants, preview.participant_counts, strict=True):
            self.me.addItem(name + " — " + counted(self.tr("%n message(s)", "", n), n), name)
        self.me.setCurrentIndex(max(0, self.me.findData(preview.me)))
        parts = [counted(self.tr("%n message(s)", "", preview.messages_total), preview.messages_total)]
        if preview.attachments:
            parts.append(counted(self.tr("%n attachment(s)", "", preview.attachments), preview.attachments))
        if preview.system_messages:
            parts.append(counted(self.tr("%n notice(s)", "", preview.system_messages), preview.system_messages))
        self.counts_label.setText(" · ".join(parts))
        self.first_label.setText(self._describe(preview.first))
        self.last_label.setText(self._describe(preview.last))
        self.import_button.setEnabled(preview.messages_total > 0)

    def _describe(self, message: PreviewMessage | None) -> str:
        if message is None:
            return "–"
        when = f"{message.at:%d/%m/%Y %H.%M}"
        text = " ".join(message.text.split())[:120]
        author = message.author or self.tr("WhatsApp")  # outside the f-string, where lupdate can see it
        return f"{when} · {author}: {text}"

    # -- import ---------------------------------------------------------------------------------------

    def start_import(self) -> None:
        services, path, preview = self.context.services, self.path, self.preview
        if services is None or path is None or preview is None:
            return
        me, order, actor = self.me.currentData(), self.order.currentData(), services.actor
        stop = self._stop = threading.Event()  # a fresh one: an earlier cancelled attempt must not stop this

        def job() -> Generator[str, None, ImportResult]:
            yield "reading"
            if stop.is_set():
                raise ImportStopped()
            yield "storing"  # one all-or-nothing transaction from here: it cannot stop half-way
            if stop.is_set():
                raise ImportStopped()
            return services.chat_import.apply(actor, path, me, order)

        self.details.setEnabled(False)
        self.choose.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._running = True
        self.job = self.context.run(job, self._imported, self._import_failed, self._progress, write=True)

    def _progress(self, phase: Any) -> None:
        self._storing = phase == "storing"
        self.progress.setFormat(self.tr("Saving messages…") if self._storing else self.tr("Reading the file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not self._storing)

    def _job_finished(self) -> None:
        self._running = False
        self._storing = False
        self.progress.hide()
        if self.result is None:
            self.choose.setEnabled(True)
            self.details.setEnabled(self.preview is not None)
            self.import_button.setEnabled(self.preview is not None)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self._job_finished()
        n, files = result.messages_new, result.attachments_stored
        text = counted(self.tr("%n new message(s) imported", "", n), n)
        if files:
            text += " · " + counted(self.tr("%n file(s) stored", "", files), files)
        if result.labels_added:
            text += " · " + counted(self.tr("%n label(s) added by rules", "", result.labels_added), result.labels_added)
        if n == 0:
            text = self.tr("Nothing new: every message of this export was already imported.")
        self.summary.setText(text)
        self.summary.show()
        self.import_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setEnabled(True)
        self.imported.emit(result.conversation_id, result.changes)

    def _import_failed(self, error: BaseException) -> None:
        self._job_finished()
        if isinstance(error, ImportStopped):
            self.error.show_message(self.tr("Import cancelled: nothing was imported."))
            return
        if not isinstance(error, UserError):
            raise error
        self.error.show_message(error_text(error) + " " + self.tr("Nothing was imported."))

    def cancel(self) -> None:
        """Cancel stops an import that has not started saving; once it is saving it finishes first."""
        if self._running:
            if not self._storing:
                self._stop.set()
            return
        self.reject()
