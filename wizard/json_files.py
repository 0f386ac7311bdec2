"""Read a file a person gave us (JSON, TOML, packets), turning every failure into one clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_text(path: Path, error: type[Exception], noun: str = "file", max_bytes: int | None = None,
              too_large: str = "") -> str:
    """The file's UTF-8 text; raises `error("<path>: ...")`. With `max_bytes`, a bigger file is refused
    before it is read, with `too_large` (formatted with {size}) as the reason."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error(f"{path}: {noun} not found (no such file)") from None
    except OSError as exc:
        raise error(f"{path}: cannot read the {noun} ({exc})") from None
    if max_bytes is not None and size > max_bytes:
        raise error(f"{path}: " + too_large.format(size=size))
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read the {noun} ({exc})") from None


def parse_json(path: Path, text: str, error: type[Exception]) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{path}: not valid JSON: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None


def read_json(path: Path, error: type[Exception], noun: str = "file") -> Any:
    """The parsed content of `path`; raises `error("<path>: ...")` naming what is wrong and where."""
    return parse_json(path, read_text(path, error, noun), error)
