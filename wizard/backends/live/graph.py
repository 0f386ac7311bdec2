"""Microsoft Graph (v1.0) reads for the checks: the user, their active directory roles, the organization."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.backends.live.errors import LiveError
from wizard.backends.live.http import GRAPH, ApiClient, text_of

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


class GraphClient(ApiClient):
    api = GRAPH

    def _get(self, url: str) -> dict[str, Any]:
        return self._get_object(url)

    def me(self) -> Me:
        data = self._get(f"{self.base_url}/me")
        return Me(text_of(data.get("id")), text_of(data.get("displayName")), text_of(data.get("userPrincipalName")),
                  text_of(data.get("mail")))

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
                    roles.append(DirectoryRole(text_of(item.get("displayName")), text_of(item.get("roleTemplateId"))))
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
        domains = [d for d in org.get("verifiedDomains") or [] if isinstance(d, dict) and text_of(d.get("name"))]
        domains.sort(key=lambda d: not d.get("isDefault"))
        country = text_of(org.get("countryLetterCode")).upper()
        return Organization(
            text_of(org.get("id")), text_of(org.get("displayName")),
            country if len(country) == 2 and country.isalpha() else None,
            tuple(dict.fromkeys(text_of(d.get("name")).lower() for d in domains)),
            text_of(org.get("street")), text_of(org.get("city")), text_of(org.get("state")), text_of(org.get("postalCode")),
            raw=org)
