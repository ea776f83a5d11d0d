"""Catalog import: a preview of what a feed file would do, and applying it in one write transaction."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from merchant_desk.core.catalog import PhotoRef
from merchant_desk.core.changes import Changes
from merchant_desk.core.file_errors import file_problem
from merchant_desk.db.ddl import fts_suspended
from merchant_desk.formats.catalog_read import open_catalog
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.catalog_import_run import (
    BIG_IMPORT_ROWS,
    FileChangedSincePreview,
    ImportCancelled,
    ImportFailed,
    ImportPreview,
    ImportResult,
    ImportRun,
    RowIssue,
    batches,
)
from merchant_desk.services.catalog_store import ProductsChanged, after_products

if TYPE_CHECKING:
    from merchant_desk.db.engine import Database

__all__ = ["CatalogImportMixin", "ImportPreview", "ImportResult", "RowIssue"]

Progress = Callable[[int, int | None], None]


class CatalogImportMixin:
    _db: Database
    _photo_dir: Path
    _products_changed: ProductsChanged | None

    def _photo_checks(self) -> tuple[Callable[[str], bool], Callable[[bytes], PhotoRef]]:
        from merchant_desk.services.photo_store import PhotoStore  # Pillow: only when importing

        store = PhotoStore(self._photo_dir)

        def store_photo(data: bytes) -> PhotoRef:
            stored = store.store_jpeg_bytes(data)
            return PhotoRef(stored.sha256, None, stored.width, stored.height)

        return store.has, store_photo

    def preview(self, path: Path, forced_format: str | None = None) -> ImportPreview:
        """Reads the whole file and says what importing it would do; nothing is stored.

        Raises:
            FileProblem, NotACatalogFeed, UnreadableCatalog, UnknownFormat: the file cannot be read as a catalog.
        """
        path = Path(path)
        has, _store = self._photo_checks()
        with open_catalog(path, forced_format) as source, self._db.read() as session:
            bundle = source.photo_bytes

            def has_photo(sha: str) -> bool:
                return has(sha) or bundle(sha) is not None

            run = ImportRun(session, source, write=False, has_photo=has_photo)
            for batch in batches(source.rows):
                run.batch(batch)
        stat = path.stat()
        return ImportPreview(
            path=path,
            format=source.format,
            rows=run.rows,
            to_create=run.created,
            to_update=run.updated,
            unchanged=run.unchanged,
            skipped=run.skipped,
            rejected=run.sorted_issues(run.rejected),
            warnings=run.sorted_issues(run.warnings),
            new_collections=tuple(run.new_collections),
            file_size=stat.st_size,
            file_mtime_ns=stat.st_mtime_ns,
        )

    def apply(
        self,
        actor: Actor,
        source: ImportPreview | Path,
        *,
        forced_format: str | None = None,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Imports the good rows of a file in ONE write transaction; rejected rows are left out.

        Importing the same file again changes nothing; cancelling (``cancel()`` returning True, checked
        between batches) stores no product (photo files already copied stay in the content-addressed store).

        Raises:
            FileProblem, NotACatalogFeed, UnreadableCatalog: the file cannot be read (any more).
            FileChangedSincePreview: ``source`` is a preview and its file changed since.
            ImportFailed: the database refused the batch (nothing was changed).
        """
        path = source.path if isinstance(source, ImportPreview) else Path(source)
        try:
            stat = path.stat()
        except OSError as exc:  # moved or deleted since it was chosen
            raise file_problem(path, exc) from exc
        if isinstance(source, ImportPreview):
            if (stat.st_size, stat.st_mtime_ns) != (source.file_size, source.file_mtime_ns):
                raise FileChangedSincePreview(name=source.path.name)
            fmt, total = source.format, source.rows
            # Only rows that will be written count: re-importing an unchanged feed needs no FTS rebuild.
            big = source.to_create + source.to_update > BIG_IMPORT_ROWS
        else:
            fmt, total = forced_format, None
            big = stat.st_size > 512 * 1024
        has, store = self._photo_checks()
        try:
            with open_catalog(path, fmt) as feed, self._db.write() as session:
                bundle = feed.photo_bytes

                def has_photo(sha: str) -> bool:
                    return has(sha) or bundle(sha) is not None

                run = ImportRun(session, feed, write=True, has_photo=has_photo, store_photo=store)
                conn = session.connection()
                with fts_suspended(conn, "products") if big else nullcontext():
                    for batch in batches(feed.rows):
                        if cancel is not None and cancel():
                            raise ImportCancelled()
                        run.batch(batch)
                        if progress is not None:
                            progress(run.rows, total)
                    if cancel is not None and cancel():
                        raise ImportCancelled()
                if run.created or run.updated:
                    record(
                        session,
                        actor,
                        "catalog_imported",
                        path.name,
                        format=feed.format,
                        rows=run.rows,
                        created=run.created,
                        updated=run.updated,
                        unchanged=run.unchanged,
                        rejected=len({r.row for r in run.rejected}),
                    )
        except ImportCancelled:
            return ImportResult(feed.format, run.rows, 0, 0, 0, 0, (), (), True, Changes())
        except IntegrityError as exc:
            raise ImportFailed(reason=str(exc.orig)) from exc
        changed = bool(run.created or run.updated)
        return ImportResult(
            format=feed.format,
            rows=run.rows,
            created=run.created,
            updated=run.updated,
            unchanged=run.unchanged,
            skipped=run.skipped,
            rejected=run.sorted_issues(run.rejected),
            warnings=run.sorted_issues(run.warnings),
            cancelled=False,
            changes=(
                Changes(catalog=True, audit=True) | after_products(self._products_changed, run.state_changed)
                if changed
                else Changes()
            ),
        )
