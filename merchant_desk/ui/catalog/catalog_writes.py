"""The Catalog tab's writes: bulk changes to the selected products, price and stock dialogs, duplicate, trash
and restore. Each runs on the runner's write lane and publishes its Changes with the tab as initiator; the tab
then reloads its own list, which keeps selection and scroll when the rows did not move.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QMessageBox

from merchant_desk import APP_NAME
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.catalog.texts import counted
from merchant_desk.ui.i18n import error_text
from merchant_desk.ui.style import set_role

# Split out of CatalogActions: the strings keep that context (self.tr() would use the tab's class name).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.catalog_service import CatalogService
    from merchant_desk.ui.catalog.filter_bar import FilterBar
    from merchant_desk.ui.catalog.product_model import ProductModel
    from merchant_desk.ui.context import AppContext

Work = Callable[["CatalogService", "Actor"], Changes]


class CatalogWrites:
    """Mixed into CatalogTab through CatalogActions; the tab provides the attributes annotated here."""

    context: AppContext
    model: ProductModel
    filters: FilterBar
    table: QAbstractItemView
    notice: QLabel

    if TYPE_CHECKING:  # provided by CatalogTab; real definitions here would shadow them

        def selected_ids(self) -> list[int]: ...
        def current_id(self) -> int | None: ...

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
