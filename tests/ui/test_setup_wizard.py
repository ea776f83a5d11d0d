"""The first-run wizard, driven like a merchant would with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from merchant_desk.db import boot
from merchant_desk.services.hub import Services
from merchant_desk.services.staff_service import verify_secret
from merchant_desk.ui import app as app_module
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import install_translators
from merchant_desk.ui.setup_wizard import SetupWizard
from merchant_desk.ui.tasks import TaskRunner


def _next(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def fill_and_finish(qtbot: QtBot, wizard: SetupWizard, phone: str = "0812 3456 7890", pin: str = "2468") -> None:
    _next(qtbot, wizard)
    fields = wizard.shop.fields
    qtbot.keyClicks(fields.name, "Toko Sumber Rezeki")
    qtbot.keyClicks(fields.owner_name, "Budi Santoso")
    qtbot.keyClicks(fields.whatsapp, phone)
    fields.timezone.setCurrentIndex(fields.timezone.findData("WITA"))
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.pin_page.pin, pin)
    qtbot.keyClicks(wizard.pin_page.confirm, pin)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_wizard_collects_a_normalised_profile(qtbot: QtBot) -> None:
    wizard = SetupWizard(language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    fill_and_finish(qtbot, wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.profile is not None
    assert wizard.profile.whatsapp == "+6281234567890"
    assert wizard.profile.timezone == "WITA"
    assert wizard.pin() == "2468"


def test_wizard_shows_every_problem_and_stays_on_the_page(qtbot: QtBot) -> None:
    wizard = SetupWizard(language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.shop.fields.whatsapp, "12")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.shop
    errors = wizard.shop.fields.errors
    assert errors["name"].isVisibleTo(wizard) and "name" in errors["name"].text()
    assert errors["owner_name"].isVisibleTo(wizard)
    assert "WhatsApp" in errors["whatsapp"].text()


def test_mismatched_pins_are_refused(qtbot: QtBot) -> None:
    wizard = SetupWizard(language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.shop.fields.name, "Toko A")
    qtbot.keyClicks(wizard.shop.fields.owner_name, "Ani")
    qtbot.keyClicks(wizard.shop.fields.whatsapp, "081234567890")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.pin_page.pin, "1234")
    qtbot.keyClicks(wizard.pin_page.confirm, "1235")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "not the same" in wizard.pin_page.error.text()


def test_choosing_english_retranslates_the_wizard_at_once(qtbot: QtBot) -> None:
    install_translators("id")
    wizard = SetupWizard(language="id")
    qtbot.addWidget(wizard)
    assert wizard.welcome.title() == "Selamat datang di Merchant Desk"
    wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("en"))
    qtbot.waitUntil(lambda: wizard.welcome.title() == "Welcome to Merchant Desk", timeout=2000)
    assert wizard.shop.fields.errors["name"].text() == ""
    assert wizard.windowTitle() == "Set up Merchant Desk"
    install_translators("en")


def test_first_run_stores_the_shop_and_signs_the_owner_in(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(wizard: SetupWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        fill_and_finish(qtbot, wizard)
        return wizard.result()

    monkeypatch.setattr(SetupWizard, "exec", drive)
    context = AppContext(services.paths, boot.probe(services.paths.db_file), TaskRunner(synchronous=True))
    context.set_services(services)
    assert app_module.first_run(context)
    profile = services.shop.profile()
    assert (profile.name, profile.owner_name, profile.timezone) == ("Toko Sumber Rezeki", "Budi Santoso", "WITA")
    owner = services.staff.list()[0]
    assert owner.is_owner and owner.has_secret
    assert services.actor.id == owner.id and context.staff_name == "Budi Santoso"
    assert [r.action for r in services.audit.recent()] == ["shop_set_up"]
    info = boot.probe(services.paths.db_file)
    assert info.set_up and info.pin_required
    with services.db.read() as session:
        from merchant_desk.db.models import Staff

        assert verify_secret(session.get(Staff, owner.id).secret_hash, "2468")  # type: ignore[union-attr]
