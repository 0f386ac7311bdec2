"""Live mode's sign-in: with Microsoft in the system browser (MSAL; wired with the live backend), or
Create one, which opens Microsoft's sign-up page for a new work account.

What the page says is what the token cache holds (read on a worker), not what the case remembers: after a
sign-out, or in a reopened case whose sign-in is gone, it says who signed in last and offers to sign in
again; Sign out shows whenever a sign-in is kept on this computer (even a non-admin's). Each sign-in gets
its own cancel event, made here, so a Cancel (or closing the window) before the worker reached Microsoft
still cancels it."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from wizard.domain import fields as model
from wizard.services import case_session as cs
from wizard.ui.browser import open_in_browser
from wizard.ui.countries import fill_countries, selected_country
from wizard.ui.messages import country_name, text
from wizard.ui.pages.base import StepPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    action_button,
    buddy_label,
    busy_bar,
    button_row,
    plain_label,
    set_checked_quietly,
    set_tone,
    show_error,
)


class LiveSignInPage(StepPage):
    key = "sign_in"
    variant = "live"

    def _build(self) -> None:
        self.setSubTitle(self.tr(
            "Sign in with Microsoft, in your browser, with the work account you use as a global admin for "
            "Office 365, Microsoft Azure or Microsoft Dynamics CRM."))
        self.explanation = plain_label(self.tr(
            "Your browser opens Microsoft's sign-in page; the wizard never sees your password. Then the wizard "
            "checks that you're a global admin and reads your tenant's country/region and verified domains."))
        self.sign_in_button = action_button(self.tr("&Sign in with Microsoft"), "sign_in_button", self._sign_in)
        self.device_code_button = action_button(self.tr("Sign in with a co&de instead"), "device_code_button",
                                                self._sign_in_with_code)
        self.cancel_button = action_button(self.tr("Cance&l sign-in"), "cancel_sign_in", self.cancel_sign_in)
        self.cancel_button.hide()
        self.sign_out_button = action_button(self.tr("Sign &out"), "sign_out_button", self._sign_out)
        self.create_one = action_button(self.tr("No work account? &Create one"), "create_one", self._create_one)
        self.busy_bar = busy_bar()
        self.status = plain_label()
        self.status.setObjectName("sign_in_status")
        self.status.setTextInteractionFlags(self.status.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = plain_label()
        self.findings.setObjectName("live_checks")
        self.country_box = QWidget()
        self.country_combo = QComboBox()
        self.country_combo.setObjectName(model.TENANT_COUNTRY)
        self.country_combo.activated.connect(self._country_chosen)
        row = QHBoxLayout(self.country_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(buddy_label(self.tr("Your tenant's co&untry/region:"), self.country_combo))
        row.addWidget(self.country_combo, 1)
        self.country_box.hide()
        self.enrolled_choice = self._build_enrolled_choice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(button_row(self.sign_in_button, self.device_code_button, self.cancel_button,
                                    self.sign_out_button))
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        layout.addWidget(self.country_box)
        layout.addWidget(self.enrolled_choice)
        layout.addLayout(button_row(self.create_one))
        layout.addStretch(1)
        self._attempt = threading.Event()  # the sign-in in progress's cancel
        self._state = None  # the token cache's SignInState, once read (None: not known, nothing claimed)
        self._show_signed_in()

    def _build_enrolled_choice(self) -> QWidget:
        """Asked, never guessed: an approved legal profile in Partner Center shows the company was vetted for
        some program, not that it is a CSP indirect reseller (the seed's shorter flow: support details only)."""
        box = QWidget()
        box.setObjectName("already_enrolled_choice")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(plain_label(self.tr(
            "Partner Center already has an approved legal business profile for this tenant. If your company is "
            "already enrolled in CSP as an indirect reseller, tick this: only your customer support details are "
            "asked. If it is enrolled in another program, leave it unticked and go on.")))
        self.enrolled_tick = QCheckBox(self.tr("My company is &already enrolled in CSP as an indirect reseller"))
        self.enrolled_tick.setObjectName("already_enrolled")
        self.enrolled_tick.toggled.connect(self._enrolled_chosen)
        column.addWidget(self.enrolled_tick)
        box.hide()
        return box

    def _show_enrolled_choice(self) -> None:
        from wizard.domain.case import ALREADY_ENROLLED, flag_text
        from wizard.services.live_case import PROFILE_VETTED

        session = self.session
        offered = session.signed_in and session.value(PROFILE_VETTED) == flag_text(True)
        self.enrolled_choice.setVisible(offered)
        set_checked_quietly(self.enrolled_tick, session.value(ALREADY_ENROLLED) == flag_text(True))
        self.enrolled_tick.setEnabled(offered and not session.submitted)

    def _enrolled_chosen(self, on: bool) -> None:
        run_task(lambda: self.session.live_case().confirm_enrolled(on), lambda _none: self._enrolled_saved(),
                 self._failed)

    def _enrolled_saved(self) -> None:
        self._show_enrolled_choice()
        self.completeChanged.emit()  # the flow is shorter (or not) now: the side panel follows

    def load(self) -> None:
        super().load()
        self._show_signed_in()
        self._read_state()

    def _read_state(self) -> None:
        """Who is signed in now, from the token cache on a worker (the live backend loads there)."""
        def read():
            return self.session.live_case().sign_in_state()

        run_task(read, self._show_state, lambda _error: self._show_state(None))  # no live backend: nobody

    def _show_state(self, state) -> None:
        self._state = state
        if not self.busy:  # a sign-in under way says what it is doing
            self._show_signed_in()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for button in (self.sign_in_button, self.device_code_button, self.create_one):
            button.setEnabled(not read_only)

    def _show_signed_in(self) -> None:
        """The sign-in held now (the token cache's), or who signed in last for this case."""
        state = self._state
        held = state.account if state is not None else None
        self.sign_out_button.setVisible(state is not None and (held is not None or state.cached))
        set_tone(self.status)
        last, tenant = self.session.value(model.WORK_ACCOUNT), self.session.value(cs.TENANT_DOMAIN)
        if held is not None and self.session.signed_in:
            self.status.setText(self.tr("Signed in as {account} (tenant {tenant}, {country}).").format(
                account=held.username, tenant=tenant,
                country=country_name(self.session.value(model.TENANT_COUNTRY))))
        elif held is not None:  # not (yet) signed in for the flow: the findings say why
            self.status.setText(self.tr("Signed in as {account}.").format(account=held.username))
        elif last and self.session.submitted:  # this page is a record now: the status page signs in again
            self.status.setText(self.tr("Last signed in as {account}. The enrollment is submitted: when the status "
                                        "page asks, sign in again there.").format(account=last))
        elif last and tenant:
            self.status.setText(self.tr("Last signed in as {account} (tenant {tenant}). Sign in again to "
                                        "continue with Microsoft.").format(account=last, tenant=tenant))
        elif last:
            self.status.setText(self.tr("Last signed in as {account}. Sign in again to continue with "
                                        "Microsoft.").format(account=last))
        else:
            self.status.setText("")
        self._show_enrolled_choice()

    def _start(self, text: str) -> None:
        self._attempt = threading.Event()
        self.set_busy(True)
        self.busy_bar.show()
        for button in (self.sign_in_button, self.device_code_button):
            button.setEnabled(False)
        self.cancel_button.show()
        set_tone(self.status)
        self.status.setText(text)
        self.findings.setText("")

    def _sign_in(self) -> None:
        """The system browser: Microsoft's sign-in page, back to the wizard on a loopback address."""
        if self.busy or self.session.submitted:
            return
        self._start(self.tr("Sign in with Microsoft in the browser window that opened…"))
        window, attempt = int(self.window().winId()), self._attempt

        def sign_in():
            live_case = self.session.live_case()
            return live_case.sign_in_interactive(window, cancelled=attempt), live_case.sign_in_state()

        run_task(sign_in, self._signed_in, self._failed)

    def _sign_in_with_code(self) -> None:
        """Device code: for a browser on another device, or where the loopback redirect is blocked."""
        if self.busy or self.session.submitted:
            return
        self._start(self.tr("Asking Microsoft for a sign-in code…"))
        attempt = self._attempt
        run_task(lambda: self.session.live_case().start_device_code(attempt), self._code_shown, self._failed)

    def _code_shown(self, code) -> None:
        self.status.setText(self.tr("On any device, go to {url} and enter the code {code}. The wizard waits "
                                    "here until you have signed in.").format(url=code.verification_uri,
                                                                              code=code.user_code))

        def finish():
            live_case = self.session.live_case()
            return live_case.finish_device_code(), live_case.sign_in_state()

        run_task(finish, self._signed_in, self._failed)

    def cancel_sign_in(self) -> None:
        """End the sign-in under way (Cancel, or the window closing), even one whose worker hasn't started."""
        self._attempt.set()
        self.session.cancel_live_sign_in()

    def _sign_out(self) -> None:
        """Forget the sign-in: the token cache is cleared (the case keeps its answers)."""
        if self.busy:
            return
        self.set_busy(True)

        def sign_out():
            live_case = self.session.live_case()
            live_case.sign_out()
            return live_case.sign_in_state()

        run_task(sign_out, self._signed_out, self._failed)

    def _signed_out(self, state) -> None:
        self.set_busy(False)
        self._state = state
        self._show_signed_in()  # Sign out hides; the status then says so
        set_tone(self.status)
        self.status.setText(self.tr("Signed out: the sign-in kept on this computer was removed. Sign in again to "
                                    "continue with Microsoft."))

    def _finish(self) -> None:
        self.busy_bar.hide()
        self.cancel_button.hide()
        for button in (self.sign_in_button, self.device_code_button):
            button.setEnabled(True)
        self.set_busy(False)

    def _signed_in(self, result) -> None:
        """The checks, each with its message; a hidden country is asked for here."""
        report, self._state = result
        self._finish()
        self._show_signed_in()
        lines = [text(finding.message) for finding in (*report.problems, *report.notices)
                 if finding.code != "unverified_domain"]  # the legal profile shows those next to the fields
        notice = self.session.live_notice()  # no keyring: the sign-in is kept for this session only
        if notice:
            lines.append(text(notice))
        blocking = any(f.code != "unverified_domain" for f in report.problems)
        set_tone(self.findings, "error" if blocking else ("warning" if report.notices or notice else ""))
        self.findings.setText("\n".join(f"• {line}" for line in lines))
        hidden = report.global_admin and not report.tenant_country
        self.country_box.setVisible(hidden)
        if hidden:
            fill_countries(self.country_combo, self.session.value(model.TENANT_COUNTRY))
            self.country_combo.setFocus()
        self.completeChanged.emit()

    def _country_chosen(self, _index: int) -> None:
        country = selected_country(self.country_combo)
        if country:
            run_task(lambda: self.session.live_case().choose_country(country), lambda _r: self._country_saved(),
                     self._failed)

    def _country_saved(self) -> None:
        self._show_signed_in()
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._finish()
        show_error(self.status, error)

    def _create_one(self) -> None:
        """The seed's step 3, live: Microsoft's own sign-up for a new work account, in the browser."""
        from wizard.services.handoff import NEW_WORK_ACCOUNT_URL

        set_tone(self.status)
        if open_in_browser(NEW_WORK_ACCOUNT_URL):
            self.status.setText(self.tr(
                "Microsoft's sign-up page is open in your browser. Create your work account there, then come "
                "back and sign in with it as its global admin."))
        else:
            set_tone(self.status, "error")
            self.status.setText(self.tr("No browser could be opened. Go to {url} to create a work account.").format(
                url=NEW_WORK_ACCOUNT_URL))
