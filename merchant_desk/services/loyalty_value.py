"""What an outstanding loyalty point is worth in the shop's debt figure, and which reward says so."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from merchant_desk.core.loyalty import LoyaltySettings
from merchant_desk.db.models import Product, Reward


@dataclass(frozen=True)
class PointBasis:
    """What the outstanding points are valued by: ``rupiah`` for ``points``, read from ``reward`` (None: the
    program's own point value)."""

    rupiah: int
    points: int
    reward: str | None

    def value_of(self, points: int) -> int:
        return points * self.rupiah // self.points if self.points > 0 else 0


def point_basis(session: Session, settings: LoyaltySettings) -> PointBasis:
    """The setting when given, else the active Rupiah-off reward that gives the least per point.

    The figure is a debt estimate, so it must not be inflated by the most generous reward (a free product or
    a percentage's cap is a best case, not what a point is worth); only when the shop has no Rupiah-off
    reward does it fall back to the lowest value per point among the others.
    """
    if settings.point_value is not None:
        return PointBasis(settings.point_value, 1, None)
    rows = session.execute(
        select(Reward.name, Reward.kind, Reward.value, Reward.cap, Reward.cost_points, Product.price)
        .outerjoin(Product, Product.id == Reward.product_id)
        .where(Reward.active.is_(True), Reward.cost_points > 0)
        .order_by(Reward.id)
    )
    fixed: list[PointBasis] = []
    others: list[PointBasis] = []
    for name, kind, value, cap, cost, price in rows:
        worth = {"fixed": value, "percent": cap or 0, "product": price or 0}.get(kind, 0)
        if worth > 0:
            (fixed if kind == "fixed" else others).append(PointBasis(worth, cost, name))
    candidates = fixed or others
    if not candidates:
        return PointBasis(0, 1, None)
    return min(candidates, key=lambda b: b.rupiah / b.points)
