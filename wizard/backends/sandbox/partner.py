"""The sandbox's account-setup calls once enrolled: admin agent, partner profile, the Microsoft Partner
Agreement per CSP region, the move from Partner Membership Center, and customer support details."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Mapping

from sqlalchemy import Connection, RowMapping, select, update

from wizard.backends.base import BackendError
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.core import SandboxBase, not_global_admin_text, service_call
from wizard.backends.sandbox.directory import require_ready as _require_ready
from wizard.backends.sandbox.rules import check_support
from wizard.backends.sandbox.timeline import note, of_tenant
from wizard.domain.model import SUPPORT_FIELDS, PartnerProfile, SupportProfile
from wizard.domain.regions import region_of, region_text
from wizard.domain.texts import QT_TRANSLATE_NOOP

PARTNER_CENTER = "partner_center"
PARTNER_MEMBERSHIP_CENTER = "partner_membership_center"


def _require_global_admin(user: RowMapping) -> None:
    if not user["global_admin"]:
        raise BackendError(
            "not_global_admin",
            not_global_admin_text(user["upn"], user["domain"]),
        )


class PartnerCalls(SandboxBase):
    # -- admin agent (seed step 5: Settings > User management > your name > Admin agent > Update) --------
    @service_call
    def is_admin_agent(self, token: str) -> bool:
        """Whether the signed-in user is in the partner's admin agent group."""
        with self._tx() as (conn, now):
            return bool(self._session_user(conn, token, now)["admin_agent"])

    @service_call
    def set_admin_agent(self, token: str, upn: str, on: bool = True) -> bool:
        """Give (or take away) a user of the signed-in tenant the Admin agent role; returns the new value.
        Raises session_expired, not_global_admin, account_not_ready, unknown_account."""
        upn = upn.strip().lower()
        with self._tx() as (conn, now):
            caller = self._session_user(conn, token, now)
            _require_global_admin(caller)
            e = _require_ready(of_tenant(conn, caller["tenant_id"]), caller["domain"])
            target = self._user(conn, upn)
            if target is None or target["tenant_id"] != caller["tenant_id"]:
                raise BackendError(
                    "unknown_account",
                    QT_TRANSLATE_NOOP("Backend", "There's no user named {upn} in {domain}.").format(
                        upn=upn, domain=caller["domain"]
                    ),
                )
            if bool(target["admin_agent"]) != on:
                conn.execute(update(st.users).where(st.users.c.upn == upn).values(admin_agent=on))
                if on:
                    title = QT_TRANSLATE_NOOP("Timeline", "{name} ({upn}) added to the admin agent group")
                else:
                    title = QT_TRANSLATE_NOOP("Timeline", "{name} ({upn}) removed from the admin agent group")
                note(conn, e["id"], now, title.format(name=target["display_name"], upn=upn),
                     QT_TRANSLATE_NOOP("Timeline", "Changed by {upn} in Settings > User management.").format(
                         upn=caller["upn"]))
            return on

    # -- partner profile and the Microsoft Partner Agreement --------------------------------------------
    @service_call
    def partner_profile(self, token: str) -> PartnerProfile:
        """Account type and Program info of the signed-in tenant. Raises session_expired, not_enrolled."""
        return self._read_enrollment(token, _profile)

    @service_call
    def migrate_to_partner_center(self, token: str) -> PartnerProfile:
        """Move the enrollment's Partner Membership Center account to Partner Center (idempotent)."""
        with self._tx() as (conn, now):
            e = self._session_enrollment(conn, token, now)
            if _profile(conn, e).account_type == PARTNER_MEMBERSHIP_CENTER:
                account = st.pmc_accounts.c.user == e["pmc_user"]
                conn.execute(update(st.pmc_accounts).where(account).values(migrated=True))
                note(conn, e["id"], now, QT_TRANSLATE_NOOP("Timeline", "Moved from Partner Membership Center to Partner Center"),
                     QT_TRANSLATE_NOOP("Timeline", "The membership account {user} is now managed in Partner Center.").format(
                         user=e["pmc_user"]))
            return _profile(conn, e)

    @service_call
    def accept_mpa(self, upn: str, password: str, region: str) -> PartnerProfile:
        """Sign the Microsoft Partner Agreement for a CSP region with a global admin's credentials
        (idempotent: signing again keeps the first date). Raises SignInError unknown_account,
        wrong_password, not_global_admin; BackendError account_not_ready, migrate_first, region_not_allowed."""
        user = self._check_credentials(upn.strip().lower(), password)
        with self._tx() as (conn, now):
            e = _require_ready(of_tenant(conn, user["tenant_id"]), user["domain"])
            profile = _profile(conn, e)
            if profile.account_type != PARTNER_CENTER:
                raise BackendError(
                    "migrate_first",
                    QT_TRANSLATE_NOOP(
                        "Backend",
                        "This account is still a Partner Membership Center account. Move it to Partner Center first, "
                        "then accept the Microsoft Partner Agreement.",
                    ),
                )
            wanted = next((r for r in profile.csp_regions if r.casefold() == str(region).strip().casefold()), None)
            if wanted is None:
                allowed = ", ".join(profile.csp_regions) or "none"
                raise BackendError(
                    "region_not_allowed",
                    QT_TRANSLATE_NOOP(
                        "Backend", "'{region}' is not a CSP region this reseller may do business in (allowed: {allowed})."
                    ).format(region=region, allowed=allowed),
                )
            if profile.mpa.get(wanted) is None:
                conn.execute(
                    st.mpa_signatures.insert().values(
                        tenant_id=user["tenant_id"], region=wanted, signed_at=now, signed_by=user["upn"]
                    )
                )
                note(conn, e["id"], now,
                     QT_TRANSLATE_NOOP("Timeline", "Microsoft Partner Agreement accepted for {region}").format(
                         region=region_text(wanted)),
                     QT_TRANSLATE_NOOP("Timeline", "Signed by {name} ({upn}), global admin.").format(
                         name=user["display_name"], upn=user["upn"]))
            return _profile(conn, e)

    # -- already enrolled in CSP: customer support contact information only ------------------------------
    @service_call
    def update_support_profile(self, token: str, fields: Mapping[str, str]) -> SupportProfile:
        """Record the customer support contact information (only the support_* keys are read).
        Raises session_expired, account_not_ready, invalid_profile."""
        values = {key: str(fields.get(key) or "").strip() for key in SUPPORT_FIELDS}
        with self._tx() as (conn, now):
            user = self._session_user(conn, token, now)
            e = _require_ready(of_tenant(conn, user["tenant_id"]), user["domain"])
            check_support(values)
            stored = json.loads(e["fields"]) | values
            conn.execute(update(st.enrollments).where(st.enrollments.c.id == e["id"]).values(fields=json.dumps(stored)))
            if values["support_website"]:
                detail = QT_TRANSLATE_NOOP("Timeline", "Support email {email}, phone {phone}, website {website}.")
            else:
                detail = QT_TRANSLATE_NOOP("Timeline", "Support email {email}, phone {phone}.")
            note(conn, e["id"], now, QT_TRANSLATE_NOOP("Timeline", "Customer support contact information updated"),
                 detail.format(email=values["support_email"], phone=values["support_phone"],
                               website=values["support_website"]))
            return SupportProfile(values["support_email"], values["support_phone"], values["support_website"], now)


def _profile(conn: Connection, e: RowMapping) -> PartnerProfile:
    fields = json.loads(e["fields"])
    migrated = True
    if e["pmc_user"] is not None:
        account = select(st.pmc_accounts.c.migrated).where(st.pmc_accounts.c.user == e["pmc_user"])
        migrated = bool(conn.execute(account).scalar())
    tenant_country = conn.execute(select(st.tenants.c.country).where(st.tenants.c.id == e["tenant_id"])).scalar_one()
    country = (fields.get("country") or tenant_country).upper()
    region = region_of(country)
    regions = (region,) if region else ()
    signed: dict[str, datetime] = {
        r: at for r, at in conn.execute(
            select(st.mpa_signatures.c.region, st.mpa_signatures.c.signed_at)
            .where(st.mpa_signatures.c.tenant_id == e["tenant_id"])
        )
    }
    return PartnerProfile(
        account_type=PARTNER_CENTER if migrated else PARTNER_MEMBERSHIP_CENTER,
        mpn_id=e["mpn_id"],
        legal_name=fields.get("legal_name", ""),
        country=country,
        csp_regions=regions,
        mpa={r: signed.get(r) for r in regions},
    )
