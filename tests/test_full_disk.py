"""A full disk: backups and exports fail with a clear message and leave no half-written file behind."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.errors import BackupError, StorageError
from merchant_desk.services import backup_auto
from merchant_desk.services.hub import Services


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Path]:
    """A 32 KiB tmpfs (needs root and mount; skipped otherwise)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_backup_to_a_full_disk(shop: Services, tiny: Path) -> None:
    for i in range(300):
        shop.catalog.create(shop.actor, ProductDraft(name=f"Barang {i}", description="x" * 400, price=1_000))
    with pytest.raises(BackupError) as info:
        backup_auto.make_backup(shop.paths, tiny)
    assert "full" in str(info.value) or "No space left" in str(info.value)
    assert ".backup-" not in str(info.value)  # names the chosen folder, not a temporary file
    assert list(tiny.iterdir()) == []  # no backup, no .part, no temporary folder


def test_audit_export_to_a_full_disk(shop: Services, tiny: Path) -> None:
    for i in range(300):
        shop.shop.set_setting(shop.actor, f"k{i}", "y" * 200)
    with pytest.raises(StorageError):
        shop.audit.export_csv(tiny / "audit.csv")
    assert list(tiny.iterdir()) == []
