"""security: PIN verification time, and a backup of the large demo shop beside a file copy of it (both synced)."""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Iterator

from _registry import Context, Figure, benchmark
from bench_inbox import large_shop

from merchant_desk.config import Paths
from merchant_desk.services import backup_auto
from merchant_desk.services.staff_service import hash_secret, verify_secret

PIN_RANGE_MS = (100.0, 250.0)  # slow enough against guessing a stolen hash, quick enough for a sign-in
BACKUP_RATIO = 3.0


def _seconds(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


@benchmark("security")
def security(ctx: Context) -> Iterator[Figure]:
    stored = hash_secret("135790")
    runs = [_seconds(lambda: verify_secret(stored, "135790")) * 1000 for _ in range(7)]
    pin_ms = statistics.median(runs)
    low, high = PIN_RANGE_MS
    yield Figure("pin_verify", pin_ms, "ms", None, f"{low:.0f}-{high:.0f} ms", low <= pin_ms <= high,
                 {"params": stored.split("$")[3]})  # fmt: skip

    folder = large_shop(ctx) if ctx.size == "large" else ctx.demo_shop()
    db_file = folder / "shop.sqlite3"
    mb = db_file.stat().st_size / 1_048_576
    out = ctx.scratch("security-backups")
    out.mkdir(parents=True)
    raw_copy_s = _seconds(lambda: shutil.copyfile(db_file, out / "plain-copy.sqlite3"))
    (out / "plain-copy.sqlite3").unlink()

    def durable_copy() -> None:  # like for like: a backup is synced to disk before it counts as made
        shutil.copyfile(db_file, out / "plain-copy.sqlite3")
        with open(out / "plain-copy.sqlite3", "rb+") as handle:
            os.fsync(handle.fileno())

    copy_s = _seconds(durable_copy)
    paths = Paths(folder)
    backup_s = _seconds(lambda: backup_auto.make_backup(paths, out))
    yield Figure("backup_db", backup_s, "s", copy_s, f"<= {BACKUP_RATIO:.0f}x a file copy",
                 backup_s <= BACKUP_RATIO * copy_s, {"mb": round(mb, 1), "mb_per_s": round(mb / backup_s, 1),
                                                     "copy_mb_per_s": round(mb / copy_s, 1),
                                                     "copy_without_fsync_s": round(raw_copy_s, 3)})  # fmt: skip
    sealed_s = _seconds(lambda: backup_auto.make_backup(paths, out, passphrase="bench passphrase"))
    yield Figure("backup_db_encrypted", sealed_s, "s", copy_s, "informational", True,
                 {"mb_per_s": round(mb / sealed_s, 1)})  # fmt: skip
    shutil.rmtree(out, ignore_errors=True)
