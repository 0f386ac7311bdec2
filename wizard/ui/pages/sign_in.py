"""Sign in with the work account as a global admin, or create one (the seed's step 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from wizard.domain import fields as model
from wizard.services import case_session as cs
from wizard.ui.countries import fill_countries, selected_country
from wizard.ui.pages.base import StepPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    FieldBox,
    FieldEdit,
    action_button,
    buddy_label,
    busy_bar,
    button_row,
    password_edit,
    plain_label,
)

# Which field shows a sign-in refusal.
ERROR_FIELD = {
    "unknown_account": model.WORK_ACCOUNT,
    "not_global_admin": model.WORK_ACCOUNT,
    "wrong_password": "password",
    "invalid_tenant_name": "new_tenant_name",
    "domain_taken": "new_tenant_name",
    "unknown_country": "new_tenant_country",
    "weak_password": "new_password",
}


class SignInPage(StepPage):
    key = "sign_in"

    def _build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Sign in with the work account you use as a global admin for Office 365, "
                "Microsoft Azure or Microsoft Dynamics CRM."
            )
        )
        self.account_edit = FieldEdit()
        self.account_edit.setPlaceholderText("admin@contoso.onmicrosoft.com")
        account_box = self.bind(model.WORK_ACCOUNT, self.account_edit, on_edit=self._account_edited)
        self.password_edit = password_edit("password")
        self.password_box = FieldBox(self.password_edit)
        self.boxes["password"] = self.password_box
        self.password_edit.on_enter(self._sign_in)
        self.sign_in_button = action_button(self.tr("&Sign in"), "sign_in_button", self._sign_in)

        form = QFormLayout()
        account_label = buddy_label(self.tr("&Work account:"), self.account_edit)
        password_label = buddy_label(self.tr("&Password:"), self.password_edit)
        form.addRow(account_label, account_box)
        form.addRow(password_label, self.password_box)
        form.addRow("", button_row(self.sign_in_button))

        self.status = plain_label()
        self.status.setObjectName("sign_in_status")
        self.busy_bar = busy_bar()

        self.create_one = QPushButton(self.tr("No work account? &Create one"))
        self.create_one.setObjectName("create_one")
        self.create_one.setFlat(False)
        self.create_one.clicked.connect(self._toggle_create)
        self.create_group = self._build_create_group()
        self.create_group.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.create_one)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.create_group)
        layout.addStretch(1)
        self._show_signed_in()

    def _build_create_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Create a work account"))
        group.setObjectName("create_group")
        form = QFormLayout(group)
        self.tenant_name = FieldEdit()
        self.tenant_name.setObjectName("new_tenant_name")
        self.tenant_name.setPlaceholderText("contoso")
        self.tenant_country = QComboBox()
        self.tenant_country.setObjectName("new_tenant_country")
        self.display_name = FieldEdit()
        self.display_name.setObjectName("new_display_name")
        self.new_password = password_edit("new_password")
        self.new_password_confirm = password_edit("new_password_confirm")
        self.create_button = action_button(
            self.tr("Cr&eate work account and sign in"), "create_account_button", self._create_account
        )
        domain_row = QHBoxLayout()
        tenant_box = FieldBox(self.tenant_name)
        domain_row.addWidget(tenant_box, 1)
        suffix = QLabel(".onmicrosoft.com")
        suffix.setFixedHeight(self.tenant_name.sizeHint().height())  # level with the field, not its error
        domain_row.addWidget(suffix, 0, Qt.AlignmentFlag.AlignTop)
        rows = [
            (self.tr("&Domain name:"), self.tenant_name, domain_row),
            (self.tr("Co&untry/region:"), self.tenant_country, FieldBox(self.tenant_country)),
            (self.tr("&Your full name:"), self.display_name, FieldBox(self.display_name)),
            (self.tr("New passw&ord:"), self.new_password, FieldBox(self.new_password)),
            (self.tr("Confi&rm password:"), self.new_password_confirm, FieldBox(self.new_password_confirm)),
        ]
        for text, widget, holder in rows:
            form.addRow(buddy_label(text, widget), holder)
            if isinstance(holder, FieldBox):
                self.boxes[widget.objectName()] = holder
        self.boxes["new_tenant_name"] = tenant_box
        form.addRow("", button_row(self.create_button))
        return group

    # ----- state ----------------------------------------------------------------------------
    def load(self) -> None:
        super().load()
        self._show_signed_in()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for widget in (self.sign_in_button, self.create_one, self.create_button):
            widget.setEnabled(not read_only)

    def _account_edited(self, _text: str) -> None:
        if self.session.signed_in and not self.session.submitted:
            self.session.set_values({model.TENANT_COUNTRY: "", cs.TENANT_DOMAIN: ""})
            self._show_signed_in()
            self.completeChanged.emit()

    def _show_signed_in(self) -> None:
        if self.session.signed_in:
            self.status.setText(
                self.tr("Signed in as {account} (tenant {tenant}, {country}).").format(
                    account=self.session.value(model.WORK_ACCOUNT),
                    tenant=self.session.value(cs.TENANT_DOMAIN),
                    country=self.session.value(model.TENANT_COUNTRY),
                )
            )
        else:
            self.status.setText("")

    def _clear_problems(self) -> None:
        for box in self.boxes.values():
            box.error.show_problem(None)

    # ----- actions --------------------------------------------------------------------------
    def _start(self) -> None:
        self._clear_problems()
        self.set_busy(True)
        self.busy_bar.show()
        self.sign_in_button.setEnabled(False)
        self.create_button.setEnabled(False)

    def _finish(self) -> None:
        self.busy_bar.hide()
        self.sign_in_button.setEnabled(True)
        self.create_button.setEnabled(True)
        self.set_busy(False)

    def _sign_in(self) -> None:
        if self.busy or self.session.submitted:
            return
        upn, password = self.account_edit.text().strip(), self.password_edit.text()
        if not upn:
            self.show_problem(model.WORK_ACCOUNT, self.tr("Enter your work account, for example admin@contoso.onmicrosoft.com."))
            self.account_edit.setFocus()
            return
        if not password:
            self.show_problem("password", self.tr("Enter the password of your work account."))
            self.password_edit.setFocus()
            return
        self.status.setText(self.tr("Signing in…"))
        self._start()
        run_task(lambda: self.session.sign_in(upn, password), self._signed_in, self._failed)

    def _create_account(self) -> None:
        if self.busy:
            return
        self._clear_problems()
        if self.new_password.text() != self.new_password_confirm.text():
            self.show_problem("new_password_confirm", self.tr("The two passwords are different. Type the same password twice."))
            self.new_password_confirm.setFocus()
            return
        if not self.display_name.text().strip():
            self.show_problem("new_display_name", self.tr("Enter your name, as colleagues will see it."))
            self.display_name.setFocus()
            return
        name, country = self.tenant_name.text(), selected_country(self.tenant_country)
        display, password = self.display_name.text(), self.new_password.text()
        self.status.setText(self.tr("Creating your work account…"))
        self._start()
        run_task(
            lambda: self.session.create_work_account(name, country, display, password),
            self._signed_in,
            self._failed,
        )

    def _signed_in(self, account) -> None:
        self._finish()
        self.password_edit.clear()
        self.new_password.clear()
        self.new_password_confirm.clear()
        self.account_edit.setText(account.upn)
        self._show_signed_in()
        self.completeChanged.emit()
        next_button = self.wizard().button(self.wizard().WizardButton.NextButton) if self.wizard() else None
        if next_button is not None:
            next_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.status.setText("")
        code = getattr(error, "code", "")
        key = ERROR_FIELD.get(code, "password" if self.create_group.isHidden() else "new_tenant_name")
        self.show_problem(key, error)
        self.boxes[key].field.setFocus()

    def _toggle_create(self) -> None:
        showing = self.create_group.isHidden()
        self.create_group.setVisible(showing)
        if showing:
            if self.tenant_country.count() == 0:
                fill_countries(self.tenant_country, self.session.value(model.TENANT_COUNTRY) or "ES")
            self.tenant_name.setFocus()
