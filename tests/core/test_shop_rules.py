"""validate_profile and validate_pin: every wrong field is reported at once."""

from __future__ import annotations

import pytest

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.shop import ShopProfile, StaffMember, validate_pin, validate_profile


def test_valid_profile_is_normalised() -> None:
    profile = validate_profile("  Toko Berkah Jaya ", " Siti Rahayu ", "0812-3456-7890", "WITA", "en")
    assert profile == ShopProfile("Toko Berkah Jaya", "Siti Rahayu", "+6281234567890", "WITA", "en")


def test_defaults_are_wib_and_indonesian() -> None:
    profile = validate_profile("Toko", "Siti", "081234567890")
    assert (profile.timezone, profile.language) == ("WIB", "id")


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        validate_profile("  ", "", "bukan nomor", "CET", "fr")
    assert set(info.value.problems) == {"name", "owner_name", "whatsapp", "timezone", "language"}
    assert all(info.value.problems.values())


def test_only_the_wrong_fields_are_reported() -> None:
    with pytest.raises(ValidationError) as info:
        validate_profile("Toko", "Siti", "0812", "WIT")
    assert list(info.value.problems) == ["whatsapp"]


def test_length_limits() -> None:
    with pytest.raises(ValidationError) as info:
        validate_profile("x" * 201, "y" * 101, "081234567890")
    assert set(info.value.problems) == {"name", "owner_name"}
    assert validate_profile("x" * 200, "y" * 100, "081234567890").name == "x" * 200


@pytest.mark.parametrize("pin", ["1234", "00000000", "987654"])
def test_valid_pins(pin: str) -> None:
    assert validate_pin(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", "-123", "1²34", "١٢٣٤"])
def test_invalid_pins(pin: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_pin(pin)
    assert list(info.value.problems) == ["pin"]


def test_staff_member_owner_flag() -> None:
    assert StaffMember(1, "Siti", "owner", False).is_owner
    assert not StaffMember(2, "Budi", "staff", True).is_owner
