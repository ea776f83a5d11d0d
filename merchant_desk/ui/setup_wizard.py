"""First-run set-up: language, the shop's profile, and an optional owner PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.shop import LANGUAGES, ShopProfile, validate_pin, validate_profile
from merchant_desk.ui.forms import ErrorLabel, ProfileFields, mark_invalid
from merchant_desk.ui.i18n import install_translators, tr_core
from merchant_desk.ui.style import set_role


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(_Page):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.intro = QLabel(wordWrap=True)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()

    def _language_changed(self) -> None:
        # Switching here re-translates the wizard at once (LanguageChange reaches every page).
        install_translators(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Merchant Desk"))
        self.intro.setText(
            self.tr(
                "Merchant Desk keeps your shop's chats, catalog, orders and loyalty points on this computer, "
                "online or offline. Answer a few questions to set up your shop; you can change them later "
                "in Settings."
            )
        )
        self.language_label.setText(self.tr("Language"))


class ShopPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        # Said in the page, not as a subtitle: a QWizard subtitle turns the big title into a small banner
        # header, and the three pages should look alike.
        self.explain = QLabel(wordWrap=True)
        set_role(self.explain, "muted")
        self.fields = ProfileFields(with_language=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.explain.setText(self.tr("Customers see this name and number in the messages you send."))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        try:
            wizard.profile = validate_profile(**{**self.fields.values(), "language": wizard.language()})
        except ValidationError as exc:
            self.fields.show_problems(exc.problems)
            return False
        self.fields.show_problems({})
        return True


class PinPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.explain = QLabel(wordWrap=True)
        set_role(self.explain, "muted")
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=8)
        self.error = ErrorLabel()
        self.pin_label, self.confirm_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.confirm_label, self.confirm)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Owner PIN (optional)"))
        self.explain.setText(
            self.tr(
                "A PIN of 4 to 8 digits keeps others out when this computer is shared. Leave both fields empty "
                "to start without a PIN; you can set one later in Settings."
            )
        )
        self.pin_label.setText(self.tr("PIN"))
        self.confirm_label.setText(self.tr("Repeat PIN"))

    def validatePage(self) -> bool:
        pin, confirm = self.pin.text(), self.confirm.text()
        message = None
        if pin or confirm:
            try:
                validate_pin(pin)
            except ValidationError as exc:
                message = tr_core(exc.problems["pin"])
            else:
                if pin != confirm:
                    message = self.tr("The two PINs are not the same.")
        self.error.show_message(message)
        mark_invalid(self.pin, message is not None)
        return message is None


class SetupWizard(QWizard):
    """Collects a ShopProfile and an optional PIN; the caller stores them."""

    def __init__(self, language: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.profile: ShopProfile | None = None
        self.welcome = WelcomePage(language)
        self.shop = ShopPage()
        self.pin_page = PinPage()
        for page in (self.welcome, self.shop, self.pin_page):
            self.addPage(page)
        self.resize(620, 480)
        self.setWindowTitle(self.tr("Set up Merchant Desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Set up Merchant Desk"))
        super().changeEvent(event)

    def language(self) -> str:
        return str(self.welcome.language.currentData())

    def pin(self) -> str | None:
        return self.pin_page.pin.text() or None
