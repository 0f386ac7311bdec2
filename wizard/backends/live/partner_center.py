"""Partner Center REST reads (App+User token), each best-effort: a refusal (401/403) is a LiveError the
caller turns into the web page and a manual record, never a dead end."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from wizard.backends.live.errors import LiveError
from wizard.backends.live.http import PARTNER_CENTER, ApiClient, text_of
from wizard.domain.lifecycle import State, VettingStatus, VettingSubStatus

MAX_PAGES = 10_000
SIGN_UP_URL = "https://partnercenter.microsoft.com/pcv/register/joinnow/enrollmentwelcome/valueaddedreseller"

_REVIEW = {VettingSubStatus.EMAIL_DOMAIN, VettingSubStatus.EMPLOYMENT_VERIFICATION,
           VettingSubStatus.BUSINESS_VERIFICATION, VettingSubStatus.DECISION, VettingSubStatus.NONE}


def state_of_vetting(status: VettingStatus, sub_status: VettingSubStatus) -> State:
    """The lifecycle state the sandbox would show for Partner Center's (vettingStatus, vettingSubStatus)."""
    if status is VettingStatus.AUTHORIZED:
        return State.APPROVED
    if status is VettingStatus.REJECTED:
        return State.REJECTED
    if status is VettingStatus.NONE:
        return State.DRAFT
    if sub_status in (VettingSubStatus.ENTRY, VettingSubStatus.EMAIL_OWNERSHIP):
        return State.EMAIL_VERIFICATION
    if sub_status is VettingSubStatus.OTHER:
        return State.NEEDS_INFO
    return State.IN_REVIEW


def _enum(kind: type, value: Any, default: Any) -> Any:
    try:
        return kind(str(value))
    except ValueError:
        return default


@dataclass(frozen=True)
class Vetting:
    status: VettingStatus
    sub_status: VettingSubStatus
    state: State
    company_name: str = ""
    contact_email: str = ""

    def to_json(self) -> dict[str, str]:
        return {"status": self.status.value, "sub_status": self.sub_status.value}


@dataclass(frozen=True)
class IndirectProvider:
    id: str
    name: str
    mpn_id: str
    location: str
    state: str


@dataclass(frozen=True)
class Customer:
    id: str
    tenant_id: str
    domain: str
    company_name: str
    relationship: str


class PartnerCenterClient(ApiClient):
    api = PARTNER_CENTER

    def _get(self, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None,
             url: str | None = None) -> dict[str, Any]:
        return self._get_object(url or f"{self.base_url}{path}", params=params, headers=headers)

    def vetting(self) -> Vetting | None:
        """The legal business profile's vetting (`GET /profiles/legalbusiness?vettingVersion=Current`);
        None when the tenant has no legal profile yet (not enrolled: 404)."""
        try:
            data = self._get("/profiles/legalbusiness", {"vettingVersion": "Current"})
        except LiveError as error:
            if error.code == "not_found":
                return None
            raise
        status = _enum(VettingStatus, data.get("vettingStatus"), VettingStatus.NONE)
        sub_status = _enum(VettingSubStatus, data.get("vettingSubStatus"), VettingSubStatus.OTHER)
        contact = data.get("primaryContact") if isinstance(data.get("primaryContact"), dict) else {}
        return Vetting(status, sub_status, state_of_vetting(status, sub_status), text_of(data.get("companyName")),
                       text_of(contact.get("email")))

    def partner_id(self) -> str | None:
        """The Partner ID (former MPN ID) linked to the account, or None when none is (404)."""
        try:
            return text_of(self._get("/profiles/mpn").get("mpnId")) or None
        except LiveError as error:
            if error.code == "not_found":
                return None
            raise

    def indirect_providers(self) -> list[IndirectProvider]:
        data = self._get("/relationships", {"relationship_type": "IsIndirectResellerOf"})
        return [IndirectProvider(text_of(item.get("id")), text_of(item.get("name")), text_of(item.get("mpnId")),
                                 text_of(item.get("location")), text_of(item.get("state")))
                for item in data.get("items") or [] if isinstance(item, dict)]

    def customer_pages(self, size: int = 500) -> Iterator[list[Customer]]:
        """The customers, one page at a time (`/customers?size=N`, then `links.next` with its
        MS-ContinuationToken header), so a caller can store each page as it comes."""
        data = self._get("/customers", {"size": size})
        for _page in range(MAX_PAGES):
            yield [self._customer(item) for item in data.get("items") or [] if isinstance(item, dict)]
            link = (data.get("links") or {}).get("next") if isinstance(data.get("links"), dict) else None
            if not isinstance(link, dict) or not link.get("uri"):
                return
            headers = {str(h.get("key")): str(h.get("value")) for h in link.get("headers") or []
                       if isinstance(h, dict) and h.get("key")}
            if "MS-ContinuationToken" not in headers and data.get("continuationToken"):
                headers["MS-ContinuationToken"] = str(data["continuationToken"])
            data = self._get("", headers=headers, url=self._next_url(str(link["uri"])))

    def _next_url(self, uri: str) -> str:
        """`links.next.uri` is relative to the API's root ("/v1/customers?..."): resolved against the base."""
        if urlsplit(uri).scheme:
            if urlsplit(uri).netloc != urlsplit(self.base_url).netloc:
                raise LiveError("unexpected_answer")  # the token goes only to Partner Center
            return uri
        version = "/" + self.base_url.rsplit("/", 1)[-1] + "/"
        if uri.startswith(version):
            return self.base_url + uri[len(version) - 1:]
        return urljoin(self.base_url + "/", uri.lstrip("/"))

    @staticmethod
    def _customer(item: dict[str, Any]) -> Customer:
        profile = item.get("companyProfile") if isinstance(item.get("companyProfile"), dict) else {}
        return Customer(text_of(item.get("id")), text_of(profile.get("tenantId")), text_of(profile.get("domain")),
                        text_of(profile.get("companyName")), text_of(item.get("relationshipToPartner")))

    def relationship_request_url(self) -> str:
        """The link a customer opens to accept this reseller (`/customers/relationshiprequests`)."""
        url = text_of(self._get("/customers/relationshiprequests").get("url"))
        if not url.startswith("https://"):
            raise LiveError("unexpected_answer")
        return url
