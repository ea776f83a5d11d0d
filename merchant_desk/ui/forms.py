"""Small form helpers shared by the wizard and Settings: inline error labels and the shop-profile fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLayout, QLineEdit, QWidget

from merchant_desk.core.phones import display_phone
from merchant_desk.core.shop import LANGUAGES, ShopProfile
from merchant_desk.core.timezones import ZONES
from merchant_desk.ui.i18n import tr_core
from merchant_desk.ui.style import set_role


class ErrorLabel(QLabel):
    """A red line under a field; hidden while there is nothing to say. ``error=False`` shows a plain note
    (e.g. "Backup made.") in the same place, so success never looks like a failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "error")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str | None, *, error: bool = True) -> None:
        role = "error" if error else "muted"
        if self.property("role") != role:
            set_role(self, role)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setText(text or "")
        self.setVisible(bool(text))


def mark_invalid(edit: QWidget, invalid: bool) -> None:
    edit.setProperty("invalid", invalid)
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class ProfileFields(QWidget):
    """Shop name, owner, WhatsApp number, time zone and language, with an error label under each."""

    FIELDS = ("name", "owner_name", "whatsapp", "timezone", "language")

    def __init__(self, parent: QWidget | None = None, with_language: bool = True) -> None:
        super().__init__(parent)
        self.name = QLineEdit(maxLength=200)
        self.owner_name = QLineEdit(maxLength=100)
        self.whatsapp = QLineEdit(maxLength=30)
        self.timezone = QComboBox()
        for code in ZONES:
            self.timezone.addItem(code, code)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setVisible(with_language)
        self.errors = {field: ErrorLabel() for field in self.FIELDS}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: dict[str, QLabel] = {}
        for field in self.FIELDS:
            if field == "language" and not with_language:
                continue
            label = QLabel()
            self._labels[field] = label
            self.form.addRow(label, getattr(self, field))
            self.form.addRow("", self.errors[field])
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Shop name"),
            "owner_name": self.tr("Owner's name"),
            "whatsapp": self.tr("WhatsApp number"),
            "timezone": self.tr("Time zone"),
            "language": self.tr("Language"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        self.name.setPlaceholderText(self.tr("e.g. Toko Berkah Jaya"))
        self.owner_name.setPlaceholderText(self.tr("e.g. Siti Rahayu"))
        self.whatsapp.setPlaceholderText("0812-3456-7890")
        for i, code in enumerate(ZONES):
            self.timezone.setItemText(i, tr_core(ZONES[code][0]))

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "owner_name": self.owner_name.text(),
            "whatsapp": self.whatsapp.text(),
            "timezone": self.timezone.currentData(),
            "language": self.language.currentData(),
        }

    def load(self, profile: ShopProfile) -> None:
        self.name.setText(profile.name)
        self.owner_name.setText(profile.owner_name)
        self.whatsapp.setText(display_phone(profile.whatsapp))
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(profile.timezone)))
        self.language.setCurrentIndex(max(0, self.language.findData(profile.language)))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Shows every problem at once; clears the fields that are now fine."""
        for field in self.FIELDS:
            message = problems.get(field)
            self.errors[field].show_message(tr_core(message) if message else None)
            mark_invalid(getattr(self, field), bool(message))


def clear_layout(layout: QLayout) -> None:
    """Removes and deletes every widget of ``layout`` (rows rebuilt when fresh data arrives)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # not setParent(None): a widget made top-level takes the window's focus away
            widget.deleteLater()
