"""Microsoft Graph (v1.0) reads for the checks: the user, their active directory roles, the organization."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.backends.live.errors import LiveError
from wizard.backends.live.http import GRAPH, LiveHttp, TokenSource

GLOBAL_ADMIN_TEMPLATE_ID = "62e90394-69f5-4237-9190-012177145e10"
"""Global Administrator's roleTemplateId: the same in every tenant and language (its name is localized)."""
MAX_PAGES = 100  # a nextLink loop can't run forever


@dataclass(frozen=True)
class Me:
    id: str
    display_name: str
    user_principal_name: str
    mail: str


@dataclass(frozen=True)
class DirectoryRole:
    display_name: str
    role_template_id: str


@dataclass(frozen=True)
class Organization:
    tenant_id: str
    display_name: str
    country: str | None  # countryLetterCode; None when hidden (only User.Read granted) or empty
    verified_domains: tuple[str, ...]  # lower case, the default domain first
    street: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def prefill(self) -> dict[str, str]:
        """The legal profile's fields this organization fills (contract keys), only those it knows."""
        values = {"legal_name": self.display_name, "address_line1": self.street, "city": self.city,
                  "state": self.state, "postal_code": self.postal_code, "country": self.country or ""}
        return {key: value.strip() for key, value in values.items() if value and value.strip()}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


class GraphClient:
    def __init__(self, http: LiveHttp, base_url: str, token: TokenSource) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _get(self, url: str) -> dict[str, Any]:
        data = self.http.get(url, self.token, GRAPH).data
        if not isinstance(data, dict):
            raise LiveError("unexpected_answer")
        return data

    def me(self) -> Me:
        data = self._get(f"{self.base_url}/me")
        return Me(_text(data.get("id")), _text(data.get("displayName")), _text(data.get("userPrincipalName")),
                  _text(data.get("mail")))

    def directory_roles(self) -> list[DirectoryRole]:
        """The user's *active* directory roles, every page (`@odata.nextLink`); PIM-eligible ones aren't listed."""
        url: str | None = f"{self.base_url}/me/transitiveMemberOf/microsoft.graph.directoryRole"
        roles: list[DirectoryRole] = []
        for _page in range(MAX_PAGES):
            if not url:
                break
            data = self._get(url)
            for item in data.get("value") or []:
                if isinstance(item, dict):
                    roles.append(DirectoryRole(_text(item.get("displayName")), _text(item.get("roleTemplateId"))))
            next_link = data.get("@odata.nextLink")
            url = next_link if isinstance(next_link, str) and next_link.startswith("https://") else None
        return roles

    def is_global_admin(self) -> bool:
        """Whether an active role is Global Administrator, by its template ID (never by its localized name)."""
        return any(role.role_template_id.lower() == GLOBAL_ADMIN_TEMPLATE_ID for role in self.directory_roles())

    def organization(self) -> Organization:
        data = self._get(f"{self.base_url}/organization")
        values = [item for item in data.get("value") or [] if isinstance(item, dict)]
        if not values:
            raise LiveError("unexpected_answer")
        org = values[0]
        domains = [d for d in org.get("verifiedDomains") or [] if isinstance(d, dict) and _text(d.get("name"))]
        domains.sort(key=lambda d: not d.get("isDefault"))
        country = _text(org.get("countryLetterCode")).upper()
        return Organization(
            _text(org.get("id")), _text(org.get("displayName")),
            country if len(country) == 2 and country.isalpha() else None,
            tuple(dict.fromkeys(_text(d.get("name")).lower() for d in domains)),
            _text(org.get("street")), _text(org.get("city")), _text(org.get("state")), _text(org.get("postalCode")),
            raw=org)
