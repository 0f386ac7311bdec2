"""Partner Membership Center sign-in and the MPN ID choice (only an active profile in the tenant's country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from wizard.domain import fields as model
from wizard.ui import theme
from wizard.ui.messages import country_name, problem_text
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

if TYPE_CHECKING:
    from wizard.domain.model import MpnProfile

PROFILE_ROLE = Qt.ItemDataRole.UserRole + 1


class MpnPage(StepPage):
    key = "mpn"

    def _build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Sign in to the Partner Membership Center, then select the MPN ID of the active company "
                "profile located in the same country/region as your work account's tenant."
            )
        )
        self.user_edit = FieldEdit()
        self.bind("pmc_user", self.user_edit)
        self.password_edit = password_edit("pmc_password")
        self.password_edit.on_enter(self._sign_in)
        self.sign_in_button = action_button(
            self.tr("Sign in to &Partner Membership Center"), "pmc_sign_in_button", self._sign_in
        )
        self.boxes["pmc_password"] = FieldBox(self.password_edit)

        self.profile_list = QListWidget()
        self.profile_list.setObjectName(model.MPN_ID)
        self.profile_list.currentItemChanged.connect(self._profile_selected)
        self.profile_list.setWordWrap(True)  # a refused profile's reason wraps instead of running off the edge
        self.profile_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        theme.notifier().changed.connect(self._show_profiles)  # the greyed-out colour of the new theme
        self.boxes[model.MPN_ID] = FieldBox(self.profile_list)

        form = QFormLayout()
        for text, widget in (
            (self.tr("PMC &user name:"), self.user_edit),
            (self.tr("PMC pass&word:"), self.password_edit),
        ):
            form.addRow(buddy_label(text, widget), self.boxes[widget.objectName()])
        self.busy_bar = busy_bar()
        self.status = plain_label()
        self.status.setObjectName("mpn_status")
        list_label = buddy_label(self.tr("&MPN ID:"), self.profile_list)  # its name for screen readers too

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(button_row(self.sign_in_button))  # under the form: beside its labels it was cut
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(list_label)
        layout.addWidget(self.boxes[model.MPN_ID], 1)
        self._show_profiles()

    def initializePage(self) -> None:
        super().initializePage()
        self._show_profiles()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.sign_in_button.setEnabled(not read_only)
        self.profile_list.setEnabled(not read_only)

    # ----- profiles ---------------------------------------------------------------------------
    def _profiles_to_show(self) -> list[MpnProfile]:
        if self.session.profiles:
            return list(self.session.profiles)
        chosen = self.session.chosen_profile()  # resumed: show the earlier choice without a new sign-in
        return [chosen] if chosen is not None else []

    def _show_profiles(self) -> None:
        chosen = self.session.value(model.MPN_ID)
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        muted = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for profile in self._profiles_to_show():
            problem = self.session.profile_problem(profile)
            state = self.tr("Active") if profile.active else self.tr("Inactive")
            text = f"{profile.mpn_id} — {profile.company} — {country_name(profile.country)} — {state}"
            if problem is not None:
                text += "\n" + self.tr("Can't be chosen: {reason}").format(reason=problem_text(problem))
            item = QListWidgetItem(text)
            item.setData(PROFILE_ROLE, profile)
            if problem is not None:
                item.setForeground(QBrush(muted))
                item.setToolTip(problem_text(problem))
            self.profile_list.addItem(item)
            if profile.mpn_id == chosen and problem is None:
                self.profile_list.setCurrentItem(item)
        self.profile_list.blockSignals(False)
        if self.profile_list.count() == 0:
            self.status.setText(self.tr("Sign in to see your company profiles."))
        self.completeChanged.emit()

    def _profile_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        profile: MpnProfile = item.data(PROFILE_ROLE)
        problem = self.session.profile_problem(profile)
        if problem is not None:
            # Refused: keep the earlier valid choice (if any) and say why on the spot.
            self.show_problem(model.MPN_ID, problem)
            if self.session.value(model.MPN_ID) == profile.mpn_id:
                self.record(model.MPN_ID, "")
        else:
            self.show_problem(model.MPN_ID, None)
            self.session.choose_profile(profile, save=False)
            self.autosave.flush()  # on the writer thread
            self.status.setText(
                self.tr("Selected MPN ID {mpn_id} ({company}).").format(mpn_id=profile.mpn_id, company=profile.company)
            )
        self.completeChanged.emit()

    # ----- PMC sign-in ------------------------------------------------------------------------
    def _sign_in(self) -> None:
        if self.busy or self.session.submitted:
            return
        user, password = self.user_edit.text().strip(), self.password_edit.text()
        for key, value, message in (
            ("pmc_user", user, self.tr("Enter your Partner Membership Center user name.")),
            ("pmc_password", password, self.tr("Enter your Partner Membership Center password.")),
        ):
            self.show_problem(key, None)
            if not value:
                self.show_problem(key, message)
                self.boxes[key].field.setFocus()
                return
        self.set_busy(True)
        self.busy_bar.show()
        self.sign_in_button.setEnabled(False)
        self.status.setText(self.tr("Signing in to the Partner Membership Center…"))
        run_task(lambda: self.session.pmc_sign_in(user, password), self._signed_in, self._failed)

    def _done(self) -> None:
        self.busy_bar.hide()
        self.sign_in_button.setEnabled(True)
        self.set_busy(False)

    def _signed_in(self, profiles: list[MpnProfile]) -> None:
        self._done()
        self.password_edit.clear()
        self.status.setText(self.tr("%Ln company profile(s) found. Select one.", "", len(profiles)))
        self._show_profiles()
        self.profile_list.setFocus()

    def _failed(self, error: Exception) -> None:
        self._done()
        self.status.setText("")
        key = "pmc_password" if getattr(error, "code", "") == "wrong_password" else "pmc_user"
        self.show_problem(key, error)
        self.boxes[key].field.setFocus()
