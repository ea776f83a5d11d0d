"""The open shop as the UI sees it: its services (loaded in the background), who is signed in, and the
one `changed` signal every tab listens to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.db.boot import BootInfo
from merchant_desk.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:  # services import SQLAlchemy (~0.3 s): never at module level on the start-up path
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.services.hub import Services


class AppContext(QObject):
    """Shared by the window, tabs and dialogs."""

    changed = Signal(object)  # Changes
    services_ready = Signal()
    signed_in = Signal()

    def __init__(self, paths: Paths, boot: BootInfo, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.boot = boot
        self.runner = runner
        self.services: Services | None = None
        self.shop_name = boot.shop_name or ""
        self.timezone = boot.timezone
        self.language = boot.language
        self.staff_name: str = ""

    def set_services(self, services: Services) -> None:
        self.services = services
        self.services_ready.emit()

    def sign_in(self, actor: Actor) -> None:
        assert self.services is not None
        self.services.actor = actor
        self.staff_name = actor.name
        self.signed_in.emit()

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        """Announces what an operation changed; tabs refresh only for their own areas."""
        if initiator is not None:
            changes = changes.by(initiator)
        if changes.any():
            if changes.shop and self.services is not None:
                profile = self.services.shop.profile()
                self.shop_name, self.timezone = profile.name, profile.timezone
            self.changed.emit(changes)

    def run(
        self,
        fn: Any,
        on_done: Any = None,
        on_error: Any = None,
        on_progress: Any = None,
        *,
        write: bool = False,
    ) -> TaskHandle:
        """Shortcut for the runner, for tabs."""
        return self.runner.run(fn, on_done, on_error, on_progress, write=write)
