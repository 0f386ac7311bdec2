"""CSP overview once the account is ready: admin agent permissions and the Microsoft Partner Agreement."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.domain import fields as model
from wizard.services.account import AccountService
from wizard.ui.formatting import local_time
from wizard.ui.messages import country_name, region_name
from wizard.ui.pages.base import OverviewStepPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import FieldBox, FieldEdit, action_button, buddy_label, busy_bar, button_row, password_edit, plain_label, set_tone, show_error


class OverviewPage(OverviewStepPage):
    key = "overview"

    def _build(self) -> None:
        self.account = AccountService(self.session)
        self.profile = None
        self.setSubTitle(self.tr("Your Partner Center account is ready. Finish setting it up."))
        self.banner = plain_label(self.tr("✔ You've accepted the Microsoft Partner Agreement. You can transact in CSP."))
        self.banner.setObjectName("mpa_banner")
        set_tone(self.banner, "success")  # a framed green banner, in the theme's colours
        self.banner.hide()
        self.busy_bar = busy_bar()
        self.message = plain_label()
        self.message.setObjectName("overview_message")

        self._lay_out([
            self.banner,
            self._admin_agent_group(),
            self._profile_group(),
            self._mpa_group(),
            self._relationships_group(self.tr("Connect with an indirect provider"), self.tr(
                "Find an indirect provider, accept its invitation, see the customers you share and invite new ones."),
                self.tr("Open indirect &providers and customers")),
        ])

    # ----- building -----------------------------------------------------------------------
    def _admin_agent_group(self) -> QGroupBox:
        group, self.admin_state, self.admin_why, self.admin_button = self._to_do_group(
            self.tr("Admin agent permissions"),
            "admin_agent_state",
            self.tr(
                "To finish setting up your account, including adding other users, you need admin agent "
                "permissions. In Partner Center: Settings → User management → select your name → Admin agent → "
                "Update. The wizard can do this for you."
            ),
            action_button(self.tr("&Add me to the admin agent group"), "admin_agent_update", self._make_admin_agent),
        )
        return group

    def _profile_group(self) -> QGroupBox:
        group, self.account_type, self.migrate_help, self.migrate_button = self._to_do_group(
            self.tr("Partner profile"),
            "account_type",
            self.tr(
                "Your membership is still in the Partner Membership Center. Move it to Partner Center before "
                "you sign the Microsoft Partner Agreement:\n"
                "1. Sign in to Partner Center with your global admin work account.\n"
                "2. Follow the guide to migrating from PMC to Partner Center to link your MPN ID.\n"
                "3. Check the account type in Partner profile: it must say Partner Center."
            ),
            action_button(self.tr("&Move to Partner Center"), "migrate_button", self._migrate),
        )
        return group

    @staticmethod
    def _to_do_group(
        title: str, state_name: str, how: str, button: QPushButton
    ) -> tuple[QGroupBox, QLabel, QLabel, QPushButton]:
        """A group that says where one thing stands (a label named `state_name`) and, while it is not done,
        how to do it and the button that does it: (group, state, how, button)."""
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        state = plain_label()
        state.setObjectName(state_name)
        how_label = plain_label(how)
        layout.addWidget(state)
        layout.addWidget(how_label)
        layout.addLayout(button_row(button))
        return group, state, how_label, button

    def _mpa_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Microsoft Partner Agreement (Program info)"))
        layout = QVBoxLayout(group)
        layout.addWidget(
            plain_label(
                self.tr(
                    "All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP "
                    "region where they do business. Accepting it needs global admin credentials."
                )
            )
        )
        self.regions = QWidget()
        self.regions.setObjectName("mpa_regions")
        self.regions_layout = QFormLayout(self.regions)
        layout.addWidget(self.regions)
        form = QFormLayout()
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("mpa_region")
        self.mpa_user = FieldEdit()
        self.mpa_user.setObjectName("mpa_user")
        self.mpa_password = password_edit("mpa_password")
        self.mpa_password.on_enter(self._accept_mpa)  # Enter accepts; it must not also press Finish
        for widget in (self.mpa_user, self.mpa_password):
            self.boxes[widget.objectName()] = FieldBox(widget)
        for text, widget, holder in (
            (self.tr("CSP &region:"), self.region_combo, self.region_combo),
            (self.tr("&Global admin:"), self.mpa_user, self.boxes["mpa_user"]),
            (self.tr("Pass&word:"), self.mpa_password, self.boxes["mpa_password"]),
        ):
            form.addRow(buddy_label(text, widget), holder)
        self.accept_button = action_button(
            self.tr("A&ccept the Microsoft Partner Agreement"), "accept_mpa", self._accept_mpa
        )
        self.mpa_form = QWidget()
        form_column = QVBoxLayout(self.mpa_form)
        form_column.setContentsMargins(0, 0, 0, 0)
        form_column.addLayout(form)
        form_column.addLayout(button_row(self.accept_button))  # under the form: beside its labels it was cut
        layout.addWidget(self.mpa_form)
        return group

    # ----- lifecycle ----------------------------------------------------------------------
    def initializePage(self) -> None:
        super().initializePage()
        if not self.mpa_user.text():
            self.mpa_user.setText(self.session.value(model.WORK_ACCOUNT))
        self.refresh()

    def refresh(self) -> None:
        def load():
            return self.account.is_admin_agent(), self.account.partner_profile()

        self._run(load, self.tr("Checking your account…"), self._loaded)

    def _run(self, work, text: str, done) -> None:
        self.set_busy(True)
        self.busy_bar.show()
        set_tone(self.message)
        self.message.setText(text)
        run_task(work, lambda result: self._finish(done, result), self._failed)

    def _finish(self, done, result) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        self.message.setText("")
        done(result)

    def _failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        show_error(self.message, error)
        if getattr(error, "code", "") in ("wrong_password", "not_global_admin", "unknown_account"):
            key = "mpa_password" if error.code == "wrong_password" else "mpa_user"
            self.show_problem(key, error)

    # ----- results ------------------------------------------------------------------------
    def _loaded(self, result) -> None:
        is_agent, profile = result
        self._show_admin_agent(is_agent)
        self._show_profile(profile)

    def _show_admin_agent(self, is_agent: bool) -> None:
        self.admin_state.setText(
            self.tr("✔ You ({user}) are in the admin agent group.").format(user=self.session.value(model.WORK_ACCOUNT))
            if is_agent
            else self.tr("You are not in the admin agent group yet.")
        )
        self.admin_why.setVisible(not is_agent)
        self.admin_button.setVisible(not is_agent)

    def _show_profile(self, profile) -> None:
        self.profile = profile
        pmc = profile.account_type == "partner_membership_center"
        self.account_type.setText(
            self.tr("Account type: Partner Membership Center (not moved yet)")
            if pmc
            else self.tr("Account type: Partner Center — MPN ID {mpn}, {country}").format(
                mpn=profile.mpn_id or "—", country=country_name(profile.country)
            )
        )
        self.migrate_help.setVisible(pmc)
        self.migrate_button.setVisible(pmc)
        while self.regions_layout.rowCount():
            self.regions_layout.removeRow(0)
        unsigned = []
        for region in profile.csp_regions:
            signed = profile.mpa.get(region)
            state = (
                self.tr("✔ Signed on {time}").format(time=local_time(signed)) if signed else self.tr("Not signed yet")
            )
            label = plain_label(state)
            label.setObjectName(f"mpa_state_{region}")
            self.regions_layout.addRow(plain_label(region_name(region) + ":"), label)
            if not signed:
                unsigned.append(region)
        self.region_combo.clear()
        for region in unsigned:
            self.region_combo.addItem(region_name(region), region)
        self.mpa_form.setVisible(bool(unsigned) and not pmc)
        self.banner.setVisible(profile.mpa_signed_everywhere)

    def _make_admin_agent(self) -> None:
        self._run(self.account.make_admin_agent, self.tr("Updating your permissions…"), self._show_admin_agent)

    def _migrate(self) -> None:
        self._run(self.account.migrate_to_partner_center, self.tr("Moving your account to Partner Center…"), self._show_profile)

    def _accept_mpa(self) -> None:
        for key in ("mpa_user", "mpa_password"):
            self.show_problem(key, None)
        upn, password, region = self.mpa_user.text(), self.mpa_password.text(), self.region_combo.currentData() or ""
        if not password:
            self.show_problem("mpa_password", self.tr("Enter the global admin's password to accept the agreement."))
            self.mpa_password.setFocus()
            return
        self._run(
            lambda: self.account.accept_mpa(upn, password, region),
            self.tr("Accepting the Microsoft Partner Agreement…"),
            self._accepted,
        )

    def _accepted(self, profile) -> None:
        self.mpa_password.clear()
        self._show_profile(profile)
