"""The main window: tabs, menus, status bar, remembered geometry and tab, and change-driven refresh."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from merchant_desk.core.changes import Changes
from merchant_desk.db.models import Product
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.main_window import TAB_CLASSES, MainWindow
from merchant_desk.ui.overview_tab import OverviewTab


def test_window_shows_shop_staff_and_only_real_tabs(qtbot: QtBot, ui_context: AppContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == len(TAB_CLASSES)
    for index in range(window.tabs.count()):
        assert window.tabs.tabText(index)  # every tab is a feature with a title, no placeholders
    assert window.shop_label.text() == "Toko Berkah Jaya"
    assert "Siti Rahayu" in window.staff_label.text()
    assert "Toko Berkah Jaya" in window.windowTitle()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Help"]
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_actions == ["&Back up…", "&Restore from backup…", "&Settings…", "Switch &user…", "&Quit"]


def test_overview_counts_come_from_the_shop_and_follow_changes(qtbot: QtBot, ui_context: AppContext) -> None:
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    overview = window.tab_pages[0]
    assert isinstance(overview, OverviewTab)
    assert overview.snapshot is not None and overview.snapshot.overview.labels == 8
    assert overview.cards[0].value.text() == "0"
    assert ui_context.services is not None
    with ui_context.services.db.write() as session:
        session.execute(
            insert(Product),
            [{"name": f"Kaos Polos {i}", "price": 45_000, "sku": f"KP-{i}"} for i in range(1_234)],
        )
    ui_context.publish(Changes(catalog=True))
    assert overview.cards[0].value.text() == "1.234"  # Indonesian thousands separator


def test_a_tab_skips_changes_it_started_itself(qtbot: QtBot, ui_context: AppContext) -> None:
    overview = OverviewTab(ui_context)
    qtbot.addWidget(overview)
    calls: list[int] = []
    overview.refresh = lambda: calls.append(1)  # type: ignore[method-assign]
    ui_context.publish(Changes(catalog=True), initiator=overview)
    ui_context.publish(Changes(staff=True))  # not an area the overview shows
    assert calls == []
    ui_context.publish(Changes(catalog=True))
    assert calls == [1]


def test_geometry_and_last_tab_are_remembered(qtbot: QtBot, ui_context: AppContext) -> None:
    first = MainWindow(ui_context)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 520)
    first.tabs.setCurrentIndex(first.tabs.count() - 1)
    first.close()
    second = MainWindow(ui_context)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == first.tabs.count() - 1
    # The offscreen screen is 800 px wide, so the size stays below it to survive restoreGeometry.
    assert (second.width(), second.height()) == (780, 520)
    assert (ui_context.paths.data_dir / "window.ini").exists()


def test_settings_dialog_saves_profile_and_audits(qtbot: QtBot, ui_context: AppContext) -> None:
    from merchant_desk.ui.settings_dialog import SettingsDialog

    assert ui_context.services is not None
    seen: list[Changes] = []
    ui_context.changed.connect(seen.append)
    dialog = SettingsDialog(ui_context, ui_context.services.shop.profile())
    qtbot.addWidget(dialog)
    dialog.fields.name.setText("Toko Berkah Jaya 2")
    dialog.fields.whatsapp.setText("not a phone")
    dialog._save()
    assert "WhatsApp" in dialog.fields.errors["whatsapp"].text()
    assert ui_context.services.shop.profile().name == "Toko Berkah Jaya"  # nothing stored from bad input
    dialog.fields.whatsapp.setText("+62 813-1111-2222")
    dialog.pin.setText("9753")
    dialog.confirm.setText("9753")
    dialog._save()
    profile = ui_context.services.shop.profile()
    assert (profile.name, profile.whatsapp) == ("Toko Berkah Jaya 2", "+6281311112222")
    assert seen and seen[-1].shop
    assert ui_context.shop_name == "Toko Berkah Jaya 2"
    actions = [r.action for r in ui_context.services.audit.recent()]
    assert actions[:2] == ["pin_changed", "settings_changed"]


def test_pin_dialog_refuses_a_wrong_pin_and_accepts_the_right_one(qtbot: QtBot, ui_context: AppContext) -> None:
    from merchant_desk.ui.pin_dialog import PinDialog

    services = ui_context.services
    assert services is not None and services.actor.id is not None
    services.staff.set_pin(services.actor, services.actor.id, "1357")
    dialog = PinDialog(services.staff, services.staff.list(), ui_context.runner, "Toko Berkah Jaya")
    qtbot.addWidget(dialog)
    dialog.pin.setText("0000")
    dialog._try()
    assert dialog.member is None and "Wrong PIN" in dialog.error.text()
    assert not dialog.checking.isVisibleTo(dialog)
    pending: list[object] = []
    dialog._runner = type("Later", (), {"run": lambda _self, *args, **kw: pending.append(args)})()
    dialog.pin.setText("1234")
    dialog._try()  # while the PIN is being checked: a neutral note, not the red error line
    assert pending and dialog.checking.isVisibleTo(dialog) and not dialog.error.isVisibleTo(dialog)
    assert dialog.checking.property("role") == "muted"
    dialog._runner = ui_context.runner
    assert not dialog.forgot_help.isVisibleTo(dialog)
    dialog.forgot.linkActivated.emit("#forgot")
    assert dialog.forgot_help.isVisibleTo(dialog) and "Settings → Staff" in dialog.forgot_help.text()
    assert "reset-owner-pin" in dialog.forgot_help.text()
    dialog.pin.setText("1357")
    dialog._try()
    assert dialog.member is not None and dialog.member.name == "Siti Rahayu"
    assert [r.action for r in services.audit.recent()][:2] == ["sign_in", "sign_in_failed"]
