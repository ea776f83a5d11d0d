"""What a mutation changed, so each tab refreshes only for its own areas (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Changes:
    """Areas touched by one operation, plus who started it (a tab skips its own changes)."""

    shop: bool = False
    catalog: bool = False
    inbox: bool = False
    labels: bool = False
    replies: bool = False
    loyalty: bool = False
    orders: bool = False
    staff: bool = False
    audit: bool = False
    initiator: object | None = None

    def any(self) -> bool:
        """True when any area changed."""
        return any(
            (
                self.shop,
                self.catalog,
                self.inbox,
                self.labels,
                self.replies,
                self.loyalty,
                self.orders,
                self.staff,
                self.audit,
            )
        )

    def by(self, initiator: object) -> Changes:
        """The same changes, marked as started by ``initiator``."""
        return replace(self, initiator=initiator)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            shop=self.shop or other.shop,
            catalog=self.catalog or other.catalog,
            inbox=self.inbox or other.inbox,
            labels=self.labels or other.labels,
            replies=self.replies or other.replies,
            loyalty=self.loyalty or other.loyalty,
            orders=self.orders or other.orders,
            staff=self.staff or other.staff,
            audit=self.audit or other.audit,
            initiator=self.initiator if self.initiator is not None else other.initiator,
        )


NO_CHANGES = Changes()
