"""The shop's profile, first-run set-up and key/value settings."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, UserError, tr_noop
from merchant_desk.core.permissions import CHANGE_SETTINGS
from merchant_desk.core.shop import DEFAULT_LABELS, ShopProfile, StaffMember, validate_pin
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Label, Setting, Shop, Staff
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.inbox_seed import seed_default_rules
from merchant_desk.services.staff_service import hash_secret

# Audit subjects are stable keys, not English words: the log is read in the merchant's language, so the UI
# translates the key (ui/audit_labels.SUBJECTS; a setting's subject is its key, mapped there too).
PROFILE_SUBJECT = "shop"


class AlreadySetUp(UserError):
    message = tr_noop("This data folder already holds a shop.")


def _profile(row: Shop) -> ShopProfile:
    return ShopProfile(row.name, row.owner_name, row.whatsapp, row.timezone, row.language)


class ShopService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def is_set_up(self) -> bool:
        with self._db.read() as session:
            return session.get(Shop, 1) is not None

    def profile(self) -> ShopProfile:
        with self._db.read() as session:
            row = session.get(Shop, 1)
            if row is None:
                raise NotFoundError()
            return _profile(row)

    def set_up(self, profile: ShopProfile, pin: str | None = None) -> StaffMember:
        """First run: the shop, its owner's profile and the default labels, in one transaction.

        Raises:
            AlreadySetUp: the folder already holds a shop.
        """
        secret = hash_secret(validate_pin(pin)) if pin else None
        with self._db.write() as session:
            if session.get(Shop, 1) is not None:
                raise AlreadySetUp()
            session.add(
                Shop(
                    id=1,
                    name=profile.name,
                    owner_name=profile.owner_name,
                    whatsapp=profile.whatsapp,
                    timezone=profile.timezone,
                    language=profile.language,
                )
            )
            owner = Staff(name=profile.owner_name, role="owner", secret_hash=secret, permissions="[]")
            session.add(owner)
            existing = set(session.scalars(select(Label.name)))
            for position, (name, color) in enumerate(DEFAULT_LABELS):
                if name not in existing:
                    session.add(Label(name=name, color=color, position=position, is_default=True))
            session.flush()
            seed_default_rules(session)  # the inbox's keyword rules refer to the labels just added
            record(session, Actor(owner.id, owner.name), "shop_set_up", profile.name)
            return StaffMember(owner.id, owner.name, owner.role, secret is not None)

    def update_profile(self, actor: Actor, profile: ShopProfile) -> Changes:
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        with self._db.write() as session:
            row = session.get(Shop, 1)
            if row is None:
                raise NotFoundError()
            before = _profile(row)
            row.name, row.owner_name, row.whatsapp = profile.name, profile.owner_name, profile.whatsapp
            row.timezone, row.language = profile.timezone, profile.language
            changed = {
                field: [getattr(before, field), getattr(profile, field)]
                for field in ("name", "owner_name", "whatsapp", "timezone", "language")
                if getattr(before, field) != getattr(profile, field)
            }
            if changed:
                record(session, actor, "settings_changed", PROFILE_SUBJECT, **changed)
        return Changes(shop=bool(changed), audit=bool(changed))

    def setting(self, key: str, default: Any = None) -> Any:
        with self._db.read() as session:
            row = session.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set_setting(self, actor: Actor, key: str, value: Any) -> Changes:
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        with self._db.write() as session:
            row = session.get(Setting, key)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                session.add(Setting(key=key, value=text))
            elif row.value == text:
                return Changes()
            else:
                row.value = text
            record(session, actor, "settings_changed", key, value=value)
        return Changes(shop=True, audit=True)

    def label_count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(Label)) or 0
