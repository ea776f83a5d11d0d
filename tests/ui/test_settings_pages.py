"""Settings pages: staff, audit log, connections (the secret never leaves the keyring) and backups."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.permissions import CHANGE_PRICES
from merchant_desk.services.audit_service import Actor
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.settings.audit_page import AuditPage
from merchant_desk.ui.settings.backup_page import BackupPage
from merchant_desk.ui.settings.connections_page import ConnectionsPage
from merchant_desk.ui.settings.staff_page import StaffPage, StaffProfileDialog
from merchant_desk.ui.settings_dialog import SettingsDialog

TOKEN = "EAAG-super-secret-token-7f3a9c"


def _tabs(dialog: SettingsDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_owner_sees_every_page_and_staff_only_their_own(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    dialog = SettingsDialog(ui_context, services.shop.profile())
    qtbot.addWidget(dialog)
    assert _tabs(dialog) == ["Shop", "Security", "Staff", "Audit log", "Customer data", "Connections", "Backups"]
    clerk = services.staff.add(services.actor, "Budi", "2468")
    ui_context.sign_in(Actor.of(clerk))
    limited = SettingsDialog(ui_context, services.shop.profile())
    qtbot.addWidget(limited)
    assert _tabs(limited) == ["Shop", "Security"]
    assert not limited.fields.isEnabled()


def test_payment_instructions_saved_from_settings_reach_a_new_invoice(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    dialog = SettingsDialog(ui_context, services.shop.profile())
    qtbot.addWidget(dialog)
    assert dialog.payment.toPlainText() == "" and dialog.payment.placeholderText().startswith("e.g.")
    dialog.payment.setPlainText("x" * 1_001)
    dialog._save()
    assert dialog.payment_error.text() and services.orders.payment_instructions() == ""  # refused, kept in the box
    dialog.payment.setPlainText("  BCA 1234567890 a.n. Siti Rahayu  \nQRIS: minta kodenya ya\n")
    dialog._save()
    assert services.orders.payment_instructions() == "BCA 1234567890 a.n. Siti Rahayu\nQRIS: minta kodenya ya"
    (entry,) = services.audit.recent(1, "settings_changed")
    assert entry.subject == "orders.payment_instructions"
    kopi = services.catalog.create(services.actor, ProductDraft(name="Kopi Gayo", price=85_000)).id
    view, _ = services.orders.create(services.actor, [services.orders.draft_line(kopi)])
    assert "*Cara pembayaran:*\nBCA 1234567890 a.n. Siti Rahayu\nQRIS: minta kodenya ya" in (
        services.orders.invoice_text(view.id)
    )
    again = SettingsDialog(ui_context, services.shop.profile())
    qtbot.addWidget(again)
    assert again.payment.toPlainText().startswith("BCA 1234567890")


def test_staff_page_adds_and_grants(qtbot: QtBot, ui_context: AppContext) -> None:
    page = StaffPage(ui_context)
    qtbot.addWidget(page)
    dialog = StaffProfileDialog(None, page)
    dialog.name.setText("Ani")
    dialog.pin.setText("1234")
    dialog.boxes[CHANGE_PRICES].setChecked(True)
    dialog.exec = lambda: 1  # type: ignore[method-assign]  # accepted without a blocking loop
    page.add(dialog)
    assert [m.name for m in page.members] == ["Siti Rahayu", "Ani"]
    assert page.members[1].permissions == (CHANGE_PRICES,)
    page.table.selectRow(1)
    page.reset_pin("12")  # too short: shown, nothing changed
    assert page.error.isVisibleTo(page)
    page.reset_pin("5678")
    assert not page.error.isVisibleTo(page)


def test_audit_page_filters_and_exports(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    page = AuditPage(ui_context)
    qtbot.addWidget(page)
    assert page.table.rowCount() >= 1
    page.action.setCurrentIndex(page.action.findData("shop_set_up"))
    assert page.table.rowCount() == 1
    page.export(tmp_path / "audit.csv")
    assert "shop_set_up" in (tmp_path / "audit.csv").read_text(encoding="utf-8")


def test_audit_page_reads_as_words_in_the_shops_time(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    product = services.catalog.create(services.actor, ProductDraft(name="Blouse Batik", price=185_000)).id
    draft = services.catalog.detail(product).draft
    services.catalog.update(services.actor, product, replace(draft, price=175_000))
    services.shop.set_setting(services.actor, "orders.payment_instructions", "BCA 123")
    page = AuditPage(ui_context)
    qtbot.addWidget(page)
    header = page.table.horizontalHeaderItem(0)
    assert header is not None and header.text() == "When (WIB)"
    rows = {page.table.item(r, 2).text(): r for r in range(page.table.rowCount())}
    price = rows["Price changed"]
    assert page.table.item(price, 3).text() == "Blouse Batik"
    assert page.table.item(price, 4).text() == "Price: Rp185.000 → Rp175.000"  # no id, no unchanged sale price
    assert page.table.item(price, 0).text().endswith(" WIB")
    assert page.table.item(rows["Settings changed"], 3).text() == "payment instructions"
    choices = [page.action.itemText(i) for i in range(page.action.count())]
    assert "Price changed" in choices and "price_changed" not in choices and "Shop set up" in choices
    page.action.setCurrentIndex(page.action.findText("Price changed"))
    assert page.table.rowCount() == 1
    page.since.setDate(QDate(2026, 11, 22))
    page.until.setDate(QDate(2026, 11, 22))
    # a WIB day, as the log's UTC: from 17:00 the evening before to 17:00 that day
    assert page._range() == (datetime(2026, 11, 21, 17), datetime(2026, 11, 22, 17))
    assert page.since.text() == "22/11/2026"


def test_secret_stays_out_of_database_logs_and_backups(qtbot: QtBot, ui_context: AppContext, tmp_path: Path) -> None:
    services = ui_context.services
    assert services is not None
    page = ConnectionsPage(ui_context)
    qtbot.addWidget(page)
    page.fields["wa_access_token"].setText(TOKEN)
    page.save()
    assert services.connections.secret("wa_access_token") == TOKEN
    assert page.fields["wa_access_token"].text() == ""  # never shown again
    assert page.fields["wa_access_token"].placeholderText() == "stored"
    # exercise the app: a backup with photos, an audit export, a catalog export
    backups = BackupPage(ui_context)
    qtbot.addWidget(backups)
    backups.back_up_now()
    assert backups.table.rowCount() == 1
    services.audit.export_csv(tmp_path / "audit.csv")
    services.catalog.export_meta(services.actor, tmp_path / "feed.csv")
    services.db.dispose()
    haystack = [p for p in services.paths.data_dir.rglob("*") if p.is_file()] + list(tmp_path.glob("*.csv"))
    for path in haystack:
        data = path.read_bytes()
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                data += b"".join(archive.read(n) for n in archive.namelist())
        assert TOKEN.encode() not in data, path


def test_connections_page_without_keyring_stores_nothing(qtbot: QtBot, ui_context: AppContext) -> None:
    from keyring.backends import fail

    services = ui_context.services
    assert services is not None
    services.secrets._backend = fail.Keyring()
    page = ConnectionsPage(ui_context)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    # the owner reads plain words; the technical reason waits under Details for whoever looks after the computer
    assert "password vault" in page.explain.text() and "apt" not in page.explain.text()
    assert "keyring" not in page.explain.text().lower() and not page.details.isVisibleTo(page)
    page.details_button.click()
    assert page.details.isVisibleTo(page) and "gnome-keyring" in page.details.text()


def test_backup_page_restore_and_undo(qtbot: QtBot, ui_context: AppContext) -> None:
    services = ui_context.services
    assert services is not None
    page = BackupPage(ui_context)
    qtbot.addWidget(page)
    page.back_up_now()
    services.staff.add(services.actor, "Ani", "1234")
    page.table.selectRow(0)
    page.restore()
    assert [m.name for m in services.staff.list()] == ["Siti Rahayu"]
    assert page.undo_button.isEnabled()
    page.undo()
    assert [m.name for m in services.staff.list()] == ["Siti Rahayu", "Ani"]
    assert not page.undo_button.isEnabled()


def test_backup_page_says_success_as_a_note_and_problems_as_errors(qtbot: QtBot, ui_context: AppContext) -> None:
    page = BackupPage(ui_context)
    qtbot.addWidget(page)
    page.back_up_now()
    assert page.status.text() == "Backup made." and page.status.property("role") == "muted"
    page.table.clearSelection()
    page.table.setCurrentIndex(page.table.model().index(-1, -1))
    page.restore()
    assert page.status.text() == "Choose a backup in the list first." and page.status.property("role") == "error"
