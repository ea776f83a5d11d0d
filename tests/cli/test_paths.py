"""Where the data folder is: --data-dir first, then MERCHANT_DESK_HOME, then the per-user folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from merchant_desk import APP_ID
from merchant_desk.config import ENV_HOME, Paths, default_data_dir, resolve_paths


def test_data_dir_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path / "env-home"))
    assert resolve_paths(tmp_path / "given").data_dir == tmp_path / "given"


def test_environment_is_used_without_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path / "env-home"))
    assert resolve_paths(None).data_dir == tmp_path / "env-home"
    assert resolve_paths("").data_dir == tmp_path / "env-home"


def test_platform_folder_without_either(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_HOME)
    expected = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    assert default_data_dir() == expected
    assert resolve_paths(None).data_dir == expected.resolve()


def test_relative_and_home_paths_are_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_paths("rel/shop").data_dir == tmp_path / "rel" / "shop"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_paths("~/toko").data_dir == tmp_path / "home" / "toko"
    monkeypatch.setenv(ENV_HOME, "~/from-env")
    assert resolve_paths(None).data_dir == tmp_path / "home" / "from-env"


def test_paths_layout(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    assert paths.db_file == tmp_path / "shop.sqlite3"
    assert paths.db_url == f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert paths.is_sqlite_file
    assert paths.migration_dir.parent == tmp_path
    paths.ensure()
    assert all(p.is_dir() for p in (paths.log_dir, paths.backup_dir, paths.photo_dir, paths.attachment_dir))


def test_db_url_override(tmp_path: Path) -> None:
    other = Paths(tmp_path, f"sqlite:///{tmp_path / 'elsewhere.db'}")
    assert other.db_file == tmp_path / "elsewhere.db" and other.is_sqlite_file
    server = Paths(tmp_path, "postgresql+psycopg://shop@localhost/toko")
    assert not server.is_sqlite_file and server.db_url.startswith("postgresql")


def test_cli_uses_the_environment_folder(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "env-home"
    monkeypatch.setenv(ENV_HOME, str(home))
    run = cli("migrate")
    assert run.code == 0
    assert (home / "shop.sqlite3").exists()
    assert (home / "logs" / "merchant-desk.log").exists()


def test_cli_data_dir_beats_the_environment(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path / "env-home"))
    run = cli("--data-dir", str(tmp_path / "given"), "migrate")
    assert run.code == 0
    assert (tmp_path / "given" / "shop.sqlite3").exists()
    assert not (tmp_path / "env-home").exists()
