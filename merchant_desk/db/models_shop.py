"""Shop settings, staff profiles and the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_desk.core.timezones import utcnow
from merchant_desk.db.base import Base, CreatedMixin


class Shop(CreatedMixin, Base):
    """The one shop this data folder holds (id is always 1)."""

    __tablename__ = "shop"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_name: Mapped[str] = mapped_column(String(200))
    whatsapp: Mapped[str] = mapped_column(String(20))
    timezone: Mapped[str] = mapped_column(String(8), default="WIB")
    language: Mapped[str] = mapped_column(String(8), default="id")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Extra settings as key/value JSON text, so later features need no migration for a new option."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(CreatedMixin, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="staff")  # owner | staff
    secret_hash: Mapped[str | None] = mapped_column(String(200))  # argon2id of the PIN or password
    permissions: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of permission names
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only: triggers (db/ddl.py) refuse UPDATE and DELETE."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    staff_name: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50), index=True)
    subject: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)  # JSON
