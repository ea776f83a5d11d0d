"""The inbox's reads: conversation lists with filters and counts, thread pages, full-text message search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, or_, select, text, tuple_
from sqlalchemy.orm import Session

from merchant_desk.core.errors import NotFoundError
from merchant_desk.db.models import Attachment, Conversation, Customer, Message, conversation_labels
from merchant_desk.services.inbox_actions import InboxActions
from merchant_desk.services.inbox_rows import (
    ConversationRow,
    Cursor,
    InboxCounts,
    InboxFilter,
    MessageRow,
    SearchHit,
    ThreadPage,
    attachment_row,
    conversation_rows,
    message_row,
)

# FTS5 orders a big match set by time only after fetching it; newest-by-rowid candidates bound that cost.
SEARCH_CANDIDATES = 5000
_TOKEN = re.compile(r"[^\W_]+")


def fts_query(user_text: str) -> str | None:
    """User text as a safe FTS5 query: each word quoted (no operators), prefix-matched, all required.

    A one-letter word matches only itself: messages_fts has 2- and 3-letter prefix indexes, and "k"* would
    merge every word starting with k (~250 ms at 1,000,000 messages) for a result nobody reads.
    """
    words = _TOKEN.findall(user_text)
    return " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words) if words else None


@dataclass(frozen=True)
class ConversationPage:
    rows: tuple[ConversationRow, ...]
    total: int
    offset: int


class InboxQuery(InboxActions):
    """Reads for the Inbox tab; the writes (replies, status, labels) come from InboxActions."""

    def _filtered(self, query: Select[tuple[int]], f: InboxFilter) -> Select[tuple[int]]:
        if f.status == "unresolved":
            query = query.where(Conversation.status != "resolved")
        elif f.status:
            query = query.where(Conversation.status == f.status)
        if f.unassigned:
            query = query.where(Conversation.assigned_staff_id.is_(None))
        elif f.assigned_staff_id is not None:
            query = query.where(Conversation.assigned_staff_id == f.assigned_staff_id)
        if f.unread_only:
            query = query.where(Conversation.unread_count > 0)
        if f.label_id is not None:
            linked = select(conversation_labels.c.conversation_id).where(conversation_labels.c.label_id == f.label_id)
            query = query.where(Conversation.id.in_(linked))
        if f.customer_id is not None:
            query = query.where(Conversation.customer_id == f.customer_id)
        if f.text.strip():
            like = f"%{f.text.strip()}%"
            names = select(Customer.id).where(or_(Customer.name.ilike(like), Customer.phone.like(like)))
            query = query.where(or_(Conversation.title.ilike(like), Conversation.customer_id.in_(names)))
        return query

    def conversation_ids(self, f: InboxFilter | None = None) -> list[int]:
        """Every matching conversation id, newest activity first: a list model holds these and fetches rows."""
        query = self._filtered(select(Conversation.id), f or InboxFilter())
        query = query.order_by(Conversation.last_message_at.desc().nulls_last(), Conversation.id.desc())
        with self._db.read() as session:
            # Core execution: the ORM's row loading doubled the cost of 40,000 ids (~25 ms of ~40 ms).
            return [row[0] for row in session.connection().execute(query)]

    def conversation_rows(self, ids: list[int]) -> list[ConversationRow]:
        """The rows for ``ids``, in the same order (ids no longer present are left out)."""
        with self._db.read() as session:
            return conversation_rows(session, ids)

    def conversations(self, f: InboxFilter | None = None, offset: int = 0, limit: int = 100) -> ConversationPage:
        ids = self.conversation_ids(f)
        return ConversationPage(tuple(self.conversation_rows(ids[offset : offset + limit])), len(ids), offset)

    def conversation(self, conversation_id: int) -> ConversationRow:
        rows = self.conversation_rows([conversation_id])
        if not rows:
            raise NotFoundError()
        return rows[0]

    def counts(self, f: InboxFilter | None = None) -> InboxCounts:
        """Counts for the filter bar: by status, label and assignee, within ``f`` minus the facet being counted."""
        base = f or InboxFilter()
        # The filter's conditions go straight into each aggregate (no IN over a subquery): at 40,000
        # conversations that is the difference between ~300 ms and a few tens of milliseconds.
        status_q = self._filtered(
            select(Conversation.status, func.count(), func.sum(case((Conversation.unread_count > 0, 1), else_=0))),
            base.replace(status=None),
        ).group_by(Conversation.status)
        labels_q = self._filtered(
            select(conversation_labels.c.label_id, func.count()).join_from(
                conversation_labels, Conversation, Conversation.id == conversation_labels.c.conversation_id
            ),
            base.replace(label_id=None),
        ).group_by(conversation_labels.c.label_id)
        staff_q = self._filtered(
            select(Conversation.assigned_staff_id, func.count()), base.replace(assigned_staff_id=None, unassigned=False)
        ).group_by(Conversation.assigned_staff_id)
        with self._db.read() as session:
            statuses = {str(status): (n, unread or 0) for status, n, unread in session.execute(status_q)}
            by_label = {int(label): n for label, n in session.execute(labels_q)}
            by_staff: dict[int | None, int] = {staff: n for staff, n in session.execute(staff_q)}
        chosen = {k: v for k, v in statuses.items() if _status_matches(k, base.status)}
        return InboxCounts(
            total=sum(n for n, _u in chosen.values()),
            unread=sum(u for _n, u in chosen.values()) if not base.unread_only else sum(n for n, _u in chosen.values()),
            by_status={k: n for k, (n, _u) in statuses.items()},
            by_label=by_label,
            by_assignee=by_staff,
        )

    def thread(
        self, conversation_id: int, *, before: Cursor | None = None, after: Cursor | None = None, limit: int = 100
    ) -> ThreadPage:
        """One page of a thread, oldest first: the newest page, or the page before/after a cursor (sent_at, id)."""
        key = tuple_(Message.sent_at, Message.id)  # row values: SQLite walks (conversation_id, sent_at, rowid)
        query = select(*_MESSAGE_COLUMNS).where(Message.conversation_id == conversation_id)
        if after is not None:
            query = query.where(key > tuple_(*after)).order_by(Message.sent_at, Message.id)
        else:
            if before is not None:
                query = query.where(key < tuple_(*before))
            query = query.order_by(Message.sent_at.desc(), Message.id.desc())
        with self._db.read() as session:  # one connection per page: opening one costs more than the queries
            rows = list(session.execute(query.limit(limit + 1)))
            more = len(rows) > limit
            rows = rows[:limit]
            if after is None:
                rows.reverse()
            messages = _with_attachments(session, rows)
            if not messages:
                return ThreadPage((), None, None, False, False)
            first, last = (messages[0].sent_at, messages[0].id), (messages[-1].sent_at, messages[-1].id)
            older_more = more if after is None else _exists(session, conversation_id, key < tuple_(*first))
            newer_more = more if after is not None else _exists(session, conversation_id, key > tuple_(*last))
        return ThreadPage(messages, first, last, older_more, newer_more)

    def thread_around(self, message_id: int, limit: int = 100) -> ThreadPage:
        """The page that holds ``message_id`` (search results jump there), with about half the page before it."""
        with self._db.read() as session:
            row = session.get(Message, message_id)
            if row is None:
                raise NotFoundError()
            cid, cursor = row.conversation_id, (row.sent_at, row.id)
        older = self.thread(cid, before=cursor, limit=limit // 2)
        # (sent_at, id - 1) as the "after" cursor includes the message itself.
        newer = self.thread(cid, after=(cursor[0], cursor[1] - 1), limit=max(1, limit - len(older.messages)))
        messages = older.messages + newer.messages
        first, last = messages[0], messages[-1]
        return ThreadPage(
            messages, (first.sent_at, first.id), (last.sent_at, last.id), older.has_older, newer.has_newer
        )

    def search(self, user_text: str, *, conversation_id: int | None = None, limit: int = 50) -> list[SearchHit]:
        """Messages containing every word of ``user_text`` (prefixes too), newest first."""
        query = fts_query(user_text)
        if query is None:
            return []
        if not self._db.is_sqlite:
            return self._search_without_fts(user_text, conversation_id, limit)
        where = "AND m.conversation_id = :cid" if conversation_id is not None else ""
        sql = text(
            "SELECT m.id, m.conversation_id, c.title, m.sent_at, m.direction, m.author_name, m.body "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :q "
            f"ORDER BY rowid DESC LIMIT {SEARCH_CANDIDATES}) {where} "
            "ORDER BY m.sent_at DESC, m.id DESC LIMIT :limit"
        )
        params = {"q": query, "limit": limit, "cid": conversation_id}
        with self._db.read() as session:
            rows = session.execute(sql, params).all()
        return [SearchHit(r[0], r[1], r[2], _as_datetime(r[3]), r[4], r[5], r[6]) for r in rows]

    def _search_without_fts(self, user_text: str, conversation_id: int | None, limit: int) -> list[SearchHit]:
        """PostgreSQL has no messages_fts: every word as a case-insensitive substring (slower, same answers)."""
        query = select(
            Message.id, Message.conversation_id, Conversation.title, Message.sent_at, Message.direction,
            Message.author_name, Message.body,
        ).join(Conversation, Conversation.id == Message.conversation_id)  # fmt: skip
        for word in _TOKEN.findall(user_text):
            query = query.where(Message.body.ilike(f"%{word}%"))
        if conversation_id is not None:
            query = query.where(Message.conversation_id == conversation_id)
        query = query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit)
        with self._db.read() as session:
            return [SearchHit(*row) for row in session.execute(query).all()]


def _status_matches(status: str, wanted: str | None) -> bool:
    if wanted is None:
        return True
    return status != "resolved" if wanted == "unresolved" else status == wanted


def _exists(session: Session, conversation_id: int, condition: object) -> bool:
    query = select(Message.id).where(Message.conversation_id == conversation_id, condition).limit(1)  # type: ignore[arg-type]
    return session.scalar(query) is not None


# Plain rows, not ORM objects: a page of 100 messages loads several times faster without the identity map.
_MESSAGE_COLUMNS = (
    Message.id, Message.conversation_id, Message.direction, Message.author_name, Message.staff_id, Message.body,
    Message.sent_at, Message.delivery_state,
)  # fmt: skip


def _with_attachments(session: Session, rows: list[Any]) -> tuple[MessageRow, ...]:
    ids = [r.id for r in rows]
    found: dict[int, list[object]] = {}
    if ids:
        for a in session.scalars(select(Attachment).where(Attachment.message_id.in_(ids)).order_by(Attachment.id)):
            found.setdefault(a.message_id, []).append(attachment_row(a))
    return tuple(message_row(r, tuple(found.get(r.id, ()))) for r in rows)  # type: ignore[arg-type]


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
