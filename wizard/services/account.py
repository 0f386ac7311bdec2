"""After Enroll now: follow the enrollment, open email links, and finish the account setup.

Qt-free like CaseSession, whose case, store, vault and backend it uses; every lifecycle change the
backend reports is written to the case's audit log with the time it happened."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from wizard.backends.base import BackendError
from wizard.domain import fields as model
from wizard.domain.case import ENROLLMENT_ID, EVENTS_RECORDED  # noqa: F401  (callers name them through here)
from wizard.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wizard.domain.model import EnrollmentView, LinkOutcome, PartnerProfile
    from wizard.services.case_session import CaseSession

log = logging.getLogger(__name__)

SERVICE_ACTOR = "Partner Center"


class AccountService:
    def __init__(self, session: "CaseSession") -> None:
        self.session = session

    def _token(self) -> str:
        token = self.session.token()
        if not token:
            raise BackendError(
                "session_expired", QT_TRANSLATE_NOOP("Backend", "Sign in again to see the latest status of your enrollment.")
            )
        return token

    @property
    def _backend(self):
        return self.session.connected_backend()

    # ----- enrollment status -----------------------------------------------------------------
    def refresh(self) -> "EnrollmentView":
        """Ask Partner Center where the enrollment stands and record what changed since last time."""
        view = self._backend.enrollment_status(self._token())
        self._record(view)
        return view

    def _record(self, view: "EnrollmentView") -> None:
        with self.session.writer.writing():
            self._record_locked(view)

    def _record_locked(self, view: "EnrollmentView") -> None:
        session, writer = self.session, self.session.writer
        seen = session.case().learnt.events_recorded
        status = session.status
        for event in view.events[seen:]:
            detail = {"title": event.title, "sub_status": str(event.sub_status), "at": event.at.isoformat()}
            if event.emailed_to:
                detail["emailed_to"] = event.emailed_to
            if str(event.state) != status and str(event.state) != "draft":
                writer.set_status(str(event.state), SERVICE_ACTOR, detail)
                status = str(event.state)
            else:
                writer.audit("status_update", detail, actor=SERVICE_ACTOR)
        session.status = status
        writer.refresh_version()
        session.set_value(EVENTS_RECORDED, str(len(view.events)))
        session.flush()

    def resend_verification(self) -> "EnrollmentView":
        view = self._backend.resend_verification(self._token())
        self._record(view)
        return view

    def resubmit(self) -> "EnrollmentView":
        """Send the corrected legal profile of an enrollment that needs more information; review restarts."""
        session = self.session
        session.flush()
        fields = {key: session.value(key) for key in model.FIELD_KEYS}
        view = self._backend.resubmit(self._token(), fields)
        self._record(view)
        return view

    # ----- links from emails -----------------------------------------------------------------
    def open_link(self, url: str) -> "LinkOutcome":
        """Open a csp-sandbox:// link for this case; a link of another case is refused and changes nothing."""
        mine = self.session.value(ENROLLMENT_ID)
        theirs = dict(parse_qsl(urlsplit(url.strip()).query)).get("enrollment", "")
        if mine and theirs and theirs != mine:
            raise BackendError(
                "link_other_case",
                QT_TRANSLATE_NOOP(
                    "Backend",
                    "This link is for enrollment {theirs}, but the case open here is enrollment {mine}. "
                    "Open the case it belongs to, or check that you opened the right email.",
                ).format(theirs=theirs, mine=mine),
            )
        outcome = self._backend.open_link(url)
        try:
            self.refresh()
        except BackendError as error:  # signed out: the link worked, the timeline catches up later
            log.info("link opened; status not refreshed (%s)", error.code)
        return outcome

    # ----- account setup (seed step 5 and the Microsoft Partner Agreement) ----------------------
    def is_admin_agent(self) -> bool:
        return self._backend.is_admin_agent(self._token())

    def make_admin_agent(self) -> bool:
        """Settings > User management > your name > Admin agent > Update, then check it took effect."""
        upn = self.session.value(model.WORK_ACCOUNT)
        self._backend.set_admin_agent(self._token(), upn, True)
        granted = self._backend.is_admin_agent(self._token())
        self._audit("admin_agent", {"user": upn, "granted": granted})
        return granted

    def partner_profile(self) -> "PartnerProfile":
        return self._backend.partner_profile(self._token())

    def migrate_to_partner_center(self) -> "PartnerProfile":
        profile = self._backend.migrate_to_partner_center(self._token())
        self._audit("migrated_to_partner_center", {"account_type": profile.account_type})
        return profile

    def accept_mpa(self, upn: str, password: str, region: str) -> "PartnerProfile":
        """Accept the Microsoft Partner Agreement for a CSP region with global admin credentials."""
        profile = self._backend.accept_mpa(upn.strip(), password, region)
        self._audit("mpa_accepted", {"region": region, "by": upn.strip()})
        return profile

    def _audit(self, action: str, detail: dict) -> None:
        self.session.writer.audit(action, detail)
