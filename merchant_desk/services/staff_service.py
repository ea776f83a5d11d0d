"""Staff profiles and PIN sign-in (argon2id, growing delay after repeated wrong PINs)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, WrongPin, tr_noop
from merchant_desk.core.permissions import MANAGE_STAFF
from merchant_desk.core.shop import StaffMember, validate_pin
from merchant_desk.core.timezones import utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Staff
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.staff_admin import StaffAdminMixin

# argon2id, 3 passes over 64 MiB with 4 lanes (RFC 9106's "low memory" profile): measured ~120 ms per check
# on this 2-core machine (2026-11; t=4 ~160 ms, 128 MiB ~190 ms), inside the 100-250 ms the issue asks for.
# The parameters are written into every hash, so changing them later still verifies old PINs.
_HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
FREE_ATTEMPTS = 5


class PinLockedOut(WrongPin):
    message = tr_noop("Wrong PIN. Too many attempts: wait {seconds} seconds before trying again.")


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(secret_hash: str, secret: str) -> bool:
    try:
        return _HASHER.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def penalty_seconds(failed_attempts: int) -> int:
    """0 for the first five wrong PINs, then 2, 4, 8 … seconds, capped at five minutes."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(300, 2 ** (failed_attempts - FREE_ATTEMPTS + 1))


def _member(row: Staff) -> StaffMember:
    return StaffMember(row.id, row.name, row.role, row.secret_hash is not None, tuple(json.loads(row.permissions)))


class StaffService(StaffAdminMixin):
    def __init__(self, db: Database, sleep: Callable[[float], None] = time.sleep) -> None:
        self._db = db
        self._sleep = sleep

    def list(self) -> list[StaffMember]:
        with self._db.read() as session:
            rows = session.scalars(select(Staff).where(Staff.active).order_by(Staff.role != "owner", Staff.name))
            return [_member(r) for r in rows]

    def count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(Staff).where(Staff.active)) or 0

    def get(self, staff_id: int) -> StaffMember:
        with self._db.read() as session:
            row = session.get(Staff, staff_id)
            if row is None:
                raise NotFoundError()
            return _member(row)

    def sign_in(self, staff_id: int, pin: str) -> StaffMember:
        """Checks the PIN; each wrong one is recorded, and after five the check itself is slowed down.

        Raises:
            WrongPin: the PIN does not match (PinLockedOut once the delay applies).
        """
        with self._db.read() as session:
            row = session.get(Staff, staff_id)
            if row is None or not row.active:
                raise NotFoundError()
            secret_hash, failed = row.secret_hash, row.failed_attempts
        delay = penalty_seconds(failed)
        if delay:
            self._sleep(delay)
        ok = secret_hash is None or verify_secret(secret_hash, pin)
        with self._db.write() as session:
            row = session.get(Staff, staff_id)
            assert row is not None
            actor = Actor(row.id, row.name, row.role)
            if ok:
                row.failed_attempts = 0
                row.last_sign_in_at = utcnow()
                record(session, actor, "sign_in")
                return _member(row)
            row.failed_attempts += 1
            record(session, actor, "sign_in_failed", attempts=row.failed_attempts)
            failed = row.failed_attempts
        next_delay = penalty_seconds(failed)
        if next_delay:
            raise PinLockedOut(seconds=next_delay)
        raise WrongPin()

    def set_pin(self, actor: Actor, staff_id: int, pin: str | None) -> Changes:
        """Sets, changes or (with None) removes a profile's PIN; an empty or malformed PIN is refused.

        Raises:
            ValidationError: the PIN is not 4–8 digits.
        """
        if actor.id != staff_id:
            ensure_allowed(self._db, actor, MANAGE_STAFF)
        secret = hash_secret(validate_pin(pin)) if pin is not None else None
        with self._db.write() as session:
            row = session.get(Staff, staff_id)
            if row is None:
                raise NotFoundError()
            row.secret_hash = secret
            row.failed_attempts = 0
            record(session, actor, "pin_changed" if secret else "pin_removed", row.name)
        return Changes(staff=True, audit=True)
