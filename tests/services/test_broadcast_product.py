"""A broadcast's product fills {produk} and friends, frozen at creation; a draft's first message can be peeked."""

from __future__ import annotations

from merchant_desk.core.catalog import ProductDraft
from merchant_desk.services.broadcast_select import RecipientFilter
from merchant_desk.services.hub import Services


def test_product_values_are_rendered_and_frozen(shop: Services) -> None:
    customer, _ = shop.customers.find_or_create(shop.actor, "0812-1111-2222", "Budi")
    shop.customers.set_consent(shop.actor, customer.id, True, "asked in chat")
    product = shop.catalog.create(shop.actor, ProductDraft(name="Kemeja Batik", price=150_000, stock=3))
    template = "Halo {nama}, {produk} {harga} (sisa {stok})"
    preview = shop.broadcasts.preview(template, RecipientFilter(), 3, shop.actor, product.id)
    assert preview.samples == (("Budi", "Halo Budi, Kemeja Batik Rp150.000 (sisa 3)"),)
    info, _ = shop.broadcasts.create(shop.actor, "Batik", template, RecipientFilter(), product.id)
    first = shop.broadcasts.peek(info.id)  # a draft: next_recipient would refuse, peek shows it
    assert first is not None and first.customer_name == "Budi"
    assert first.text == "Halo Budi, Kemeja Batik Rp150.000 (sisa 3)" and first.remaining == 1
    report_before = shop.broadcasts.overview()
    assert [(i.name, r.recipients) for i, r in report_before] == [("Batik", 1)]
