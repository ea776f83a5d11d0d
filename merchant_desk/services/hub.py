"""Opens one shop (folders, database, migrations) and hands out its services."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import DamagedDatabase, StorageError
from merchant_desk.db.engine import Database
from merchant_desk.services.audit_service import Actor, AuditService
from merchant_desk.services.catalog_service import CatalogService
from merchant_desk.services.chat_import_service import ChatImportService
from merchant_desk.services.customer_service import CustomerService
from merchant_desk.services.inbox_query import InboxQuery
from merchant_desk.services.label_service import LabelService
from merchant_desk.services.loyalty_service import LoyaltyService
from merchant_desk.services.order_service import OrderService
from merchant_desk.services.overview_service import OverviewService
from merchant_desk.services.shop_service import ShopService
from merchant_desk.services.staff_service import StaffService

if TYPE_CHECKING:  # issue 5's services load rapidfuzz: imported when first used, not at start-up
    from merchant_desk.services.automation_service import AutomationService
    from merchant_desk.services.backup_manager import BackupManager
    from merchant_desk.services.broadcast_service import BroadcastService
    from merchant_desk.services.connections_service import ConnectionsService
    from merchant_desk.services.followup_service import FollowUpService
    from merchant_desk.services.privacy_service import PrivacyService
    from merchant_desk.services.quick_reply_service import QuickReplyService
    from merchant_desk.services.secrets import SecretStore

log = logging.getLogger(__name__)


class Services:
    """Every service of one open shop, plus who is signed in (the actor recorded in the audit log)."""

    def __init__(self, paths: Paths, db: Database) -> None:
        self.paths = paths
        self.db = db
        self.actor: Actor = Actor.system()

    @cached_property
    def shop(self) -> ShopService:
        return ShopService(self.db)

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.db)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.db)

    @cached_property
    def overview(self) -> OverviewService:
        return OverviewService(self.db)

    @cached_property
    def catalog(self) -> CatalogService:
        return CatalogService(self.db, self.paths.photo_dir, self._products_changed)

    @cached_property
    def customers(self) -> CustomerService:
        return CustomerService(self.db)

    @cached_property
    def labels(self) -> LabelService:
        return LabelService(self.db)

    @cached_property
    def chat_import(self) -> ChatImportService:
        return ChatImportService(self.db, self.paths)

    @cached_property
    def inbox(self) -> InboxQuery:
        return InboxQuery(self.db)

    @cached_property
    def orders(self) -> OrderService:
        return OrderService(self.db, self._products_changed)

    @cached_property
    def loyalty(self) -> LoyaltyService:
        return LoyaltyService(self.db)

    # -- quick replies and automation (issue 5) --

    @cached_property
    def quick_replies(self) -> QuickReplyService:
        from merchant_desk.services.quick_reply_service import QuickReplyService

        return QuickReplyService(self.db)

    @cached_property
    def automation(self) -> AutomationService:
        from merchant_desk.services.automation_service import AutomationService

        return AutomationService(self.db)

    @cached_property
    def broadcasts(self) -> BroadcastService:
        from merchant_desk.services.broadcast_service import BroadcastService

        return BroadcastService(self.db)

    @cached_property
    def followups(self) -> FollowUpService:
        from merchant_desk.services.followup_service import FollowUpService

        return FollowUpService(self.db)

    def _products_changed(self, product_ids: Sequence[int]) -> Changes:
        """Catalog and order writes call this after committing price, stock or availability changes: watched
        products queue their back-in-stock / price-drop notices (a lambda-like hook, so the follow-up service and
        its imports load only when a write happens)."""
        try:
            return self.followups.check_products(product_ids)
        except Exception:
            # The product is saved already; failing its save for this would invite a retry that changes nothing.
            # The snapshot did not move either, so the Inbox's full check at start-up queues the notice later.
            log.exception("Follow-up check after a catalog change failed")
            return Changes()

    # -- security and safety (issue 7) --

    @cached_property
    def secrets(self) -> SecretStore:
        from merchant_desk.services.connections_service import secret_store_for

        return secret_store_for(self.db)

    @cached_property
    def connections(self) -> ConnectionsService:
        from merchant_desk.services.connections_service import ConnectionsService

        return ConnectionsService(self.db, self.secrets)

    @cached_property
    def backups(self) -> BackupManager:
        from merchant_desk.services.backup_manager import BackupManager

        return BackupManager(self.paths, self.db, self.shop, self.secrets)

    @cached_property
    def privacy(self) -> PrivacyService:
        from merchant_desk.services.privacy_service import PrivacyService

        return PrivacyService(self.db, self.paths)

    def close(self) -> None:
        self.db.dispose()


def open_shop(paths: Paths, *, migrate: bool = True) -> Services:
    """Creates the folders, opens the database and brings its schema up to date.

    Raises:
        StorageError: the data folder cannot be created or written.
        SchemaTooNew: the database comes from a newer Merchant Desk.
        DamagedDatabase: the database file is not SQLite or is corrupt.
    """
    try:
        paths.ensure()
    except OSError as exc:
        raise StorageError(reason=f"{paths.data_dir}: {exc.strerror or exc}") from exc
    db = Database(paths.db_url)
    if migrate:
        from merchant_desk.db import migrate as migrations  # Alembic costs ~0.3 s: only when asked

        try:
            migrations.upgrade(db, aside_dir=paths.migration_dir)
        except DatabaseError as exc:
            db.dispose()
            reason = str(exc.orig)
            if any(marker in reason for marker in _DAMAGE):
                raise DamagedDatabase(path=paths.db_file, reason=reason) from exc
            if any(marker in reason for marker in _STORAGE_PROBLEMS):
                raise StorageError(reason=f"{paths.db_file}: {reason}") from exc
            raise
        except BaseException:
            db.dispose()
            raise
    return Services(paths, db)


# SQLite's words for a damaged file, and for one it cannot open or write (as opposed to a bug in a migration).
_DAMAGE = ("not a database", "malformed", "corrupt")
_STORAGE_PROBLEMS = ("unable to open", "readonly", "disk", "full", "locked")
