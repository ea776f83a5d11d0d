"""The service layer's permission check: one call at the top of each guarded method."""

from __future__ import annotations

import json

from merchant_desk.core.errors import PermissionDenied
from merchant_desk.core.permissions import require
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Staff
from merchant_desk.services.audit_service import Actor


def ensure_allowed(db: Database, actor: Actor, permission: str) -> None:
    """Refuses unless ``actor`` may do ``permission``; the system actor (command line) may do everything.

    Raises:
        PermissionDenied: the signed-in profile lacks the permission, or no longer exists / is deactivated.
    """
    if actor.id is None:
        return
    if actor.role is None:
        # An actor made from an id alone: its rights are whatever the database says now.
        with db.read() as session:
            row = session.get(Staff, actor.id)
            if row is None or not row.active:
                raise PermissionDenied(permission=permission)
            actor = Actor(row.id, row.name, row.role, tuple(json.loads(row.permissions or "[]")))
    require(actor, permission)
