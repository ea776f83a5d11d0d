"""The customer panel's 'Waiting for' section: products the customer wants news of, a way to add one from the
catalog and to remove one. Loaded through the follow-up service in the background like the orders section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.ui.forms import clear_layout
from merchant_desk.ui.replies.interest_dialog import BACK_IN_STOCK, InterestDialog
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.followup_interests import WatchedProduct
    from merchant_desk.ui.context import AppContext


class CustomerInterestsWidget(QWidget):
    changed = Signal(object)  # Changes of our own writes, for the tab to publish

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self.customer_name = ""
        self.watched: list[WatchedProduct] = []
        self.title = QLabel()
        set_role(self.title, "card-title")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_interest)
        self.list = QVBoxLayout()
        self.list.setSpacing(2)
        # The button sits under the list, like "Change labels" under the label chips: beside the title it made
        # the narrow panel wider than its splitter pane and scroll sideways.
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.list)
        layout.addLayout(button_row)
        self.title.setText(self.tr("Waiting for").upper())
        self.add_button.setText(self.tr("Add product…"))
        self.add_button.setToolTip(self.tr("Mark the customer interested in a catalog product"))
        context.changed.connect(self._on_changed)

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        self.customer_id, self.customer_name = customer_id, name
        self.setVisible(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        services, customer_id = self.context.services, self.customer_id
        if customer_id is None or services is None:
            return
        self.context.run(
            lambda: services.followups.watched_products(customer_id),
            lambda rows, cid=customer_id: self._arrived(cid, rows),
        )

    def _on_changed(self, changes: Changes) -> None:
        if (changes.inbox or changes.catalog) and self.customer_id is not None:
            self.reload()  # an interest added or removed, or a product renamed or trashed

    def _arrived(self, customer_id: int, rows: list[WatchedProduct]) -> None:
        if customer_id != self.customer_id:
            return  # another customer was chosen meanwhile
        self.watched = rows
        clear_layout(self.list)
        if not rows:
            empty = QLabel(self.tr("Nothing yet: add a product they asked about"))
            empty.setWordWrap(True)
            set_role(empty, "muted")
            self.list.addWidget(empty)
        for row in rows:
            self.list.addWidget(self._row(row))

    def _row(self, watched: WatchedProduct) -> QWidget:
        row = QWidget()
        name = QLabel(watched.product_name + (self.tr(" (in the trash)") if watched.in_trash else ""))
        name.setWordWrap(True)
        kinds = QLabel(" · ".join(self._kind(k) for k in watched.kinds))
        set_role(kinds, "muted")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(name)
        text.addWidget(kinds)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Stop waiting for %1").replace("%1", watched.product_name))
        remove.clicked.connect(lambda _=False, ids=watched.interest_ids: self.remove(ids))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(text, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _kind(self, kind: str) -> str:
        return self.tr("Back in stock") if kind == BACK_IN_STOCK else self.tr("Price drop")

    # -- writing --------------------------------------------------------------------------------------------

    def add_interest(self) -> None:
        if self.customer_id is None:
            return
        dialog = InterestDialog(self.context, self.customer_id, self.customer_name, self.window())
        if dialog.exec() == InterestDialog.DialogCode.Accepted:
            self._written(dialog.changes)

    def remove(self, interest_ids: tuple[int, ...]) -> None:
        services = self.context.services
        if services is not None:
            self.context.run(
                lambda: services.followups.remove_interests(services.actor, interest_ids),
                self._written, self._failed, write=True,
            )  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.reload()  # removed meanwhile (another desktop): show what is there now

    def _written(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)  # the tab publishes it; _on_changed then reloads this list
        else:
            self.reload()
