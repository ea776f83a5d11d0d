"""Catalog queries: FTS search (prefix, accents, hostile text), SQL paging and sorting, filters."""

from __future__ import annotations

import pytest

from merchant_desk.core.catalog import ProductDraft, ProductFilter
from merchant_desk.services.catalog_query import UnknownSort, fts_query
from merchant_desk.services.hub import Services


@pytest.fixture
def stocked(shop: Services) -> dict[str, int]:
    drafts = [
        ProductDraft(name="Kopi Gayo Arabika", price=75_000, sku="KG-250", stock=3, brand="Kopi Nusantara"),
        ProductDraft(name="Café Latte Sachet", price=12_000, stock=40, description="Kopi susu instan"),
        ProductDraft(name="Teh Melati", price=5_000, stock=None, availability="out of stock"),
        ProductDraft(name="Sambal Roa", price=35_000, sale_price=30_000, stock=0, hidden=True),
        ProductDraft(name='Kaos "OR" -NEAR*', price=85_000, sku="KAOS-OR", stock=10, collections=("Pakaian",)),
    ]
    return {d.name: shop.catalog.create(shop.actor, d).id for d in drafts}


def _names(shop: Services, flt: ProductFilter, sort: str = "name", descending: bool = False) -> list[str]:
    return [r.name for r in shop.catalog.rows(shop.catalog.page_ids(flt, sort, descending))]


def test_prefix_and_case_insensitive_search(shop: Services, stocked: dict[str, int]) -> None:
    assert _names(shop, ProductFilter(search="kop")) == ["Café Latte Sachet", "Kopi Gayo Arabika"]
    assert _names(shop, ProductFilter(search="GAYO ara")) == ["Kopi Gayo Arabika"]
    assert _names(shop, ProductFilter(search="kg-25")) == ["Kopi Gayo Arabika"]  # SKU
    assert _names(shop, ProductFilter(search="nusantara")) == ["Kopi Gayo Arabika"]  # brand
    assert shop.catalog.count(ProductFilter(search="kopi")) == 2


def test_accents_fold_both_ways(shop: Services, stocked: dict[str, int]) -> None:
    assert _names(shop, ProductFilter(search="cafe")) == ["Café Latte Sachet"]
    assert _names(shop, ProductFilter(search="CAFÉ")) == ["Café Latte Sachet"]


@pytest.mark.parametrize(
    "text", ['"', "*", "-", "OR", "kaos OR", "NEAR(", "kaos -near", "a:b", "'; DROP TABLE products; --", "((("]
)
def test_hostile_text_never_breaks_the_query(shop: Services, stocked: dict[str, int], text: str) -> None:
    shop.catalog.count(ProductFilter(search=text))
    shop.catalog.page_ids(ProductFilter(search=text))


def test_operators_are_plain_words(shop: Services, stocked: dict[str, int]) -> None:
    assert _names(shop, ProductFilter(search="kaos OR")) == ['Kaos "OR" -NEAR*']
    assert _names(shop, ProductFilter(search="teh OR kopi")) == []  # all words required, OR is a word
    assert fts_query('say "hi" OR *x*') == '"say"* "hi"* "OR"* "x"*'
    assert fts_query("  -*  ") is None
    assert shop.catalog.count(ProductFilter(search="-*")) == 5  # nothing searchable: no search filter


def test_sorting_on_any_column_with_stable_pages(shop: Services, stocked: dict[str, int]) -> None:
    assert _names(shop, ProductFilter(), "price")[0] == "Teh Melati"
    assert _names(shop, ProductFilter(), "price", descending=True)[0] == 'Kaos "OR" -NEAR*'
    by_stock = _names(shop, ProductFilter(), "stock")
    assert by_stock[0] == "Teh Melati"  # not tracked (NULL) sorts first
    pages = [shop.catalog.page_ids(ProductFilter(), "name", offset=o, limit=2) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [i for page in pages for i in page] == shop.catalog.page_ids(ProductFilter(), "name")
    with pytest.raises(UnknownSort):
        shop.catalog.page_ids(ProductFilter(), "name; DROP TABLE products")


def test_filters(shop: Services, stocked: dict[str, int]) -> None:
    assert shop.catalog.count() == 5  # hidden products are listed unless a filter says otherwise
    assert shop.catalog.count(ProductFilter(hidden=False)) == 4
    assert _names(shop, ProductFilter(hidden=True)) == ["Sambal Roa"]
    assert _names(shop, ProductFilter(low_stock=3)) == ["Kopi Gayo Arabika", "Sambal Roa"]  # untracked: never low
    assert _names(shop, ProductFilter(availability="out of stock")) == ["Teh Melati"]
    pakaian = shop.catalog.collections()[0].id
    assert _names(shop, ProductFilter(collection_id=pakaian)) == ['Kaos "OR" -NEAR*']
    assert _names(shop, ProductFilter(search="kaos", collection_id=pakaian, hidden=False)) == ['Kaos "OR" -NEAR*']


def test_rows_keep_the_order_asked_and_skip_missing_ids(shop: Services, stocked: dict[str, int]) -> None:
    ids = [stocked["Teh Melati"], 999, stocked["Sambal Roa"]]
    assert [r.name for r in shop.catalog.rows(ids)] == ["Teh Melati", "Sambal Roa"]
    assert shop.catalog.rows([]) == []


def test_search_follows_edits_and_trash(shop: Services, stocked: dict[str, int]) -> None:
    pid = stocked["Teh Melati"]
    draft = shop.catalog.detail(pid).draft
    shop.catalog.update(shop.actor, pid, ProductDraft(**{**draft.__dict__, "name": "Wedang Jahe"}))
    assert _names(shop, ProductFilter(search="wedang")) == ["Wedang Jahe"]
    assert _names(shop, ProductFilter(search="melati")) == []
    shop.catalog.delete(shop.actor, [pid])
    assert _names(shop, ProductFilter(search="wedang")) == []
    assert _names(shop, ProductFilter(search="wedang", trash=True)) == ["Wedang Jahe"]


def test_changed_since_export(shop: Services, stocked: dict[str, int]) -> None:
    assert shop.catalog.count(ProductFilter(changed_since_export=True)) == 5
    shop.catalog.export_meta(shop.actor, shop.paths.data_dir / "feed.csv")
    assert shop.catalog.count(ProductFilter(changed_since_export=True)) == 0
    shop.catalog.set_stock(shop.actor, [stocked["Teh Melati"]], 7)
    assert _names(shop, ProductFilter(changed_since_export=True)) == ["Teh Melati"]


def test_many_matches_walk_the_sort_index_with_the_same_result(
    shop: Services, stocked: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from merchant_desk.services import catalog_query

    expected = shop.catalog.page(ProductFilter(search="k"), "price", descending=True)
    monkeypatch.setattr(catalog_query, "SEARCH_INDEX_WALK", 0)  # every search takes the index-walking plan
    walked = shop.catalog.page(ProductFilter(search="k"), "price", descending=True)
    assert walked == expected and walked.total == 3
    shop.catalog.delete(shop.actor, [stocked["Kopi Gayo Arabika"]])
    assert shop.catalog.page(ProductFilter(search="k")).total == 2
    assert shop.catalog.page(ProductFilter(search="k", trash=True)).ids == (stocked["Kopi Gayo Arabika"],)


def test_rows_read_with_the_plain_cursor_equal_sqlalchemys(
    shop: Services, stocked: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from merchant_desk.services import catalog_query

    shop.catalog.set_stock(shop.actor, [stocked["Teh Melati"]], 7)
    ids = [*stocked.values(), 999_999]
    fast = shop.catalog.rows(ids)
    monkeypatch.setattr(catalog_query, "_is_sqlite", lambda _session: False)  # the Core path other databases take
    assert fast == shop.catalog.rows(ids) and len(fast) == len(stocked)
    assert fast[-1].collections == ("Pakaian",) and fast[0].updated_at.tzinfo is None


def test_first_page_is_the_page_its_count_and_the_first_rows(shop: Services, stocked: dict[str, int]) -> None:
    from merchant_desk.services.catalog_query import first_page

    flt = ProductFilter(search="kopi")
    ids, total, complete, rows = first_page(shop.db, flt, "price", True, 100, 1, counted=False)
    assert ids == shop.catalog.page_ids(flt, "price", True, 0, 100) and total == 2 and complete
    assert rows == shop.catalog.rows(ids[:1])
    ids, total, complete, rows = first_page(shop.db, ProductFilter(), "name", False, 2, 48, counted=True)
    assert ids == shop.catalog.page_ids(ProductFilter(), "name", False, 0, 2) and total == 5 and not complete
    assert len(rows) == 2


def test_the_warm_read_connection_sees_every_commit_and_closes_with_the_database(
    shop: Services, stocked: dict[str, int]
) -> None:
    from merchant_desk.services.catalog_query import first_page
    from merchant_desk.services.catalog_sqlite import reading

    flt = ProductFilter(search="teh")
    assert first_page(shop.db, flt, "name", False, 100, 48, counted=False)[1] == 1
    shop.catalog.create(shop.actor, ProductDraft(name="Teh Tarik", price=8_000))  # another connection writes
    assert first_page(shop.db, flt, "name", False, 100, 48, counted=False)[1] == 2
    with reading(shop.db) as session:
        pool = session.get_bind().pool
        with pytest.raises(Exception, match="readonly"):
            session.connection().exec_driver_sql("DELETE FROM products")
    assert pool.checkedin() == 1
    shop.db.dispose()  # as a backup restore does before swapping the file
    assert pool.checkedin() == 0
