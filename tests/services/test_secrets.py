"""SecretStore: per-shop secrets in the OS keyring, and nothing stored anywhere when no keyring works."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import pytest
from keyring.backends import SecretService, fail, null
from keyring.errors import KeyringLocked, NoKeyringError

from merchant_desk.core.errors import SecretStoreUnavailable, UserError
from merchant_desk.services.secrets import NO_BACKEND, SecretStore, SecretStoreLocked

if TYPE_CHECKING:
    from conftest import MemoryKeyring  # the autouse fixture's type; imported for annotations only


class RecordingKeyring(keyring.backend.KeyringBackend):
    """A backend that records what it was given; subclasses make it refuse in different ways."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


class LockedKeyring(RecordingKeyring):
    """Behaves like GNOME Keyring whose collection stays locked because the unlock prompt was dismissed."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the item!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class VanishedKeyring(RecordingKeyring):
    """A backend whose service went away after start-up (e.g. the D-Bus session ended)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available.")


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


# --- a working keyring ---------------------------------------------------------------------------------------


def test_round_trip_in_memory(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore("toko-berkah", backend=memory_keyring)
    assert store.status().usable
    assert store.get("wa_cloud_token") is None

    store.set("wa_cloud_token", "EAAG-token-ü")
    assert store.get("wa_cloud_token") == "EAAG-token-ü"
    assert memory_keyring.store == {("merchant-desk:toko-berkah", "wa_cloud_token"): "EAAG-token-ü"}

    store.set("wa_cloud_token", "rotated")
    assert store.get("wa_cloud_token") == "rotated"

    store.delete("wa_cloud_token")
    assert store.get("wa_cloud_token") is None
    assert memory_keyring.store == {}
    store.delete("wa_cloud_token")  # deleting twice is the wanted end state, not an error


def test_uses_the_default_keyring_when_none_is_given(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore("toko-berkah")
    store.set("webhook_secret", "s3")
    assert memory_keyring.store[("merchant-desk:toko-berkah", "webhook_secret")] == "s3"
    backend_type = type(memory_keyring)
    assert store.status().backend == f"{backend_type.__module__}.{backend_type.__name__}"


def test_each_shop_has_its_own_service_name(memory_keyring: MemoryKeyring) -> None:
    berkah = SecretStore("toko-berkah", backend=memory_keyring)
    sejahtera = SecretStore("warung-sejahtera", backend=memory_keyring)
    assert berkah.service != sejahtera.service

    berkah.set("wa_cloud_token", "token-berkah")
    sejahtera.set("wa_cloud_token", "token-sejahtera")
    assert berkah.get("wa_cloud_token") == "token-berkah"
    assert sejahtera.get("wa_cloud_token") == "token-sejahtera"

    sejahtera.delete("wa_cloud_token")
    assert berkah.get("wa_cloud_token") == "token-berkah"
    assert set(memory_keyring.store) == {("merchant-desk:toko-berkah", "wa_cloud_token")}


# --- no keyring at all ---------------------------------------------------------------------------------------


def test_fail_backend_stores_nothing_and_says_what_to_install(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = SecretStore("toko-berkah", backend=fail.Keyring())
    status = store.status()
    assert not status.usable
    assert status.backend == "keyring.backends.fail.Keyring"
    assert status.reason == NO_BACKEND

    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set("wa_cloud_token", "must-not-leak")
    assert not isinstance(caught.value, SecretStoreLocked)
    assert isinstance(caught.value, UserError)  # the UI shows it in a dialog, the CLI prints it
    message = str(caught.value)
    assert "no keyring service is running" in message
    assert "gnome-keyring" in message  # says what to install
    assert "must-not-leak" not in message

    # No plaintext fallback: neither another keyring nor a file got the secret.
    assert memory_keyring.store == {}
    assert not any(b"must-not-leak" in p.read_bytes() for p in _files_under(tmp_path))

    with pytest.raises(SecretStoreUnavailable):
        store.get("wa_cloud_token")
    with pytest.raises(SecretStoreUnavailable):
        store.delete("wa_cloud_token")


def test_default_fail_backend_is_detected(memory_keyring: MemoryKeyring) -> None:
    keyring.set_keyring(fail.Keyring())  # what keyring picks on a Linux desktop without a keyring daemon
    store = SecretStore("toko-berkah")
    assert not store.status().usable
    with pytest.raises(SecretStoreUnavailable):
        store.set("wa_cloud_token", "x")
    assert memory_keyring.store == {}


def test_null_backend_that_discards_everything_is_unusable(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore("toko-berkah", backend=null.Keyring())
    assert not store.status().usable
    with pytest.raises(SecretStoreUnavailable, match="no keyring service is running"):
        store.set("wa_cloud_token", "x")
    assert memory_keyring.store == {}


def test_secret_service_without_a_session_bus_is_unusable(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real backend a Linux user gets when no D-Bus session runs: its priority probe raises."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    store = SecretStore("toko-berkah", backend=SecretService.Keyring())
    status = store.status()
    assert not status.usable
    assert status.reason == NO_BACKEND
    with pytest.raises(SecretStoreUnavailable, match="gnome-keyring"):
        store.set("wa_cloud_token", "x")
    assert memory_keyring.store == {}


def test_service_vanishing_mid_session_is_unavailable_not_locked() -> None:
    backend = VanishedKeyring()
    store = SecretStore("toko-berkah", backend=backend)
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set("wa_cloud_token", "x")
    assert not isinstance(caught.value, SecretStoreLocked)
    assert backend.store == {}


# --- a locked keyring ----------------------------------------------------------------------------------------


def test_locked_keyring_raises_locked_and_stores_nothing(memory_keyring: MemoryKeyring) -> None:
    backend = LockedKeyring()
    store = SecretStore("toko-berkah", backend=backend)
    assert store.status().usable  # the service exists; only the operation is refused

    with pytest.raises(SecretStoreLocked) as caught:
        store.set("wa_cloud_token", "must-not-leak")
    assert isinstance(caught.value, SecretStoreUnavailable)  # callers catching the broader error see it too
    assert "KeyringLocked" in str(caught.value)
    assert "Unlock it" in str(caught.value)
    assert isinstance(caught.value.__cause__, KeyringLocked)
    assert backend.store == {}
    assert memory_keyring.store == {}

    with pytest.raises(SecretStoreLocked):
        store.get("wa_cloud_token")
    with pytest.raises(SecretStoreLocked):
        store.delete("wa_cloud_token")


# --- the real Secret Service (GNOME Keyring in CI) -----------------------------------------------------------


@pytest.mark.real_keyring
def test_real_secret_service_round_trip(secret_service: keyring.backend.KeyringBackend) -> None:
    shop_key = f"pytest-{uuid.uuid4().hex}"  # never collides with a real shop or a parallel run
    store = SecretStore(shop_key, backend=secret_service)
    status = store.status()
    assert status.usable, status
    assert status.backend == "keyring.backends.SecretService.Keyring"

    value = f"{secrets.token_urlsafe(32)}-Rp·ü"
    try:
        store.set("wa_cloud_token", value)
        assert store.get("wa_cloud_token") == value
        # Read back through a fresh backend object, so the value really came from the daemon, not a cache.
        assert type(secret_service)().get_password(store.service, "wa_cloud_token") == value
    finally:
        store.delete("wa_cloud_token")
    assert store.get("wa_cloud_token") is None
