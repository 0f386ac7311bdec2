"""Live mode's sign-in: with Microsoft in the system browser (MSAL; wired with the live backend), or
Create one, which opens Microsoft's sign-up page for a new work account."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from wizard.domain import fields as model
from wizard.services import case_session as cs
from wizard.ui.browser import open_in_browser
from wizard.ui.messages import error_text
from wizard.ui.pages.base import StepPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import action_button, busy_bar, button_row, plain_label, set_tone


class LiveSignInPage(StepPage):
    key = "sign_in"

    def _build(self) -> None:
        self.setSubTitle(self.tr(
            "Sign in with Microsoft, in your browser, with the work account you use as a global admin for "
            "Office 365, Microsoft Azure or Microsoft Dynamics CRM."))
        self.explanation = plain_label(self.tr(
            "Your browser opens Microsoft's sign-in page; the wizard never sees your password. Then the wizard "
            "checks that you're a global admin and reads your tenant's country/region and verified domains."))
        self.sign_in_button = action_button(self.tr("&Sign in with Microsoft"), "sign_in_button", self._sign_in)
        self.create_one = action_button(self.tr("No work account? &Create one"), "create_one", self._create_one)
        self.busy_bar = busy_bar()
        self.status = plain_label()
        self.status.setObjectName("sign_in_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(button_row(self.sign_in_button))
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addLayout(button_row(self.create_one))
        layout.addStretch(1)
        self._show_signed_in()

    def load(self) -> None:
        super().load()
        self._show_signed_in()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for button in (self.sign_in_button, self.create_one):
            button.setEnabled(not read_only)

    def _show_signed_in(self) -> None:
        set_tone(self.status)
        if self.session.signed_in:
            self.status.setText(self.tr("Signed in as {account} (tenant {tenant}, {country}).").format(
                account=self.session.value(model.WORK_ACCOUNT), tenant=self.session.value(cs.TENANT_DOMAIN),
                country=self.session.value(model.TENANT_COUNTRY)))
        else:
            self.status.setText("")

    def _sign_in(self) -> None:
        if self.busy or self.session.submitted:
            return
        self.set_busy(True)
        self.busy_bar.show()
        self.sign_in_button.setEnabled(False)
        self.status.setText(self.tr("Signing in…"))
        run_task(self.session.live_sign_in, self._signed_in, self._failed)

    def _finish(self) -> None:
        self.busy_bar.hide()
        self.sign_in_button.setEnabled(True)
        self.set_busy(False)

    def _signed_in(self, _account) -> None:
        self._finish()
        self._show_signed_in()
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._finish()
        set_tone(self.status, "error")
        self.status.setText(error_text(error))

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
