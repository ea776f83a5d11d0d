"""Fields of the product editor that are more than a line edit: a price typed the Indonesian way with what
was understood shown under it, the list of collections to tick (with a new one asked for by name), and the
labels of Meta's availability and condition values; and how fields and their messages are laid out."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import MAX_COLLECTION_NAME, CollectionInfo
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.prices import InvalidPrice, parse_price
from merchant_desk.ui.catalog.texts import AVAILABILITY_LABELS, CONTEXT
from merchant_desk.ui.forms import mark_invalid
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

CONDITION_LABELS = {  # availability's labels live with the Catalog tab's texts, in the same context
    "new": QT_TRANSLATE_NOOP("CatalogLabels", "New"),
    "refurbished": QT_TRANSLATE_NOOP("CatalogLabels", "Refurbished"),
    "used": QT_TRANSLATE_NOOP("CatalogLabels", "Used"),
}


def value_label(value: str) -> str:
    """The translated label of one of Meta's availability or condition values."""
    source = AVAILABILITY_LABELS.get(value) or CONDITION_LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


class PriceField(QWidget):
    """A price typed the Indonesian way; the line under it shows what was understood, or why not."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit(maxLength=40)
        self.edit.setPlaceholderText(self.tr("e.g. 15.000, Rp15.000 or 15rb"))
        self.edit.textChanged.connect(self.update_hint)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.update_hint()

    def parsed(self) -> tuple[int | None, str | None]:
        """(Rupiah, None), (None, None) for an empty optional price, or (None, translated problem)."""
        if self.optional and not self.edit.text().strip():
            return None, None
        try:
            return parse_price(self.edit.text()), None
        except InvalidPrice as exc:
            return None, error_text(exc)

    def update_hint(self) -> None:
        value, problem = self.parsed() if self.edit.text().strip() else (None, None)
        if problem:
            self.show_message(problem)
        else:
            self._say("= " + format_rupiah(value) if value else "", "muted")
            mark_invalid(self.edit, False)

    def show_message(self, text: str | None) -> None:
        """Shows a problem (translated) at the field, or without one what was understood (ErrorLabel's API)."""
        if not text:
            self.update_hint()
            return
        self._say(text, "error")
        mark_invalid(self.edit, True)

    def _say(self, text: str, role: str) -> None:
        set_role(self.hint, role)
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


class CollectionList(QListWidget):
    """The shop's collections with a tick at each the product is in; ``chosen()`` is what the draft gets."""

    def fill(self, collections: list[CollectionInfo], chosen: tuple[str, ...]) -> None:
        for info in collections:
            self.add(info.name, info.name in chosen)
        for name in chosen:  # a collection the list did not hold (cannot happen, but never lose one)
            if not self.findItems(name, Qt.MatchFlag.MatchFixedString):
                self.add(name, True)
        first = next((i for i in self._items() if i.checkState() == Qt.CheckState.Checked), None)
        if first is not None:
            self.scrollToItem(first)  # the product's own collections may be far down the list

    def add(self, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def ask_new(self) -> None:
        """Asks a name and ticks that collection, adding it when the shop has none of that name."""
        # Written in the editor dialog first: its strings keep that context (self.tr() would use this class's).
        name, ok = QInputDialog.getText(
            self.window(),
            QCoreApplication.translate("ProductEditorDialog", "New collection"),
            QCoreApplication.translate("ProductEditorDialog", "Name of the new collection:"),
        )
        name = " ".join(name.split())[:MAX_COLLECTION_NAME]
        if ok and name:
            found = self.findItems(name, Qt.MatchFlag.MatchFixedString)  # case-insensitive
            if found:
                found[0].setCheckState(Qt.CheckState.Checked)
            else:
                self.add(name, True)

    def chosen(self) -> tuple[str, ...]:
        return tuple(i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]


def field_column(field: QWidget | QLayout, message: QWidget | None, counter: QLabel | None) -> QVBoxLayout:
    """A field with its message line under it (and a character counter at the right of that line)."""
    # Field and message share one column, so a hidden message takes no room between rows.
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field) if isinstance(field, QWidget) else column.addLayout(field)
    if message is not None:
        under = QHBoxLayout()
        under.addWidget(message, 1)
        if counter is not None:
            set_role(counter, "muted")
            under.addWidget(counter, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addLayout(under)
    return column


def side_by_side(left: QFormLayout, right: QFormLayout) -> QHBoxLayout:
    """The editor's two forms in columns, labels aligned right, the wider left column taking 3/5."""
    for form in (left, right):
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
    right_column = QVBoxLayout()  # the right column is shorter: its rows stay together at the top
    right_column.addLayout(right)
    right_column.addStretch()
    columns = QHBoxLayout()
    columns.addLayout(left, 3)
    columns.addSpacing(20)
    columns.addLayout(right_column, 2)
    return columns
