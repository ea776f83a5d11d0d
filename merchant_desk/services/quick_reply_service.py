"""Quick replies: editing, the composer's fuzzy picker, usage counts and filling placeholders for a conversation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import NotFoundError, ValidationError, tr_noop
from merchant_desk.core.money import format_rupiah
from merchant_desk.core.placeholders import render, validate_template
from merchant_desk.core.timezones import to_shop_time, utcnow
from merchant_desk.db.engine import Database
from merchant_desk.db.models import (
    Conversation,
    Customer,
    LedgerEntry,
    Order,
    Product,
    QuickReply,
    QuickReplyImage,
    Shop,
)
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.quick_reply_io import QuickReplyTransfer

REPLIES_CHANGED = Changes(replies=True, audit=True)
_SHORTCUT = re.compile(r"^[a-z0-9_\-]{1,50}$")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip


@dataclass(frozen=True)
class ReplyImage:
    position: int
    sha256: str | None  # a photo in the photo folder
    product_id: int | None  # or a catalog product's cover


@dataclass(frozen=True)
class QuickReplyDraft:
    shortcut: str
    title: str
    body: str
    category: str | None = None
    images: tuple[ReplyImage, ...] = ()


@dataclass(frozen=True)
class QuickReplyInfo:
    id: int
    shortcut: str  # lower-case, without "/"
    title: str
    body: str
    category: str | None
    times_used: int
    last_used_at: datetime | None
    images: tuple[ReplyImage, ...] = ()


def clean_shortcut(text: str) -> str:
    return text.strip().lstrip("/").strip().lower()


def validate_draft(draft: QuickReplyDraft) -> QuickReplyDraft:
    """Normalises the shortcut and checks every field at once.

    Raises:
        ValidationError: a bad shortcut, no title or body, or a body with unknown placeholders.
    """
    shortcut, title, body = clean_shortcut(draft.shortcut), draft.title.strip(), draft.body.strip()
    problems: dict[str, str] = {}
    if not _SHORTCUT.match(shortcut):
        problems["shortcut"] = tr_noop("Use letters, digits, '-' or '_' (up to 50), e.g. /rekening.")
    if not title:
        problems["title"] = tr_noop("The quick reply needs a title.")
    if not body:
        problems["body"] = tr_noop("Write the reply.")
    elif validate_template(body):  # the editor shows each problem with its line and column
        problems["body"] = tr_noop("The reply has an unknown placeholder or an unbalanced brace.")
    if problems:
        raise ValidationError(problems)
    category = (draft.category or "").strip() or None
    images = tuple(ReplyImage(i, image.sha256, image.product_id) for i, image in enumerate(draft.images))
    return QuickReplyDraft(shortcut, title, body, category, images)


def _images(session: Session, ids: Sequence[int]) -> dict[int, tuple[ReplyImage, ...]]:
    found: dict[int, list[ReplyImage]] = {}
    query = select(QuickReplyImage).where(QuickReplyImage.quick_reply_id.in_(ids)).order_by(QuickReplyImage.position)
    for row in session.scalars(query):
        found.setdefault(row.quick_reply_id, []).append(ReplyImage(row.position, row.sha256, row.product_id))
    return {k: tuple(v) for k, v in found.items()}


def _info(row: QuickReply, images: tuple[ReplyImage, ...] = ()) -> QuickReplyInfo:
    return QuickReplyInfo(
        row.id, row.shortcut, row.title, row.body, row.category, row.times_used or 0, row.last_used_at, images
    )


def template_values(
    session: Session, *, customer_id: int | None, conversation_id: int | None = None,
    product_id: int | None = None, staff: Actor | None = None, now: datetime | None = None,
) -> dict[str, str | None]:  # fmt: skip
    """Every placeholder's value for one customer / conversation / product; None where nothing is known."""
    shop = session.get(Shop, 1)
    zone = shop.timezone if shop else "WIB"
    local = to_shop_time(now or utcnow(), zone)
    values: dict[str, str | None] = dict.fromkeys(("nama", "produk", "harga", "stok", "link_produk"))
    values.update(nama_toko=shop.name if shop else None, tanggal=f"{local.day} {MONTHS[local.month - 1]} {local.year}")
    values["staf"] = staff.name if staff is not None and staff.id is not None else None
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    values["nama"] = customer.name if customer else None
    product = session.get(Product, product_id) if product_id is not None else None
    if product is not None:
        price = product.sale_price if product.sale_price is not None and product.sale_price < product.price else None
        values.update(produk=product.name, harga=format_rupiah(price or product.price), link_produk=product.link)
        values["stok"] = str(product.stock) if product.stock is not None else None
    where = (
        Order.conversation_id == conversation_id if conversation_id is not None else Order.customer_id == customer_id
    )
    order = session.scalars(select(Order).where(where).order_by(Order.created_at.desc(), Order.id.desc())).first()
    values["nomor_pesanan"] = order.number if order else None
    values["total"] = format_rupiah(order.total) if order else None
    points = None
    if customer_id is not None and session.scalar(select(LedgerEntry.id).limit(1)) is not None:
        # Once the shop uses loyalty, 0 points is an answer; before that, {poin} has nothing to say.
        points = session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.points), 0)).where(LedgerEntry.customer_id == customer_id)
        )
    values["poin"] = None if points is None else f"{int(points):,}".replace(",", ".")
    return values


class QuickReplyService(QuickReplyTransfer):
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, category: str | None = None) -> list[QuickReplyInfo]:
        """Every quick reply, most used first."""
        query = select(QuickReply).order_by(QuickReply.times_used.desc(), QuickReply.shortcut)
        if category is not None:
            query = query.where(QuickReply.category == category)
        with self._db.read() as session:
            rows = list(session.scalars(query))
            images = _images(session, [r.id for r in rows])
            return [_info(r, images.get(r.id, ())) for r in rows]

    def get(self, reply_id: int) -> QuickReplyInfo:
        with self._db.read() as session:
            row = session.get(QuickReply, reply_id)
            if row is None:
                raise NotFoundError()
            return _info(row, _images(session, [reply_id]).get(reply_id, ()))

    def search(self, text: str, limit: int = 20) -> list[QuickReplyInfo]:
        """The picker after "/": shortcut prefixes first, then fuzzy hits in shortcut, title, body; most used first."""
        query = clean_shortcut(text)
        replies = self.list()
        if not query:
            return replies[:limit]
        ranked = []
        for reply in replies:
            if reply.shortcut.startswith(query):
                tier = 0
            else:
                score = max(
                    fuzz.ratio(query, reply.shortcut),
                    fuzz.partial_ratio(query, reply.title.lower()),
                    fuzz.partial_ratio(query, reply.body.lower()) - 10,  # the body is long: a weaker sign
                )
                if score < 75:
                    continue
                tier = 1
            ranked.append((tier, -reply.times_used, reply.shortcut, reply))
        ranked.sort(key=lambda r: r[:3])
        return [r[3] for r in ranked[:limit]]

    def create(self, actor: Actor, draft: QuickReplyDraft) -> tuple[QuickReplyInfo, Changes]:
        draft = validate_draft(draft)
        with self._db.write() as session:
            self._check_unique(session, draft.shortcut, None)
            row = QuickReply(shortcut=draft.shortcut, title=draft.title, body=draft.body, category=draft.category)
            row.times_used = 0
            session.add(row)
            session.flush()
            self._set_images(session, row.id, draft.images)
            record(session, actor, "quick_reply_created", f"/{draft.shortcut}")
            return _info(row, draft.images), REPLIES_CHANGED

    def update(self, actor: Actor, reply_id: int, draft: QuickReplyDraft) -> Changes:
        draft = validate_draft(draft)
        with self._db.write() as session:
            row = session.get(QuickReply, reply_id)
            if row is None:
                raise NotFoundError()
            self._check_unique(session, draft.shortcut, reply_id)
            before = (row.shortcut, row.title, row.body, row.category, _images(session, [reply_id]).get(reply_id, ()))
            if before == (draft.shortcut, draft.title, draft.body, draft.category, draft.images):
                return Changes()
            row.shortcut, row.title, row.body, row.category = draft.shortcut, draft.title, draft.body, draft.category
            self._set_images(session, reply_id, draft.images)
            record(session, actor, "quick_reply_edited", f"/{draft.shortcut}", before=f"/{before[0]}")
        return REPLIES_CHANGED

    def delete(self, actor: Actor, reply_id: int) -> Changes:
        with self._db.write() as session:
            row = session.get(QuickReply, reply_id)
            if row is None:
                raise NotFoundError()
            record(session, actor, "quick_reply_deleted", f"/{row.shortcut}", body=row.body)
            session.delete(row)
        return REPLIES_CHANGED

    def use(self, reply_id: int, at: datetime | None = None) -> Changes:
        """Counts one use (the picker's order); not audited: it is statistics, not a change of content."""
        with self._db.write() as session:
            row = session.get(QuickReply, reply_id)
            if row is None:
                raise NotFoundError()
            row.times_used = (row.times_used or 0) + 1
            row.last_used_at = at or utcnow()
        return Changes(replies=True)

    def values_for(
        self, conversation_id: int, product_id: int | None = None, staff: Actor | None = None
    ) -> dict[str, str | None]:
        with self._db.read() as session:
            conv = session.get(Conversation, conversation_id)
            if conv is None:
                raise NotFoundError()
            return template_values(
                session,
                customer_id=conv.customer_id,
                conversation_id=conversation_id,
                product_id=product_id,
                staff=staff,
            )

    def render_for(
        self, reply_id: int, conversation_id: int, product_id: int | None = None, staff: Actor | None = None
    ) -> str:
        """The reply as the customer will read it.

        Raises:
            MissingValues: a placeholder with nothing to fill in (e.g. {produk} with no product chosen).
        """
        return render(self.get(reply_id).body, self.values_for(conversation_id, product_id, staff))

    @staticmethod
    def _check_unique(session: Session, shortcut: str, other_than: int | None) -> None:
        owner = session.scalar(select(QuickReply.id).where(func.lower(QuickReply.shortcut) == shortcut))
        if owner is not None and owner != other_than:
            raise ValidationError({"shortcut": tr_noop("Another quick reply already uses this shortcut.")})

    @staticmethod
    def _set_images(session: Session, reply_id: int, images: Sequence[ReplyImage]) -> None:
        session.execute(delete(QuickReplyImage).where(QuickReplyImage.quick_reply_id == reply_id))
        for image in images:
            session.add(
                QuickReplyImage(
                    quick_reply_id=reply_id, position=image.position, sha256=image.sha256, product_id=image.product_id
                )
            )
