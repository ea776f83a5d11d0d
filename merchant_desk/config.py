"""Where the shop's data, logs and backups live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from merchant_desk import APP_ID

DB_FILE_NAME = "shop.sqlite3"
ENV_HOME = "MERCHANT_DESK_HOME"


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless ``MERCHANT_DESK_HOME`` says otherwise."""
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    import platformdirs  # deferred: only needed when no folder was given

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True)
class Paths:
    """Every folder and file of one shop, derived from its data folder."""

    data_dir: Path
    db_url_override: str | None = None

    @property
    def db_file(self) -> Path:
        """The SQLite file: the folder's, or the one a ``sqlite:///`` override names (backup/restore use it)."""
        if self.db_url_override and self.db_url_override.startswith("sqlite:///"):
            return Path(self.db_url_override.removeprefix("sqlite:///").split("?", 1)[0])
        return self.data_dir / DB_FILE_NAME

    @property
    def db_url(self) -> str:
        return self.db_url_override or f"sqlite:///{self.db_file}"

    @property
    def is_sqlite_file(self) -> bool:
        return self.db_url_override is None or self.db_url_override.startswith("sqlite:///")

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "merchant-desk.log"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def photo_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def attachment_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def migration_dir(self) -> Path:
        """Copies of the database taken before a schema upgrade or a restore."""
        return self.data_dir / "pre-upgrade"

    def ensure(self) -> None:
        """Creates the folders; raises OSError (a full disk, a read-only folder) for the caller to report."""
        for folder in (self.data_dir, self.log_dir, self.backup_dir, self.photo_dir, self.attachment_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None, db_url: str | None = None) -> Paths:
    """Paths for ``--data-dir`` / ``--db`` as given on the command line."""
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return Paths(folder.resolve(), db_url)
