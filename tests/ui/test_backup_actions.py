"""File → Restore: any backup kind (a protected one asks for its passphrase), only for profiles allowed to."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services import backup_auto
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services
from merchant_desk.ui.backup_actions import BackupActions
from merchant_desk.ui.context import AppContext


def _names(shop: Services) -> set[str]:
    return {row.name for row in shop.catalog.rows(shop.catalog.page_ids(limit=100))}


def _actions(qtbot: QtBot, ui_context: AppContext) -> BackupActions:
    window = QMainWindow()
    qtbot.addWidget(window)
    return BackupActions(ui_context, window)


def test_file_restore_takes_a_protected_full_backup(
    qtbot: QtBot, ui_context: AppContext, svc: Services, messages: list[tuple[str, str]]
) -> None:
    svc.catalog.create(svc.actor, ProductDraft(name="Kopi Gayo", price=45_000))
    info = backup_auto.make_backup(svc.paths, passphrase="rahasia toko", full=True)
    svc.catalog.create(svc.actor, ProductDraft(name="Teh Tarik", price=8_000))
    published = []
    ui_context.changed.connect(published.append)

    _actions(qtbot, ui_context).restore(str(info.path), "salah")
    assert messages[-1][0] == "warning"  # the wrong passphrase is named; nothing replaced
    assert _names(svc) == {"Kopi Gayo", "Teh Tarik"}

    _actions(qtbot, ui_context).restore(str(info.path), "rahasia toko")
    assert messages[-1] == ("information", "The backup was restored.")
    assert _names(svc) == {"Kopi Gayo"}
    assert published and published[-1].catalog
    assert svc.backups.can_undo()


def test_staff_cannot_restore_from_the_file_menu(
    qtbot: QtBot, ui_context: AppContext, svc: Services, messages: list[tuple[str, str]]
) -> None:
    info = backup_auto.make_backup(svc.paths)
    svc.catalog.create(svc.actor, ProductDraft(name="Teh Tarik", price=8_000))
    ui_context.sign_in(Actor.of(svc.staff.add(svc.actor, "Budi", "2468")))
    _actions(qtbot, ui_context).restore(str(info.path))
    assert messages[-1][0] == "warning"
    assert "not allowed" in messages[-1][1]
    assert _names(svc) == {"Teh Tarik"}
