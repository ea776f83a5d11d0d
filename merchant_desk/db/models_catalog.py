"""Products, their photos and collections."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_desk.core.timezones import utcnow
from merchant_desk.db.base import Base, CreatedMixin

product_collections = Table(
    "product_collections",
    Base.metadata,
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("position", Integer, nullable=False, default=0),
)


class Product(CreatedMixin, Base):
    __tablename__ = "products"
    # The Catalog tab sorts and filters on any column in SQL; at 100,000 rows an unindexed sort scans the table.
    __table_args__ = (Index("ix_products_created_at", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str | None] = mapped_column(String(100), unique=True)
    feed_id: Mapped[str | None] = mapped_column(String(100), index=True)  # id from an imported feed
    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[int] = mapped_column(Integer, index=True)  # Rupiah
    sale_price: Mapped[int | None] = mapped_column(Integer, index=True)
    stock: Mapped[int | None] = mapped_column(Integer, index=True)  # None = not tracked
    availability: Mapped[str] = mapped_column(String(24), default="in stock", index=True)
    condition: Mapped[str] = mapped_column(String(12), default="new")
    brand: Mapped[str | None] = mapped_column(String(100))
    link: Mapped[str | None] = mapped_column(String(500))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow, index=True)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class ProductImage(CreatedMixin, Base):
    __tablename__ = "product_images"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 is the cover
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)  # None for a link-only photo
    source_url: Mapped[str | None] = mapped_column(String(1000))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)


class Collection(CreatedMixin, Base):
    __tablename__ = "collections"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(Text)
