"""The reference data the domain's rules use (countries and their subdivisions, CSP regions, postal code
patterns, web-mail families and the free/throwaway mail lists), passed in from outside: the domain reads no files and imports no data
packages. `wizard.reference_data` is the adapter that loads them; tests may install their own tables."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

Loader = Callable[[str], Any]
_loader: Loader | None = None

TABLES = ("csp_regions", "postal_codes", "web_email_domains", "free_email_domains", "disposable_email_domains",
          "countries")  # and "subdivisions/<alpha-2>"


def install(loader: Loader) -> None:
    """Where the tables come from: `loader(name)` returns the table called `name` (one of TABLES)."""
    global _loader
    _loader = loader
    table.cache_clear()


@cache
def table(name: str) -> Any:
    """A table by name, loaded once from the installed loader."""
    if _loader is None:
        raise LookupError("No reference data installed: call wizard.reference_data.install() first.")
    return _loader(name)
