"""Translatable texts without Qt: English strings that remember how to be shown in another language.

The domain, backends and services speak English (the CLI and the logs use it as is), but the GUI
shows them in the user's language. So a text is marked where it is written:

    QT_TRANSLATE_NOOP("Backend", "There is no tenant named {domain}.").format(domain=domain)

`QT_TRANSLATE_NOOP(context, text)` is the marker pyside6-lupdate extracts into the .ts files (it
needs exactly these two literal arguments). It returns a `Template`: a plain `str` equal to the
English text that also keeps its context. `Template.format(...)` returns a `Message`: the English
result, a plain `str` too, that keeps its template and parameters. wizard/ui/messages.py
translates the template and formats it again with translated parameters: nested Messages,
`CountryName` (a country's English name that keeps its code) and `Moment` (an English time that
keeps the datetime, shown in the user's locale and time zone).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Self


class Template(str):
    """An English text marked for translation in `context`; formatting it gives a Message."""

    context: str

    def __new__(cls, context: str, text: str) -> Self:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def format(self, *args: Any, **params: Any) -> Message:  # type: ignore[override]
        return Message(self, params)

    def __reduce__(self):  # copy/pickle keep the context
        return (Template, (self.context, str(self)))


class Message(str):
    """The English text of a Template with its parameters, which a UI can format again in another language."""

    template: Template
    params: Mapping[str, Any]

    def __new__(cls, template: Template, params: Mapping[str, Any]) -> Self:
        made = super().__new__(cls, str.format(template, **params))
        made.template = template
        made.params = dict(params)
        return made

    def __reduce__(self):
        return (Message, (self.template, self.params))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # the name lupdate looks for
    """Mark `text` for translation in `context` (pyside6-lupdate extracts it); returns it as a Template."""
    return Template(context, text)


class CountryName(str):
    """A country's English name that keeps its ISO code, so a UI can show the name in its own language."""

    code: str

    def __new__(cls, code: str, name: str) -> Self:
        made = super().__new__(cls, name)
        made.code = code
        return made

    def __reduce__(self):
        return (CountryName, (self.code, str(self)))


class Moment(str):
    """A point in time written in English ("03 Mar 2026 14:05 UTC") that keeps the aware datetime."""

    at: datetime

    def __new__(cls, at: datetime) -> Self:
        aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
        made = super().__new__(cls, f"{aware.astimezone(UTC):%d %b %Y %H:%M} UTC")
        made.at = aware
        return made

    def __reduce__(self):
        return (Moment, (self.at,))


class ListItems(str):
    """Items joined with ", " that keep the items (each may be translatable itself)."""

    items: tuple[Any, ...]

    def __new__(cls, items: list[Any]) -> Self:
        made = super().__new__(cls, ", ".join(str(item) for item in items))
        made.items = tuple(items)
        return made

    def __reduce__(self):
        return (ListItems, (list(self.items),))
