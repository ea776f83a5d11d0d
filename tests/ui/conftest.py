"""UI fixtures and helpers: a signed-in shop context whose background tasks run in place, and non-blocking dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot

from merchant_desk.db import boot
from merchant_desk.services.hub import Services
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.i18n import install_translators
from merchant_desk.ui.style import apply_style
from merchant_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from merchant_desk.ui.inbox.inbox_tab import InboxTab


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Replaces QMessageBox's blocking static functions; records (kind, text) and answers Yes."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *args: object, **kwargs: object) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return staticmethod(show)

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown


@pytest.fixture
def ui_context(qapp: QApplication, shop: Services, messages: list[tuple[str, str]]) -> Iterator[AppContext]:
    """A signed-in context on the set-up test shop, in English; tasks run synchronously."""
    apply_style(qapp)
    install_translators("en")
    info = boot.probe(shop.paths.db_file)
    context = AppContext(shop.paths, info, TaskRunner(synchronous=True))
    context.set_services(shop)
    context.sign_in(shop.actor)
    yield context
    install_translators("en")


@pytest.fixture
def svc(ui_context: AppContext) -> Services:
    """The signed-in context's services (a test file may override it to add set-up)."""
    assert ui_context.services is not None
    return ui_context.services


@pytest.fixture
def show_inbox(qtbot: QtBot, ui_context: AppContext) -> Callable[[int], tuple[QMainWindow, InboxTab, QTabWidget]]:
    """Shows an Inbox tab in a 1280×760 window with a conversation open; keep the window referenced, or Python
    deletes it and the tab with it."""

    def show(conversation_id: int) -> tuple[QMainWindow, InboxTab, QTabWidget]:
        from merchant_desk.ui.inbox.inbox_tab import InboxTab

        main, tabs = QMainWindow(), QTabWidget()
        tab = InboxTab(ui_context)
        tabs.addTab(tab, "Inbox")
        main.setCentralWidget(tabs)
        qtbot.addWidget(main)
        main.resize(1280, 760)
        main.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        tab.open_conversation(conversation_id)
        return main, tab, tabs

    return show
