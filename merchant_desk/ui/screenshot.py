"""`merchant-desk screenshot OUT_DIR`: the window, every tab and every dialog rendered offscreen to PNG."""

from __future__ import annotations

import os
import re
from pathlib import Path

from merchant_desk.config import Paths


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "page"


def render_all(paths: Paths, out_dir: Path, language: str | None = None) -> list[Path]:
    """Renders what exists; returns the PNG files written. Works without a screen (offscreen platform)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from merchant_desk.db import boot
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.hub import open_shop
    from merchant_desk.ui.about_dialog import AboutDialog
    from merchant_desk.ui.app import make_application
    from merchant_desk.ui.context import AppContext
    from merchant_desk.ui.i18n import install_translators
    from merchant_desk.ui.setup_wizard import SetupWizard
    from merchant_desk.ui.tasks import TaskRunner

    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    services = open_shop(paths)
    info = boot.probe(paths.db_file) if paths.is_sqlite_file else boot.EMPTY
    lang = language or info.language
    install_translators(lang)
    written: list[Path] = []

    def save(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        app.processEvents()
        path = out_dir / f"{name}.png"
        if widget.grab().save(str(path)):
            written.append(path)
        widget.hide()

    wizard = SetupWizard(language=lang)
    for index, page_id in enumerate(wizard.pageIds()):
        wizard.setStartId(page_id)
        wizard.restart()
        save(wizard, f"wizard-{index + 1}")
    wizard.deleteLater()

    try:
        if not services.shop.is_set_up():
            return written
        runner = TaskRunner(synchronous=True)  # data loads in place, so each picture shows real figures
        context = AppContext(paths, info, runner)
        context.set_services(services)
        members = services.staff.list()
        context.sign_in(Actor(members[0].id, members[0].name))

        from merchant_desk.ui.main_window import MainWindow
        from merchant_desk.ui.pin_dialog import PinDialog
        from merchant_desk.ui.settings_dialog import SettingsDialog

        window = MainWindow(context)
        window.resize(1280, 800)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            save(window, f"main-{index + 1}-{_slug(type(window.page(index)).__name__)}")
        settings = SettingsDialog(context, services.shop.profile(), window)
        save(settings, "dialog-settings")
        for index in range(2, settings.tabs.count()):  # the staff, audit, connections and backup pages
            settings.tabs.setCurrentIndex(index)
            save(settings, f"dialog-settings-{_slug(type(settings.tabs.widget(index)).__name__)}")
        settings.setParent(None)  # gone now, not with the window: later restyling must not polish its pages
        settings.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        save(AboutDialog(paths, window), "dialog-about")
        save(PinDialog(services.staff, members, runner, context.shop_name, window), "dialog-sign-in")

        from merchant_desk.ui.catalog.editor_dialog import ProductEditorDialog
        from merchant_desk.ui.catalog.export_dialog import ExportCatalogDialog
        from merchant_desk.ui.catalog.import_dialog import ImportCatalogDialog

        first = services.catalog.page_ids(limit=1)
        if first:
            save(ProductEditorDialog(context, first[0], window), "dialog-product-editor")
        save(ImportCatalogDialog(context, window), "dialog-import-catalog")
        save(ExportCatalogDialog(context, window), "dialog-export-catalog")

        from merchant_desk.ui.inbox.screens import render_inbox

        render_inbox(context, window, save, out_dir)

        from merchant_desk.ui.replies.screens import render_replies

        render_replies(context, window, save)

        from merchant_desk.ui.orders.screens import render_orders

        render_orders(context, window, save)
        window.close()
        QApplication.processEvents()
    finally:
        services.close()
    return written
