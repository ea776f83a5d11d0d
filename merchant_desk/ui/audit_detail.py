"""An audit entry's detail as a merchant reads it: "Harga: Rp185.000 → Rp175.000", not stored JSON."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from merchant_desk.core.money import format_rupiah
from merchant_desk.core.permissions import GRANTABLE
from merchant_desk.core.shop import LANGUAGES
from merchant_desk.core.timezones import format_shop_datetime
from merchant_desk.ui.i18n import tr_core
from merchant_desk.ui.orders.texts import stage_name

CONTEXT = "AuditLabels"
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("AuditLabels", "Name"),
    "owner_name": QT_TRANSLATE_NOOP("AuditLabels", "Owner"),
    "whatsapp": QT_TRANSLATE_NOOP("AuditLabels", "WhatsApp"),
    "timezone": QT_TRANSLATE_NOOP("AuditLabels", "Time zone"),
    "language": QT_TRANSLATE_NOOP("AuditLabels", "Language"),
    "description": QT_TRANSLATE_NOOP("AuditLabels", "Description"),
    "sku": QT_TRANSLATE_NOOP("AuditLabels", "SKU"),
    "availability": QT_TRANSLATE_NOOP("AuditLabels", "Availability"),
    "hidden": QT_TRANSLATE_NOOP("AuditLabels", "Hidden"),
    "price": QT_TRANSLATE_NOOP("AuditLabels", "Price"),
    "sale_price": QT_TRANSLATE_NOOP("AuditLabels", "Sale price"),
    "stock": QT_TRANSLATE_NOOP("AuditLabels", "Stock"),
    "total": QT_TRANSLATE_NOOP("AuditLabels", "Total"),
    "lines": QT_TRANSLATE_NOOP("AuditLabels", "Lines"),
    "stage": QT_TRANSLATE_NOOP("AuditLabels", "Status"),
    "points": QT_TRANSLATE_NOOP("AuditLabels", "Points"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "Reason"),
    "reward": QT_TRANSLATE_NOOP("AuditLabels", "Reward"),
    "code": QT_TRANSLATE_NOOP("AuditLabels", "Code"),
    "cost_points": QT_TRANSLATE_NOOP("AuditLabels", "Cost in points"),
    "count": QT_TRANSLATE_NOOP("AuditLabels", "Number"),
    "rows": QT_TRANSLATE_NOOP("AuditLabels", "Rows"),
    "created": QT_TRANSLATE_NOOP("AuditLabels", "New"),
    "updated": QT_TRANSLATE_NOOP("AuditLabels", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditLabels", "Unchanged"),
    "rejected": QT_TRANSLATE_NOOP("AuditLabels", "Refused"),
    "format": QT_TRANSLATE_NOOP("AuditLabels", "Format"),
    "file": QT_TRANSLATE_NOOP("AuditLabels", "File"),
    "messages_new": QT_TRANSLATE_NOOP("AuditLabels", "New messages"),
    "attachments": QT_TRANSLATE_NOOP("AuditLabels", "Attachments"),
    "bytes": QT_TRANSLATE_NOOP("AuditLabels", "Size"),
    "full": QT_TRANSLATE_NOOP("AuditLabels", "With photos"),
    "encrypted": QT_TRANSLATE_NOOP("AuditLabels", "Password-protected"),
    "automatic": QT_TRANSLATE_NOOP("AuditLabels", "Automatic"),
    "pruned": QT_TRANSLATE_NOOP("AuditLabels", "Old backups removed"),
    "fields": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "Role"),
    "permissions": QT_TRANSLATE_NOOP("AuditLabels", "Permissions"),
    "attempts": QT_TRANSLATE_NOOP("AuditLabels", "Attempts"),
    "recipients": QT_TRANSLATE_NOOP("AuditLabels", "Recipients"),
    "excluded_no_consent": QT_TRANSLATE_NOOP("AuditLabels", "Left out (no consent)"),
    "words": QT_TRANSLATE_NOOP("AuditLabels", "Keywords"),
    "messages": QT_TRANSLATE_NOOP("AuditLabels", "Messages"),
    "labels_added": QT_TRANSLATE_NOOP("AuditLabels", "Labels added"),
    "before": QT_TRANSLATE_NOOP("AuditLabels", "Before"),
    "note": QT_TRANSLATE_NOOP("AuditLabels", "Note"),
    "due_at": QT_TRANSLATE_NOOP("AuditLabels", "Due"),
    "body": QT_TRANSLATE_NOOP("AuditLabels", "Text"),
    "answer": QT_TRANSLATE_NOOP("AuditLabels", "Answer"),
    "active": QT_TRANSLATE_NOOP("AuditLabels", "Active"),
    "consent": QT_TRANSLATE_NOOP("AuditLabels", "Agreed to broadcasts"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "Source"),
    "phone": QT_TRANSLATE_NOOP("AuditLabels", "Phone"),
    "shortcuts": QT_TRANSLATE_NOOP("AuditLabels", "Shortcuts"),
    "kinds": QT_TRANSLATE_NOOP("AuditLabels", "Kind"),
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "Kind"),
    "lots": QT_TRANSLATE_NOOP("AuditLabels", "Batches"),
    "products": QT_TRANSLATE_NOOP("AuditLabels", "Products"),
    "customers": QT_TRANSLATE_NOOP("AuditLabels", "Customers"),
    "orders": QT_TRANSLATE_NOOP("AuditLabels", "Orders"),
    "rewards": QT_TRANSLATE_NOOP("AuditLabels", "Rewards"),
    "quick_replies": QT_TRANSLATE_NOOP("AuditLabels", "Quick replies"),
    "conversations": QT_TRANSLATE_NOOP("AuditLabels", "Chats"),
    "rupiah_per_point": QT_TRANSLATE_NOOP("AuditLabels", "Rupiah per point"),
    "min_order": QT_TRANSLATE_NOOP("AuditLabels", "Minimum order"),
    "enabled": QT_TRANSLATE_NOOP("AuditLabels", "On"),
    "expiry_months": QT_TRANSLATE_NOOP("AuditLabels", "Points expire after (months)"),
    "signup_bonus": QT_TRANSLATE_NOOP("AuditLabels", "Welcome bonus"),
    "folder": QT_TRANSLATE_NOOP("AuditLabels", "Folder"),
    "encrypt": QT_TRANSLATE_NOOP("AuditLabels", "Password-protected"),
    "value": QT_TRANSLATE_NOOP("AuditLabels", "Value"),
    "wa_access_token": QT_TRANSLATE_NOOP("AuditLabels", "access key"),
    "wa_app_secret": QT_TRANSLATE_NOOP("AuditLabels", "app secret key"),
    "wa_phone_number_id": QT_TRANSLATE_NOOP("AuditLabels", "phone number ID"),
}
YES, NO = QT_TRANSLATE_NOOP("AuditLabels", "yes"), QT_TRANSLATE_NOOP("AuditLabels", "no")
MONEY = frozenset({"price", "sale_price", "total", "rupiah_per_point", "min_order", "cap"})
# Internal numbers (the row's subject already names the thing) and keys that mean nothing to a merchant.
HIDDEN = frozenset({"id", "ids", "customer", "customer_id", "order", "conversation", "conversation_id", "staff_id",
                    "kept", "merged", "recipient", "at", "color", "event", "tiers", "extra"})  # fmt: skip
# A demo's detail counts every table it filled; these are the ones a merchant knows.
SHOWN_ONLY = {"demo_generated": ("products", "customers", "conversations", "messages", "orders", "rewards")}
MAX_CHARS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(key: str) -> str:
    source = FIELDS.get(key)
    return _tr(source) if source else key.replace("_", " ")


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}".replace(".", ",")
        n /= 1024  # type: ignore[assignment]
    return str(n)


def value_text(key: str, value: Any, zone: str) -> str:
    """One value: money as Rupiah, yes/no, statuses and languages by name, times in the shop's zone."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _tr(YES) if value else _tr(NO)
    if key in MONEY and isinstance(value, int):
        return format_rupiah(value)
    if key == "bytes" and isinstance(value, int):
        return _size(value)
    if key == "stage" and isinstance(value, str):
        return stage_name(value)
    if key == "language" and isinstance(value, str):
        return LANGUAGES.get(value, value)
    if key == "due_at" and isinstance(value, str):
        try:
            return format_shop_datetime(datetime.fromisoformat(value), zone)
        except ValueError:
            return value
    if key == "permissions" and isinstance(value, list):
        return ", ".join(tr_core(GRANTABLE[p]) if p in GRANTABLE else str(p) for p in value)
    if key == "fields" and isinstance(value, list):
        return ", ".join(field_name(str(f)) for f in value)
    if key == "products" and isinstance(value, list):  # stock moved by an order: name and stock before → after
        return "; ".join(_moved(item, zone) for item in value)
    if isinstance(value, list):
        return ", ".join(value_text(key, v, zone) for v in value)
    if isinstance(value, dict):
        return ", ".join(_pairs(value, zone))
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def _moved(item: Any, zone: str) -> str:
    if not isinstance(item, dict):
        return value_text("", item, zone)
    stock = item.get("stock")
    change = _change("stock", stock, zone) if isinstance(stock, list) and len(stock) == 2 else None
    return f"{item.get('name', '')} {change}" if change else str(item.get("name", ""))


def _change(key: str, value: list[Any], zone: str) -> str | None:
    before, after = value
    if before == after:
        return None
    return f"{value_text(key, before, zone)} → {value_text(key, after, zone)}"


def _pairs(detail: Mapping[str, Any], zone: str, keys: tuple[str, ...] | None = None) -> list[str]:
    parts = []
    for key in keys or tuple(detail):
        if key in HIDDEN or key not in detail:
            continue
        value = detail[key]
        if isinstance(value, list) and len(value) == 2 and key not in ("fields", "shortcuts", "words", "products"):
            text = _change(key, value, zone)
            if text is None:
                continue  # e.g. the sale price, unchanged while the price moved
        elif key == "value" and isinstance(value, dict):
            parts.extend(_pairs(value, zone))
            continue
        else:
            text = value_text(key, value, zone)
        parts.append(f"{field_name(key)}: {text}" if key != "value" else text)
    return parts


def detail_text(action: str, detail: Mapping[str, Any], zone: str) -> str:
    """The whole detail on one line (cut at MAX_CHARS; the CSV export keeps everything)."""
    text = " · ".join(_pairs(detail, zone, SHOWN_ONLY.get(action)))
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"
