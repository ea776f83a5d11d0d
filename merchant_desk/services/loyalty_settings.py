"""The loyalty program's settings: one JSON setting (``loyalty.settings``) with defaults for what is missing."""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from merchant_desk.core.errors import ValidationError
from merchant_desk.core.loyalty import LoyaltySettings
from merchant_desk.db.models import Setting

log = logging.getLogger(__name__)
SETTINGS_KEY = "loyalty.settings"
# Older demo shops stored two loose keys; they still count when the JSON setting was never saved.
_LEGACY_RUPIAH = "loyalty.rupiah_per_point"


def read_settings(session: Session) -> LoyaltySettings:
    """The program's settings; the defaults when none were saved or the saved ones are unreadable."""
    row = session.get(Setting, SETTINGS_KEY)
    if row is None:
        legacy = session.get(Setting, _LEGACY_RUPIAH)
        if legacy is not None:
            try:
                return LoyaltySettings.from_json({"rupiah_per_point": int(json.loads(legacy.value))})
            except (ValueError, TypeError, ValidationError):
                pass
        return LoyaltySettings()
    try:
        return LoyaltySettings.from_json(json.loads(row.value))
    except (ValueError, TypeError, ValidationError):
        # A hand-edited or newer-build value must not stop orders from being paid: the defaults apply.
        log.warning("Unreadable %s setting; using the defaults", SETTINGS_KEY, exc_info=True)
        return LoyaltySettings()
