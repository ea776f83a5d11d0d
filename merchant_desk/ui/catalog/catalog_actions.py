"""The Catalog tab's actions: shortcuts, context and bulk menus, and the writes they start.

Every write runs on the runner's write lane and publishes its Changes with the tab as initiator; the tab then
reloads its own list, which keeps selection and scroll when the rows did not move.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QMenu, QMessageBox, QWidget

from merchant_desk import APP_NAME
from merchant_desk.core.catalog import AVAILABILITY, CollectionInfo
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.catalog.texts import availability_label, counted
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

# A mixin's strings carry its own context: self.tr() would look them up under the tab's class name.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.catalog_service import CatalogService
    from merchant_desk.ui.catalog.filter_bar import FilterBar
    from merchant_desk.ui.catalog.product_model import ProductModel
    from merchant_desk.ui.context import AppContext

log = logging.getLogger(__name__)
Work = Callable[["CatalogService", "Actor"], Changes]


class CatalogActions:
    """Mixed into CatalogTab (a QWidget), which provides the attributes annotated here."""

    context: AppContext
    model: ProductModel
    filters: FilterBar
    table: QAbstractItemView
    grid: QAbstractItemView
    notice: QLabel
    collections: list[CollectionInfo]

    if TYPE_CHECKING:  # provided by QWidget and CatalogTab; real definitions here would shadow them

        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def selected_ids(self) -> list[int]: ...
        def current_id(self) -> int | None: ...
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

    # -- writes ---------------------------------------------------------------------------------------

    def write(self, work: Work, done_text: str | None = None) -> None:
        """Runs ``work(catalog, actor)`` on the write lane, publishes its Changes, reloads this tab."""
        services = self.context.services
        if services is None:
            return
        actor = services.actor

        def done(changes: Changes) -> None:
            self.context.publish(changes, self)
            me: Any = self
            me.refresh()
            if done_text:
                self.show_notice(done_text)

        self.context.run(lambda: work(services.catalog, actor), done, self._write_failed, write=True)

    def bulk(self, work: Callable[[CatalogService, Actor, list[int]], Changes], done_text: str | None = None) -> None:
        if not self.model.complete and self.table.selectionModel().hasSelection():
            # A selection reaching past the ids known so far would be cut short: never act on part of it.
            self.model.ensure_all()
            self.show_notice(translate("CatalogActions", "Still loading the list — try again in a moment."))
            return
        ids = self.selected_ids()
        if ids:
            self.write(lambda catalog, actor: work(catalog, actor, ids), done_text)

    def _write_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        QMessageBox.warning(self, APP_NAME, error_text(error))  # type: ignore[arg-type]

    def change_prices(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from merchant_desk.ui.catalog.bulk_dialogs import PriceChangeDialog

        dialog = PriceChangeDialog(len(ids), self)  # type: ignore[arg-type]
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        amount, percent, step = dialog.amount, dialog.percent, dialog.rounding
        self.adjust_prices(ids, amount=amount, percent=percent, round_to=step)

    def adjust_prices(self, ids: list[int], *, amount: int = 0, percent: Decimal | int = 0, round_to: int = 1) -> None:
        n = len(ids)  # a plain name: lupdate drops a plural string whose count is a call
        text = counted(translate("CatalogActions", "Changed the price of %n product(s).", "", n), n)
        self.write(lambda c, a: c.adjust_prices(a, ids, amount=amount, percent=percent, round_to=round_to), text)

    def set_stock(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from merchant_desk.ui.catalog.bulk_dialogs import StockDialog

        dialog = StockDialog(len(ids), self)  # type: ignore[arg-type]
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            stock = dialog.value()
            self.write(lambda c, a: c.set_stock(a, ids, stock))

    def run_dialog(self, dialog: QDialog) -> int:
        """``dialog.exec()``; tests replace this to fill in and accept the dialog."""
        return dialog.exec()

    def change_collection(self, collection_id: int, add: bool) -> None:
        if add:
            self.bulk(lambda c, a, ids: c.add_to_collection(a, ids, collection_id))
        else:
            self.bulk(lambda c, a, ids: c.remove_from_collection(a, ids, collection_id))

    def duplicate(self) -> None:
        product_id = self.current_id()
        if product_id is not None and not self.filters.trash.isChecked():
            self.write(
                lambda c, a: c.duplicate(a, product_id).changes,
                translate("CatalogActions", "Duplicated the product."),
            )

    def delete_selected(self) -> None:
        if self.filters.trash.isChecked():
            self.purge_selected()
            return
        n = len(self.selected_ids())
        text = counted(
            translate("CatalogActions", "Moved %n product(s) to the trash. Open Trash to restore.", "", n),
            n,
        )
        self.bulk(lambda c, a, ids: c.delete(a, ids), text)

    def restore_selected(self) -> None:
        n = len(self.selected_ids())
        self.bulk(
            lambda c, a, ids: c.restore(a, ids),
            counted(translate("CatalogActions", "Restored %n product(s).", "", n), n),
        )

    def purge_selected(self) -> None:
        n = len(self.selected_ids())
        if not n:
            return
        question = counted(
            translate("CatalogActions", "Delete %n product(s) forever? This cannot be undone.", "", n),
            n,
        )
        if QMessageBox.question(self, APP_NAME, question) != QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            return
        self.bulk(lambda c, a, ids: c.empty_trash(a, ids))

    def show_notice(self, text: str, error: bool = False) -> None:
        """A line above the list for a few seconds (errors in red), instead of a dialog for small things."""
        set_role(self.notice, "error" if error else "muted")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.show()
        me: Any = self
        me._notice_timer.start()
