"""Errors a merchant can cause, each carrying a translatable message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Qt Linguist context of every string marked with tr_noop outside the UI (scripts/update_translations.py
#: collects them, since lupdate cannot see calls in modules that never import Qt).
CORE_CONTEXT = "merchant_desk"


def tr_noop(text: str) -> str:
    """Marks a string for translation without translating it; the UI translates it at display time."""
    return text


class UserError(Exception):
    """A problem the merchant can understand and fix.

    ``message`` is an English source string (translated in the UI under ``CORE_CONTEXT``) that may hold
    ``{name}`` fields filled from ``params`` after translation, so translators see the placeholders.
    """

    message: str = "Something went wrong."

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.message = message or type(self).message
        self.params: Mapping[str, Any] = params
        super().__init__(self.render())

    def render(self, translated: str | None = None) -> str:
        """Fills the message (or its translation) with the parameters."""
        template = translated if translated is not None else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(UserError):
    """Input that breaks a rule; ``problems`` lists every field at once."""

    message = tr_noop("Please correct the highlighted fields.")

    def __init__(self, problems: Mapping[str, str] | None = None, message: str | None = None, **params: Any):
        self.problems: dict[str, str] = dict(problems or {})
        super().__init__(message, **params)


class NotFoundError(UserError):
    message = tr_noop("The item no longer exists.")


class PermissionDenied(UserError):
    message = tr_noop("Your profile is not allowed to do this.")


class BackupError(UserError):
    message = tr_noop("The backup could not be made.")


class RestoreRefused(UserError):
    message = tr_noop("This file cannot be restored.")


class SchemaTooNew(UserError):
    message = tr_noop(
        "This shop was saved by a newer version of Merchant Desk (schema {found}). Please update the app."
    )


class DamagedDatabase(UserError):
    message = tr_noop(
        "The shop's database {path} is damaged ({reason}). Restore a backup; the damaged file is left as it is."
    )


class StorageError(UserError):
    message = tr_noop("The shop's data folder cannot be written: {reason}")


class WrongPin(UserError):
    message = tr_noop("Wrong PIN.")


class SecretStoreUnavailable(UserError):
    message = tr_noop("No usable keyring: {reason}")
