"""Every table, imported in one place so metadata is complete for Alembic and create_all."""

from merchant_desk.db.base import Base
from merchant_desk.db.models_automation import (
    Broadcast,
    BroadcastRecipient,
    Faq,
    FollowUpEvent,
    FollowUpNotice,
    ProductInterest,
    ProductSnapshot,
    QuickReplyImage,
    Reminder,
)
from merchant_desk.db.models_catalog import Collection, Product, ProductImage, product_collections
from merchant_desk.db.models_inbox import (
    Attachment,
    Conversation,
    Customer,
    Label,
    LabelRule,
    Message,
    conversation_labels,
    customer_labels,
)
from merchant_desk.db.models_sales import LedgerEntry, Order, OrderLine, QuickReply, Redemption, Reward
from merchant_desk.db.models_shop import AuditEntry, Setting, Shop, Staff

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "Broadcast",
    "BroadcastRecipient",
    "Collection",
    "Conversation",
    "Customer",
    "Faq",
    "FollowUpEvent",
    "FollowUpNotice",
    "Label",
    "LabelRule",
    "LedgerEntry",
    "Message",
    "Order",
    "OrderLine",
    "Product",
    "ProductImage",
    "ProductInterest",
    "ProductSnapshot",
    "QuickReply",
    "QuickReplyImage",
    "Redemption",
    "Reminder",
    "Reward",
    "Setting",
    "Shop",
    "Staff",
    "conversation_labels",
    "customer_labels",
    "product_collections",
]
