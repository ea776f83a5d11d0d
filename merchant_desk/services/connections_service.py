"""The WhatsApp Cloud API credentials: kept in the OS keyring through SecretStore, never in the database."""

from __future__ import annotations

import secrets as random
from dataclasses import dataclass

from merchant_desk.core.changes import Changes
from merchant_desk.core.permissions import CHANGE_SETTINGS
from merchant_desk.db.engine import Database
from merchant_desk.db.models import Setting
from merchant_desk.services.access import ensure_allowed
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.secrets import KeyringStatus, SecretStore

#: Keyring entry names of the Cloud API credentials, in the order the Connections page shows them.
CLOUD_API_FIELDS = ("wa_access_token", "wa_app_secret", "wa_phone_number_id")
SHOP_KEY_SETTING = "secrets.shop_key"


def secret_store_for(db: Database) -> SecretStore:
    """The shop's SecretStore, named by a random key kept in the settings so a moved folder finds its secrets."""
    with db.write() as session:
        row = session.get(Setting, SHOP_KEY_SETTING)
        if row is None:
            row = Setting(key=SHOP_KEY_SETTING, value=f'"{random.token_hex(8)}"')
            session.add(row)
        key = row.value.strip('"')
    return SecretStore(key)


@dataclass(frozen=True)
class CredentialState:
    """Which credentials are stored — never their values, so nothing secret reaches a view or a log."""

    keyring: KeyringStatus
    stored: dict[str, bool]


class ConnectionsService:
    def __init__(self, db: Database, store: SecretStore) -> None:
        self._db, self._store = db, store

    def state(self) -> CredentialState:
        status = self._store.status()
        stored = dict.fromkeys(CLOUD_API_FIELDS, False)
        if status.usable:
            stored = {name: bool(self._store.get(name)) for name in CLOUD_API_FIELDS}
        return CredentialState(status, stored)

    def save(self, actor: Actor, values: dict[str, str]) -> Changes:
        """Stores the non-empty values given (an empty field keeps what is stored); audited by name only.

        Raises:
            PermissionDenied: the profile may not change settings.
            SecretStoreUnavailable: no usable keyring — nothing was stored.
        """
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        changed = [name for name in CLOUD_API_FIELDS if values.get(name, "").strip()]
        for name in changed:
            self._store.set(name, values[name].strip())
        if changed:
            with self._db.write() as session:
                record(session, actor, "credentials_changed", "whatsapp_cloud_api", fields=changed)
        return Changes(audit=bool(changed))

    def forget(self, actor: Actor) -> Changes:
        ensure_allowed(self._db, actor, CHANGE_SETTINGS)
        for name in CLOUD_API_FIELDS:
            self._store.delete(name)
        with self._db.write() as session:
            record(session, actor, "credentials_removed", "whatsapp_cloud_api")
        return Changes(audit=True)

    def secret(self, name: str) -> str | None:
        """For the Cloud API client (a later issue); not for display."""
        return self._store.get(name)
