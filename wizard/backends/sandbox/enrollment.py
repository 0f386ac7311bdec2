"""The sandbox's enrollment calls: Enroll now, email verification links, status, and resubmission."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Mapping

from sqlalchemy import Connection, select

from wizard.backends.base import BackendError
from wizard.backends.sandbox import links
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.core import SandboxBase, service_call
from wizard.backends.sandbox.review import start_review
from wizard.backends.sandbox.rules import ENROLLMENT_FIELDS, check_fields, check_profile, verification_text
from wizard.backends.sandbox.timeline import LEGACY_STATUS, add_event, by_id, new_enrollment_id, send, view
from wizard.domain.lifecycle import State, VettingSubStatus, move
from wizard.domain.model import LEGAL_FIELDS, EnrollmentReceipt, EnrollmentView, LinkOutcome
from wizard.domain.texts import QT_TRANSLATE_NOOP

PENDING_EMAIL_VERIFICATION = LEGACY_STATUS[State.EMAIL_VERIFICATION]

LinkHandler = Callable[[Connection, datetime, Mapping[str, str]], LinkOutcome]


@dataclass(frozen=True)
class EnrollmentStatus:
    """Where a tenant's CSP enrollment stands (the older summary; see enrollment_status for the full view).
    `status` is not_enrolled, pending_email_verification, in_review, needs_info, rejected or authorized."""

    tenant_domain: str
    status: str
    enrollment_id: str | None = None
    mpn_id: str | None = None
    pmc_user: str | None = None
    contact_email: str | None = None
    submitted_at: datetime | None = None


class EnrollmentCalls(SandboxBase):
    @service_call
    def is_enrolled(self, token: str) -> bool:
        with self._tx() as (conn, now):
            return bool(self._session_tenant(conn, token, now)["csp_status"] != "not_enrolled")

    @service_call
    def enroll(self, token: str, mpn_id: str, fields: Mapping[str, str]) -> EnrollmentReceipt:
        values = {key: str(fields.get(key) or "").strip() for key in ENROLLMENT_FIELDS}
        mpn_id = str(mpn_id).strip()
        with self._tx() as (conn, now):
            tenant = self._session_tenant(conn, token, now)
            if tenant["csp_status"] != "not_enrolled":
                raise BackendError(
                    "already_enrolled",
                    QT_TRANSLATE_NOOP("Backend", "{domain} is already enrolled in CSP.").format(domain=tenant["domain"]),
                )
            profile = conn.execute(select(st.mpn_profiles).where(st.mpn_profiles.c.mpn_id == mpn_id)).mappings().first()
            check_profile(mpn_id, profile, tenant)
            assert profile is not None
            in_use = conn.execute(select(st.enrollments.c.id).where(st.enrollments.c.mpn_id == mpn_id)).first()
            if in_use:
                raise BackendError(
                    "mpn_id_in_use",
                    QT_TRANSLATE_NOOP(
                        "Backend", "MPN ID {mpn_id} is already linked to another CSP tenant (one tenant per location)."
                    ).format(mpn_id=mpn_id),
                )
            check_fields(values, tenant["country"])
            state = move(State.DRAFT, State.EMAIL_VERIFICATION)
            enrollment_id = new_enrollment_id()
            contact = values["contact_email"]
            conn.execute(
                st.enrollments.insert().values(
                    id=enrollment_id, tenant_id=tenant["id"], mpn_id=mpn_id, pmc_user=profile["pmc_user"],
                    state=state.value, sub_status=VettingSubStatus.EMAIL_OWNERSHIP.value, reason="",
                    fields=json.dumps(values), contact_email=contact, submitted_at=now,
                )
            )
            conn.execute(
                st.tenants.update().where(st.tenants.c.id == tenant["id"]).values(csp_status=LEGACY_STATUS[state])
            )
            self._send_verification(conn, enrollment_id, now, QT_TRANSLATE_NOOP("Timeline", "Enrollment submitted"))
            return EnrollmentReceipt(enrollment_id, tenant["domain"], now, contact)

    @service_call
    def enrollment(self, tenant_domain: str) -> EnrollmentStatus:
        """Enrollment state of a tenant. Raises BackendError unknown_tenant."""
        domain = tenant_domain.strip().lower()
        with self._tx() as (conn, _now):
            t = conn.execute(select(st.tenants).where(st.tenants.c.domain == domain)).mappings().first()
            if t is None:
                raise BackendError(
                    "unknown_tenant", QT_TRANSLATE_NOOP("Backend", "There is no tenant named {domain}.").format(domain=domain)
                )
            e = conn.execute(select(st.enrollments).where(st.enrollments.c.tenant_id == t["id"])).mappings().first()
            if e is None:
                return EnrollmentStatus(domain, t["csp_status"])
            return EnrollmentStatus(
                domain, t["csp_status"], e["id"], e["mpn_id"], e["pmc_user"], e["contact_email"] or None,
                e["submitted_at"],
            )

    @service_call
    def enrollment_status(self, token: str) -> EnrollmentView:
        """The signed-in tenant's enrollment with its timeline. Raises session_expired, not_enrolled."""
        return self._read_enrollment(token, view)

    @service_call
    def resend_verification(self, token: str) -> EnrollmentView:
        """Email the primary contact a new verification link; earlier links stop working (link_superseded).
        Raises not_awaiting_verification unless the enrollment waits for email verification."""
        with self._tx() as (conn, now):
            e = self._session_enrollment(conn, token, now)
            if State(e["state"]) is not State.EMAIL_VERIFICATION:
                raise BackendError(
                    "not_awaiting_verification",
                    QT_TRANSLATE_NOOP(
                        "Backend", "The primary contact's email address doesn't need verifying now, so no new email was sent."
                    ),
                )
            self._send_verification(conn, e["id"], now, QT_TRANSLATE_NOOP("Timeline", "Verification email sent again"))
            return view(conn, self._session_enrollment(conn, token, now))

    @service_call
    def resubmit(self, token: str, fields: Mapping[str, str]) -> EnrollmentView:
        """Update the legal business profile (only LEGAL_FIELDS keys are read; missing keys keep their value)
        and start a fresh review. Raises not_needs_info unless the enrollment needs more information,
        and invalid_profile or country_mismatch for a profile Enroll now would refuse."""
        with self._tx() as (conn, now):
            e = self._session_enrollment(conn, token, now)
            if State(e["state"]) is not State.NEEDS_INFO:
                raise BackendError(
                    "not_needs_info",
                    QT_TRANSLATE_NOOP("Backend", "Only an enrollment that needs more information can be resubmitted."),
                )
            values = json.loads(e["fields"])
            values.update({key: str(fields[key] or "").strip() for key in LEGAL_FIELDS if key in fields})
            tenant = self._session_tenant(conn, token, now)
            check_fields({key: values.get(key, "") for key in ENROLLMENT_FIELDS}, tenant["country"])
            row = st.enrollments.c.id == e["id"]
            conn.execute(st.enrollments.update().where(row).values(fields=json.dumps(values)))
            start_review(
                conn, e["id"], now, self.scenario.review_days, VettingSubStatus.BUSINESS_VERIFICATION,
                QT_TRANSLATE_NOOP("Timeline", "Legal business profile updated and resubmitted"),
            )
        return self._read_enrollment(token, view)  # a new transaction: a review of 0 days has decided by now

    # -- links ------------------------------------------------------------------------------------
    def _link_routes(self) -> dict[str, tuple[tuple[str, ...], LinkHandler]]:
        """Link kind (the URL's path) -> its required parameters and its handler. Extend in subclasses."""
        return {links.VERIFY_EMAIL: (("enrollment", "code"), self._open_verify_email)}

    @service_call
    def open_link(self, url: str) -> LinkOutcome:
        """Open a csp-sandbox:// link from the outbox. Raises BackendError link_malformed, link_unknown,
        link_used, link_superseded, link_expired (see sandbox.links); a refused link changes nothing."""
        routes = self._link_routes()
        kind, params = links.parse(url, {name: required for name, (required, _h) in routes.items()})
        with self._tx() as (conn, now):
            return routes[kind][1](conn, now, params)

    def _open_verify_email(self, conn: Connection, now: datetime, params: Mapping[str, str]) -> LinkOutcome:
        enrollment_id = params["enrollment"].upper()
        link = links.check_verification(conn, enrollment_id, params["code"], now)
        e = by_id(conn, enrollment_id)
        assert e is not None
        if State(e["state"]) is not State.EMAIL_VERIFICATION:  # not reachable: a used link is marked used
            raise BackendError(
                "link_used", QT_TRANSLATE_NOOP("Backend", "This enrollment's email address is already verified.")
            )
        links.mark_used(conn, link, now)
        days = self.scenario.review_days
        start_review(
            conn, enrollment_id, now, days, VettingSubStatus.EMPLOYMENT_VERIFICATION,
            QT_TRANSLATE_NOOP("Timeline", "Primary contact's email verified; review started"),
        )
        domain = conn.execute(select(st.tenants.c.domain).where(st.tenants.c.id == e["tenant_id"])).scalar_one()
        if days == 1:
            template = QT_TRANSLATE_NOOP(
                "Backend",
                "Thank you: {email} is verified. We're now reviewing the information you provided, which "
                "takes about {days} day. We'll email status updates to the primary contact.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Backend",
                "Thank you: {email} is verified. We're now reviewing the information you provided, which "
                "takes about {days} days. We'll email status updates to the primary contact.",
            )
        message = template.format(email=e["contact_email"], days=days)
        return LinkOutcome(links.VERIFY_EMAIL, enrollment_id, domain, message)

    @staticmethod
    def _send_verification(conn: Connection, enrollment_id: str, now: datetime, title: str) -> None:
        e = by_id(conn, enrollment_id)
        assert e is not None
        link = links.issue_verification(conn, enrollment_id, now)
        subject, body = verification_text(json.loads(e["fields"]), enrollment_id, link)
        send(conn, now, e["contact_email"], "verification", subject, body, [link])
        detail = QT_TRANSLATE_NOOP(
            "Timeline",
            "We emailed the primary contact a link to confirm that they signed up for a Partner Center account "
            "and that the address belongs to the company. The link works for {days} days.",
        ).format(days=links.VERIFICATION_LINK_LIFETIME.days)
        add_event(conn, enrollment_id, now, State.EMAIL_VERIFICATION, VettingSubStatus.EMAIL_OWNERSHIP, title,
                  detail, e["contact_email"])
