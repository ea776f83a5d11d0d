"""Quick replies moved between computers as JSON, and the starter set offered to a new shop."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError, ValidationError, tr_noop
from merchant_desk.db.engine import Database
from merchant_desk.db.models import QuickReply, QuickReplyImage, Setting
from merchant_desk.services.audit_service import Actor, record
from merchant_desk.services.inbox_seed import seed_starter_replies

FORMAT, VERSION = "merchant-desk/quick-replies", 1
STARTER_FLAG = "quick_replies.starter_offered"
STARTER_SUBJECT = "starter set"  # an audit key the UI translates (ui/audit_labels.SUBJECTS), not display text


class QuickRepliesFileRefused(UserError):
    message = tr_noop("This file does not hold Merchant Desk quick replies ({reason}).")


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]  # shortcuts
    unchanged: tuple[str, ...]  # already here with the same text
    conflicts: tuple[str, ...]  # the shortcut exists here with another text: kept as it is, not overwritten


def _entries(text: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise QuickRepliesFileRefused(reason=f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise QuickRepliesFileRefused(reason="unknown format")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise QuickRepliesFileRefused(reason=f"version {data.get('version')!r}")
    entries = data.get("quick_replies")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise QuickRepliesFileRefused(reason="no list of quick replies")
    return entries


class QuickReplyTransfer:
    _db: Database

    def export_json(self) -> str:
        """Every quick reply with its stored photos (by SHA-256; catalog products are per computer)."""
        from merchant_desk.services.quick_reply_service import QuickReplyService

        replies = QuickReplyService(self._db).list()
        entries = [
            {
                "shortcut": r.shortcut, "title": r.title, "body": r.body, "category": r.category,
                "photos": [i.sha256 for i in r.images if i.sha256],
            }
            for r in sorted(replies, key=lambda r: r.shortcut)
        ]  # fmt: skip
        return json.dumps(
            {"format": FORMAT, "version": VERSION, "quick_replies": entries}, ensure_ascii=False, indent=2
        )

    def import_json(self, actor: Actor, text: str) -> tuple[ImportReport, Changes]:
        """Adds the file's quick replies whose shortcuts are new here; importing the same file twice adds nothing.

        Raises:
            QuickRepliesFileRefused: not a quick-replies file.
            ValidationError: an entry is invalid (nothing is imported; the problem names the shortcut).
        """
        from merchant_desk.services.quick_reply_service import QuickReplyDraft, ReplyImage, validate_draft

        drafts = []
        for entry in _entries(text):
            photos = entry.get("photos") or []
            try:
                draft = QuickReplyDraft(
                    str(entry.get("shortcut", "")), str(entry.get("title", "")), str(entry.get("body", "")),
                    entry.get("category") if isinstance(entry.get("category"), str) else None,
                    tuple(ReplyImage(i, str(sha), None) for i, sha in enumerate(photos) if isinstance(sha, str)),
                )  # fmt: skip
                drafts.append(validate_draft(draft))
            except ValidationError as exc:
                raise ValidationError(exc.problems, tr_noop("The quick reply /{shortcut} in the file is not valid."),
                                      shortcut=entry.get("shortcut", "?")) from exc  # fmt: skip
        added, unchanged, conflicts = [], [], []
        with self._db.write() as session:
            existing = {r.shortcut.lower(): r for r in session.scalars(select(QuickReply))}
            for draft in drafts:
                here = existing.get(draft.shortcut)
                if here is not None:
                    same = (here.title, here.body, here.category) == (draft.title, draft.body, draft.category)
                    (unchanged if same else conflicts).append(draft.shortcut)
                    continue
                row = QuickReply(shortcut=draft.shortcut, title=draft.title, body=draft.body, category=draft.category)
                row.times_used = 0
                session.add(row)
                session.flush()
                for image in draft.images:
                    session.add(QuickReplyImage(quick_reply_id=row.id, position=image.position, sha256=image.sha256))
                existing[draft.shortcut] = row
                added.append(draft.shortcut)
            if added:
                record(session, actor, "quick_replies_imported", f"{len(added)}", shortcuts=added)
        report = ImportReport(tuple(added), tuple(unchanged), tuple(conflicts))
        return report, Changes(replies=True, audit=True) if added else Changes()

    def ensure_starter_set(self, actor: Actor) -> Changes:
        """Offers the starter set once: added when the shop has no quick replies (the demo brings its own)."""
        with self._db.write() as session:
            if session.get(Setting, STARTER_FLAG) is not None:
                return Changes()
            session.add(Setting(key=STARTER_FLAG, value="true"))
            added = seed_starter_replies(session)
            if added:
                record(session, actor, "quick_replies_created", STARTER_SUBJECT, count=added)
        return Changes(replies=True, audit=True) if added else Changes()
