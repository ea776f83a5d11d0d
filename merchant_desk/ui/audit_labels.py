"""Human words for audit-log action codes, so the log reads as sentences in either language."""

from __future__ import annotations

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
}


def action_text(action: str) -> str:
    """The translated sentence for an action code; unknown (newer) codes are shown as written."""
    source = ACTIONS.get(action)
    return QCoreApplication.translate("AuditLabels", source) if source else action.replace("_", " ")
