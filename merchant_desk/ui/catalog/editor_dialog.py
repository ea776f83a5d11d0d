"""The product editor: every field of a product, its photos, validation shown inline at each field at once."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from merchant_desk.core.catalog import (
    AVAILABILITY,
    CONDITIONS,
    MAX_BRAND,
    MAX_DESCRIPTION,
    MAX_LINK,
    MAX_NAME,
    MAX_SKU,
    CollectionInfo,
    ProductDetail,
    ProductDraft,
    validate_product,
)
from merchant_desk.core.errors import UserError, ValidationError
from merchant_desk.core.money import format_rupiah
from merchant_desk.ui.catalog.editor_fields import CollectionList, PriceField, field_column, side_by_side, value_label
from merchant_desk.ui.catalog.photo_strip import PhotoStrip, has_photo, while_alive
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.forms import ErrorLabel, mark_invalid
from merchant_desk.ui.i18n import error_text, tr_core
from merchant_desk.ui.style import set_role

if TYPE_CHECKING:
    from merchant_desk.services.hub import Services

__all__ = ["ProductEditorDialog", "value_label"]  # value_label lived here; tests import it so


class ProductEditorDialog(QDialog):
    """``exec()``s to edit ``product_id`` (or add a product when None); after Save, ``product_id`` is set."""

    def __init__(self, context: AppContext, product_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.product_id = context, product_id
        self.setWindowTitle(self.tr("New product") if product_id is None else self.tr("Edit product"))
        self.setAcceptDrops(True)
        self.name = QLineEdit(maxLength=MAX_NAME)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.sku, self.brand = QLineEdit(maxLength=MAX_SKU), QLineEdit(maxLength=MAX_BRAND)
        self.link = QLineEdit(maxLength=MAX_LINK)
        self.link.setPlaceholderText("https://")
        self.price, self.sale_price = PriceField(optional=False), PriceField(optional=True)
        self.sale_price.edit.setPlaceholderText(self.tr("optional, lower than the price"))
        # A line edit, not a spin box: stock is typed, and the app's stylesheet leaves spin boxes half-drawn.
        self.stock = QLineEdit(maxLength=9, placeholderText="0")
        self.stock.setValidator(QIntValidator(0, 999_999_999, self.stock))
        self.untracked = QCheckBox(self.tr("Not tracked"), toggled=lambda on: self.stock.setEnabled(not on))
        self.availability, self.condition = QComboBox(), QComboBox()
        for combo, values in ((self.availability, AVAILABILITY), (self.condition, CONDITIONS)):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            for value in values:
                combo.addItem(value_label(value), value)
        self.collections = CollectionList()
        self.collections.setFixedHeight(112)
        self.new_collection = QPushButton(self.tr("New collection…"), clicked=self.collections.ask_new)
        self.hidden = QCheckBox(self.tr("Hidden from customers"))
        self.photos = PhotoStrip(context)
        self.photos.busy_changed.connect(lambda busy: self._save_button.setEnabled(not busy))
        self.name_count, self.description_count = QLabel(), QLabel()
        self.name.textChanged.connect(self._count)
        self.description.textChanged.connect(self._count)
        self.errors: dict[str, Any] = {f: ErrorLabel() for f in self._PLAIN_FIELDS}
        self.errors |= {"price": self.price, "sale_price": self.sale_price}
        self.status = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.photos.paste)  # text fields keep their own Ctrl+V
        self._layout()
        chain = [self.name, self.description, self.sku, self.brand, self.link, self.price.edit, self.sale_price.edit]
        chain += [self.stock, self.untracked, self.availability, self.condition, self.collections]
        chain += [self.new_collection, self.hidden, self.photos.list, self.photos.add_button]
        for before, after in pairwise(chain):  # the fields first; photos are optional
            QWidget.setTabOrder(before, after)
        self._count()
        self._load()

    _PLAIN_FIELDS = ("name", "description", "sku", "stock", "availability", "condition", "brand", "link", "collections")
    _PLAIN_FIELDS += ("photos",)

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        stock_row = QHBoxLayout()
        stock_row.addWidget(self.stock, 1)
        stock_row.addWidget(self.untracked)
        collections = QVBoxLayout()
        collections.addWidget(self.collections)
        collections.addWidget(self.new_collection, 0, Qt.AlignmentFlag.AlignLeft)
        rows: list[tuple[QFormLayout, str, str, Any, QLabel | None]] = [
            (left, "name", self.tr("Name"), self.name, self.name_count),
            (left, "description", self.tr("Description"), self.description, self.description_count),
            (left, "sku", self.tr("SKU"), self.sku, None),
            (left, "brand", self.tr("Brand"), self.brand, None),
            (left, "link", self.tr("Link"), self.link, None),
            (right, "price", self.tr("Price"), self.price, None),
            (right, "sale_price", self.tr("Sale price"), self.sale_price, None),
            (right, "stock", self.tr("Stock"), stock_row, None),
            (right, "availability", self.tr("Availability"), self.availability, None),
            (right, "condition", self.tr("Condition"), self.condition, None),
            (right, "collections", self.tr("Collections"), collections, None),
        ]
        for form, field, label, widget, counter in rows:
            message = None if isinstance(widget, PriceField) else self.errors[field]  # a PriceField has its own
            form.addRow(label, field_column(widget, message, counter))
        right.addRow("", self.hidden)
        columns = side_by_side(left, right)
        photos_title = QLabel(self.tr("Photos"))
        photos_title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        for widget in (photos_title, self.photos, self.errors["photos"]):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(960, 690)  # fits a 1366×768 laptop screen with its task bar

    def _count(self) -> None:
        self.name_count.setText(f"{len(self.name.text())}/{MAX_NAME}")
        length = len(self.description.toPlainText())
        self.description_count.setText(f"{length:,}/{MAX_DESCRIPTION:,}".replace(",", "."))
        set_role(self.description_count, "error" if length > MAX_DESCRIPTION else "muted")
        self.description_count.style().polish(self.description_count)

    # -- loading ------------------------------------------------------------------------------------------

    def _load(self) -> None:
        services, pid = self.context.services, self.product_id
        assert services is not None
        self.setEnabled(False)

        def work(svc: Services = services) -> tuple[ProductDetail | None, list[CollectionInfo]]:
            return (svc.catalog.detail(pid) if pid is not None else None), svc.catalog.collections()

        self.context.run(work, while_alive(self, self._loaded), while_alive(self, self._failed))

    def _loaded(self, result: tuple[ProductDetail | None, list[CollectionInfo]]) -> None:
        detail, collections = result
        self.setEnabled(True)
        draft = detail.draft if detail is not None else ProductDraft(name="", price=0)
        self.collections.fill(collections, draft.collections)
        if detail is not None:
            self._fill(detail)
        self._initial = self.draft()
        self.name.setFocus()

    def _fill(self, detail: ProductDetail) -> None:
        draft = detail.draft
        self.setWindowTitle(self.tr("Edit product — %1").replace("%1", draft.name))
        self.name.setText(draft.name)
        self.description.setPlainText(draft.description)
        self.sku.setText(draft.sku or "")
        self.brand.setText(draft.brand or "")
        self.link.setText(draft.link or "")
        self.price.edit.setText(format_rupiah(draft.price, symbol=False))
        self.sale_price.edit.setText(format_rupiah(draft.sale_price, symbol=False) if draft.sale_price else "")
        self.untracked.setChecked(draft.stock is None)
        self.stock.setText(str(draft.stock or 0))
        self.availability.setCurrentIndex(max(0, self.availability.findData(draft.availability)))
        self.condition.setCurrentIndex(max(0, self.condition.findData(draft.condition)))
        self.hidden.setChecked(draft.hidden)
        self.photos.set_photos(draft.photos)
        self._feed_id = draft.feed_id

    _feed_id: str | None = None  # not editable here, but an edit must keep it so feeds still match

    # -- saving -------------------------------------------------------------------------------------------

    def draft(self) -> tuple[ProductDraft, dict[str, str]]:
        """The draft as typed, and the problems only the editor can see (prices that cannot be read)."""
        (price, price_problem), (sale, sale_problem) = self.price.parsed(), self.sale_price.parsed()
        draft = ProductDraft(
            name=self.name.text(),
            price=price or 0,
            description=self.description.toPlainText(),
            sku=self.sku.text(),
            sale_price=sale,
            stock=None if self.untracked.isChecked() else int(self.stock.text() or 0),
            availability=self.availability.currentData(),
            condition=self.condition.currentData(),
            brand=self.brand.text(),
            link=self.link.text(),
            hidden=self.hidden.isChecked(),
            feed_id=self._feed_id,
            collections=self.collections.chosen(),
            photos=self.photos.photos(),
        )
        problems = {k: v for k, v in (("price", price_problem), ("sale_price", sale_problem)) if v}
        return draft, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        """Every problem (already translated) at its field at once; fields without one are cleared."""
        for field, label in self.errors.items():
            label.show_message(problems.get(field))
            target = {"collections": self.collections, "photos": self.photos.list}.get(field)
            if field not in ("price", "sale_price"):
                mark_invalid(target or getattr(self, field), field in problems)
        self.status.show_message(self.tr("Please correct the fields marked in red.") if problems else None)

    def save(self) -> None:
        draft, problems = self.draft()
        try:
            draft = validate_product(draft)
        except ValidationError as exc:
            problems = {k: tr_core(v) for k, v in exc.problems.items()} | problems
        self.show_problems(problems)
        services = self.context.services
        if problems or services is None or self.photos.busy:
            return
        pid = self.product_id
        self._save_button.setEnabled(False)

        def work(svc: Services = services) -> tuple[int, Any]:
            if pid is None:
                created = svc.catalog.create(svc.actor, draft)
                return created.id, created.changes
            return pid, svc.catalog.update(svc.actor, pid, draft)

        context = self.context
        self._saving = True

        def saved(result: tuple[int, Any]) -> None:
            context.publish(result[1])  # announced even if the dialog is gone: the tab must refresh
            if shiboken6.isValid(self):
                self._saving = False
                self.product_id = result[0]
                self.accept()

        self.context.run(work, saved, while_alive(self, self._failed), write=True)

    _saving = False

    _initial: tuple[ProductDraft, dict[str, str]] | None = None  # what was loaded, to notice unsaved edits

    def reject(self) -> None:
        if self._saving:  # a save under way finishes first; closing now would hide its outcome
            return
        if self._initial is not None and self.draft() != self._initial:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes to this product?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer not in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes):
                return
        super().reject()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.setEnabled(True)
        self._save_button.setEnabled(not self.photos.busy)
        if isinstance(error, ValidationError) and error.problems:
            self.show_problems({k: tr_core(v) for k, v in error.problems.items()})
        elif isinstance(error, UserError):
            self.status.show_message(error_text(error))
        else:
            raise error

    # -- photos dropped anywhere on the dialog ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if has_photo(event.mimeData()) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.photos.add_mime(event.mimeData()):
            event.acceptProposedAction()
