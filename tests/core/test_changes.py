"""Changes: which areas an operation touched, and who started it."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from merchant_desk.core.changes import NO_CHANGES, Changes

AREAS = [f.name for f in fields(Changes) if f.name != "initiator"]


def test_no_changes() -> None:
    assert not NO_CHANGES.any()
    assert NO_CHANGES.initiator is None


@pytest.mark.parametrize("area", AREAS)
def test_any_is_true_for_each_area(area: str) -> None:
    assert Changes(**{area: True}).any()


def test_or_combines_areas() -> None:
    combined = Changes(catalog=True) | Changes(labels=True, audit=True)
    assert combined == Changes(catalog=True, labels=True, audit=True)
    assert (NO_CHANGES | NO_CHANGES) == NO_CHANGES


def test_by_marks_the_initiator_and_keeps_areas() -> None:
    tab = object()
    marked = Changes(inbox=True).by(tab)
    assert marked.initiator is tab
    assert marked.inbox and not marked.catalog
    assert Changes(inbox=True).initiator is None  # the original is unchanged


def test_or_keeps_the_first_initiator_even_a_falsy_one() -> None:
    first, second = [], object()  # an empty list is falsy: still the initiator
    assert (Changes(shop=True).by(first) | Changes(staff=True).by(second)).initiator is first
    assert (Changes(shop=True) | Changes(staff=True).by(second)).initiator is second


def test_changes_are_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        Changes().shop = True  # type: ignore[misc]


@pytest.mark.parametrize("area", AREAS)
def test_or_and_any_know_every_area(area: str) -> None:
    """A new area added to Changes must also be added to any() and |."""
    one = Changes(**{area: True})
    assert (one | NO_CHANGES) == one
    assert (NO_CHANGES | one) == one
