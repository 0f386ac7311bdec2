"""Domain and backend texts in the UI's language: validation problems, errors, lifecycle words, steps,
countries and CSP regions.

The domain and the backends write English (see wizard/domain/texts.py): a Template or a Message keeps
its context, template and parameters, so here the template is translated and formatted again with
translated parameters. Pages and windows show every problem and error through `problem_text` and
`error_text`, never through `error.message` or `str(error)`.
"""

from __future__ import annotations

import gettext
import re
from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from wizard.domain.texts import (
    QT_TRANSLATE_NOOP,
    CountryName,
    ListItems,
    Message,
    Moment,
    Template,
)
from wizard.ui.i18n import DEFAULT_LANGUAGE, current_language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def text(value: Any) -> str:
    """Any domain/backend text in the current language (plain strings are shown as they are)."""
    if isinstance(value, Message):
        params = {key: text(param) for key, param in value.params.items()}
        try:
            return translate(value.template.context, value.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a damaged translation: the English text, never a crash
            return str(value)
    if isinstance(value, Template):
        return _template_text(value)
    if isinstance(value, CountryName):
        return country_name(value.code)
    if isinstance(value, Moment):
        from wizard.ui.formatting import local_time

        return local_time(value.at)
    if isinstance(value, ListItems):
        return ", ".join(text(item) for item in value.items)
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, datetime):
        from wizard.ui.formatting import local_time

        return local_time(value)
    return str(value)


def _template_text(value: Template) -> str:
    translated = translate(value.context, value)
    if value.context == "EmailValidator" and translated == value and current_language() != DEFAULT_LANGUAGE:
        return translate("Validation", "check the address.")  # a detail email_validator words we don't know
    return translated


def problem_text(problem: Any) -> str:
    """A validation Problem's message in the current language."""
    return text(getattr(problem, "message", problem))


def error_text(error: BaseException) -> str:
    """What to show for an error from a backend, a service or the store (BackendError has a .message)."""
    message = getattr(error, "message", None)
    if message:
        return text(message)
    return str(error) or type(error).__name__


_STORED_CONTEXTS = ("Timeline", "Lifecycle", "Backend", "Regions", "Steps")


def stored_text(value: str) -> str:
    """Text a backend stored as plain English (timeline events, reasons) in the current language: a marked
    text as such, a marked template with values filled in by matching it (its values translated too)."""
    if not value or current_language() == DEFAULT_LANGUAGE:
        return value
    for context in _STORED_CONTEXTS:
        translated = translate(context, value)
        if translated != value:
            return translated
    for context, source, pattern in _stored_patterns():
        found = pattern.fullmatch(value)
        if found:
            params = {key: stored_text(part) for key, part in found.groupdict().items()}
            try:
                return translate(context, source).format(**params)
            except (KeyError, IndexError, ValueError):
                return value
    return value


@cache
def _stored_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(context, English template, regex) of the marked templates with values, most specific first."""
    from wizard.ui.i18n import source_file
    from wizard.ui.translations import read_ts

    path = source_file(DEFAULT_LANGUAGE)
    if not path.exists():
        return ()
    found = []
    for entry in read_ts(path):
        if entry.context in _STORED_CONTEXTS and not entry.obsolete and "{" in entry.source:
            found.append((entry.context, entry.source, _pattern(entry.source)))
    found.sort(key=lambda item: -len(re.sub(r"\{\w+\}", "", item[1])))
    return tuple(found)


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen = [], set()
    for index, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if index % 2 == 0:
            parts.append(re.escape(piece))
        elif piece in seen:
            parts.append(f"(?P={piece})")
        else:
            seen.add(piece)
            parts.append(f"(?P<{piece}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


# ----- steps and lifecycle --------------------------------------------------------------------
def step_title(key: str, variant: str = "sandbox") -> str:
    """The step's title, in the version the case shows (flow.variant), in the UI's language."""
    from wizard.domain import steps

    return translate("Steps", steps.step(key).title_in(variant))


def state_words(state: Any):
    """The lifecycle state's Explanation (title, what it means, what's next) in the current language."""
    from wizard.domain import lifecycle

    words = lifecycle.PLAIN_WORDS[lifecycle.State(state)]
    return lifecycle.Explanation(*(translate("Lifecycle", part) for part in (words.title, words.what_it_means,
                                                                             words.whats_next)))


def sub_status_words(sub_status: Any) -> str:
    from wizard.domain import lifecycle

    return translate("Lifecycle", lifecycle.SUB_STATUS_WORDS[lifecycle.VettingSubStatus(sub_status)])


# ----- countries and regions ---------------------------------------------------------------------
_COUNTRY_FIXES = {"es": {"CI": "Costa de Marfil", "RU": "Rusia", "PS": "Palestina"}}


@cache
def _country_catalog(language: str):
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return None


@cache
def _country_name_in(code: str, language: str) -> str:
    from wizard.domain import regions

    english = str(regions.country_name(code))
    if language == DEFAULT_LANGUAGE:
        return english
    fixed = _COUNTRY_FIXES.get(language, {}).get(code.upper())
    if fixed:
        return fixed
    catalog = _country_catalog(language)
    if catalog is None:
        return english
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    candidates = [english] + [getattr(country, attr, None) for attr in ("common_name", "name")] if country else [english]
    for candidate in candidates:
        if candidate and catalog.gettext(candidate) != candidate:
            return catalog.gettext(candidate)
    return english


def country_name(code: str) -> str:
    """The country's name in the current language; an unknown code comes back unchanged."""
    from wizard.domain import regions

    if not regions.is_country(code):
        return code
    return _country_name_in(code.strip().upper(), current_language())


@cache
def _sorted_countries(language: str) -> tuple[tuple[str, str], ...]:
    from wizard.domain import regions

    collator_key = _sort_key
    names = [(code, _country_name_in(code, language)) for code, _name in regions.all_countries()]
    return tuple(sorted(names, key=lambda item: (collator_key(item[1]), item[0])))


def all_countries() -> list[tuple[str, str]]:
    """(code, name) of every country in the current language, sorted by name ignoring accents and case."""
    return list(_sorted_countries(current_language()))


def _sort_key(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def region_name(name: str) -> str:
    """A CSP region's name (as the data spells it) in the current language."""
    return translate("Regions", name)


def region_list(names: Any) -> str:
    return ", ".join(region_name(name) for name in names)


# Marked for lupdate only: the CSP region names of resources/data/csp_regions.json, and the details
# email_validator gives (a detail not listed here is replaced by "check the address." in Spanish).
_REGION_NAMES = (
    QT_TRANSLATE_NOOP("Regions", "Africa"),
    QT_TRANSLATE_NOOP("Regions", "Asia and Pacific"),
    QT_TRANSLATE_NOOP("Regions", "Australia"),
    QT_TRANSLATE_NOOP("Regions", "Brazil"),
    QT_TRANSLATE_NOOP("Regions", "Canada"),
    QT_TRANSLATE_NOOP("Regions", "Europe"),
    QT_TRANSLATE_NOOP("Regions", "India"),
    QT_TRANSLATE_NOOP("Regions", "Japan"),
    QT_TRANSLATE_NOOP("Regions", "Korea, Republic of"),
    QT_TRANSLATE_NOOP("Regions", "Latin America and the Caribbean"),
    QT_TRANSLATE_NOOP("Regions", "Middle East, Central Europe, and Eastern Europe"),
    QT_TRANSLATE_NOOP("Regions", "New Zealand"),
    QT_TRANSLATE_NOOP("Regions", "Russia"),
    QT_TRANSLATE_NOOP("Regions", "Taiwan"),
    QT_TRANSLATE_NOOP("Regions", "United States"),
)
_EMAIL_DETAILS = (
    QT_TRANSLATE_NOOP("EmailValidator", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot have a period and a hyphen next to each other."),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is not valid. It should have a period."),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is not valid. It is not within a valid top-level domain."),
    QT_TRANSLATE_NOOP("EmailValidator", "The part after the @-sign is a special-use or reserved name that cannot be used with email."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains invalid characters before the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains an invalid character."),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address is not valid ASCII."),
    QT_TRANSLATE_NOOP("EmailValidator", "There can't be anything after the email address."),
    QT_TRANSLATE_NOOP("EmailValidator", "A display name and angle brackets around the email address are not permitted here."),
    QT_TRANSLATE_NOOP("EmailValidator", "Quoting the part before the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP("EmailValidator", "A bracketed IP address after the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP("EmailValidator", "Internationalized characters before the @-sign are not supported."),
)


def shown_text(message: object | None) -> str:
    """What a field's error label shows for a text, a Problem or an error ("" for none)."""
    if message is None or message == "":
        return ""
    if isinstance(message, BaseException):
        return error_text(message)
    if isinstance(message, str):
        return text(message)
    return problem_text(message)
