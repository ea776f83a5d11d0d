"""Shared fixtures: offscreen Qt, a fresh data folder per test, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from merchant_desk.config import Paths
from merchant_desk.core.shop import validate_profile
from merchant_desk.services.hub import Services, open_shop


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in a dict: for unit tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Every test gets an in-memory keyring, except those marked real_keyring."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the developer's real data folder."""
    monkeypatch.setenv("MERCHANT_DESK_HOME", str(tmp_path / "default-home"))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "shop")


@pytest.fixture
def services(paths: Paths) -> Iterator[Services]:
    """An empty, migrated shop (not yet set up)."""
    svc = open_shop(paths)
    yield svc
    svc.close()


@pytest.fixture
def shop(services: Services) -> Services:
    """A set-up shop: Toko Berkah Jaya, owner Siti without a PIN."""
    profile = validate_profile("Toko Berkah Jaya", "Siti Rahayu", "0812-3456-7890", "WIB", "id")
    owner = services.shop.set_up(profile)
    from merchant_desk.services.audit_service import Actor

    services.actor = Actor(owner.id, owner.name)
    return services


# --- Tests marked real_keyring (DESIGN.md §5): skipped on a machine without a Secret Service, but CI sets
# MERCHANT_DESK_REQUIRE_REAL_KEYRING=1 and there a missing or broken service fails them instead, so a keyring
# that silently stopped working in CI cannot turn into a green run that tested nothing.

REQUIRE_REAL_KEYRING_ENV = "MERCHANT_DESK_REQUIRE_REAL_KEYRING"


def _real_keyring_required() -> bool:
    return os.environ.get(REQUIRE_REAL_KEYRING_ENV, "").strip() not in ("", "0")


def _secret_service_problem() -> str | None:
    """Why the Secret Service backend cannot be used here, or None when it answers."""
    try:
        from keyring.backends import SecretService

        # The priority probes secretstorage and the session bus; it raises when either is missing.
        SecretService.Keyring.priority  # noqa: B018
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.fixture(autouse=True)
def _real_keyring_gate(request: pytest.FixtureRequest) -> None:
    """Skips (or, when CI demands a real keyring, fails) real_keyring tests that have no Secret Service."""
    if not request.node.get_closest_marker("real_keyring"):
        return
    problem = _secret_service_problem()
    if problem is None:
        return
    if _real_keyring_required():
        pytest.fail(f"{REQUIRE_REAL_KEYRING_ENV} is set but no Secret Service works ({problem})", pytrace=False)
    pytest.skip(f"real_keyring: no Secret Service ({problem})")


@pytest.fixture
def secret_service() -> keyring.backend.KeyringBackend:
    """The real Secret Service backend (GNOME Keyring, KWallet's bridge); only for tests marked real_keyring."""
    from keyring.backends import SecretService

    return SecretService.Keyring()
