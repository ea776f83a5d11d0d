"""Orders and loyalty points that the demo chats produce, kept consistent and numbered at the end."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from merchant_desk.services.demo.loader import Loader

POINT_RUPIAH = 10_000  # one point per Rp10.000 paid
EXPIRY_DAYS = 180
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: codes are read aloud and typed
WIB = timedelta(hours=7)
ORDER_NOTES = ("Minta dibungkus kado ya kak", "Kirim sore saja", "Tolong bubble wrap tebal", "Titip di satpam")

# name, kind, value, cap, cost_points, valid_days: what the demo's rewards table holds (see extras.py).
REWARDS: tuple[tuple[str, str, int, int | None, int, int], ...] = (
    ("Potongan Rp10.000", "fixed", 10_000, None, 15, 30),
    ("Gratis ongkir s/d Rp15.000", "fixed", 15_000, None, 20, 30),
    ("Diskon 10% (maks. Rp50.000)", "percent", 10, 50_000, 40, 60),
    ("Voucher belanja Rp50.000", "fixed", 50_000, None, 75, 60),
    ("Gratis Hijab Segi Empat", "product", 0, None, 60, 30),
)
SPENDABLE = (0, 1, 2, 3)  # rewards applied as an order discount


@dataclass(slots=True)
class OrderRec:
    customer_id: int | None
    conversation_id: int | None
    created_at: datetime
    lines: list[tuple[int, str, str, int, int]]  # product id, name, sku, unit price, quantity
    subtotal: int
    discount: int
    shipping: int
    notes: str | None
    stage: str = "new"
    paid_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    id: int = 0
    number: str = ""

    @property
    def total(self) -> int:
        return self.subtotal - self.discount + self.shipping


@dataclass(slots=True)
class RedemptionRec:
    reward: int
    customer_id: int
    code: str
    points: int
    status: str
    created_at: datetime
    used_at: datetime | None
    order: OrderRec | None
    id: int = 0


@dataclass(slots=True)
class LedgerRec:
    customer_id: int
    kind: str
    points: int
    created_at: datetime
    expires_at: datetime | None = None
    lot: LedgerRec | None = None
    order: OrderRec | None = None
    redemption: RedemptionRec | None = None
    remaining: int = 0  # of an earned lot, while generating
    id: int = 0


@dataclass
class SalesBook:
    """Every order, voucher and ledger entry, with each customer's open point lots (oldest first)."""

    rng: random.Random
    orders: list[OrderRec] = field(default_factory=list)
    redemptions: list[RedemptionRec] = field(default_factory=list)
    ledger: list[LedgerRec] = field(default_factory=list)
    lots: dict[int, list[LedgerRec]] = field(default_factory=dict)
    codes: set[str] = field(default_factory=set)

    def balance(self, customer_id: int, at: datetime) -> int:
        self._expire(customer_id, at)
        return sum(lot.remaining for lot in self.lots.get(customer_id, ()))

    def open_order(
        self,
        customer_id: int,
        conversation_id: int,
        at: datetime,
        lines: list[tuple[int, str, str, int, int]],
        shipping: int,
        may_redeem: bool,
    ) -> OrderRec:
        """A new order; a loyal customer sometimes spends points on it as a discount."""
        subtotal = sum(price * qty for _pid, _name, _sku, price, qty in lines)
        notes = self.rng.choice(ORDER_NOTES) if self.rng.random() < 0.1 else None
        order = OrderRec(customer_id, conversation_id, at, lines, subtotal, 0, shipping, notes)
        balance = self.balance(customer_id, at) if may_redeem else 0
        affordable = [r for r in SPENDABLE if REWARDS[r][4] <= balance]
        if affordable and self.rng.random() < 0.5:
            reward = affordable[-1]
            _name, kind, value, cap, _cost, _days = REWARDS[reward]
            discount = value if kind == "fixed" else min(subtotal * value // 100 // 500 * 500, cap or subtotal)
            order.discount = min(discount, subtotal)
            redemption = self._redeem(customer_id, reward, at - timedelta(minutes=1), "used")
            redemption.used_at, redemption.order = at, order
        self.orders.append(order)
        return order

    def pay(self, order: OrderRec, at: datetime) -> None:
        order.stage, order.paid_at = "paid", at
        points = order.total // POINT_RUPIAH
        if points > 0 and order.customer_id is not None:
            lot = LedgerRec(order.customer_id, "earn", points, at, at + timedelta(days=EXPIRY_DAYS), order=order)
            lot.remaining = points
            self.ledger.append(lot)
            self.lots.setdefault(order.customer_id, []).append(lot)

    def finish(self, customer_id: int, last_contact: datetime, now: datetime) -> None:
        """Expires what is due by ``now``; some customers keep an unused voucher from their last visit."""
        balance = self.balance(customer_id, last_contact)
        if balance >= REWARDS[4][4] and self.rng.random() < 0.4:
            issued = self._redeem(customer_id, 4, last_contact + timedelta(minutes=3), "issued")
            if issued.created_at + timedelta(days=REWARDS[4][5]) < now:
                issued.status = "expired"
        self._expire(customer_id, now)

    def _redeem(self, customer_id: int, reward: int, at: datetime, status: str) -> RedemptionRec:
        cost = REWARDS[reward][4]
        redemption = RedemptionRec(reward, customer_id, self._code(), cost, status, at, None, None)
        self.redemptions.append(redemption)
        due = cost
        for lot in self.lots[customer_id]:  # first in, first out: the oldest points go first
            take = min(due, lot.remaining)
            if take:
                lot.remaining -= take
                due -= take
                self.ledger.append(LedgerRec(customer_id, "redeem", -take, at, lot=lot, redemption=redemption))
            if not due:
                break
        self.lots[customer_id] = [lot for lot in self.lots[customer_id] if lot.remaining]
        return redemption

    def _expire(self, customer_id: int, at: datetime) -> None:
        lots = self.lots.get(customer_id)
        while lots and lots[0].expires_at is not None and lots[0].expires_at <= at:
            lot = lots.pop(0)
            if lot.remaining:
                self.ledger.append(LedgerRec(customer_id, "expire", -lot.remaining, lot.expires_at, lot=lot))
                lot.remaining = 0

    def _code(self) -> str:
        while True:
            code = "".join(self.rng.choices(CODE_ALPHABET, k=8))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def load(self, loader: Loader, reward_ids: list[int], owner_id: int) -> None:
        """Numbers the orders by month in time order, then inserts orders, lines, vouchers and the ledger."""
        write_orders(self, loader, owner_id)
        for rid, rec in enumerate(
            sorted(self.redemptions, key=lambda r: r.created_at), start=loader.next_id("redemptions")
        ):
            rec.id = rid
            days = REWARDS[rec.reward][5]
            loader.add(
                "redemptions",
                {
                    "id": rid,
                    "reward_id": reward_ids[rec.reward],
                    "customer_id": rec.customer_id,
                    "code": rec.code,
                    "points": rec.points,
                    "status": rec.status,
                    "expires_at": rec.created_at + timedelta(days=days),
                    "used_at": rec.used_at,
                    "order_id": rec.order.id if rec.order else None,
                    "staff_id": owner_id,
                    "note": None,
                    "created_at": rec.created_at,
                },
            )
        loader.flush("redemptions")
        reasons = {"earn": "Belanja {order}", "redeem": "Tukar poin: {reward}", "expire": "Poin kedaluwarsa"}
        ordered = sorted(self.ledger, key=lambda e: e.created_at)  # stable: a lot precedes what consumes it
        for lid, entry in enumerate(ordered, start=loader.next_id("loyalty_ledger")):
            entry.id = lid
            reason = reasons[entry.kind].format(
                order=entry.order.number if entry.order else "",
                reward=REWARDS[entry.redemption.reward][0] if entry.redemption else "",
            )
            loader.add(
                "loyalty_ledger",
                {
                    "id": lid,
                    "customer_id": entry.customer_id,
                    "kind": entry.kind,
                    "points": entry.points,
                    "lot_id": entry.lot.id if entry.lot else None,
                    "expires_at": entry.expires_at,
                    "order_id": entry.order.id if entry.order else None,
                    "redemption_id": entry.redemption.id if entry.redemption else None,
                    "staff_id": None,
                    "reason": reason,
                    "created_at": entry.created_at,
                },
            )
            loader.maybe_flush("loyalty_ledger")
        loader.flush("loyalty_ledger")


def write_orders(book: SalesBook, loader: Loader, owner_id: int) -> None:
    """INV/YYYY/MM/NNNN numbers count up within each month of the shop's calendar (WIB)."""
    per_month: dict[tuple[int, int], int] = {}
    for oid, order in enumerate(sorted(book.orders, key=lambda o: o.created_at), start=loader.next_id("orders")):
        local = order.created_at + WIB
        n = per_month[local.year, local.month] = per_month.get((local.year, local.month), 0) + 1
        order.id, order.number = oid, f"INV/{local.year}/{local.month:02d}/{n:04d}"
        loader.add(
            "orders",
            {
                "id": oid,
                "number": order.number,
                "customer_id": order.customer_id,
                "conversation_id": order.conversation_id,
                "stage": order.stage,
                "subtotal": order.subtotal,
                "discount": order.discount,
                "shipping": order.shipping,
                "total": order.total,
                "notes": order.notes,
                "staff_id": owner_id,
                "stock_taken": order.stage in ("paid", "shipped", "done"),
                "paid_at": order.paid_at,
                "completed_at": order.completed_at,
                "cancelled_at": order.cancelled_at,
                "created_at": order.created_at,
            },
        )
        for pid, name, sku, price, qty in order.lines:
            loader.add(
                "order_lines",
                {
                    "order_id": oid,
                    "product_id": pid,
                    "name": name,
                    "sku": sku,
                    "unit_price": price,
                    "quantity": qty,
                    "discount": 0,
                    "line_total": price * qty,
                },
            )
        loader.maybe_flush("orders", "order_lines")
    loader.flush("orders", "order_lines")
