"""Which language the UI speaks: Qt translators for the app and Qt's own strings.

Stable API (other modules rely on these names):
- LANGUAGES: language code -> its own name, e.g. {"en": "English", "es": "Español"}
- system_language() -> the best LANGUAGES code for the OS locale
- current_language() -> the code installed now
- install_language(code) -> installs the translators on the running QCoreApplication and sets
  QLocale's default, so widgets get a QEvent.LanguageChange and dates/numbers follow the locale.

The translations are resources/i18n/wizard_<code>.ts, compiled to .qm by scripts/compile-translations.sh
(run by scripts/setup.sh and by the PyInstaller build). A missing or outdated .qm is compiled here with
pyside6-lrelease when it is available; without it the app runs in English and says so in the log.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_language(code: str) -> str:
    """Install `code`'s translators (the app's and Qt's own) in place of the previous ones; returns the
    language now in use (English when `code`'s translations can't be had)."""
    global _current
    code = code if code in LANGUAGES else DEFAULT_LANGUAGE
    translators = _load(code)
    if translators is None:
        log.warning("no translations for %r (no .qm and no pyside6-lrelease to build one): running in English", code)
        code, translators = DEFAULT_LANGUAGE, []
    _current = code
    QLocale.setDefault(locale_for(code))  # before the LanguageChange events the translators post
    app = QCoreApplication.instance()
    if app is None:  # nothing to translate yet (a CLI command): the locale is set, that's all
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in translators:
        if app.installTranslator(translator):
            _installed.append(translator)
    log.info("language: %s", code)
    return code


def choose_language(option: str | None = None) -> str:
    """The language to start in: the --language option, else the remembered choice, else the system's."""
    from wizard.settings import saved_language

    for candidate in (option, saved_language()):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    return system_language()


# ----- translation files -------------------------------------------------------------------------
def translations_dir() -> Path:
    return resource_path("i18n")


def source_file(code: str) -> Path:
    return translations_dir() / f"wizard_{code}.ts"


def _load(code: str) -> list[QTranslator] | None:
    """The app's translator (and Qt's own, for dialogs and standard buttons); None if the app's is missing.
    English is the language of the code itself: its translator only gives the %n plurals their English forms
    ("%n case(s)" -> "1 case", "2 cases"); without it English still runs, with "(s)"."""
    if code == DEFAULT_LANGUAGE:
        qm = compiled_file(code)
        english = QTranslator()
        return [english] if qm is not None and english.load(str(qm)) else []
    qm = compiled_file(code)
    if qm is None:
        return None
    app_translator = QTranslator()
    if not app_translator.load(str(qm)):
        log.warning("could not read %s", qm)
        return None
    translators = [app_translator]
    qt_translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{code}", qt_dir):
        translators.append(qt_translator)
    else:
        log.info("Qt's own %s translations (qtbase_%s.qm) are not in %s", code, code, qt_dir)
    return translators


def compiled_file(code: str) -> Path | None:
    """wizard_<code>.qm, compiled from its .ts first when it is missing or older; None if there is none."""
    ts, qm = source_file(code), translations_dir() / f"wizard_{code}.qm"
    if qm.exists() and (getattr(sys, "frozen", False) or not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm  # (a bundle ships the .qm its build compiled: no lrelease there)
    if ts.exists():
        import tempfile  # (here, not at the top: only when a .qm must be compiled, never before the first paint)

        for target in (qm, Path(tempfile.gettempdir()) / "csp-wizard-i18n" / qm.name):
            if compile_ts(ts, target):
                return target
    return qm if qm.exists() else None


def lrelease_command() -> list[str] | None:
    """How to run lrelease: the venv's pyside6-lrelease, PySide6's own binary, or a system lrelease."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / "lrelease"
        if bundled.exists():
            return [str(bundled)]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    import shutil

    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one .ts into `qm` with lrelease; False (logged) when lrelease is missing or fails.

    Written beside it and then renamed over it: a running app maps its .qm into memory (QTranslator), and
    rewriting that file in place under it crashes it; a rename leaves it the old file."""
    import os
    import subprocess

    command = lrelease_command()
    if command is None:
        return False
    fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([*command, "-silent", str(ts), "-qm", str(fresh)], capture_output=True, timeout=60,
                              check=False)
        if done.returncode == 0 and fresh.exists():
            os.replace(fresh, qm)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", ts.name, error)
        fresh.unlink(missing_ok=True)
        return False
    fresh.unlink(missing_ok=True)
    if done.returncode != 0 or not qm.exists():
        log.warning("lrelease failed on %s: %s", ts.name, done.stderr.decode(errors="replace").strip())
        return False
    log.info("compiled %s", qm)
    return True


def locale_for(code: str) -> QLocale:
    """The system's locale when it speaks `code` (en_GB dates for a British user), else en_US or es_ES."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale({"en": "en_US", "es": "es_ES"}.get(code, "en_US"))
