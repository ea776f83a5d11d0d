"""StaffService: argon2id PINs, sign-in, the audit trail of wrong PINs and the growing delay."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from merchant_desk.core.errors import NotFoundError, ValidationError, WrongPin
from merchant_desk.db.models import Staff
from merchant_desk.services.hub import Services
from merchant_desk.services.staff_service import (
    FREE_ATTEMPTS,
    PinLockedOut,
    StaffService,
    hash_secret,
    penalty_seconds,
    verify_secret,
)


@pytest.fixture
def owner_id(shop: Services) -> int:
    assert shop.actor.id is not None
    shop.staff.set_pin(shop.actor, shop.actor.id, "1357")
    return shop.actor.id


@pytest.fixture
def sleeps(shop: Services) -> list[float]:
    return []


@pytest.fixture
def staff(shop: Services, sleeps: list[float]) -> StaffService:
    """The service with a sleep that records instead of waiting."""
    return StaffService(shop.db, sleep=sleeps.append)


def _failures(shop: Services, staff_id: int) -> int:
    with shop.db.read() as session:
        return session.scalars(select(Staff.failed_attempts).where(Staff.id == staff_id)).one()


def test_pin_is_hashed_with_argon2id(shop: Services, owner_id: int) -> None:
    with shop.db.read() as session:
        stored = session.scalars(select(Staff.secret_hash).where(Staff.id == owner_id)).one()
    assert stored is not None and stored.startswith("$argon2id$")
    assert "1357" not in stored
    assert shop.staff.get(owner_id).has_secret


def test_hash_helpers() -> None:
    first, second = hash_secret("1234"), hash_secret("1234")
    assert first != second  # salted
    assert verify_secret(second, "1234") and not verify_secret(first, "4321")
    assert not verify_secret("not a hash", "1234")


def test_sign_in_with_the_right_pin(staff: StaffService, shop: Services, owner_id: int) -> None:
    member = staff.sign_in(owner_id, "1357")
    assert member.id == owner_id and member.is_owner
    assert shop.audit.recent(limit=1)[0].action == "sign_in"


def test_wrong_pin_is_refused_and_audited(staff: StaffService, shop: Services, owner_id: int) -> None:
    with pytest.raises(WrongPin) as info:
        staff.sign_in(owner_id, "0000")
    assert not isinstance(info.value, PinLockedOut)
    entry = shop.audit.recent(limit=1)[0]
    assert (entry.action, entry.staff_name, entry.detail) == ("sign_in_failed", "Siti Rahayu", {"attempts": 1})
    assert _failures(shop, owner_id) == 1


def test_success_resets_the_failures(staff: StaffService, shop: Services, owner_id: int) -> None:
    for _ in range(3):
        with pytest.raises(WrongPin):
            staff.sign_in(owner_id, "9999")
    staff.sign_in(owner_id, "1357")
    assert _failures(shop, owner_id) == 0
    with pytest.raises(WrongPin) as info:
        staff.sign_in(owner_id, "9999")
    assert not isinstance(info.value, PinLockedOut)


def test_delay_after_five_failures(staff: StaffService, shop: Services, owner_id: int, sleeps: list[float]) -> None:
    for attempt in range(1, FREE_ATTEMPTS):
        with pytest.raises(WrongPin):
            staff.sign_in(owner_id, "0000")
        assert _failures(shop, owner_id) == attempt
    assert sleeps == []
    with pytest.raises(PinLockedOut) as info:  # the fifth: from now on each check waits first
        staff.sign_in(owner_id, "0000")
    assert info.value.params["seconds"] == 2
    assert sleeps == []

    with pytest.raises(PinLockedOut) as info:
        staff.sign_in(owner_id, "0000")
    assert sleeps == [2]
    assert info.value.params["seconds"] == 4

    staff.sign_in(owner_id, "1357")  # the right PIN still waits, then works and resets
    assert sleeps == [2, 4]
    assert _failures(shop, owner_id) == 0
    failed = shop.audit.recent(action="sign_in_failed")
    assert [e.detail["attempts"] for e in failed] == [6, 5, 4, 3, 2, 1]


def test_penalty_grows_and_is_capped() -> None:
    assert [penalty_seconds(n) for n in range(8)] == [0, 0, 0, 0, 0, 2, 4, 8]
    assert penalty_seconds(100) == 300


def test_profile_without_pin_signs_in_with_anything(staff: StaffService, shop: Services) -> None:
    assert shop.actor.id is not None
    assert staff.sign_in(shop.actor.id, "").name == "Siti Rahayu"


def test_sign_in_of_unknown_profile(staff: StaffService) -> None:
    with pytest.raises(NotFoundError):
        staff.sign_in(999, "1234")


def test_set_pin_validates(staff: StaffService, shop: Services, owner_id: int) -> None:
    for pin in ["", "12", "123456789", "abcd", "12 34"]:  # "" is a mistake, not a removal (None removes)
        with pytest.raises(ValidationError) as info:
            shop.staff.set_pin(shop.actor, owner_id, pin)
        assert "pin" in info.value.problems
    assert shop.staff.get(owner_id).has_secret
    staff.sign_in(owner_id, "1357")  # the old PIN is kept


def test_set_pin_change_and_remove(staff: StaffService, shop: Services, owner_id: int) -> None:
    changes = shop.staff.set_pin(shop.actor, owner_id, "24680")
    assert changes.staff and changes.audit
    staff.sign_in(owner_id, "24680")
    with pytest.raises(WrongPin):
        staff.sign_in(owner_id, "1357")

    shop.staff.set_pin(shop.actor, owner_id, None)
    assert not shop.staff.get(owner_id).has_secret
    assert _failures(shop, owner_id) == 0
    actions = [e.action for e in shop.audit.recent() if e.action.startswith("pin_")]
    assert actions == ["pin_removed", "pin_changed", "pin_changed"]


def test_set_pin_of_unknown_profile(shop: Services) -> None:
    with pytest.raises(NotFoundError):
        shop.staff.set_pin(shop.actor, 999, "1234")
