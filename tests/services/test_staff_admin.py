"""Staff management and the service layer refusing what a Staff profile may not do."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from test_order_support import customer

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.core.errors import NotFoundError, PermissionDenied, ValidationError, WrongPin
from merchant_desk.core.permissions import CHANGE_PRICES, MANAGE_STAFF
from merchant_desk.core.shop import validate_profile
from merchant_desk.db.models import AuditEntry, Staff
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services
from merchant_desk.services.staff_admin import LastOwner


@pytest.fixture
def clerk(shop: Services) -> Actor:
    member = shop.staff.add(shop.actor, "Budi", "2468", "staff")
    return Actor.of(member)


def _actions(shop: Services) -> list[str]:
    with shop.db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_add_edit_deactivate_are_audited(shop: Services, clerk: Actor) -> None:
    assert clerk.id is not None
    assert shop.staff.sign_in(clerk.id, "2468").name == "Budi"
    shop.staff.edit(shop.actor, clerk.id, name="Budi S", permissions=[CHANGE_PRICES])
    assert shop.staff.get(clerk.id).permissions == (CHANGE_PRICES,)
    shop.staff.deactivate(shop.actor, clerk.id)
    assert [m.name for m in shop.staff.list()] == ["Siti Rahayu"]
    with shop.db.read() as session:  # never deleted: the audit log refers to it
        assert session.get(Staff, clerk.id) is not None
    with pytest.raises(NotFoundError):
        shop.staff.sign_in(clerk.id, "2468")
    assert {"staff_added", "staff_edited", "staff_deactivated", "sign_in"} <= set(_actions(shop))


def test_validation(shop: Services) -> None:
    with pytest.raises(ValidationError):
        shop.staff.add(shop.actor, "  ", "1234")
    with pytest.raises(ValidationError):
        shop.staff.add(shop.actor, "Ani", "12")
    with pytest.raises(ValidationError):
        shop.staff.add(shop.actor, "Siti Rahayu", "1234")
    assert shop.staff.add(shop.actor, "Ani", "a long password").has_secret


def test_owner_resets_a_pin(shop: Services, clerk: Actor) -> None:
    assert clerk.id is not None
    shop.staff.reset_pin(shop.actor, clerk.id, "9999")
    with pytest.raises(WrongPin):
        shop.staff.sign_in(clerk.id, "2468")
    assert shop.staff.sign_in(clerk.id, "9999").id == clerk.id
    assert "pin_reset" in _actions(shop)


def test_last_owner_stays(shop: Services) -> None:
    assert shop.actor.id is not None
    with pytest.raises(LastOwner):
        shop.staff.deactivate(shop.actor, shop.actor.id)


def test_staff_is_refused_by_the_services(shop: Services, clerk: Actor, tmp_path: Path) -> None:
    pid = shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=15_000, stock=3)).id
    cid, _ = customer(shop)
    profile = validate_profile("Toko Lain", "Siti Rahayu", "0812-3456-7890")
    refused = [
        lambda: shop.catalog.delete(clerk, [pid]),
        lambda: shop.catalog.empty_trash(clerk),
        lambda: shop.catalog.set_price(clerk, pid, 20_000),
        lambda: shop.catalog.adjust_prices(clerk, [pid], percent=10),
        lambda: shop.catalog.update(clerk, pid, ProductDraft(name="Kopi", price=1_000, stock=3)),
        lambda: shop.catalog.export_meta(clerk, tmp_path / "feed.csv"),
        lambda: shop.loyalty.adjust(clerk, cid, 10, "bonus"),
        lambda: shop.shop.update_profile(clerk, profile),
        lambda: shop.shop.set_setting(clerk, "x", 1),
        lambda: shop.staff.add(clerk, "Ani", "1234"),
        lambda: shop.staff.reset_pin(clerk, shop.actor.id or 0, "1111"),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()
    # daily work stays allowed: a stock edit without a price change
    shop.catalog.update(clerk, pid, ProductDraft(name="Kopi", price=15_000, stock=9))
    assert not (tmp_path / "feed.csv").exists()


def test_granted_permission_and_lookup_by_id(shop: Services, clerk: Actor) -> None:
    assert clerk.id is not None
    pid = shop.catalog.create(shop.actor, ProductDraft(name="Kopi", price=15_000)).id
    shop.staff.edit(shop.actor, clerk.id, permissions=[CHANGE_PRICES])
    # an actor built from an id alone gets what the database says now
    shop.catalog.set_price(Actor(clerk.id, "Budi"), pid, 17_000)
    with pytest.raises(PermissionDenied):
        shop.staff.add(Actor(clerk.id, "Budi"), "Ani", "1234")
    shop.staff.edit(shop.actor, clerk.id, permissions=[MANAGE_STAFF])
    shop.staff.add(Actor(clerk.id, "Budi"), "Ani", "1234")
