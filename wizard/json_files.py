"""Read a JSON file a person gave us, turning every failure into one clear message (never a traceback)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json(path: Path, error: type[Exception], noun: str = "file") -> Any:
    """The parsed content of `path`; raises `error("<path>: ...")` naming what is wrong and where."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: {noun} not found (no such file)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read the {noun} ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{path}: not valid JSON: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
