"""The relationships window's work: providers, invitations, shared customers, inviting customers.

Qt-free. Reads from and writes to the local cache (so the window opens instantly with the last
known state) and talks to Partner Center for everything else; the UI calls it from worker threads."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Sequence

from wizard.backends.base import BackendError
from wizard.services.account import AccountService

if TYPE_CHECKING:
    from wizard.services.case_session import CaseSession

log = logging.getLogger(__name__)

SYNC_BATCH = 20_000


class RelationshipService:
    def __init__(self, session: "CaseSession", cache: Any) -> None:
        """`cache` is the store's relationship cache (see wizard/store), built by the app."""
        self.session = session
        self.account = AccountService(session)
        self.cache = cache

    @property
    def _backend(self):
        return self.session.connected_backend()

    def _token(self) -> str:
        return self.account._token()  # noqa: SLF001 - the same vault entry as the status page

    @property
    def case_id(self) -> int:
        assert self.session.case_id is not None
        return self.session.case_id

    # ----- availability -----------------------------------------------------------------------
    def available(self) -> bool:
        """The window works once the Partner Center account is ready (approved)."""
        return self.session.status == "approved"

    # ----- directory --------------------------------------------------------------------------
    def find_providers(self, text: str = "", country: str | None = None, services: Sequence[str] = ()) -> list:
        return self._backend.find_providers(self._token(), text, country or None, tuple(services))

    def why_not_offered(self, text: str) -> list[tuple[str, str]]:
        return self._backend.why_not_offered(self._token(), text)

    # ----- invitations --------------------------------------------------------------------------
    def invitation(self, invitation: str):
        return self._backend.invitation(self._token(), invitation)

    def mpa_signed_for_reseller_region(self) -> tuple[bool, str]:
        """Whether the Microsoft Partner Agreement is signed where this reseller does business, and where."""
        profile = self.account.partner_profile()
        unsigned = [region for region in profile.csp_regions if not profile.mpa.get(region)]
        from wizard.domain.regions import region_text
        from wizard.domain.texts import ListItems

        return not unsigned, ListItems([region_text(region) for region in unsigned or profile.csp_regions])

    def authorize(self, invitation_id: str, confirmed: bool):
        relationship = self._backend.authorize_provider(self._token(), invitation_id, confirmed)
        self.account._audit("provider_authorized", {"provider": relationship.provider.id, "invitation": invitation_id})  # noqa: SLF001
        self.refresh_providers()
        return relationship

    # ----- indirect providers -------------------------------------------------------------------
    def cached_providers(self) -> list:
        return self.cache.providers(self.case_id)

    def refresh_providers(self) -> list:
        relationships = self._backend.indirect_providers(self._token())
        self.cache.save_providers(self.case_id, relationships)
        return self.cache.providers(self.case_id)

    def remove_admin_access(self, provider_id: str) -> list:
        self._backend.remove_admin_access(self._token(), provider_id)
        self.account._audit("provider_admin_access_removed", {"provider": provider_id})  # noqa: SLF001
        return self.refresh_providers()

    # ----- shared customers -----------------------------------------------------------------------
    def sync_customers(self, provider_id: str, full: bool = False) -> int:
        """Fetch customers added since the last sync (or all, `full`, e.g. after a customer accepted an
        invitation and an existing row changed) into the local cache; returns how many arrived."""
        added = 0
        since = 0 if full else (self.cache.last_customer_id(self.case_id, provider_id) or 0)
        while True:
            batch = self._backend.shared_customers(self._token(), provider_id, since, SYNC_BATCH)
            if not batch:
                return added
            self.cache.append_customers(self.case_id, provider_id, batch)
            added += len(batch)
            if len(batch) < SYNC_BATCH:
                return added
            since = max(row.id for row in batch)

    def customer_source(self, provider_id: str):
        """The Qt-free data source the customers table pages through (SQL filtering and sorting)."""
        return self.cache.customer_source(self.case_id, provider_id)

    def invite_customer(self, provider_id: str, email: str, name: str = ""):
        from wizard.domain import rules

        problem = rules.email_problem(email, "invite_email")
        if problem is not None:
            raise BackendError("invalid_email", problem.message)
        mail = self._backend.invite_customer(self._token(), provider_id, rules.clean(email), rules.clean(name))
        self.account._audit("customer_invited", {"provider": provider_id, "email": rules.clean(email)})  # noqa: SLF001
        return mail
