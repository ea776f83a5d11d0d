"""The engine's suggestion above the Inbox composer: "Suggested answer (87%): … [Use] [Dismiss]"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from merchant_desk.services.automation_service import Proposal
    from merchant_desk.ui.context import AppContext
    from merchant_desk.ui.inbox.composer import Composer


class ProposalBar(QFrame):
    """Asks ``automation.proposals_for`` when a conversation opens; "Use" puts the answer in the composer."""

    def __init__(self, context: AppContext, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.composer = composer
        self.proposal: Proposal | None = None
        self.conversation_id: int | None = None
        self._dismissed: set[tuple[int, str]] = set()  # (conversation, text): stays dismissed while the app runs
        self.setObjectName("proposalBar")
        self.setStyleSheet("QFrame#proposalBar { background: #FFF8E1; border: 1px solid #F2DFA7; border-radius: 6px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button, self.dismiss_button = QPushButton(), QPushButton()
        self.use_button.setProperty("primary", True)
        self.use_button.clicked.connect(self.use)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(self.dismiss_button)
        self.use_button.setText(self.tr("Use"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.hide()

    def show_for(self, conversation_id: int | None) -> None:
        """Asks the engine in the background; a slow answer for a conversation left meanwhile is dropped."""
        self.conversation_id, self.proposal = conversation_id, None
        self.hide()
        services = self.context.services
        if conversation_id is None or services is None:
            return
        self.context.run(
            lambda svc=services: svc.automation.proposals_for(conversation_id),
            lambda found: self._arrived(conversation_id, found),
            lambda _error: None,  # a suggestion that cannot be made is simply not shown
        )

    def _arrived(self, conversation_id: int, proposals: list[Proposal]) -> None:
        if conversation_id != self.conversation_id:
            return
        fresh = [p for p in proposals if (conversation_id, p.text) not in self._dismissed]
        if not fresh:
            return
        self.proposal = fresh[0]
        self.label.setText(self._describe(self.proposal))
        self.label.setToolTip(self.proposal.text)
        self.show()

    def _describe(self, proposal: Proposal) -> str:
        short = " ".join(proposal.text.split())
        short = short if len(short) <= 140 else short[:139] + "…"
        if proposal.kind == "faq":
            head = self.tr("Suggested answer (%1%):").replace("%1", str(round(proposal.confidence * 100)))
        elif proposal.kind == "greeting":
            head = self.tr("Greeting:")
        else:
            head = self.tr("Away message:")
        return f"<b>{head}</b> {_escape(short)}"

    def use(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        self.composer.insert_text(proposal.text)
        self.dismiss()
        services = self.context.services
        if proposal.kind == "faq" and isinstance(proposal.ref, int) and services is not None:
            faq_id = proposal.ref
            self.context.run(lambda svc=services: svc.automation.note_used(faq_id), None, lambda _e: None, write=True)

    def dismiss(self) -> None:
        if self.proposal is not None and self.conversation_id is not None:
            self._dismissed.add((self.conversation_id, self.proposal.text))
        self.proposal = None
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
