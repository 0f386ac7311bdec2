"""A live case's work with Microsoft, Qt-free: sign in, the checks before anything is sent, the prefill of
the legal profile from the tenant's organization, and the enrollment's status where Partner Center answers.

Everything here blocks on the network: the GUI runs it on workers. What Microsoft tells us is written into
the case like the sandbox's answers are (work account, tenant, country), so the flow's gates and the
review work the same for both modes. The case also keeps which account signed in (MSAL's home account id,
no secret): a reopened case works as its own account, never as another one of the shared token cache.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.domain import fields as model
from wizard.domain.case import ACCOUNT_NAME, ALREADY_ENROLLED, PREFILL_PREFIX, TENANT_DOMAIN, flag_text

if TYPE_CHECKING:
    import threading

    from wizard.backends.live.auth import Account, DeviceCode
    from wizard.backends.live.checks import CheckReport
    from wizard.backends.live.session import LiveSession
    from wizard.services.case_session import CaseSession

log = logging.getLogger(__name__)

SERVICE_ACTOR = "Partner Center"
VERIFIED_DOMAINS = "verified_domains"  # kept with the case (comma-separated): the email fields are checked against it
HOME_ACCOUNT = "live_home_account"  # MSAL's "<oid>.<tid>" of the account that signed in for this case
PROFILE_VETTED = "live_profile_vetted"  # Partner Center has an approved legal profile for the tenant (any program)


def open_live_session() -> "LiveSession":
    """The live backend for this user: the live settings (environment, then Settings) and the token cache in
    the app's data folder. Looked up at call time, so tests can point it at their fake Microsoft."""
    from wizard.backends.live.config import LiveConfig, saved_settings
    from wizard.backends.live.session import LiveSession
    from wizard.settings import data_dir

    return LiveSession(LiveConfig.load(saved_settings()), data_dir())


@dataclass(frozen=True)
class StatusRead:
    """One read of the enrollment's status: `state` when Partner Center answered; otherwise `manual` (it
    refused: the user records the steps by hand) or a `notice` to show, and when to read again."""

    state: str | None = None
    manual: bool = False
    notice: str = ""
    retry_after: float | None = None


@dataclass(frozen=True)
class SignInState:
    """What the token cache holds now, not what the case remembers: `account` is this case's sign-in (None
    when signed out or never signed in here), `cached` says some sign-in is kept (Sign out forgets it)."""

    account: "Account | None" = None
    cached: bool = False


class LiveCase:
    def __init__(self, session: "CaseSession", live: "LiveSession") -> None:
        self.session = session
        self.live = live
        live.use_account(session.value(HOME_ACCOUNT))  # a reopened case: its own sign-in, if still kept

    # ----- sign-in and the checks ----------------------------------------------------------------
    def sign_in_interactive(self, parent_window_handle: int | None = None,
                            cancelled: "threading.Event | None" = None) -> "CheckReport":
        """The system browser's sign-in, then every check; the account is recorded in the case."""
        self.live.sign_in_interactive(parent_window_handle=parent_window_handle, cancelled=cancelled)
        return self.check()

    def start_device_code(self, cancelled: "threading.Event | None" = None) -> "DeviceCode":
        """Ask Microsoft for a sign-in code (finish_device_code waits for the user to enter it)."""
        return self.live.start_device_code(cancelled)

    def finish_device_code(self) -> "CheckReport":
        """Wait for the code's sign-in, then every check; the account is recorded in the case."""
        self.live.finish_device_code()
        return self.check()

    def sign_in_state(self) -> SignInState:
        """Who is signed in for this case now, from the token cache (no network)."""
        return SignInState(self.live.account(), self.live.holds_accounts())

    def check(self) -> "CheckReport":
        """The checks with the case's emails; records what they found (never a token) and returns them."""
        report = self.live.checks(self.session.value("contact_email") or None,
                                  self.session.value("support_email") or None)
        self.record(report)
        if (report.global_admin and report.vetting is not None and not self.session.value(model.MPN_ID)
                and not self.session.submitted):
            self._prefill_partner_id()
        return report

    def _prefill_partner_id(self) -> None:
        """An account Partner Center already knows may have a Partner ID linked: offered on the Partner ID
        page where the case has none yet (marked as prefilled, so the page says where it came from)."""
        from wizard.backends.live.errors import LiveError

        try:
            found = self.live.partner_center.partner_id()
        except LiveError as error:  # only a convenience: the partner types it otherwise
            log.info("Partner ID not read from Partner Center (%s)", error.code)
            return
        if found and not self.session.value(model.MPN_ID):
            self.session.set_values({model.MPN_ID: found, PREFILL_PREFIX + model.MPN_ID: found})
            self.session.flush()

    def record(self, report: "CheckReport") -> None:
        """Signed in counts only for an active global admin: then the work account, tenant and country are
        kept (the country stays empty when Microsoft hides it: the page asks for it), and the legal
        profile is prefilled from the organization where the case has nothing yet."""
        session = self.session
        before = session.value(HOME_ACCOUNT).partition(".")[2]  # the tenant of the case's last sign-in
        same_tenant = not before or before == report.tenant_id  # a chosen country is kept only for it
        if self.live.home_account_id:  # even a non-admin's: Sign out and the page's wording follow it
            session.set_values({HOME_ACCOUNT: self.live.home_account_id})
        if not report.global_admin or not report.user:
            domains = report.verified_domains  # the tenant of this sign-in, never an earlier one's
            session.set_values({model.WORK_ACCOUNT: report.user, model.TENANT_COUNTRY: "",
                                TENANT_DOMAIN: domains[0] if domains else ""})
            session.flush()
            return
        domains = report.verified_domains
        answered = report.vetting is not None or not _partner_center_failed(report)  # else: nothing learnt
        vetted = report.vetting is not None and report.vetting.state == "approved"
        session.set_values({
            model.WORK_ACCOUNT: report.user,
            model.TENANT_COUNTRY: (report.tenant_country or "").upper()
            or (session.value(model.TENANT_COUNTRY) if same_tenant else ""),
            TENANT_DOMAIN: domains[0] if domains else "",
            VERIFIED_DOMAINS: ",".join(domains),
            ACCOUNT_NAME: report.display_name or report.user,
        })
        if answered or not same_tenant:
            session.set_values({PROFILE_VETTED: flag_text(vetted)})
        if not session.submitted:  # a record by then: nothing below changes it
            if not same_tenant:  # another company's tenant: the last one's answers aren't this one's
                self._forget_untouched_prefill()
            if not same_tenant or (answered and not vetted):  # only the partner says it: confirm_enrolled
                session.set_values({ALREADY_ENROLLED: flag_text(False)})
        if report.organization is not None and not session.submitted:
            for key, value in report.organization.prefill().items():
                if not session.value(key):
                    session.set_values({key: value, PREFILL_PREFIX + key: value})
        session.flush()
        session.writer.audit("sign_in", {"work_account": report.user, "tenant": report.tenant_id, "mode": "live"})

    def _forget_untouched_prefill(self) -> None:
        """Values prefilled from another tenant (its organization, its Partner ID) that the partner hasn't
        changed are emptied, so this tenant's are prefilled instead; what was typed stays."""
        values = dict(self.session.values)
        forget = {}
        for key, prefilled in values.items():
            if key.startswith(PREFILL_PREFIX):
                field = key[len(PREFILL_PREFIX):]
                if values.get(field, "") == prefilled:
                    forget.update({field: "", key: ""})
        if forget:
            self.session.set_values(forget)

    def confirm_enrolled(self, enrolled: bool) -> None:
        """The partner says the company is (or isn't) already a CSP indirect reseller. An approved legal
        profile in Partner Center only shows the company went through Microsoft's vetting for some program,
        so the shorter flow (customer support details only) is never chosen from it alone."""
        if self.session.submitted:
            raise ValueError("The enrollment was submitted: it can't change to an existing enrollment now.")
        on = enrolled and self.session.value(PROFILE_VETTED) == flag_text(True)
        self.session.set_values({ALREADY_ENROLLED: flag_text(on)})
        self.session.flush()
        self.session.writer.audit("already_enrolled", {"confirmed": on})

    def choose_country(self, country: str) -> None:
        """The tenant's country, chosen by the user where Microsoft kept it hidden."""
        code = country.strip().upper()
        self.session.set_value(model.TENANT_COUNTRY, code)
        if not self.session.value("country"):  # the legal business location must be the tenant's country
            self.session.set_values({"country": code, PREFILL_PREFIX + "country": code})
        self.session.flush()

    # ----- status where the API answers ----------------------------------------------------------
    def read_status(self) -> StatusRead:
        """Partner Center's vetting status, written to the case's lifecycle and audit trail when it moved;
        a refusal (no API access for resellers, MFA) switches to the manual checklist, never a dead end."""
        from wizard.backends.live.errors import LiveError

        try:
            vetting = self.live.poll_vetting()
        except LiveError as error:
            log.info("status: Partner Center did not answer (%s)", error.code)
            if error.code in ("partner_center_refused", "permission_missing", "session_expired"):
                return StatusRead(manual=True, notice=error.message)
            if error.code == "mfa_required":
                return StatusRead(manual=True, notice=error.message)
            return StatusRead(notice=error.message, retry_after=error.retry_after)
        if vetting is None:
            return StatusRead(state=self.session.status)
        state = str(vetting.state)
        if state != self.session.status and state != "draft":
            self._date_steps(state)
            with self.session.writer.writing():
                self.session.writer.set_status(state, SERVICE_ACTOR, {
                    "title": f"Partner Center: {vetting.status.value} ({vetting.sub_status.value})",
                    "sub_status": vetting.sub_status.value})
                self.session.writer.refresh_version()
            self.session.status = state
        return StatusRead(state=state)

    def _date_steps(self, state: str) -> None:
        """The steps Partner Center has passed, dated today for the timeline (the manual checklist's dates)."""
        from datetime import date

        from wizard.services.manual_status import APPROVED_ON, EMAIL_CONFIRMED_ON, STATUS_SOURCE

        today = date.today().isoformat()
        passed = {"in_review": (EMAIL_CONFIRMED_ON,), "needs_info": (EMAIL_CONFIRMED_ON,),
                  "rejected": (EMAIL_CONFIRMED_ON,), "approved": (EMAIL_CONFIRMED_ON, APPROVED_ON)}
        values = {key: today for key in passed.get(state, ()) if not self.session.value(key)}
        if values:
            self.session.set_values({**values, STATUS_SOURCE: "api"})
            self.session.flush()

    def sign_out(self) -> None:
        self.live.sign_out()


def _partner_center_failed(report: "CheckReport") -> bool:
    """Partner Center didn't answer the vetting read (refused, MFA, throttled, unreachable): the report's
    empty vetting then says nothing about the tenant."""
    notices = {finding.code for finding in report.notices}
    problems = {finding.code for finding in report.problems}
    return bool(notices & {"partner_center_refused", "mfa_required", "throttled"}) or "network_error" in problems
