"""Which language the UI speaks: Qt translators for the app and Qt's own strings.

Stable API (other modules rely on these names):
- LANGUAGES: language code -> its own name, e.g. {"en": "English", "es": "Español"}
- system_language() -> the best LANGUAGES code for the OS locale
- current_language() -> the code installed now
- install_language(code) -> installs the translators on the running QCoreApplication and sets
  QLocale's default, so widgets get a QEvent.LanguageChange and dates/numbers follow the locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

_current = DEFAULT_LANGUAGE


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_language(code: str) -> None:
    """Skeleton: records the choice and the locale; the translators come with the translations work."""
    global _current
    _current = code if code in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_locale_name(_current)))


def _locale_name(code: str) -> str:
    return {"en": "en_US", "es": "es_ES"}.get(code, "en_US")
