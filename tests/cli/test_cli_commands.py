"""The headless commands through merchant_desk.cli.main, as the shell would run them."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from merchant_desk import __version__
from merchant_desk.cli import main
from merchant_desk.config import Paths
from merchant_desk.db.schema_version import SCHEMA_HEAD
from merchant_desk.services.hub import Services

Cli = Callable[..., Any]  # the cli fixture: returns code, out and err


def _no_traceback(run: Any) -> None:
    assert "Traceback" not in run.err + run.out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Merchant Desk {__version__}"


def test_check_a_good_shop(cli: Cli, shop: Services) -> None:
    run = cli("--data-dir", str(shop.paths.data_dir), "check")
    assert run.code == 0
    report = json.loads(run.out)
    assert report["ok"] is True
    assert report["schema"] == report["expected_schema"] == SCHEMA_HEAD
    assert report["problems"] == []
    assert report["rows"]["shop"] == 1


def test_check_without_a_shop(cli: Cli, tmp_path: Path) -> None:
    run = cli("--data-dir", str(tmp_path / "empty"), "check")
    assert run.code == 2
    assert run.out == ""
    assert run.err.startswith("merchant-desk: No shop in ")
    _no_traceback(run)


def test_check_an_old_schema(cli: Cli, shop: Services) -> None:
    with sqlite3.connect(shop.paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_older'")
    conn.close()
    run = cli("--data-dir", str(shop.paths.data_dir), "check")
    assert run.code == 1
    assert json.loads(run.out)["ok"] is False


def _corrupt_pages(db_file: Path) -> None:
    """Overwrites the middle of the file: SQLite still opens it, the integrity check finds the damage."""
    data = bytearray(db_file.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + 2 * page] = b"\xa5" * (2 * page)
    db_file.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["pages", "truncated", "not_sqlite"])
def test_check_a_damaged_database(cli: Cli, shop: Services, damage: str) -> None:
    db_file = shop.paths.db_file
    if damage == "pages":
        _corrupt_pages(db_file)
    elif damage == "truncated":
        db_file.write_bytes(db_file.read_bytes()[: 4096 * 3])
    else:
        db_file.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    run = cli("--data-dir", str(shop.paths.data_dir), "check")
    assert run.code == 1, run.err
    report = json.loads(run.out)
    assert report["ok"] is False and report["problems"]
    assert set(report) == {"ok", "schema", "expected_schema", "problems", "rows"}  # one shape for scripts
    _no_traceback(run)


def test_migrate_creates_and_then_keeps_the_schema(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "new-shop"
    first = cli("--data-dir", str(folder), "migrate")
    assert (first.code, first.out.strip()) == (0, "schema up to date")
    assert (folder / "shop.sqlite3").exists()
    assert cli("--data-dir", str(folder), "migrate").code == 0
    assert not Paths(folder).migration_dir.exists()
    check = cli("--data-dir", str(folder), "check")
    assert json.loads(check.out)["schema"] == SCHEMA_HEAD


def test_migrate_refuses_a_newer_schema(cli: Cli, shop: Services) -> None:
    with sqlite3.connect(shop.paths.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.close()
    run = cli("--data-dir", str(shop.paths.data_dir), "migrate")
    assert run.code == 2
    assert "newer version" in run.err and "0099_future" in run.err
    _no_traceback(run)


def test_backup_writes_a_file_and_says_where(cli: Cli, shop: Services, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "toko.sqlite3"
    run = cli("--data-dir", str(shop.paths.data_dir), "backup", str(out))
    assert run.code == 0
    result = json.loads(run.out)
    assert result == {"backup": str(out), "bytes": out.stat().st_size}
    assert cli("--data-dir", str(tmp_path / "x"), "restore", str(out)).code == 0  # it is a usable backup


def test_backup_without_a_shop(cli: Cli, tmp_path: Path) -> None:
    run = cli("--data-dir", str(tmp_path / "empty"), "backup", str(tmp_path / "b.sqlite3"))
    assert run.code == 2
    assert "no shop" in run.err
    assert not (tmp_path / "empty" / "shop.sqlite3").exists()
    _no_traceback(run)


def test_restore_a_good_backup(cli: Cli, shop: Services, tmp_path: Path) -> None:
    folder = str(shop.paths.data_dir)
    backup = tmp_path / "b.sqlite3"
    assert cli("--data-dir", folder, "backup", str(backup)).code == 0
    run = cli("--data-dir", folder, "restore", str(backup))
    assert run.code == 0
    result = json.loads(run.out)
    assert result["restored"] == str(backup)
    kept = Path(result["previous_kept_at"])
    assert kept.exists() and kept.parent == shop.paths.migration_dir
    assert json.loads(cli("--data-dir", folder, "check").out)["ok"] is True


@pytest.mark.parametrize("content", [b"just some notes\n", b"\x89PNG\r\n\x1a\n" + bytes(100)])
def test_restore_a_bad_file(cli: Cli, shop: Services, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = shop.paths.db_file.read_bytes()
    run = cli("--data-dir", str(shop.paths.data_dir), "restore", str(bad))
    assert run.code == 2
    assert run.out == ""
    assert run.err.startswith("merchant-desk: ") and "bad.sqlite3" in run.err
    _no_traceback(run)
    assert shop.paths.db_file.read_bytes() == before


def test_restore_a_missing_file(cli: Cli, shop: Services, tmp_path: Path) -> None:
    run = cli("--data-dir", str(shop.paths.data_dir), "restore", str(tmp_path / "nope.sqlite3"))
    assert run.code == 2
    assert "does not exist" in run.err


def test_db_url_names_the_file_backup_uses(cli: Cli, shop: Services, tmp_path: Path) -> None:
    url = f"sqlite:///{shop.paths.db_file}"
    out = tmp_path / "via-url.sqlite3"
    run = cli("--data-dir", str(tmp_path / "unused"), "--db", url, "backup", str(out))
    assert run.code == 0, run.err
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT name FROM shop").fetchone() == ("Toko Berkah Jaya",)
    conn.close()


def test_data_dir_under_a_file_is_a_storage_error(cli: Cli, tmp_path: Path) -> None:
    """A folder that cannot be created (what a full or read-only disk looks like to us)."""
    blocker = tmp_path / "somefile"
    blocker.write_text("I am a file")
    for command in (["migrate"], ["restore", str(blocker)], ["backup", str(tmp_path / "b.sqlite3")]):
        run = cli("--data-dir", str(blocker / "sub"), *command)
        assert run.code == 2, command
        _no_traceback(run)
        assert run.err.startswith("merchant-desk: ") and run.err.count("\n") == 1  # one clear line
    migrate = cli("--data-dir", str(blocker / "sub"), "migrate")
    assert "The shop's data folder cannot be written" in migrate.err


def test_read_only_data_folder(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions are not enforced (the under-a-file test covers this)")
        run = cli("--data-dir", str(folder), "migrate")
        assert run.code == 2
        assert "cannot be written" in run.err
        _no_traceback(run)
    finally:
        folder.chmod(0o700)


def test_an_unforeseen_os_error_is_a_message_not_a_traceback(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    (folder / "shop.sqlite3").mkdir(parents=True)  # a folder where the database file should be
    run = cli("--data-dir", str(folder), "check")
    assert run.code == 2
    assert run.err.startswith("merchant-desk: The shop's data folder cannot be written")
    _no_traceback(run)
    assert "IsADirectoryError" in (folder / "logs" / "merchant-desk.log").read_text()


def test_migrate_a_damaged_database(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "shop.sqlite3").write_bytes(b"not sqlite at all" * 300)
    run = cli("--data-dir", str(folder), "migrate")
    assert run.code == 2
    assert "is damaged" in run.err and "Restore a backup" in run.err
    _no_traceback(run)
