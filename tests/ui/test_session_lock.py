"""Switch user and the idle lock: the PIN prompt covers the window; work stays; the lock is audited."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from merchant_desk.ui.context import AppContext
from merchant_desk.ui.main_window import MainWindow
from merchant_desk.ui.session_lock import LOCK_SETTING


def test_switch_user_locks_and_signs_in_another_profile(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    clerk = services.staff.add(services.actor, "Budi", "2468")
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    tab = window.tabs.currentWidget()
    window.switch_user_action.trigger()
    lock = window.session_lock
    assert lock.locked and not window.centralWidget().isVisible()
    assert services.audit.recent(action="locked")
    dialog = lock.dialog
    assert dialog is not None
    dialog.reject()  # Cancel does not unlock
    assert lock.locked and dialog.isVisible()
    dialog._signed_in(clerk)  # type: ignore[attr-defined]
    assert not lock.locked and window.centralWidget().isVisible()
    assert ui_context.staff_name == "Budi" and services.actor.role == "staff"
    assert window.tabs.currentWidget() is tab  # the window's work was not rebuilt


def test_idle_minutes_lock_by_themselves(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert not window.session_lock.timer.isActive()  # never, by default
    ui_context.publish(services.shop.set_setting(services.actor, LOCK_SETTING, 5))
    assert window.session_lock.timer.interval() == 5 * 60_000 and window.session_lock.timer.isActive()
    window.session_lock.timer.timeout.emit()
    assert window.session_lock.locked
