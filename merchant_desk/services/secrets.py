"""Credentials in the OS keyring: the only module that imports keyring.

When no keyring works, nothing is stored anywhere and the caller is told why (DESIGN.md §4).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.backend
from keyring.errors import InitError, KeyringError, NoKeyringError, PasswordDeleteError

from merchant_desk import APP_ID
from merchant_desk.core.errors import SecretStoreUnavailable, tr_noop

log = logging.getLogger(__name__)

NO_BACKEND = tr_noop(
    "no keyring service is running. On Linux install and start GNOME Keyring or KWallet "
    "(for example: sudo apt install gnome-keyring); Windows and macOS have one built in."
)


class SecretStoreLocked(SecretStoreUnavailable):
    message = tr_noop("The keyring is locked or refused access ({detail}). Unlock it and try again.")


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str | None  # an English source string (translated by the UI), None when usable


class SecretStore:
    """Per-shop secrets (e.g. the WhatsApp Cloud API token) kept under one keyring service name."""

    def __init__(self, shop_key: str, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.service = f"{APP_ID}:{shop_key}"
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        name = type(backend).__module__ + "." + type(backend).__name__
        if name.startswith("keyring.backends.fail"):
            return KeyringStatus(False, name, NO_BACKEND)
        try:
            # SecretService and KWallet compute their priority by probing D-Bus and raise when the service is
            # missing, so an explicitly chosen backend is checked here rather than failing later with a traceback.
            priority = backend.priority
        except Exception as exc:
            log.info("Keyring backend %s is not usable: %s", name, exc)
            return KeyringStatus(False, name, NO_BACKEND)
        # keyring falls back to chainer with nothing in it (priority 0) or null (negative) when no service exists;
        # null silently discards what it is given, which must not look like success.
        if priority <= 0:
            return KeyringStatus(False, name, NO_BACKEND)
        return KeyringStatus(True, name, None)

    def _require(self) -> keyring.backend.KeyringBackend:
        status = self.status()
        if not status.usable:
            raise SecretStoreUnavailable(reason=status.reason or NO_BACKEND)
        return self.backend

    def set(self, name: str, value: str) -> None:
        """Stores a secret.

        Raises:
            SecretStoreUnavailable: no keyring service works; nothing was stored.
            SecretStoreLocked: the keyring is locked or refused; nothing was stored.
        """
        backend = self._require()
        try:
            backend.set_password(self.service, name, value)
        except KeyringError as exc:
            log.warning("Keyring refused to store %s: %s", name, type(exc).__name__)
            raise _translate(exc) from exc

    def get(self, name: str) -> str | None:
        """The secret, or None when it was never stored."""
        backend = self._require()
        try:
            return backend.get_password(self.service, name)
        except KeyringError as exc:
            raise _translate(exc) from exc

    def delete(self, name: str) -> None:
        """Forgets a secret; forgetting one that is not there is not an error."""
        backend = self._require()
        try:
            backend.delete_password(self.service, name)
        except PasswordDeleteError:
            pass  # already gone: the wanted end state
        except KeyringError as exc:
            raise _translate(exc) from exc


def _translate(exc: KeyringError) -> SecretStoreUnavailable:
    """A missing service (the D-Bus daemon went away) and a locked or refusing one need different advice."""
    if isinstance(exc, NoKeyringError | InitError):
        return SecretStoreUnavailable(reason=NO_BACKEND)
    return SecretStoreLocked(detail=type(exc).__name__)
