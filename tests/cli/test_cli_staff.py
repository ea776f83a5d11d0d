"""reset-owner-pin (forgotten owner PIN, needs the data folder) and audit-export."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from merchant_desk.db.models import AuditEntry
from merchant_desk.services.hub import Services

Cli = Callable[..., Any]


def test_reset_owner_pin_from_a_file(cli: Cli, shop: Services, tmp_path: Path) -> None:
    assert shop.actor.id is not None
    shop.staff.set_pin(shop.actor, shop.actor.id, "1357")
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("8642\n")
    run = cli("--data-dir", str(shop.paths.data_dir), "reset-owner-pin", "--pin-file", str(pin_file))
    assert run.code == 0, run.err
    assert json.loads(run.out) == {"owner": "Siti Rahayu", "pin_reset": True}
    assert shop.staff.sign_in(shop.actor.id, "8642").is_owner
    with shop.db.read() as session:
        who = session.scalars(select(AuditEntry.staff_name).where(AuditEntry.action == "pin_reset")).one()
    assert who == "recovery (reset-owner-pin)"


def test_reset_owner_pin_refuses_a_bad_pin_and_a_missing_shop(cli: Cli, shop: Services, tmp_path: Path) -> None:
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("12")
    assert cli("--data-dir", str(shop.paths.data_dir), "reset-owner-pin", "--pin-file", str(pin_file)).code == 2
    assert cli("--data-dir", str(tmp_path / "nothing"), "reset-owner-pin", "--pin-file", str(pin_file)).code == 2


def test_audit_export_filters_by_action(cli: Cli, shop: Services, tmp_path: Path) -> None:
    assert shop.actor.id is not None
    shop.staff.sign_in(shop.actor.id, "")
    out = tmp_path / "audit.csv"
    run = cli("--data-dir", str(shop.paths.data_dir), "audit-export", str(out), "--action", "sign_in",
              "--since", "2000-01-01")  # fmt: skip
    assert run.code == 0, run.err
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0][:4] == ["id", "at_utc", "staff", "action"]
    assert [r[3] for r in rows[1:]] == ["sign_in"]
    assert json.loads(run.out)["rows"] == 1


def test_audit_export_to_an_unwritable_place_leaves_nothing(cli: Cli, shop: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # a path under a regular file cannot be created, even by root
    run = cli("--data-dir", str(shop.paths.data_dir), "audit-export", str(blocker / "audit.csv"))
    assert run.code == 2
    assert "Traceback" not in run.err
    assert blocker.read_text() == "x"


def test_protected_backup_restore_and_undo_from_the_command_line(cli: Cli, shop: Services, tmp_path: Path) -> None:
    folder = str(shop.paths.data_dir)
    secret = tmp_path / "pass.txt"
    secret.write_text("kunci rahasia\n")
    made = cli("--data-dir", folder, "backup-full", "--passphrase-file", str(secret))
    assert made.code == 0, made.err
    backup = json.loads(made.out)["backup"]
    shop.staff.add(shop.actor, "Ani", "1234")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("salah")
    refused = cli("--data-dir", folder, "restore-backup", backup, "--passphrase-file", str(wrong))
    assert refused.code == 2 and "passphrase" in refused.err
    assert [m.name for m in shop.staff.list()] == ["Siti Rahayu", "Ani"]
    assert cli("--data-dir", folder, "restore-backup", backup, "--passphrase-file", str(secret)).code == 0
    assert [m.name for m in shop.staff.list()] == ["Siti Rahayu"]
    assert cli("--data-dir", folder, "undo-restore").code == 0
    assert [m.name for m in shop.staff.list()] == ["Siti Rahayu", "Ani"]
    assert cli("--data-dir", folder, "undo-restore").code == 2  # once


def test_plain_backup_and_restore_commands_are_audited(cli: Cli, shop: Services, tmp_path: Path) -> None:
    folder = str(shop.paths.data_dir)
    out = tmp_path / "copy.sqlite3"
    assert cli("--data-dir", folder, "backup", str(out)).code == 0
    assert cli("--data-dir", folder, "restore", str(out)).code == 0
    actions = [e.action for e in shop.audit.recent(50)]
    assert "backup_restored" in actions


def test_customer_export_and_erase_commands(cli: Cli, shop: Services, tmp_path: Path) -> None:
    info, _ = shop.customers.find_or_create(shop.actor, "0812-7777-8888", "Dewi")
    folder = str(shop.paths.data_dir)
    assert cli("--data-dir", folder, "customer-export", str(info.id), str(tmp_path / "dewi.zip")).code == 0
    assert (tmp_path / "dewi.zip").is_file()
    assert cli("--data-dir", folder, "customer-erase", str(info.id)).code == 2  # needs --yes
    assert cli("--data-dir", folder, "customer-erase", str(info.id), "--yes").code == 0
    assert b"Dewi" not in shop.paths.db_file.read_bytes()
