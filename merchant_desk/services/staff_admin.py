"""Managing staff profiles: add, edit, deactivate (never delete: the audit log names them), reset a PIN."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, ValidationError, tr_noop
from merchant_desk.core.permissions import MANAGE_STAFF, OWNER, clean_permissions, validate_role
from merchant_desk.core.shop import StaffMember, validate_pin
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Staff
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record

MIN_PASSWORD = 8
STAFF_CHANGED = Changes(staff=True, audit=True)


class LastOwner(UserError):
    message = tr_noop("The shop needs at least one active owner.")


def validate_secret(secret: str) -> str:
    """A PIN (4–8 digits) or a password of at least eight characters.

    Raises:
        ValidationError: a short PIN or password.
    """
    if secret.isascii() and secret.isdigit() and len(secret) <= 8:
        return validate_pin(secret)
    if len(secret) < MIN_PASSWORD:
        raise ValidationError({"pin": tr_noop("A PIN has 4 to 8 digits; a password at least 8 characters.")})
    return secret


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": tr_noop("Enter a name.")})
    if len(name) > 100:
        raise ValidationError({"name": tr_noop("The name is too long.")})
    return name


class StaffAdminMixin:
    """Owner-side staff management; every method needs the manage_staff permission."""

    _db: Database

    def add(
        self, actor: Actor, name: str, secret: str | None, role: str = "staff", permissions: Iterable[str] = ()
    ) -> StaffMember:
        """A new active profile.

        Raises:
            PermissionDenied: the actor may not manage staff.
            ValidationError: empty or taken name, bad PIN/password, unknown role or permission.
        """
        from merchant_desk.services.staff_service import _member, hash_secret

        ensure_allowed(self._db, actor, MANAGE_STAFF)
        name, role, granted = _clean_name(name), validate_role(role), clean_permissions(permissions)
        hashed = hash_secret(validate_secret(secret)) if secret else None
        try:
            with self._db.write() as session:
                row = Staff(name=name, role=role, secret_hash=hashed, permissions=json.dumps(list(granted)))
                session.add(row)
                session.flush()
                record(session, actor, "staff_added", name, id=row.id, role=role, permissions=list(granted))
                return _member(row)
        except IntegrityError as exc:
            raise ValidationError({"name": tr_noop("Another profile already has this name.")}) from exc

    def edit(
        self, actor: Actor, staff_id: int, *, name: str | None = None, role: str | None = None,
        permissions: Iterable[str] | None = None,
    ) -> Changes:  # fmt: skip
        """Renames a profile or changes its role / permissions; the change (old -> new) is audited."""
        ensure_allowed(self._db, actor, MANAGE_STAFF)
        try:
            with self._db.write() as session:
                row = _active(session.get(Staff, staff_id))
                changed: dict[str, list[object]] = {}
                if name is not None and _clean_name(name) != row.name:
                    changed["name"], row.name = [row.name, _clean_name(name)], _clean_name(name)
                if role is not None and validate_role(role) != row.role:
                    if row.role == OWNER:
                        _keep_an_owner(session, staff_id)
                    changed["role"], row.role = [row.role, role], role
                if permissions is not None:
                    new = list(clean_permissions(permissions))
                    if new != json.loads(row.permissions or "[]"):
                        changed["permissions"] = [json.loads(row.permissions or "[]"), new]
                        row.permissions = json.dumps(new)
                if not changed:
                    return Changes()
                record(session, actor, "staff_edited", row.name, id=staff_id, **changed)
        except IntegrityError as exc:
            raise ValidationError({"name": tr_noop("Another profile already has this name.")}) from exc
        return STAFF_CHANGED

    def deactivate(self, actor: Actor, staff_id: int) -> Changes:
        """The profile can no longer sign in; its name stays in the audit log."""
        ensure_allowed(self._db, actor, MANAGE_STAFF)
        with self._db.write() as session:
            row = _active(session.get(Staff, staff_id))
            if row.role == OWNER:
                _keep_an_owner(session, staff_id)
            row.active = False
            record(session, actor, "staff_deactivated", row.name, id=staff_id)
        return STAFF_CHANGED

    def reset_pin(self, actor: Actor, staff_id: int, secret: str) -> Changes:
        """The owner sets a new PIN/password for someone who forgot theirs (wrong-attempt count cleared)."""
        from merchant_desk.services.staff_service import hash_secret

        if actor.id != staff_id:  # changing one's own PIN needs no permission
            ensure_allowed(self._db, actor, MANAGE_STAFF)
        hashed = hash_secret(validate_secret(secret))
        with self._db.write() as session:
            row = _active(session.get(Staff, staff_id))
            row.secret_hash, row.failed_attempts = hashed, 0
            record(session, actor, "pin_reset" if actor.id != staff_id else "pin_changed", row.name, id=staff_id)
        return STAFF_CHANGED

    def record_lock(self, actor: Actor) -> None:
        """Audits that the window was locked (by hand or after idle minutes) for ``actor``."""
        with self._db.write() as session:
            record(session, actor, "locked")


def _active(row: Staff | None) -> Staff:
    if row is None or not row.active:
        raise NotFoundError()
    return row


def _keep_an_owner(session: object, leaving_id: int) -> None:
    query = select(func.count()).select_from(Staff).where(Staff.active, Staff.role == OWNER, Staff.id != leaving_id)
    if not session.scalar(query):  # type: ignore[attr-defined]
        raise LastOwner()
