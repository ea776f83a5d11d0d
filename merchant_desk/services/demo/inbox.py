"""Demo conversations: each customer's chat is planned as episodes, timed, then written with its orders."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from merchant_desk.services.demo import chat, conversations, timing
from merchant_desk.services.demo.catalog import Catalog
from merchant_desk.services.demo.catalog import rupiah as format_rupiah
from merchant_desk.services.demo.loader import Loader
from merchant_desk.services.demo.names import BANK_LINE, CITIES, COURIERS
from merchant_desk.services.demo.people import People, Person, customer_labels, local_number
from merchant_desk.services.demo.sales import OrderRec, SalesBook
from merchant_desk.services.demo.timing import DAY, Script

INBOX_TABLES = ("customers", "conversations", "messages", "attachments", "customer_labels", "conversation_labels")
SHIPPING = {city: 9_000 + (i * 7 % 31) * 1_000 for i, city in enumerate(CITIES)}  # flat rate per city
LINES = {name: (step.direction, step.lines) for name, step in chat.STEPS.items()}
QUESTIONS = frozenset(chat.ANSWERS.values())
ORDER_EVENTS = frozenset(("c_order", "s_total", "s_paid", "s_shipped", "c_received", "c_cancel"))


@dataclass(frozen=True)
class Shape:
    customers: int
    conversations: int  # including groups
    groups: int
    messages: int
    order_share: float  # how often an episode is a purchase


@dataclass(frozen=True)
class Receipt:
    """A stored transfer-proof image that payment messages attach."""

    sha256: str
    size: int
    stored_path: str


class InboxWriter:
    def __init__(
        self,
        loader: Loader,
        rng: random.Random,
        catalog: Catalog,
        book: SalesBook,
        now: datetime,
        owner: tuple[int, str],
        labels: dict[str, int],
        receipts: list[Receipt],
    ) -> None:
        self.loader, self.rng, self.catalog, self.book, self.now = loader, rng, catalog, book, now
        self.owner_id, self.owner_name = owner
        self.labels, self.receipts = labels, receipts
        self.people = People(rng)
        self.message_id = loader.next_id("messages")
        self._messages = loader.buffer("messages")
        self.written = 0
        self.scripts: list[Script] = []

    def run(self, shape: Shape) -> None:
        rng, loader = self.rng, self.loader
        weights = [rng.expovariate(1.0) + 0.35 for _ in range(shape.conversations)]
        scale = (shape.messages - 2 * shape.conversations) / sum(weights)
        budgets = [2 + int(w * scale) for w in weights]
        for _ in range(shape.messages - sum(budgets)):  # hand out the rounding remainder
            budgets[int(rng.random() * len(budgets))] += 1
        first_customer, first_conv = loader.next_id("customers"), loader.next_id("conversations")
        share = shape.order_share
        self.scripts = [chat.inquiry_script] * int(100 * (0.8 - share)) + [chat.promo_script] * 15
        self.scripts += [chat.complaint_script] * 5 + [chat.order_script] * int(100 * share)
        singles = shape.conversations - shape.groups
        for k, budget in enumerate(budgets):
            if k < singles:
                self._customer_chat(self.people.person(first_customer + k), first_conv + k, budget)
            else:
                conversations.group_chat(self, first_conv + k, k - singles, budget)
            loader.maybe_flush(*INBOX_TABLES)
            if k % 200 == 0:
                loader.report(f"messages {self.written}/{shape.messages}")
        for cid in range(first_customer + singles, first_customer + shape.customers):
            seen = self.now - timedelta(seconds=int(rng.random() * 300 * DAY))
            loader.add("customers", self.people.customer_row(self.people.person(cid), seen, seen))
            loader.maybe_flush(*INBOX_TABLES)
        loader.flush(*INBOX_TABLES)
        loader.report(f"messages {self.written}/{shape.messages}", force=True)

    def plan(self, budget: int, scripts: list[Script]) -> tuple[list[list[str]], list[int]]:
        """Episodes (truncated to the budget) and each message's offset in seconds from the first one."""
        return timing.plan(self.rng, budget, scripts)

    def timeline(self, episodes: list[list[str]], offsets: list[int]) -> list[datetime]:
        """Each message's UTC time (see ``timing.timeline``)."""
        return timing.timeline(self.rng, self.now, episodes, offsets)

    def _customer_chat(self, person: Person, conv_id: int, budget: int) -> None:
        rng, book, rand, messages = self.rng, self.book, self.rng.random, self._messages
        episodes, offsets = self.plan(budget, self.scripts)
        times = self.timeline(episodes, offsets)
        ctx = {
            "nama": person.first,
            "nama_lengkap": person.name,
            "kota": person.city,
            "alamat": person.address,
            "hp": local_number(person.phone),
            "bank": BANK_LINE,
        }
        shipping = SHIPPING[person.city]
        ctx["ongkir"] = format_rupiah(shipping)
        n, done_orders, body, direction, picked = 0, 0, "", "in", 0
        order: OrderRec | None = None
        for e, steps in enumerate(episodes):
            idx = self.catalog.pick(rng)
            courier, resi_prefix = COURIERS[int(rng.random() * len(COURIERS))]
            qty = 1 if rand() < 0.7 else 2 + int(rand() * 2)
            ctx.update(
                produk=self.catalog.names[idx],
                harga=format_rupiah(self.catalog.selling[idx]),
                qty=qty,
                stok=2 + int(rand() * 29),
                kurir=courier,
                resi=f"{resi_prefix}{int(rng.random() * 1e10):010d}",
                total="",
                subtotal="",
                potongan="",
            )
            order = None
            for step in steps:
                at = times[n]
                if step in ORDER_EVENTS:
                    if step == "c_order":
                        order = book.open_order(
                            person.id, conv_id, at, self._lines(idx, qty), shipping, may_redeem="c_cancel" not in steps
                        )
                        potongan = f", potongan voucher {format_rupiah(order.discount)}" if order.discount else ""
                        ctx.update(
                            total=format_rupiah(order.total), subtotal=format_rupiah(order.subtotal), potongan=potongan
                        )
                    elif order is not None:
                        self._advance(order, step, at)
                direction, lines = LINES[step]
                pick = picked if step in chat.ANSWERS else int(rand() * len(lines))
                body = lines[pick % len(lines)].format_map(ctx)
                if step in QUESTIONS:
                    picked = pick
                # The hottest loop of the large demo (a million rows): the row is built inline.
                if direction == "in":
                    row = {"id": self.message_id, "conversation_id": conv_id, "direction": "in",
                           "author_name": person.name, "staff_id": None, "body": body, "sent_at": at,
                           "delivery_state": None}  # fmt: skip
                else:
                    row = {"id": self.message_id, "conversation_id": conv_id, "direction": direction,
                           "author_name": self.owner_name, "staff_id": self.owner_id, "body": body, "sent_at": at,
                           "delivery_state": "read"}  # fmt: skip
                messages.append(row)
                self.message_id += 1
                if step == "c_paid" and self.receipts and rand() < 0.4:
                    self._attach(at)
                n += 1
            self.written += len(steps)
            # A parcel shipped long ago (or before a later chat) has arrived even if nobody said so.
            arrived = e < len(episodes) - 1 or self.now - times[n - 1] > timedelta(days=7)
            if order is not None and order.stage == "shipped" and arrived:
                order.stage, order.completed_at = "done", min(times[n - 1] + timedelta(days=3), self.now)
            done_orders += order is not None and order.stage == "done"
        self._close(person, conv_id, times, episodes, body, order, done_orders)

    def _advance(self, order: OrderRec, step: str, at: datetime) -> None:
        if step == "s_total":
            order.stage = "awaiting"
        elif step == "s_paid":
            self.book.pay(order, at)
        elif step == "s_shipped":
            order.stage = "shipped"
        elif step == "c_received":
            order.stage, order.completed_at = "done", at
        elif step == "c_cancel":
            order.stage, order.cancelled_at = "cancelled", at

    def _lines(self, idx: int, qty: int) -> list[tuple[int, str, str, int, int]]:
        cat = self.catalog
        picks = [(idx, qty)]
        if self.rng.random() < 0.25:
            picks.append((cat.pick(self.rng), 1))
        return [(cat.first_id + i, cat.names[i], cat.skus[i], cat.selling[i], q) for i, q in picks]

    def message(self, conv_id: int, direction: str, author: str | None, body: str, at: datetime) -> None:
        out = direction == "out"
        self._messages.append(
            {
                "id": self.message_id,
                "conversation_id": conv_id,
                "direction": direction,
                "author_name": self.owner_name if out else author,
                "staff_id": self.owner_id if out else None,
                "body": body,
                "sent_at": at,
                "delivery_state": "read" if out else None,
            },
        )
        self.message_id += 1
        self.written += 1

    def _attach(self, at: datetime) -> None:
        receipt = self.receipts[int(self.rng.random() * len(self.receipts))]
        self.loader.add(
            "attachments",
            {
                "message_id": self.message_id - 1,
                "kind": "image",
                "file_name": f"IMG-{at:%Y%m%d}-WA{self.message_id % 10_000:04d}.jpg",
                "stored_path": receipt.stored_path,
                "mime": "image/jpeg",
                "size": receipt.size,
                "sha256": receipt.sha256,
                "created_at": at,
            },
        )

    def _close(
        self,
        person: Person,
        conv_id: int,
        times: list[datetime],
        episodes: list[list[str]],
        body: str,
        final_order: OrderRec | None,
        done_orders: int,
    ) -> None:
        """The conversation row, its customer and labels, consistent with the messages just written."""
        rng, last = self.rng, times[-1]
        status, unread = conversations.status_and_unread(episodes, last, self.now, rng)
        channel = "import" if rng.random() < 0.15 else "wa_link"
        self.loader.add("customers", self.people.customer_row(person, times[0], last))
        self.loader.add(
            "conversations",
            {
                "id": conv_id,
                "customer_id": person.id,
                "channel": channel,
                "title": person.name,
                "is_group": False,
                "status": status,
                "assigned_staff_id": self.owner_id if status != "resolved" else None,
                "unread_count": unread,
                "last_message_at": last,
                "last_message_preview": body[:200],
                "external_key": f"import:{person.phone}" if channel == "import" else None,
                "created_at": times[0],
            },
        )
        label = conversations.label(final_order, episodes, status)
        if label in self.labels:
            self.loader.add("conversation_labels", {"conversation_id": conv_id, "label_id": self.labels[label]})
        self.loader.extend(
            "customer_labels", customer_labels(person.id, times[0], done_orders, self.now, self.labels, rng)
        )
        self.book.finish(person.id, last, self.now)
