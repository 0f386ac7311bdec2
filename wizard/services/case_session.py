"""One case being worked on: its draft (wizard/services/draft.py), its one writer
(wizard/services/case_writer.py), and the backend actions that fill it; secrets stay in the vault.

Qt-free so the whole flow can be driven in unit tests; the UI calls it, worker threads call
its backend actions, and the draft's lock keeps the two apart."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from wizard.domain import fields as model
from wizard.domain.case import (  # the keys kept besides the contract fields: callers name them through here
    ACCOUNT_NAME,
    ALREADY_ENROLLED,
    MPN_ACTIVE,
    MPN_COMPANY,
    MPN_COUNTRY,
    PMC_USER,
    PREFILL_PREFIX,
    TENANT_DOMAIN,
    Case,
    flag_text,
)
from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.services.case_writer import CaseWriter
from wizard.services.draft import CaseDraft

if TYPE_CHECKING:
    from wizard.domain.model import MpnProfile, Problem, WorkAccount
    from wizard.backends.base import PartnerCenter
    from wizard.domain.model import EnrollmentReceipt
    from wizard.secrets import Vault
    from wizard.store.repository import Store

log = logging.getLogger(__name__)

PREFILL_MAP = {
    "legal_name": lambda p: p.company,
    "address_line1": lambda p: p.address.line1,
    "address_line2": lambda p: p.address.line2,
    "city": lambda p: p.address.city,
    "state": lambda p: p.address.state,
    "postal_code": lambda p: p.address.postal_code,
    "country": lambda p: p.country,
}


class NotReady(Exception):
    """The store or backend is still starting; callers wait on `CaseSession.ready`."""


@dataclass
class CaseSession:
    """One open case: its draft (the values being edited), its one writer, and the backend and vault its
    actions use. Pages read and record values here; workers run the backend actions."""

    actor: str
    values: dict[str, str] = field(default_factory=dict)
    step: str = "welcome"
    status: str = "draft"
    case_id: int | None = None
    backend: "PartnerCenter | None" = None
    vault: "Vault | None" = None
    profiles: list[MpnProfile] = field(default_factory=list)
    # A live case's service (wizard.services.live_case.LiveCase, given by the composition root: the session
    # never imports it, so the live code stays a layer on top of it).
    live_factory: "Callable[[CaseSession], Any] | None" = None

    def __post_init__(self) -> None:
        self.draft = CaseDraft(self.values)
        self.values = self.draft.values  # the same dict: `values` stays readable for callers
        self._lock = self.draft.lock
        self.writer = CaseWriter(lambda: self.actor)
        self._live: Any = None
        self.ready = threading.Event()

    # ----- wiring -------------------------------------------------------------------------
    @property
    def store(self) -> "Store | None":
        return self.writer.store

    def attach(self, store: "Store", backend: "PartnerCenter", vault: "Vault", case_id: int) -> None:
        """Called once the heavy parts are up (after the first paint); flushes what was typed meanwhile."""
        with self._lock:
            self.backend, self.vault, self.case_id = backend, vault, case_id
        self.writer.attach(store, case_id)
        self.flush()
        self.writer.write_step(self.step)
        self.ready.set()

    def refresh_version(self) -> None:
        self.writer.refresh_version()

    def adopt(self, case_id: int, fields: dict[str, str], step: str, status: str) -> None:
        """Take the stored case as the starting point, keeping anything typed before the store was up."""
        self.draft.adopt(fields)
        with self._lock:
            self.case_id, self.status = case_id, status
            if self.step == "welcome":
                self.step = step

    def wait_ready(self, timeout: float = 30.0) -> None:
        if not self.ready.wait(timeout):
            raise NotReady("The local database or the sandbox did not start in time.")

    def connected_backend(self) -> "PartnerCenter":
        """The backend, once the start-up worker has brought it up (on a worker: waits for it)."""
        self.wait_ready()
        assert self.backend is not None
        return self.backend

    def token(self) -> str | None:
        """This case's Partner Center sign-in, from the vault (never stored with the case)."""
        self.wait_ready()
        assert self.vault is not None and self.case_id is not None
        return self.vault.get(_token_name(self.case_id))

    # ----- values and autosave ------------------------------------------------------------
    def value(self, key: str) -> str:
        return self.draft.value(key)

    def set_value(self, key: str, value: str) -> None:
        """Record an edit in memory; `flush` writes it (the UI debounces flushes)."""
        self.draft.set_value(key, value)

    def set_values(self, values: dict[str, str]) -> None:
        self.draft.set_values(values)

    def has_unsaved(self) -> bool:
        return self.draft.has_unsaved()

    def unsaved_values(self) -> dict[str, str]:
        return self.draft.unsaved_values()

    def flush(self) -> int:
        """Write every changed value (then the queued steps) in one transaction; returns how many values."""
        return self.writer.flush(self.draft)

    def set_step(self, step: str, save: bool = True) -> bool:
        """Move to `step`; with `save`, write it now. With `save` False (the GUI: a page change never
        waits for the disk) the step is queued and the next write of any kind (`flush` on the writer
        thread, or a worker's sign-in or enroll) records it before anything else. Returns whether it changed."""
        with self._lock:
            if step == self.step:
                return False
            self.step = step
        self.writer.queue_step(step)
        if save:
            self.flush()
        return True

    def has_pending_step(self) -> bool:
        return self.writer.has_pending_step()

    # ----- derived state --------------------------------------------------------------------
    @property
    def submitted(self) -> bool:
        return self.status != "draft"

    def case(self) -> Case:
        """The case as the flow and the rules read it (a typed snapshot of the values being edited). The
        chosen MPN profile is the one Partner Membership Center listed in this session where there is one
        (e.g. an MPN ID prefilled from an answers file), else what the case kept of it."""
        case = self.draft.case(self.status, self.step, self.case_id)
        listed = next((p for p in self.profiles if case.mpn_id and p.mpn_id == case.mpn_id), None)
        if listed is None:
            return case
        return case.with_learnt(mpn_company=listed.company, mpn_country=listed.country, mpn_active=listed.active)

    @property
    def already_enrolled(self) -> bool:
        return self.case().already_enrolled

    def locked(self, step_key: str) -> bool:
        """Whether a page's answers are a read-only record (the flow decides)."""
        from wizard.domain import flow

        return flow.locked(self.case(), step_key)

    @property
    def signed_in(self) -> bool:
        return self.case().signed_in

    def chosen_profile(self) -> MpnProfile | None:
        """The chosen MPN profile, rebuilt from the saved case when we haven't signed in to PMC again."""
        mpn_id = self.value(model.MPN_ID)
        if not mpn_id:
            return None
        for profile in self.profiles:
            if profile.mpn_id == mpn_id:
                return profile
        if not self.value(MPN_COUNTRY):
            return None
        from wizard.domain.model import MpnProfile

        learnt = self.case().learnt
        return MpnProfile(mpn_id, learnt.mpn_company, learnt.mpn_country, learnt.mpn_active)

    def problems(self, only: Iterable[str] | None = None) -> list[Problem]:
        from wizard.domain import rules

        snapshot = self.draft.snapshot()
        case = self.case()
        domains = snapshot.get("verified_domains", "").split(",") if case.mode == "live" else ()
        return rules.validate(snapshot, self.chosen_profile(), only=only, already_enrolled=case.already_enrolled,
                              verified_domains=domains)

    def profile_problem(self, profile: MpnProfile) -> Problem | None:
        from wizard.domain import rules

        return rules.profile_choice_problem(profile, self.value(model.TENANT_COUNTRY))

    # ----- backend actions (run in worker threads) -------------------------------------------
    def _backend(self) -> "PartnerCenter":
        return self.connected_backend()

    def sign_in(self, upn: str, password: str) -> WorkAccount:
        _refuse_unusable_name(upn, model.WORK_ACCOUNT, "unknown_account")
        account, token = self._backend().sign_in(upn.strip(), password)
        enrolled = self._backend().is_enrolled(token)
        self._remember_account(account, token, enrolled)
        return account

    def live_case(self) -> Any:
        """This live case's work with Microsoft, made on first use (on a worker: MSAL and requests load only
        when a live case needs them) by `live_factory`, which the composition root gives the session."""
        with self._lock:
            if self._live is None:
                if self.live_factory is None:
                    from wizard.backends.base import BackendError

                    raise BackendError("not_configured", QT_TRANSLATE_NOOP(
                        "Backend", "Live mode isn't available here: this session has no connection to Microsoft."))
                self._live = self.live_factory(self)
            return self._live

    def live_notice(self) -> str:
        """The live sign-in's storage notice ("" when it is kept encrypted on disk, or before any sign-in)."""
        with self._lock:
            live = self._live
        return live.live.notice if live is not None else ""

    def cancel_live_sign_in(self) -> None:
        """Stop a sign-in waiting for the browser (GUI thread; nothing to stop before the first one)."""
        with self._lock:
            live = self._live
        if live is not None:
            live.live.cancel_sign_in()

    def live_sign_in(self, parent_window_handle: int | None = None) -> Any:
        """Sign in with Microsoft in the system browser, then the checks (recorded in the case)."""
        return self.live_case().sign_in_interactive(parent_window_handle)

    def create_work_account(self, name: str, country: str, display_name: str, password: str) -> WorkAccount:
        account, token = self._backend().create_work_account(name.strip(), country, display_name.strip(), password)
        self._remember_account(account, token, enrolled=False)
        return account

    def _remember_account(self, account: WorkAccount, token: str, enrolled: bool) -> None:
        assert self.vault is not None and self.case_id is not None
        self.vault.set(_token_name(self.case_id), token)
        self.set_values(
            {
                model.WORK_ACCOUNT: account.upn,
                model.TENANT_COUNTRY: account.tenant_country,
                TENANT_DOMAIN: account.tenant_domain,
                ACCOUNT_NAME: account.display_name,
                ALREADY_ENROLLED: flag_text(enrolled),
            }
        )
        self.flush()
        self._audit("sign_in", {"work_account": account.upn, "tenant": account.tenant_domain})

    def pmc_sign_in(self, user: str, password: str) -> list[MpnProfile]:
        _refuse_unusable_name(user, PMC_USER, "unknown_pmc_account")
        profiles = self._backend().pmc_sign_in(user.strip(), password)
        with self._lock:
            self.profiles = list(profiles)
        self.set_value(PMC_USER, user.strip())
        self.flush()
        return profiles

    def choose_profile(self, profile: MpnProfile, save: bool = True) -> None:
        """Choose an MPN profile and prefill the legal profile from it, keeping what the user edited.

        With `save` False the values are only recorded (the GUI's autosave writes them on a worker)."""
        self.set_values(
            {
                model.MPN_ID: profile.mpn_id,
                MPN_COMPANY: profile.company,
                MPN_COUNTRY: profile.country,
                MPN_ACTIVE: flag_text(profile.active),
            }
        )
        for key, pick in PREFILL_MAP.items():
            new = pick(profile) or ""
            current, previous = self.value(key), self.value(PREFILL_PREFIX + key)
            if not current or current == previous:
                self.set_value(key, new)
            self.set_value(PREFILL_PREFIX + key, new)
        if save:
            self.flush()

    def enroll(self) -> "EnrollmentReceipt":
        from wizard.backends.base import BackendError

        backend = self._backend()
        self.flush()
        token = self.token()
        if not token:
            raise BackendError(
                "session_expired",
                QT_TRANSLATE_NOOP("Backend", "Your sign-in has expired. Go back to Sign in and sign in again."),
            )
        with self._lock:
            snapshot = {key: self.values.get(key, "") for key in model.FIELD_KEYS}
        if self.already_enrolled:
            return self._update_support_profile(token, snapshot)
        receipt = backend.enroll(token, snapshot.get(model.MPN_ID, ""), snapshot)
        self.set_value("enrollment_id", receipt.enrollment_id)
        self.flush()
        self.writer.mark_submitted(receipt.enrollment_id)
        with self._lock:
            self.status = "email_verification"
        return receipt

    def _update_support_profile(self, token: str, fields: dict[str, str]) -> "EnrollmentReceipt":
        """The seed's note: a tenant already enrolled in CSP only provides customer support contact info."""
        from wizard.domain.model import EnrollmentReceipt

        assert self.backend is not None
        support = self.backend.update_support_profile(token, fields)
        view = self.backend.enrollment_status(token)
        self.set_value("enrollment_id", view.enrollment_id)
        self.flush()
        with self.writer.writing():
            self.writer.mark_submitted(view.enrollment_id)
            self.writer.set_status(str(view.state), self.actor, {"title": "Support information updated"})
            self.writer.refresh_version()
        with self._lock:
            self.status = str(view.state)
        return EnrollmentReceipt(view.enrollment_id, view.tenant_domain, support.updated_at, "")

    def _audit(self, action: str, detail: dict) -> None:
        self.writer.audit(action, detail)


def _refuse_unusable_name(name: str, field: str, code: str) -> None:
    """A user name longer than any email address is refused here with the rules' message, never sent to
    the service (whose refusal would quote all of it, e.g. 100,000 pasted characters)."""
    from wizard.backends.base import SignInError
    from wizard.domain import rules

    problem = rules.email_problem(name, field)
    if problem is not None and problem.code == "too_long":
        raise SignInError(code, problem.message)


def _token_name(case_id: int) -> str:
    from wizard.secrets import token_name

    return token_name(case_id, "session")


__all__ = ["CaseSession", "NotReady"]

