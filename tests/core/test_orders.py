"""Order rules: stage moves, totals in whole Rupiah, numbers, stage labels and the WhatsApp invoice."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.orders import (
    ORDER_LABELS,
    STAGE_LABELS,
    STAGE_NAMES,
    STAGES,
    TRANSITIONS,
    InvalidTransition,
    LineDraft,
    OrderLineView,
    OrderView,
    check_transition,
    compute_totals,
    format_order_number,
    invoice_text,
    serial_of,
    validate_lines,
)
from merchant_desk.core.shop import DEFAULT_LABELS, ShopProfile

SHOP = ShopProfile("Toko Berkah Jaya", "Siti", "+6281234567890")


def test_stage_names_are_the_indonesian_labels() -> None:
    assert list(STAGE_NAMES) == list(STAGES)
    assert STAGE_NAMES["awaiting"] == "Menunggu pembayaran" and STAGE_NAMES["cancelled"] == "Dibatalkan"


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        ("new", "awaiting", True), ("new", "paid", True), ("awaiting", "paid", True), ("paid", "shipped", True),
        ("paid", "done", True), ("shipped", "done", True), ("shipped", "cancelled", True), ("new", "cancelled", True),
        ("new", "shipped", False), ("awaiting", "new", False), ("done", "cancelled", False),
        ("cancelled", "new", False), ("paid", "paid", False), ("paid", "awaiting", False),
    ],
)  # fmt: skip
def test_transitions(current: str, target: str, ok: bool) -> None:
    if ok:
        check_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(current, target)


def test_final_stages_go_nowhere_and_every_stage_is_reachable() -> None:
    assert TRANSITIONS["done"] == TRANSITIONS["cancelled"] == frozenset()
    reachable = {"new"} | set().union(*TRANSITIONS.values())
    assert reachable == set(STAGES)


def test_stage_labels_are_default_whatsapp_labels() -> None:
    defaults = {name for name, _colour in DEFAULT_LABELS}
    assert defaults >= ORDER_LABELS
    assert STAGE_LABELS["new"] == "Pesanan baru" and STAGE_LABELS["done"] == "Pesanan selesai"
    assert STAGE_LABELS["paid"] == "Sudah dibayar" and STAGE_LABELS["cancelled"] is None


def test_totals() -> None:
    lines = [LineDraft(1, "Kopi", 85_000, 2, 10_000), LineDraft(None, "Kado", 5_000)]
    totals = compute_totals(lines, discount=20_000, shipping=15_000)
    assert (totals.subtotal, totals.discount, totals.shipping, totals.total) == (165_000, 20_000, 15_000, 160_000)
    assert totals.points_basis == 145_000


def test_discounts_never_make_anything_negative() -> None:
    line = LineDraft(1, "Kopi", 10_000, 1, 50_000)
    assert (line.effective_discount, line.total) == (10_000, 0)
    totals = compute_totals([LineDraft(None, "x", 1_000)], discount=5_000, shipping=2_000)
    assert (totals.discount, totals.total) == (1_000, 2_000)


@given(
    st.lists(st.tuples(st.integers(0, 10**8), st.integers(1, 1000), st.integers(0, 10**9)), min_size=1, max_size=8),
    st.integers(0, 10**10),
    st.integers(0, 10**7),
)
def test_totals_are_whole_and_never_negative(raw: list[tuple[int, int, int]], discount: int, shipping: int) -> None:
    lines = [LineDraft(None, "x", price, qty, off) for price, qty, off in raw]
    totals = compute_totals(lines, discount, shipping)
    assert all(isinstance(v, int) for v in (totals.subtotal, totals.discount, totals.total))
    assert totals.subtotal == sum(max(p * q - d, 0) for p, q, d in raw)
    assert 0 <= totals.discount <= totals.subtotal and totals.total == totals.subtotal - totals.discount + shipping
    assert totals.total >= shipping >= 0


def test_validation_names_every_field() -> None:
    with pytest.raises(ValidationError) as err:
        validate_lines([LineDraft(None, " ", -1, 0, -5)], discount=-1, shipping=-1)
    assert set(err.value.problems) == {
        "lines.0.quantity", "lines.0.unit_price", "lines.0.discount", "lines.0.name", "discount", "shipping",
    }  # fmt: skip
    with pytest.raises(ValidationError):
        validate_lines([], 0, 0)


def test_numbers() -> None:
    assert format_order_number("INV", datetime(2026, 11, 1), 1) == "INV/2026/11/0001"
    assert format_order_number("INV", datetime(2026, 1, 1), 12345) == "INV/2026/01/12345"
    assert serial_of("INV/2026/11/0042") == 42 and serial_of("INV/2026/11/12345") == 12345
    assert serial_of("ORDER-7") is None


def _order(stage: str = "awaiting", **kw: object) -> OrderView:
    lines = (
        OrderLineView(1, "Kopi Gayo 250g", "KG-1", 85_000, 2, 10_000, 160_000),
        OrderLineView(None, "Bungkus kado", None, 5_000, 1, 0, 5_000),
    )
    base = dict(id=1, number="INV/2026/11/0007", stage=stage, customer_id=1, customer_name="Budi",
                conversation_id=None, subtotal=165_000, discount=15_000, shipping=12_000, total=162_000,
                notes="Kirim sore", created_at=datetime(2026, 11, 21, 20, 0), lines=lines)  # fmt: skip
    return OrderView(**{**base, **kw})  # type: ignore[arg-type]


def test_invoice_text_in_indonesian() -> None:
    text = invoice_text(_order(), SHOP, "BCA 1234567890 a.n. Siti\nKirim bukti transfer ya", "id")
    assert text.splitlines()[:4] == [
        "*Invoice INV/2026/11/0007*",
        "Toko Berkah Jaya",
        "Tanggal: 22/11/2026",
        "Untuk: Budi",
    ]  # fmt: skip  (20:00 UTC is the next day in WIB)
    assert "1. Kopi Gayo 250g\n   2 x Rp85.000 - potongan Rp10.000 = Rp160.000" in text
    assert "Subtotal: Rp165.000\nDiskon: -Rp15.000\nOngkir: Rp12.000\n*Total: Rp162.000*" in text
    assert "*Cara pembayaran:*\nBCA 1234567890 a.n. Siti\nKirim bukti transfer ya" in text
    assert "Catatan: Kirim sore" in text and text.endswith("Terima kasih sudah berbelanja 🙏")


def test_invoice_text_in_english_and_for_a_paid_order() -> None:
    text = invoice_text(_order("paid", discount=0, shipping=0, total=165_000, notes=None), SHOP, "BCA", "en_US")
    assert "Date: 22/11/2026" in text and "Status: Paid" in text and "*Total: Rp165.000*" in text
    assert "Discount" not in text and "Shipping" not in text and "How to pay" not in text  # already paid
