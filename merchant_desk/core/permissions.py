"""Who may do what: the Owner does everything; Staff do daily work plus the permissions the owner ticks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from merchant_desk.core.errors import PermissionDenied, ValidationError, tr_noop

OWNER = "owner"
STAFF = "staff"
ROLES = (OWNER, STAFF)

DELETE_PRODUCTS = "delete_products"
CHANGE_PRICES = "change_prices"
ADJUST_POINTS = "adjust_points"
EXPORT_CUSTOMER_DATA = "export_customer_data"
VIEW_REPORTS = "view_reports"
CHANGE_SETTINGS = "change_settings"
MANAGE_STAFF = "manage_staff"

#: Permissions the owner grants per profile, in the order the Staff page shows them, with their labels.
GRANTABLE: dict[str, str] = {
    DELETE_PRODUCTS: tr_noop("Delete products"),
    CHANGE_PRICES: tr_noop("Change prices"),
    ADJUST_POINTS: tr_noop("Adjust points"),
    EXPORT_CUSTOMER_DATA: tr_noop("Export customer data"),
    VIEW_REPORTS: tr_noop("View reports and the audit log"),
    CHANGE_SETTINGS: tr_noop("Change settings"),
    MANAGE_STAFF: tr_noop("Manage staff"),
}

#: Daily work every profile may do; never stored, never refused.
STAFF_DEFAULTS = ("reply", "label", "create_orders", "edit_stock", "redeem_rewards")


class Member(Protocol):
    """Anything with a role and granted permissions (core.shop.StaffMember, services' Actor)."""

    @property
    def role(self) -> str | None: ...

    @property
    def permissions(self) -> Iterable[str] | None: ...


def clean_permissions(names: Iterable[str]) -> tuple[str, ...]:
    """Known grantable names, de-duplicated in the page's order.

    Raises:
        ValidationError: an unknown permission name (a typo in a caller would otherwise grant nothing silently).
    """
    given = set(names)
    unknown = given - set(GRANTABLE) - set(STAFF_DEFAULTS)
    if unknown:
        raise ValidationError({"permissions": tr_noop("Unknown permission.")})
    return tuple(name for name in GRANTABLE if name in given)


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError({"role": tr_noop("Choose Owner or Staff.")})
    return role


def allowed(member: Member, permission: str) -> bool:
    """True when the member's role or granted permissions cover ``permission``."""
    if member.role == OWNER or permission in STAFF_DEFAULTS:
        return True
    return permission in set(member.permissions or ())


def require(member: Member, permission: str) -> None:
    """Raises PermissionDenied unless the member may do ``permission``."""
    if not allowed(member, permission):
        raise PermissionDenied(permission=permission)
