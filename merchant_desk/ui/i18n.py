"""Translators (Qt's own first, then ours) and helpers for strings marked outside the UI."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from merchant_desk.core.errors import CORE_CONTEXT, UserError
from merchant_desk.ui.resources import resource_path

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive


def install_translators(language: str) -> None:
    """Replaces the installed translators with those for ``language`` ("id" or "en")."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English, QLocale.Country.Indonesia
        )
    )
    folder = resource_path("translations")
    # Qt ships no qtbase_id.qm, so our own qtbase_id.ts covers the standard buttons and wizard.
    candidates = [
        (f"qtbase_{language}", str(folder)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"merchant_desk_{language}", str(folder)),
    ]
    loaded_base = False
    for name, where in candidates:
        if name.startswith("qtbase") and loaded_base:
            continue
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded_base = loaded_base or name.startswith("qtbase")
        elif name.startswith("merchant_desk") and language != "en":
            log.warning("No translation %s in %s", name, where)


def tr_core(text: str) -> str:
    """Translates a string marked with ``tr_noop`` in core, formats or services."""
    return QCoreApplication.translate(CORE_CONTEXT, text) if text else text


def error_text(error: UserError) -> str:
    """The merchant-facing text of a UserError in the current language (parameters translated too)."""
    params = {k: tr_core(v) if isinstance(v, str) else v for k, v in error.params.items()}
    translated = tr_core(error.message)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return translated
