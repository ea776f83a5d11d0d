"""ShopService: first-run set-up, the profile and key/value settings."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from merchant_desk.core.errors import NotFoundError, ValidationError
from merchant_desk.core.shop import DEFAULT_LABELS, validate_profile
from merchant_desk.db.models import Label, Staff
from merchant_desk.services.audit_service import Actor
from merchant_desk.services.hub import Services
from merchant_desk.services.shop_service import AlreadySetUp
from merchant_desk.services.staff_service import verify_secret

PROFILE = validate_profile("Toko Berkah Jaya", "Siti Rahayu", "0812-3456-7890", "WITA", "id")


def test_new_shop_is_not_set_up(services: Services) -> None:
    assert not services.shop.is_set_up()
    with pytest.raises(NotFoundError):
        services.shop.profile()


def test_set_up_creates_shop_owner_labels_and_audit_entry(services: Services) -> None:
    owner = services.shop.set_up(PROFILE)

    assert services.shop.is_set_up()
    assert services.shop.profile() == PROFILE
    assert (owner.name, owner.role, owner.is_owner, owner.has_secret) == ("Siti Rahayu", "owner", True, False)
    assert services.staff.list() == [owner]
    assert services.shop.label_count() == len(DEFAULT_LABELS)
    with services.db.read() as session:
        labels = session.execute(select(Label.name, Label.color, Label.is_default).order_by(Label.position)).all()
    assert [(n, c) for n, c, _d in labels] == list(DEFAULT_LABELS)
    assert all(d for _n, _c, d in labels)
    entries = services.audit.recent()
    assert [(e.action, e.subject, e.staff_name) for e in entries] == [
        ("shop_set_up", "Toko Berkah Jaya", "Siti Rahayu")
    ]


def test_set_up_with_a_pin_hashes_it(services: Services) -> None:
    owner = services.shop.set_up(PROFILE, pin="2468")
    assert owner.has_secret
    with services.db.read() as session:
        stored = session.scalars(select(Staff.secret_hash)).one()
    assert stored is not None and stored.startswith("$argon2id$") and "2468" not in stored
    assert verify_secret(stored, "2468")


def test_set_up_refuses_a_bad_pin_and_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.shop.set_up(PROFILE, pin="12")
    assert not services.shop.is_set_up()
    assert services.audit.recent() == []


def test_second_set_up_is_refused_and_labels_seeded_once(services: Services) -> None:
    services.shop.set_up(PROFILE)
    other = validate_profile("Toko Lain", "Budi", "0813-1111-2222")
    with pytest.raises(AlreadySetUp):
        services.shop.set_up(other)
    assert services.shop.profile() == PROFILE
    assert services.shop.label_count() == len(DEFAULT_LABELS)
    assert services.staff.count() == 1
    assert [e.action for e in services.audit.recent()] == ["shop_set_up"]


def test_set_up_keeps_labels_that_already_exist(services: Services) -> None:
    with services.db.write() as session:
        session.add(Label(name=DEFAULT_LABELS[0][0], color="#000000", position=9))
    services.shop.set_up(PROFILE)
    assert services.shop.label_count() == len(DEFAULT_LABELS)


def test_update_profile_audits_only_real_changes(shop: Services) -> None:
    actor = shop.actor
    before = len(shop.audit.recent())
    unchanged = shop.shop.update_profile(actor, shop.shop.profile())
    assert not unchanged.any()
    assert len(shop.audit.recent()) == before

    renamed = validate_profile("Toko Berkah Jaya 2", "Siti Rahayu", "0812-3456-7890", "WIT", "en")
    changes = shop.shop.update_profile(actor, renamed)
    assert changes.shop and changes.audit
    assert shop.shop.profile() == renamed
    entry = shop.audit.recent(limit=1)[0]
    assert (entry.action, entry.subject, entry.staff_name) == ("settings_changed", "shop", "Siti Rahayu")
    assert entry.detail == {
        "name": ["Toko Berkah Jaya", "Toko Berkah Jaya 2"],
        "timezone": ["WIB", "WIT"],
        "language": ["id", "en"],
    }


def test_update_profile_of_a_shop_not_set_up(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.shop.update_profile(Actor.system(), PROFILE)


def test_settings_round_trip(shop: Services) -> None:
    actor = shop.actor
    assert shop.shop.setting("missing") is None
    assert shop.shop.setting("missing", {"x": 1}) == {"x": 1}
    value = {"greeting": "Halo kak 🙏", "points_per_rupiah": [1, 10_000], "enabled": True}
    assert shop.shop.set_setting(actor, "loyalty", value) == shop.shop.set_setting(actor, "other", 5)
    assert shop.shop.setting("loyalty") == value
    assert shop.shop.setting("other") == 5

    assert not shop.shop.set_setting(actor, "loyalty", dict(value)).any()  # same value: nothing written
    assert shop.shop.set_setting(actor, "loyalty", None).shop
    assert shop.shop.setting("loyalty", "default") is None  # a stored null is not "missing"
    actions = [(e.action, e.subject) for e in shop.audit.recent(action="settings_changed")]
    assert actions == [("settings_changed", "loyalty"), ("settings_changed", "other"), ("settings_changed", "loyalty")]
