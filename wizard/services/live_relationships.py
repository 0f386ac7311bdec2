"""The relationships window's work for a live case (issue 15, item 6): Partner Center where it answers.

The indirect providers (`/relationships?relationship_type=IsIndirectResellerOf`) and the customers
(`/customers`, page by page with continuation tokens) go into the same local cache as the sandbox's, so the
same lazy customers table shows them. Customers are invited with the relationship-request link
(`/customers/relationshiprequests`), copied or emailed. Acts with no API (finding a provider, accepting and
authorizing its invitation, removing its administrator access) are Partner Center's web pages; a refusal
(401/403: the API isn't offered to every indirect reseller; MFA) is a LiveError the window turns into those
links and a notice. Qt-free; every call runs on a worker.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from wizard.backends.base import BackendError
from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.services.relationships import RelationshipService

if TYPE_CHECKING:
    pass

# Partner Center lists an indirect reseller's customers as a whole, not per provider: they are cached under
# this one key (a hidden row of the providers cache), which the customers table reads.
ALL_CUSTOMERS = "live:customers"
PAGE_SIZE = 500
# Codes that mean "Partner Center won't answer this account": the window shows the web pages instead.
REFUSALS = frozenset({"partner_center_refused", "mfa_required", "permission_missing", "session_expired"})
NO_API = QT_TRANSLATE_NOOP(
    "Backend", "Partner Center offers no API for this: do it on Partner Center's web pages.")


def refused(error: BaseException) -> bool:
    """Whether `error` is Partner Center refusing this account (not a passing failure)."""
    return getattr(error, "code", "") in REFUSALS


def customer_number(customer_id: str) -> int:
    """The cache's integer id of a Partner Center customer (a GUID): stable, positive, 63 bits."""
    try:
        value = uuid.UUID(customer_id).int
    except ValueError:
        value = int.from_bytes(hashlib.sha256(customer_id.encode()).digest()[:8], "big")
    return value & ((1 << 63) - 1) or 1


def mailto(email: str, subject: str, body: str) -> str:
    """A mailto: link to `email` with the subject and body (RFC 6068 percent-encoding)."""
    return f"mailto:{quote(email, safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


class LiveRelationshipService(RelationshipService):
    live = True

    def _partner_center(self):
        return self.session.live_case().live.partner_center

    # ----- indirect providers -------------------------------------------------------------------
    def cached_providers(self) -> list:
        return [row for row in self.cache.providers(self.case_id) if row.provider_id != ALL_CUSTOMERS]

    def refresh_providers(self) -> list:
        from wizard.domain import regions

        found = self._partner_center().indirect_providers()
        rows: list[dict[str, Any]] = []
        for provider in found:
            location = provider.location.upper()
            region = regions.region_of(location) if location and regions.is_country(location) else None
            rows.append({"provider_id": provider.id, "name": provider.name,
                         "countries": [location] if location else [], "regions": [region] if region else [],
                         "services": [], "since": None, "admin_access": provider.state.lower() == "active"})
        self.cache.save_providers(self.case_id, [*rows, self._all_customers_row()])
        return self.cached_providers()

    @staticmethod
    def _all_customers_row() -> dict[str, Any]:
        return {"provider_id": ALL_CUSTOMERS, "name": "", "admin_access": False}

    def _ensure_customers_row(self) -> None:
        known = self.cache.providers(self.case_id)
        if not any(row.provider_id == ALL_CUSTOMERS for row in known):
            self.cache.save_providers(self.case_id, [*known, self._all_customers_row()])

    # ----- customers --------------------------------------------------------------------------------
    def sync_customers(self, provider_id: str = ALL_CUSTOMERS, full: bool = False) -> int:
        """Every customer from Partner Center, page by page (continuation tokens), each page stored as it
        comes; returns how many arrived. Partner Center has no "since": the whole list is read each time,
        and customers already cached are updated in place."""
        self._ensure_customers_row()
        arrived = 0
        for page in self._partner_center().customer_pages(PAGE_SIZE):
            rows = [{"customer_id": customer_number(customer.id), "name": customer.company_name,
                     "domain": customer.domain, "country": "",
                     "provider_relationship": customer.relationship.lower() == "reseller", "since": None}
                    for customer in page if customer.id]
            self.cache.append_customers(self.case_id, ALL_CUSTOMERS, rows)
            arrived += len(rows)
        return arrived

    def customer_source(self, provider_id: str = ALL_CUSTOMERS):
        self._ensure_customers_row()
        return self.cache.customer_source(self.case_id, ALL_CUSTOMERS)

    # ----- inviting customers: the relationship-request link ------------------------------------------
    def relationship_request_url(self) -> str:
        return self._partner_center().relationship_request_url()

    def check_invite_email(self, email: str) -> str:
        """The customer's address, cleaned; BackendError invalid_email when it isn't one."""
        from wizard.domain import rules

        problem = rules.email_problem(email, "invite_email")
        if problem is not None:
            raise BackendError("invalid_email", problem.message)
        return rules.clean(email)

    def record_invited(self, email: str) -> None:
        """Audited: the relationship-request link was emailed to a customer (on a worker)."""
        self.account._audit("customer_invited", {"email": email, "via": "relationship_request_link"})  # noqa: SLF001

    # ----- acts with no API -----------------------------------------------------------------------
    def _no_api(self, *_args: Any, **_kwargs: Any):
        raise BackendError("no_api", NO_API)

    find_providers = why_not_offered = invitation = authorize = remove_admin_access = invite_customer = _no_api

    def mpa_signed_for_reseller_region(self):
        return self._no_api()
