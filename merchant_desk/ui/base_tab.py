"""Base class of every main-window tab: tracked signal connections and change-driven refresh."""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from merchant_desk.core.changes import Changes
from merchant_desk.ui.context import AppContext


class BaseTab(QWidget):
    """A tab refreshes when its areas change (skipping changes it made itself) and once services are ready.

    Subclasses set ``AREAS`` (names of Changes fields), ``TITLE``, and implement ``refresh()``.
    """

    AREAS: ClassVar[tuple[str, ...]] = ()
    TITLE: ClassVar[str] = ""
    ICON: ClassVar[str] = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._connections: list[tuple[SignalInstance, Any]] = []
        self.connect_tracked(context.changed, self._on_changed)
        self.connect_tracked(context.services_ready, self.refresh)
        # A closure, not a bound method: by the time destroyed fires, the Python wrapper of self is invalid.
        connections = self._connections
        self.destroyed.connect(lambda *_: _disconnect(connections))

    @classmethod
    def title(cls) -> str:
        """The translated tab title (subclasses mark TITLE with QT_TRANSLATE_NOOP)."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(cls.__name__, cls.TITLE)

    def connect_tracked(self, signal: SignalInstance, slot: Any) -> None:
        """Connects and remembers, so the connection dies with the tab (signals outlive tabs).

        Qt already drops connections to the tab's own methods when it is destroyed; lambdas and other
        objects' methods are the ones that would keep calling into a dead tab, so only those are recorded.
        """
        signal.connect(slot)
        if getattr(slot, "__self__", None) is not self:
            self._connections.append((signal, slot))

    def _on_changed(self, changes: Changes) -> None:
        if changes.initiator is self:
            return
        if any(getattr(changes, area) for area in self.AREAS):
            self.refresh()

    def refresh(self) -> None:
        """Reloads what the tab shows, in the background."""
        raise NotImplementedError


def _disconnect(connections: list[tuple[SignalInstance, Any]]) -> None:
    for signal, slot in connections:
        with contextlib.suppress(RuntimeError, TypeError):  # the sender may already be gone
            signal.disconnect(slot)
    connections.clear()
