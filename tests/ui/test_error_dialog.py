"""Unexpected errors are logged and shown with the log's location; a merchant's mistake has no traceback."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from merchant_desk.core.errors import WrongPin
from merchant_desk.logs import setup_logging
from merchant_desk.services.hub import Services
from merchant_desk.ui.error_dialog import install_excepthook


def test_unexpected_error_is_logged_and_shown(
    qapp: object, shop: Services, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.detailedText())) or 0)
    setup_logging(shop.paths)
    previous = sys.excepthook
    install_excepthook(shop.paths.log_file)
    try:
        try:
            raise RuntimeError("disk exploded")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        sys.excepthook(WrongPin, WrongPin(), None)
    finally:
        sys.excepthook = previous
        logging.getLogger().handlers[-1].flush()
    assert len(shown) == 1
    text, details = shown[0]
    assert str(shop.paths.log_file) in text and "RuntimeError: disk exploded" in details
    assert "disk exploded" in shop.paths.log_file.read_text(encoding="utf-8")
    assert messages == [("warning", "Wrong PIN.")]
