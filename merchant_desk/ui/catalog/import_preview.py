"""What a catalog import would do, as the import dialog shows it: six figure cards (rows, new, updated,
unchanged, rejected, warnings) and two tables of row issues under tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.ui.i18n import tr_core
from merchant_desk.ui.style import MUTED, set_role

if TYPE_CHECKING:
    from merchant_desk.core.catalog_import import ImportPreview, RowIssue


def rows_of(issues: tuple[RowIssue, ...]) -> int:
    """How many rows the issues concern (a row can have several problems)."""
    return len({issue.row for issue in issues})


# These strings were written in the dialog and are translated under its context; a widget of its own must not
# orphan them (self.tr() here would look them up under "ImportFigures").
translate = QCoreApplication.translate


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Indonesian thousands separator


def issue_text(issue: RowIssue) -> str:
    """The reason in the merchant's language: its ``tr_noop`` source translated, then its values filled in."""
    return issue.text(tr_core(issue.message))


class IssueModel(QAbstractTableModel):
    """Rejected rows or warnings: row number, column, reason (translated when shown). Holds any number.

    The issues come sorted by row; a row's second and later problems leave the number blank, so the table reads
    as one group per row and matches the count of rows in the tab's title and on the card.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("IssueModel", "Row"),
        QT_TRANSLATE_NOOP("IssueModel", "Column"),
        QT_TRANSLATE_NOOP("IssueModel", "Reason"),
    )
    COL_ROW, COL_COLUMN, COL_REASON = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues: tuple[RowIssue, ...] = ()

    def set_issues(self, issues: tuple[RowIssue, ...]) -> None:
        self.beginResetModel()
        self._issues = issues
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if column == self.COL_ROW:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            same_row = index.row() > 0 and self._issues[index.row() - 1].row == issue.row
            return None if same_row else issue.row
        return issue.column if column == self.COL_COLUMN else issue_text(issue)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IssueModel", self.HEADERS[section])
        return None


class IssueView(QTableView):
    """A table that says so when a preview found nothing to list (an empty grid looks like a failure)."""

    empty_text = ""

    def __init__(self, model: IssueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(IssueModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(IssueModel.COL_ROW, 60)
        self.setColumnWidth(IssueModel.COL_COLUMN, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(MUTED))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)


class ImportFigures(QWidget):
    """The figure cards above the issue tabs; ``show_preview(None)`` blanks them (no file, or reading one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = {key: QLabel("–") for key in ("rows", "create", "update", "unchanged", "rejected", "warnings")}
        self.rejected, self.warnings = IssueModel(self), IssueModel(self)
        self.tabs = QTabWidget()
        self.views = [IssueView(self.rejected), IssueView(self.warnings)]
        for view in self.views:
            self.tabs.addTab(view, "")
        captions = {
            "rows": translate("ImportCatalogDialog", "rows"),
            "create": translate("ImportCatalogDialog", "new"),
            "update": translate("ImportCatalogDialog", "updated"),
            "unchanged": translate("ImportCatalogDialog", "unchanged"),
            "rejected": translate("ImportCatalogDialog", "rejected"),
            "warnings": translate("ImportCatalogDialog", "warnings"),
        }
        cards = QGridLayout()
        for column, (key, label) in enumerate(self.figures.items()):
            card = QFrame()
            set_role(card, "card")
            inner = QVBoxLayout(card)
            label.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1F2C33;")
            caption = QLabel(captions[key])
            set_role(caption, "card-title")
            inner.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            inner.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            cards.addWidget(card, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)

    def show_preview(self, preview: ImportPreview | None) -> None:
        values = {}
        if preview is not None:
            rejected_rows = rows_of(preview.rejected)
            values = {
                "rows": preview.rows,
                "create": preview.to_create,
                "update": preview.to_update,
                "unchanged": preview.unchanged,
                "rejected": rejected_rows,
                "warnings": len(preview.warnings),
            }
        for key, label in self.figures.items():
            label.setText(thousands(values[key]) if key in values else "–")
        rejected, warnings = (preview.rejected, preview.warnings) if preview else ((), ())
        self.rejected.set_issues(rejected)
        self.warnings.set_issues(warnings)
        rejected_tab = translate("ImportCatalogDialog", "Rejected rows (%1)")
        warnings_tab = translate("ImportCatalogDialog", "Warnings (%1)")
        self.tabs.setTabText(0, rejected_tab.replace("%1", thousands(rows_of(rejected))))
        self.tabs.setTabText(1, warnings_tab.replace("%1", thousands(len(warnings))))
        all_good = translate("ImportCatalogDialog", "Every row can be imported.")
        no_warnings = translate("ImportCatalogDialog", "No warnings.")
        texts = (all_good, no_warnings) if preview else ("", "")
        for view, text in zip(self.views, texts, strict=True):
            view.empty_text = text
            view.viewport().update()
        if preview is not None and preview.warnings and not preview.rejected:
            self.tabs.setCurrentIndex(1)
