"""Every window and dialog in every language; in Indonesian no string may be left untranslated."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from merchant_desk.ui import i18n
from merchant_desk.ui.about_dialog import AboutDialog
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.main_window import MainWindow
from merchant_desk.ui.pin_dialog import PinDialog
from merchant_desk.ui.settings_dialog import SettingsDialog
from merchant_desk.ui.setup_wizard import SetupWizard

# Lookups Qt itself makes that are not user-visible text.
IGNORED = {("QGuiApplication", "QT_LAYOUT_DIRECTION")}


class Recorder(QTranslator):
    """Asked first by Qt (installed last); records every lookup and lets the real translators answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> str:
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def recorder(qapp: QApplication) -> Iterator[Recorder]:
    rec = Recorder()
    qapp.installTranslator(rec)
    yield rec
    qapp.removeTranslator(rec)


def open_everything(qtbot: QtBot, context: AppContext) -> list[QWidget]:
    assert context.services is not None
    window = MainWindow(context)
    widgets: list[QWidget] = [
        window,
        SettingsDialog(context, context.services.shop.profile(), window),
        AboutDialog(context.paths, window),
        PinDialog(context.services.staff, context.services.staff.list(), context.runner, "Toko", window),
        SetupWizard(language=context.language),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
    wizard = widgets[-1]
    assert isinstance(wizard, SetupWizard)
    for _ in wizard.pageIds()[1:]:
        wizard.next()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    for menu_action in window.menuBar().actions():
        menu_action.menu().aboutToShow.emit()
    QApplication.processEvents()
    return widgets


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_string_is_translated(qtbot: QtBot, ui_context: AppContext, recorder: Recorder, language: str) -> None:
    i18n.install_translators(language)
    # Qt asks the newest translator first: the recorder must be installed after ours to see every lookup.
    QApplication.instance().removeTranslator(recorder)  # type: ignore[union-attr]
    QApplication.instance().installTranslator(recorder)  # type: ignore[union-attr]
    ui_context.language = language
    open_everything(qtbot, ui_context)
    asked = recorder.asked - IGNORED
    assert asked, "the recorder saw no lookups: the test would prove nothing"
    if language == "id":
        # PySide6's tr() retries base-class contexts when a translation equals its source ("PIN"), so a
        # source counts as translated when any context it was looked up in has a translation.
        translated = {src for ctx, src in asked if any(t.translate(ctx, src) for t in i18n._installed)}
        missing = sorted((ctx, src) for ctx, src in asked if src not in translated)
        assert missing == [], f"untranslated Indonesian strings: {missing}"


def test_indonesian_window_reads_indonesian(qtbot: QtBot, ui_context: AppContext) -> None:
    i18n.install_translators("id")
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&Berkas", "B&antuan"]
    assert window.tabs.tabText(0) == "Ringkasan"
