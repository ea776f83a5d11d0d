"""The catalog search's plans: walking the sort index with rows checked in Python finds what FTS5 finds."""

from __future__ import annotations

import pytest

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.services import catalog_query, catalog_search
from merchant_desk.services.catalog_search import _check
from merchant_desk.services.hub import Services

NAMES = (
    "Kaos Polos Hitam",
    "Kaos-Oblong Anak",
    "kemeja Batik Tulis",
    "Kemeja_Flanel Kotak",
    "Café Latte Sachet",
    "Kopi Gayo 🔥 Promo",
    "Batik Solo – Parang",
    "Tas Kulit (Asli)",
    "Sepatu Kets 42",
    "Hijab Segi Empat",
    "Kelvin \u212aettle",  # the Kelvin sign lower-cases to a plain k in Python
    "Ikan Asin Jambal",
    "Madu Hutan 500ml",
    "Kue Lapis Legit",
    "Keripik Kaca Pedas",
)
QUERIES = ("k", "ka", "kaos", "kemeja b", "kopi", "cafe", "café", "tas kul", "500", "flanel", "oblong", "e", "zz")


@pytest.fixture
def catalog(shop: Services) -> dict[str, int]:
    ids = {}
    for n, name in enumerate(NAMES):
        draft = ProductDraft(
            name=name,
            price=10_000 + 1_000 * n,
            sku=f"SKU-{n:03d}",
            brand="Kopi Nusantara" if n % 4 == 0 else None,
            description="Dikirim dari Jakarta — kualitas ekspor" if n % 3 == 0 else "",
        )
        ids[name] = shop.catalog.create(shop.actor, draft).id
    shop.catalog.delete(shop.actor, [ids["Kue Lapis Legit"]])
    return ids


def _pages(shop: Services, monkeypatch: pytest.MonkeyPatch, walk: int) -> dict[tuple[str, str, bool], list[int]]:
    monkeypatch.setattr(catalog_query, "SEARCH_INDEX_WALK", walk)
    return {
        (text, sort, desc): shop.catalog.page_ids(ProductFilter(search=text), sort, desc, 0, 3)
        for text in QUERIES
        for sort, desc in (("name", False), ("price", True), ("updated_at", False))
    }


def test_walking_the_index_finds_the_fts_page(
    shop: Services, catalog: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    sorted_by_sqlite = _pages(shop, monkeypatch, walk=10**9)  # every search fetched through FTS5 and sorted
    walked = _pages(shop, monkeypatch, walk=0)  # every search walks the sort index, checked in Python
    assert walked == sorted_by_sqlite
    assert catalog["Kue Lapis Legit"] not in {i for page in walked.values() for i in page}  # trash stays out
    assert sorted_by_sqlite[("cafe", "name", False)] == [catalog["Café Latte Sachet"]]


def test_a_walk_that_finds_too_little_leaves_the_page_to_sqlite(
    shop: Services, catalog: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _pages(shop, monkeypatch, walk=10**9)
    monkeypatch.setattr(catalog_search, "WALK_LIMIT", 1)  # gives up after its first batch
    monkeypatch.setattr(catalog_search, "_FIRST_BATCH", 2)
    assert _pages(shop, monkeypatch, walk=0) == expected


def test_folding_matches_unicode61_or_declines() -> None:
    texts = ["Kaos-Oblong  KAOS_01 Dikirim 🔥 hari–ini", "Café Latte", "Kelvin \u212aettle", "Teh"]
    # Punctuation, underscores, emoji and dashes separate words; é and the Kelvin sign are left to FTS5.
    assert _check(texts, [b" oblong", b" 01", b" ini"]) == ([True, False, False, False], [1, 2])
    assert _check(texts, [b" blong"])[0] == [False] * 4  # prefixes of words only
    assert _check(texts, [b" teh"])[0] == [False, False, False, True]  # each row's words are its own


def test_a_sparse_walk_reads_on_only_when_sqlite_would_index_very_many_matches(
    shop: Services, catalog: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _pages(shop, monkeypatch, walk=10**9)
    monkeypatch.setattr(catalog_search, "_FIRST_BATCH", 2)
    monkeypatch.setattr(catalog_search, "WALK_LIMIT", 4)
    assert _pages(shop, monkeypatch, walk=0) == expected  # few matches: SQLite's walk after the first batch
    monkeypatch.setattr(catalog_search, "CROWDED", 0)
    assert _pages(shop, monkeypatch, walk=0) == expected  # "very many": the walk reads on, then gives up


# Typed letter by letter, with corrections (a deleted letter widens the search: never narrowed from the last).
TYPING = ("kaos polos", "kemeja b", "kopi gayo", "ke", "kopi", "tas kul", "k", "e", "500", "kaos-o", "caf", "café")


@pytest.mark.parametrize(("sort", "descending"), [("name", False), ("price", True), ("updated_at", False)])
def test_a_narrowing_keystroke_finds_what_fts5_finds(
    shop: Services, catalog: dict[str, int], sort: str, descending: bool
) -> None:
    """A keystroke that narrows the last search filters its first page: the same page as a fresh query."""
    keystrokes = [text[:n] for text in TYPING for n in range(1, len(text) + 1)]
    keystrokes += [k[:-1] for k in keystrokes if len(k) > 1]  # backspace
    for text in keystrokes:
        flt = ProductFilter(search=text)
        for limit in (3, 100):
            ids, total, complete, _rows = catalog_query.first_page(shop.db, flt, sort, descending, limit, 2, False)
            everything = shop.catalog.page_ids(flt, sort, descending, 0, 100)
            assert ids == everything[: len(ids)] and total == len(ids), text
            assert ids == everything if complete else len(ids) >= 2, text  # an unfinished page fills the screen


def test_a_commit_between_keystrokes_is_never_narrowed_past(shop: Services, catalog: dict[str, int]) -> None:
    def page(text: str) -> list[int]:
        return catalog_query.first_page(shop.db, ProductFilter(search=text), "name", False, 100, 48, False)[0]

    assert page("ka") == [catalog["Kaos Polos Hitam"], catalog["Kaos-Oblong Anak"], catalog["Keripik Kaca Pedas"]]
    shop.catalog.update(shop.actor, catalog["Kaos Polos Hitam"], ProductDraft(name="Zebra Kaos", price=10_000))
    assert page("kao") == [catalog["Kaos-Oblong Anak"], catalog["Kaos Polos Hitam"]]  # renamed "Zebra Kaos"
