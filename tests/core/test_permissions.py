"""Roles and permissions: the owner does everything, staff their defaults plus what is granted."""

from __future__ import annotations

import pytest

from merchant_desk.core.errors import PermissionDenied, ValidationError
from merchant_desk.core.permissions import (
    CHANGE_PRICES,
    DELETE_PRODUCTS,
    GRANTABLE,
    MANAGE_STAFF,
    STAFF_DEFAULTS,
    allowed,
    clean_permissions,
    require,
    validate_role,
)
from merchant_desk.core.shop import StaffMember

OWNER = StaffMember(1, "Siti", "owner", True)
CLERK = StaffMember(2, "Budi", "staff", True, (CHANGE_PRICES,))


@pytest.mark.parametrize("permission", list(GRANTABLE))
def test_owner_may_do_everything(permission: str) -> None:
    require(OWNER, permission)


def test_staff_gets_defaults_and_grants_only() -> None:
    assert all(allowed(CLERK, p) for p in STAFF_DEFAULTS)
    assert allowed(CLERK, CHANGE_PRICES)
    assert not allowed(CLERK, DELETE_PRODUCTS)
    with pytest.raises(PermissionDenied):
        require(CLERK, MANAGE_STAFF)


def test_clean_permissions_orders_and_refuses_unknown() -> None:
    assert clean_permissions([MANAGE_STAFF, CHANGE_PRICES, CHANGE_PRICES]) == (CHANGE_PRICES, MANAGE_STAFF)
    with pytest.raises(ValidationError):
        clean_permissions(["launch_missiles"])


def test_roles() -> None:
    assert validate_role("staff") == "staff"
    with pytest.raises(ValidationError):
        validate_role("admin")
