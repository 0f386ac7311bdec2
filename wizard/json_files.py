"""Read a file a person gave us (JSON, TOML, packets), turning every failure into one clear message.

Hostile files are refused before they can hurt: a file over `MAX_BYTES` (5 MB) is not read at all;
nesting deeper than `MAX_DEPTH` (json raises RecursionError around 1,000 levels, and code walking the
result recursively would fail sooner), numbers too long for Python's int conversion, strings with
unpaired UTF-16 surrogates (valid JSON escapes such as "\\ud800" that are not characters and can't be
stored), and TOML with more than `MAX_TOML_KEY_PARTS` dotted parts in a key or more than `MAX_TOML_TABLES`
tables (tomllib's work grows with their square: 10,000 parts or 20,000 tables take seconds and hundreds of
MB) all become `error("<path>: ...")`.
A UTF-8 byte order mark (Windows Notepad) is ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 100  # our files nest at most ~10 levels (a packet's audit details included)
MAX_TOML_KEY_PARTS = 16  # answers files use at most two ("contact.contact_email")
MAX_TOML_TABLES = 100  # answers files have at most three ([legal_profile], [contact], [support])
_BOM = "\ufeff"


def read_text(path: Path, error: type[Exception], noun: str = "file", max_bytes: int | None = MAX_BYTES,
              too_large: str = "") -> str:
    """The file's UTF-8 text; raises `error("<path>: ...")`. A file bigger than `max_bytes` is refused
    before it is read, with `too_large` (formatted with {size}) as the reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error(f"{path}: {noun} not found (no such file)") from None
    except OSError as exc:
        raise error(f"{path}: cannot read the {noun} ({exc})") from None
    if max_bytes is not None and size > max_bytes:
        reason = too_large or f"the {noun} is too large ({{size}} bytes; at most {max_bytes})"
        raise error(f"{path}: " + reason.format(size=size))
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read the {noun} ({exc})") from None
    return text[1:] if text.startswith(_BOM) else text


def one_line(text: str) -> str:
    """`text` with line breaks, terminal escapes and other invisible characters written as \\n, \\x1b, ...:
    a key or value quoted from a file keeps one problem on one line and can't drive the terminal."""
    return text if text.isprintable() else "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _unstorable(value: Any) -> str | None:
    """Why parsed JSON/TOML can't be used (too deep, a string that isn't text), or None. Iterative, so it
    never recurses however deep the value is."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                return f"nested too deeply (more than {MAX_DEPTH} levels of objects or arrays)"
            if isinstance(item, dict):
                for key, inner in item.items():
                    stack.append((key, depth))
                    stack.append((inner, depth + 1))
            else:
                stack.extend((inner, depth + 1) for inner in item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                bad = item[exc.start]
                return f"a string contains \\u{ord(bad):04x}, an unpaired surrogate that is not a character"
    return None


def _number_problem(error: ValueError) -> str:
    text = str(error)
    return "a number has too many digits (at most 4,300)" if "digits" in text else text


def _checked_parse(path: Path, text: str, error: type[Exception], kind: str, nesting: str,
                   loads: Callable[[str], Any], decode_error: type[ValueError],
                   describe: Callable[[Any], str]) -> Any:
    """`loads(text)` with every failure as `error("<path>: not valid <kind>: ...")`, then `_unstorable`'s check.

    The decode error is a ValueError, so it is caught before the generic ValueError (an integer of more
    than 4,300 digits); `nesting` names what nests ("objects or arrays", "tables or arrays")."""
    prefix = f"{path}: not valid {kind}: "
    try:
        data = loads(text)
    except decode_error as exc:
        raise error(prefix + describe(exc)) from None
    except RecursionError:
        raise error(prefix + f"nested too deeply (more than {MAX_DEPTH} levels of {nesting})") from None
    except ValueError as exc:
        raise error(prefix + _number_problem(exc)) from None
    problem = _unstorable(data)
    if problem:
        raise error(prefix + problem)
    return data


def parse_json(path: Path, text: str, error: type[Exception]) -> Any:
    """The parsed JSON; raises `error("<path>: not valid JSON: ...")` naming what is wrong and where."""
    return _checked_parse(
        path, text, error, "JSON", "objects or arrays", json.loads, json.JSONDecodeError,
        lambda exc: f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
    )


def read_json(path: Path, error: type[Exception], noun: str = "file", max_bytes: int | None = MAX_BYTES) -> Any:
    """The parsed content of `path`; raises `error("<path>: ...")` naming what is wrong and where."""
    return parse_json(path, read_text(path, error, noun, max_bytes), error)


# Strings and comments, so the dots inside them are not counted as key separators.
_TOML_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\']|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*',
    re.DOTALL,
)
_TOML_KEY_DOTS = re.compile(r"(?:\.[^.=\[\]{},\n]*+){" + str(MAX_TOML_KEY_PARTS) + "}")
_TOML_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)


def parse_toml(path: Path, text: str, error: type[Exception]) -> Any:
    """The parsed TOML; raises `error("<path>: not valid TOML: ...")`."""
    import tomllib

    bare = _TOML_SKIPPED.sub('""', text)
    if _TOML_KEY_DOTS.search(bare):
        raise error(f"{path}: not valid TOML: a key has more than {MAX_TOML_KEY_PARTS} dotted parts")
    if sum(1 for _ in zip(range(MAX_TOML_TABLES + 1), _TOML_TABLE.finditer(bare))) > MAX_TOML_TABLES:
        raise error(f"{path}: not valid TOML: more than {MAX_TOML_TABLES} [tables]")
    return _checked_parse(path, text, error, "TOML", "tables or arrays", tomllib.loads, tomllib.TOMLDecodeError, str)
