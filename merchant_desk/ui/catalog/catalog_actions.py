"""The Catalog tab's actions: shortcuts, context and bulk menus, and the dialogs of other modules they open.

The writes the actions start (bulk changes, trash, duplicate) are in catalog_writes, mixed in underneath.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from merchant_desk.core.catalog import AVAILABILITY, CollectionInfo
from merchant_desk.ui.catalog.catalog_writes import CatalogWrites, Work
from merchant_desk.ui.catalog.texts import availability_label

# A mixin's strings carry its own context: self.tr() would look them up under the tab's class name.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
__all__ = ["CatalogActions", "Work"]  # Work was defined here


class CatalogActions(CatalogWrites):
    """Mixed into CatalogTab (a QWidget), which provides the attributes annotated here and in CatalogWrites."""

    grid: QAbstractItemView
    collections: list[CollectionInfo]

    if TYPE_CHECKING:  # provided by QWidget and CatalogTab (more in CatalogWrites); real definitions would shadow them

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def current_view(self) -> QAbstractItemView: ...

    def build_actions(self) -> None:
        me: Any = self
        tab_wide, views_only = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut

        def action(slot: Callable[[], object], shortcut: Any = None, context: Qt.ShortcutContext = tab_wide) -> QAction:
            act = QAction(me)
            act.triggered.connect(lambda *_: slot())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(context)
                act.setShortcutVisibleInContextMenu(True)
            return act

        self.new_action = action(lambda: self.edit_product(None), "Ctrl+N")
        self.search_action = action(self.focus_search, "Ctrl+F")
        me.addAction(self.new_action)
        me.addAction(self.search_action)
        # Del and Ctrl+D only where products are selected: in the search box they must keep editing text.
        self.edit_action = action(lambda: self.edit_product(self.current_id()))
        self.duplicate_action = action(self.duplicate, "Ctrl+D", views_only)
        self.delete_action = action(self.delete_selected, QKeySequence.StandardKey.Delete, views_only)
        self.restore_action = action(self.restore_selected)
        self.purge_action = action(self.purge_selected)
        self.price_action = action(self.change_prices)
        self.stock_action = action(self.set_stock)
        self.hide_action = action(lambda: self.bulk(lambda c, a, ids: c.set_hidden(a, ids, True)))
        self.unhide_action = action(lambda: self.bulk(lambda c, a, ids: c.set_hidden(a, ids, False)))
        for view in (self.table, self.grid):
            view.addAction(self.duplicate_action)
            view.addAction(self.delete_action)
        self.availability_menu = QMenu(me)
        for value in AVAILABILITY:
            act = self.availability_menu.addAction(availability_label(value))
            act.triggered.connect(lambda *_, v=value: self.bulk(lambda c, a, ids: c.set_availability(a, ids, v)))
        self.add_menu, self.remove_menu = QMenu(me), QMenu(me)
        self.bulk_menu = QMenu(me)
        self.bulk_menu.aboutToShow.connect(self._fill_bulk_menu)
        me.bulk_button.setMenu(self.bulk_menu)

    def retranslate_actions(self) -> None:
        texts = {
            self.new_action: translate("CatalogActions", "New product"),
            self.search_action: translate("CatalogActions", "Search"),
            self.edit_action: translate("CatalogActions", "Edit…"),
            self.duplicate_action: translate("CatalogActions", "Duplicate"),
            self.delete_action: translate("CatalogActions", "Delete"),
            self.restore_action: translate("CatalogActions", "Restore"),
            self.purge_action: translate("CatalogActions", "Delete forever…"),
            self.price_action: translate("CatalogActions", "Change price…"),
            self.stock_action: translate("CatalogActions", "Set stock…"),
            self.hide_action: translate("CatalogActions", "Hide from catalog"),
            self.unhide_action: translate("CatalogActions", "Show in catalog"),
        }
        for act, text in texts.items():
            act.setText(text)
        self.availability_menu.setTitle(translate("CatalogActions", "Set availability"))
        for act, value in zip(self.availability_menu.actions(), AVAILABILITY, strict=True):
            act.setText(availability_label(value))
        self.add_menu.setTitle(translate("CatalogActions", "Add to collection"))
        self.remove_menu.setTitle(translate("CatalogActions", "Remove from collection"))

    def rebuild_collection_menus(self) -> None:
        for menu, adding in ((self.add_menu, True), (self.remove_menu, False)):
            menu.clear()
            for info in self.collections:
                act = menu.addAction(info.name)
                act.triggered.connect(lambda *_, cid=info.id, add=adding: self.change_collection(cid, add))
            menu.setEnabled(bool(self.collections))

    def update_actions(self) -> None:
        trash = self.filters.trash.isChecked()
        any_selected = bool(self.table.selectionModel().hasSelection())
        for act in (self.duplicate_action, self.edit_action):
            act.setEnabled(not trash and self.current_id() is not None)
        for act in (self.price_action, self.stock_action, self.hide_action, self.unhide_action):
            act.setEnabled(not trash and any_selected)
        self.delete_action.setEnabled(any_selected)
        self.restore_action.setEnabled(trash and any_selected)
        self.purge_action.setEnabled(trash and any_selected)
        self.new_action.setEnabled(not trash)
        me: Any = self
        me.new_button.setEnabled(not trash)

    def _fill_bulk_menu(self) -> None:
        self._fill_menu(self.bulk_menu)

    def _fill_menu(self, menu: QMenu, share: QMenu | None = None) -> None:
        menu.clear()
        if self.filters.trash.isChecked():
            menu.addAction(self.restore_action)
            menu.addAction(self.purge_action)
            return
        if share is not None:
            menu.addAction(self.edit_action)
            menu.addMenu(share)
            menu.addAction(self.duplicate_action)
            menu.addSeparator()
        menu.addAction(self.price_action)
        menu.addAction(self.stock_action)
        menu.addMenu(self.availability_menu)
        menu.addSeparator()
        menu.addMenu(self.add_menu)
        menu.addMenu(self.remove_menu)
        menu.addSeparator()
        menu.addAction(self.hide_action)
        menu.addAction(self.unhide_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)

    def show_context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(view)
        self._fill_menu(menu, None if self.filters.trash.isChecked() else self._share_menu(menu))
        menu.popup(view.viewport().mapToGlobal(pos))

    def _share_menu(self, parent: QWidget) -> QMenu:
        product_id = self.current_id()
        try:
            from merchant_desk.ui.catalog.share_menu import build_share_menu
        except ImportError:  # written alongside this tab; the entry stays visible but inactive until it lands
            menu = QMenu(parent)
            menu.setEnabled(False)
        else:
            menu = build_share_menu(self.context, product_id, parent)
        menu.setTitle(translate("CatalogActions", "Share"))
        return menu

    # -- dialogs of other modules (imported when used: they load Pillow and the editor's widgets) --------

    def edit_product(self, product_id: int | None) -> None:
        if self.context.services is None or (product_id is None and self.filters.trash.isChecked()):
            return
        try:
            from merchant_desk.ui.catalog.editor_dialog import ProductEditorDialog
        except ImportError:
            log.exception("The product editor is not available")
            return
        ProductEditorDialog(self.context, product_id, self).exec()  # type: ignore[arg-type]

    def import_catalog(self) -> None:
        try:
            from merchant_desk.ui.catalog.import_dialog import ImportCatalogDialog
        except ImportError:
            log.exception("The import dialog is not available")
            return
        ImportCatalogDialog(self.context, self).exec()  # type: ignore[arg-type]

    def export_catalog(self) -> None:
        try:
            from merchant_desk.ui.catalog.export_dialog import ExportCatalogDialog
        except ImportError:
            log.exception("The export dialog is not available")
            return
        ExportCatalogDialog(self.context, self).exec()  # type: ignore[arg-type]

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()
