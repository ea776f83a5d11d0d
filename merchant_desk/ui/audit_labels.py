"""Human words for audit-log action codes, so the log reads as sentences in either language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS: dict[str, str] = {
    "shop_set_up": QT_TRANSLATE_NOOP("AuditLabels", "Shop set up"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditLabels", "Settings changed"),
    "sign_in": QT_TRANSLATE_NOOP("AuditLabels", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditLabels", "Wrong PIN entered"),
    "pin_changed": QT_TRANSLATE_NOOP("AuditLabels", "PIN changed"),
    "pin_removed": QT_TRANSLATE_NOOP("AuditLabels", "PIN removed"),
    "product_created": QT_TRANSLATE_NOOP("AuditLabels", "Product added"),
    "product_edited": QT_TRANSLATE_NOOP("AuditLabels", "Product edited"),
    "product_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Product moved to the trash"),
    "product_restored": QT_TRANSLATE_NOOP("AuditLabels", "Product restored from the trash"),
    "product_purged": QT_TRANSLATE_NOOP("AuditLabels", "Product deleted for good"),
    "product_hidden": QT_TRANSLATE_NOOP("AuditLabels", "Product hidden"),
    "product_shown": QT_TRANSLATE_NOOP("AuditLabels", "Product shown"),
    "price_changed": QT_TRANSLATE_NOOP("AuditLabels", "Price changed"),
    "stock_changed": QT_TRANSLATE_NOOP("AuditLabels", "Stock changed"),
    "availability_changed": QT_TRANSLATE_NOOP("AuditLabels", "Availability changed"),
    "collection_created": QT_TRANSLATE_NOOP("AuditLabels", "Collection added"),
    "collection_renamed": QT_TRANSLATE_NOOP("AuditLabels", "Collection renamed"),
    "collection_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Collection deleted"),
    "collections_reordered": QT_TRANSLATE_NOOP("AuditLabels", "Collections reordered"),
    "collection_products_added": QT_TRANSLATE_NOOP("AuditLabels", "Products added to a collection"),
    "collection_products_removed": QT_TRANSLATE_NOOP("AuditLabels", "Products removed from a collection"),
    "catalog_imported": QT_TRANSLATE_NOOP("AuditLabels", "Catalog imported"),
    "catalog_exported": QT_TRANSLATE_NOOP("AuditLabels", "Catalog exported"),
    "chat_imported": QT_TRANSLATE_NOOP("AuditLabels", "WhatsApp chat imported"),
    "customer_created": QT_TRANSLATE_NOOP("AuditLabels", "Customer added"),
    "customer_edited": QT_TRANSLATE_NOOP("AuditLabels", "Customer edited"),
    "customer_merged": QT_TRANSLATE_NOOP("AuditLabels", "Customers merged"),
    "customer_trashed": QT_TRANSLATE_NOOP("AuditLabels", "Customer moved to the trash"),
    "customer_restored": QT_TRANSLATE_NOOP("AuditLabels", "Customer restored from the trash"),
    "customer_consent": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast consent changed"),
    "conversation_assigned": QT_TRANSLATE_NOOP("AuditLabels", "Conversation assigned"),
    "label_added": QT_TRANSLATE_NOOP("AuditLabels", "Label added"),
    "label_renamed": QT_TRANSLATE_NOOP("AuditLabels", "Label renamed"),
    "label_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Label deleted"),
    "rule_added": QT_TRANSLATE_NOOP("AuditLabels", "Keyword rule added"),
    "rule_changed": QT_TRANSLATE_NOOP("AuditLabels", "Keyword rule changed"),
    "rule_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Keyword rule deleted"),
    "rules_rerun": QT_TRANSLATE_NOOP("AuditLabels", "Keyword rules run over the history"),
    "demo_generated": QT_TRANSLATE_NOOP("AuditLabels", "Demo shop created"),
    "quick_replies_created": QT_TRANSLATE_NOOP("AuditLabels", "Quick replies added"),
    "backup_made": QT_TRANSLATE_NOOP("AuditLabels", "Backup made"),
    "restored": QT_TRANSLATE_NOOP("AuditLabels", "Backup restored"),
    "backup_restored": QT_TRANSLATE_NOOP("AuditLabels", "Backup restored"),
    "restore_undone": QT_TRANSLATE_NOOP("AuditLabels", "Restore undone"),
    "locked": QT_TRANSLATE_NOOP("AuditLabels", "Window locked"),
    "staff_added": QT_TRANSLATE_NOOP("AuditLabels", "Staff profile added"),
    "staff_edited": QT_TRANSLATE_NOOP("AuditLabels", "Staff profile edited"),
    "staff_deactivated": QT_TRANSLATE_NOOP("AuditLabels", "Staff profile turned off"),
    "pin_reset": QT_TRANSLATE_NOOP("AuditLabels", "PIN reset"),
    "credentials_changed": QT_TRANSLATE_NOOP("AuditLabels", "Connection keys saved"),
    "credentials_removed": QT_TRANSLATE_NOOP("AuditLabels", "Connection keys removed"),
    "order_created": QT_TRANSLATE_NOOP("AuditLabels", "Order created"),
    "order_stage_changed": QT_TRANSLATE_NOOP("AuditLabels", "Order status changed"),
    "stock_taken": QT_TRANSLATE_NOOP("AuditLabels", "Stock taken for an order"),
    "stock_returned": QT_TRANSLATE_NOOP("AuditLabels", "Stock returned from an order"),
    "points_earned": QT_TRANSLATE_NOOP("AuditLabels", "Points earned"),
    "points_reversed": QT_TRANSLATE_NOOP("AuditLabels", "Points taken back"),
    "points_bonus": QT_TRANSLATE_NOOP("AuditLabels", "Welcome bonus points"),
    "points_adjusted": QT_TRANSLATE_NOOP("AuditLabels", "Points adjusted"),
    "points_expired": QT_TRANSLATE_NOOP("AuditLabels", "Points expired"),
    "points_redeemed": QT_TRANSLATE_NOOP("AuditLabels", "Points redeemed"),
    "reward_created": QT_TRANSLATE_NOOP("AuditLabels", "Reward added"),
    "reward_edited": QT_TRANSLATE_NOOP("AuditLabels", "Reward edited"),
    "code_applied": QT_TRANSLATE_NOOP("AuditLabels", "Reward code used"),
    "code_voided": QT_TRANSLATE_NOOP("AuditLabels", "Reward code cancelled"),
    "broadcast_created": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast created"),
    "broadcast_started": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast started"),
    "broadcast_paused": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast paused"),
    "broadcast_resumed": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast resumed"),
    "broadcast_sent": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast message sent"),
    "broadcast_skipped": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast message skipped"),
    "broadcast_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Broadcast deleted"),
    "quick_reply_created": QT_TRANSLATE_NOOP("AuditLabels", "Quick reply added"),
    "quick_reply_edited": QT_TRANSLATE_NOOP("AuditLabels", "Quick reply edited"),
    "quick_reply_deleted": QT_TRANSLATE_NOOP("AuditLabels", "Quick reply deleted"),
    "quick_replies_imported": QT_TRANSLATE_NOOP("AuditLabels", "Quick replies imported"),
    "faq_created": QT_TRANSLATE_NOOP("AuditLabels", "FAQ answer added"),
    "faq_edited": QT_TRANSLATE_NOOP("AuditLabels", "FAQ answer edited"),
    "faq_deleted": QT_TRANSLATE_NOOP("AuditLabels", "FAQ answer deleted"),
    "interest_added": QT_TRANSLATE_NOOP("AuditLabels", "Customer interest noted"),
    "interest_removed": QT_TRANSLATE_NOOP("AuditLabels", "Customer interest removed"),
    "follow_up_sent": QT_TRANSLATE_NOOP("AuditLabels", "Follow-up sent"),
    "follow_up_skipped": QT_TRANSLATE_NOOP("AuditLabels", "Follow-up skipped"),
    "reminder_added": QT_TRANSLATE_NOOP("AuditLabels", "Reminder set"),
    "reminder_done": QT_TRANSLATE_NOOP("AuditLabels", "Reminder done"),
    "customer_exported": QT_TRANSLATE_NOOP("AuditLabels", "Customer data exported"),
    "customer_erased": QT_TRANSLATE_NOOP("AuditLabels", "Customer data erased"),
}

# Subjects that are keys rather than names (a setting's key, a fixed set), by action; shown translated.
SUBJECTS: dict[str, dict[str, str]] = {
    "settings_changed": {
        "shop": QT_TRANSLATE_NOOP("AuditLabels", "shop profile"),
        "loyalty": QT_TRANSLATE_NOOP("AuditLabels", "loyalty program"),
        "loyalty.settings": QT_TRANSLATE_NOOP("AuditLabels", "loyalty program"),
        "automation": QT_TRANSLATE_NOOP("AuditLabels", "automatic replies"),
        "backup": QT_TRANSLATE_NOOP("AuditLabels", "backups"),
        "catalog.photo_base_url": QT_TRANSLATE_NOOP("AuditLabels", "photo web address"),
        "security.lock_minutes": QT_TRANSLATE_NOOP("AuditLabels", "automatic lock"),
        "orders.payment_instructions": QT_TRANSLATE_NOOP("AuditLabels", "payment instructions"),
    },
    "quick_replies_created": {"starter set": QT_TRANSLATE_NOOP("AuditLabels", "starter set")},
    "credentials_changed": {"whatsapp_cloud_api": QT_TRANSLATE_NOOP("AuditLabels", "WhatsApp Cloud API")},
    "credentials_removed": {"whatsapp_cloud_api": QT_TRANSLATE_NOOP("AuditLabels", "WhatsApp Cloud API")},
}
_CUSTOMER_REF = re.compile(r"^customer #(\d+)$")
_NUMBER_ONLY = re.compile(r"^\d+$")


def action_text(action: str) -> str:
    """The translated sentence for an action code; unknown (newer) codes are shown as written."""
    source = ACTIONS.get(action)
    return QCoreApplication.translate("AuditLabels", source) if source else action.replace("_", " ")


def subject_text(action: str, subject: str | None) -> str:
    """The subject as a merchant reads it: keys translated, "customer #12" in words; names as written."""
    if not subject:
        return ""
    source = SUBJECTS.get(action, {}).get(subject)
    if source:
        return QCoreApplication.translate("AuditLabels", source)
    if match := _CUSTOMER_REF.match(subject):
        return QCoreApplication.translate("AuditLabels", "customer no. %1").replace("%1", match.group(1))
    if action.startswith("reminder_") and _NUMBER_ONLY.match(subject):
        return QCoreApplication.translate("AuditLabels", "chat no. %1").replace("%1", subject)
    internal = action == "quick_replies_imported" or action.startswith("follow_up_")
    if internal and _NUMBER_ONLY.match(subject):
        return ""  # a count or an internal number: the detail says what was done
    return subject


def activity_text(action: str, subject: str | None) -> str:
    """ "Price changed — Blouse Batik", for one-line activity lists."""
    what = subject_text(action, subject)
    return action_text(action) + (f" — {what}" if what else "")
