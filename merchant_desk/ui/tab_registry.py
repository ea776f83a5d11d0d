"""The main window's tabs, named without importing them, so start-up builds only the tab that is shown.

Importing every tab (and what it pulls in: phonenumbers, delegates, dialogs) cost ~0.25 s before the first
paint; a tab the merchant has not opened yet is imported when its title is clicked.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from merchant_desk.ui.base_tab import BaseTab


@dataclass(frozen=True)
class TabSpec:
    target: str  # "module:Class"
    context: str  # the class name: the Linguist context of its title
    title: str

    def load(self) -> type[BaseTab]:
        module, _, name = self.target.partition(":")
        cls: type[BaseTab] = getattr(importlib.import_module(module), name)
        return cls

    def label(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


#: In the order they appear; feature issues append theirs. No placeholder tabs: only features that exist.
TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("merchant_desk.ui.overview_tab:OverviewTab", "OverviewTab", QT_TRANSLATE_NOOP("OverviewTab", "Overview")),
    TabSpec("merchant_desk.ui.inbox.inbox_tab:InboxTab", "InboxTab", QT_TRANSLATE_NOOP("InboxTab", "Inbox")),
    TabSpec(
        "merchant_desk.ui.catalog.catalog_tab:CatalogTab", "CatalogTab", QT_TRANSLATE_NOOP("CatalogTab", "Catalog")
    ),
    TabSpec("merchant_desk.ui.orders.orders_tab:OrdersTab", "OrdersTab", QT_TRANSLATE_NOOP("OrdersTab", "Orders")),
    TabSpec(
        "merchant_desk.ui.loyalty.loyalty_tab:LoyaltyTab", "LoyaltyTab", QT_TRANSLATE_NOOP("LoyaltyTab", "Loyalty")
    ),
    TabSpec(
        "merchant_desk.ui.replies.replies_tab:QuickRepliesTab",
        "QuickRepliesTab",
        QT_TRANSLATE_NOOP("QuickRepliesTab", "Quick replies"),
    ),
)


class _TabClasses(Sequence["type[BaseTab]"]):
    """The tab classes, imported on first access (tests and tools ask for classes; start-up does not)."""

    def __len__(self) -> int:
        return len(TAB_SPECS)

    @overload
    def __getitem__(self, index: int) -> type[BaseTab]: ...
    @overload
    def __getitem__(self, index: slice) -> list[type[BaseTab]]: ...
    def __getitem__(self, index: int | slice) -> type[BaseTab] | list[type[BaseTab]]:
        if isinstance(index, slice):
            return [spec.load() for spec in TAB_SPECS[index]]
        return TAB_SPECS[index].load()

    def __iter__(self) -> Iterator[type[BaseTab]]:
        return (spec.load() for spec in TAB_SPECS)


TAB_CLASSES = _TabClasses()
