"""Conversation rows of the demo: status and unread badge, label, and the resellers' group chats."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from merchant_desk.services.demo import chat
from merchant_desk.services.demo.catalog import rupiah as format_rupiah
from merchant_desk.services.demo.names import CITIES, FIRST_NAMES, RESELLER_GROUP_TITLES
from merchant_desk.services.demo.sales import OrderRec

if TYPE_CHECKING:
    from merchant_desk.services.demo.inbox import InboxWriter

STAGE_LABEL = {
    "new": "Pesanan baru",
    "awaiting": "Menunggu pembayaran",
    "paid": "Sudah dibayar",
    "shipped": "Sudah dibayar",
    "done": "Pesanan selesai",
}
# Steps after which nothing is expected from either side: the chat can be marked resolved.
FINISHED = ("s_thanks", "s_cancel_ok", "s_close", "s_promo", "s_promo_answer", "c_ok", "s_shipped")


def status_and_unread(episodes: list[list[str]], last: datetime, now: datetime, rng: random.Random) -> tuple[str, int]:
    """Open with an unread badge when the customer wrote last (recently), pending when the shop waits."""
    trailing = 0
    for steps in reversed(episodes):
        for step in reversed(steps):
            if chat.STEPS[step].direction != "in":
                break
            trailing += 1
        else:
            continue
        break
    recent = now - last < timedelta(days=3)
    if trailing:
        return "open", trailing if recent else 0
    if episodes[-1][-1] in FINISHED:
        return ("open" if recent and rng.random() < 0.5 else "resolved"), 0
    return "pending", 0  # the shop answered and waits for the customer


def label(final_order: OrderRec | None, episodes: list[list[str]], status: str) -> str:
    """The label a merchant would have put on the chat for its latest episode."""
    if final_order is not None:
        return STAGE_LABEL.get(final_order.stage, "")
    if episodes[-1][0] == "c_complain":
        return "Keluhan" if status != "resolved" else "Masalah selesai"
    return "Pertanyaan produk"


def group_chat(writer: InboxWriter, conv_id: int, g: int, budget: int) -> None:
    """A resellers' group: stock questions from several members and the shop's updates."""
    rng = writer.rng
    episodes, offsets = writer.plan(budget, [chat.group_script])
    times = writer.timeline(episodes, offsets)
    body = ""
    n = 0
    for steps in episodes:
        idx = writer.catalog.pick(rng)
        ctx = {
            "nama": "semua",
            "produk": writer.catalog.names[idx],
            "stok": 3 + int(rng.random() * 38),
            "harga": format_rupiah(writer.catalog.selling[idx]),
            "resi": "",
            "kota": rng.choice(CITIES),
        }
        for step in steps:
            spec = chat.STEPS[step]
            body = spec.lines[int(rng.random() * len(spec.lines))].format_map(ctx)
            writer.message(conv_id, spec.direction, rng.choice(FIRST_NAMES), body, times[n])
            n += 1
    base = RESELLER_GROUP_TITLES[g % len(RESELLER_GROUP_TITLES)]
    title = base if g < len(RESELLER_GROUP_TITLES) else f"{base} {g // len(RESELLER_GROUP_TITLES) + 1}"
    writer.loader.add(
        "conversations",
        {
            "id": conv_id,
            "customer_id": None,
            "channel": "import",
            "title": title,
            "is_group": True,
            "status": "open",
            "assigned_staff_id": None,
            "unread_count": 0,
            "last_message_at": times[-1],
            "last_message_preview": body[:200],
            "external_key": f"group:{conv_id}",
            "created_at": times[0],
        },
    )
