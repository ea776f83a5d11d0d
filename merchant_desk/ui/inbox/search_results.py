"""Search hits shown in place of the conversation list: who, when, and the message with the words in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from merchant_desk.core.timezones import format_shop_datetime

if TYPE_CHECKING:
    from merchant_desk.services.inbox_rows import SearchHit

HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SearchResults(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)  # 100 hits of two lines each
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QListWidget::item { padding: 6px 8px; border-bottom: 1px solid #EEF0F2; }")
        self.hits: list[SearchHit] = []

    def show_hits(self, hits: list[SearchHit], zone: str, you: str) -> None:
        self.clear()
        self.hits = hits
        for hit in hits:
            who = hit.conversation_title or ""
            author = you if hit.direction == "out" else (hit.author_name or who)
            body = " ".join(hit.body.split())
            text = f"{who}  ·  {format_shop_datetime(hit.sent_at, zone)}\n{author}: {body[:140]}"
            item = QListWidgetItem(text)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.body[:600])
            self.addItem(item)

    def hit(self, item: QListWidgetItem) -> SearchHit | None:
        return item.data(HIT_ROLE)
