"""Welcome: what to gather before enrolling (the seed's "Before you begin")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from wizard.domain.case import MODE
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets import FieldBox, FieldEdit, action_button, buddy_label, button_row, page_scroll, plain_label, set_checked_quietly, set_tone


class WelcomePage(StepPage):
    """What to gather, and the case's mode: sandbox (a rehearsal) or live, chosen before anything is done
    with the case (`flow.mode_open`): each page of the flow then shows its version for that mode."""

    key = "welcome"
    mode_changed = Signal(str)

    def _build(self) -> None:
        self.setSubTitle(self.tr("Enroll your company in the Cloud Solution Provider program as an indirect reseller."))
        self.intro = intro = QLabel()
        intro.setObjectName("welcome_text")
        intro.setTextFormat(Qt.TextFormat.RichText)  # our own static text, never user input
        intro.setWordWrap(True)
        content = QWidget()  # scrolls when the window is small or the text long (Spanish)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self._build_mode_choice())
        layout.addStretch(1)
        scroll = page_scroll(content, "welcome_scroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_mode()

    def _gather_text(self, live: bool) -> str:
        """What to gather, for the case's mode: a live case needs its Partner ID, not the Partner
        Membership Center sign-in (retired in 2022) that the sandbox rehearses."""
        head = self.tr(
            "<p>As an indirect reseller you work with an indirect provider (a distributor) who buys "
            "cloud services from Microsoft and supports you with billing and customer support. "
            "Take a few minutes to gather these items before you start:</p>"
            "<ul>"
            "<li><b>Global administrator credentials for your work account</b> — the user name and "
            "password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. "
            "If you don't have a work account, you can create one in the next step.</li>")
        if live:
            partner = self.tr(
                "<li><b>Your Partner ID</b> (formerly the MPN ID) — the ID of your company's location in the "
                "same country/region as your tenant. Find it in Partner Center under Account settings > "
                "Identifiers.</li>")
        else:
            partner = self.tr(
                "<li><b>Your Partner Membership Center user name and password</b> — used to link your "
                "company's MPN ID with your new Partner Center account.</li>")
        tail = self.tr(
            "<li><b>Your company's legal business name, address, primary contact and customer "
            "support details</b> — used to confirm that your company has an established profile "
            "with Microsoft and that you may act on its behalf.</li>"
            "</ul>"
            "<p>Reviewing and verifying your information can take several days. We'll email your "
            "primary contact when the review is complete.</p>"
            "<p>Your answers are saved as you type: you can close the wizard at any time and "
            "continue later from the same step.</p>")
        return head + partner + tail

    # ----- sandbox or live ----------------------------------------------------------------------
    def _build_mode_choice(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sandbox or live"))
        group.setObjectName("mode_group")
        self.mode_sandbox = QRadioButton(self.tr("&Sandbox"))
        self.mode_sandbox.setObjectName("mode_sandbox")
        self.mode_sandbox.setAccessibleDescription(self.tr(
            "Rehearse the enrollment with the built-in Partner Center. Nothing is sent to Microsoft."))
        self.mode_live = QRadioButton(self.tr("&Live"))
        self.mode_live.setObjectName("mode_live")
        self.mode_live.setAccessibleDescription(self.tr(
            "Enroll with Microsoft Partner Center: you sign in with Microsoft, and submit on Microsoft's pages, "
            "guided from here."))
        self.mode_buttons = QButtonGroup(self)
        for button in (self.mode_sandbox, self.mode_live):
            self.mode_buttons.addButton(button)
            button.toggled.connect(lambda on, b=button: on and self._mode_chosen("live" if b is self.mode_live else "sandbox"))
        self.mode_note = plain_label()
        self.mode_note.setObjectName("mode_note")
        layout = QVBoxLayout(group)
        layout.addWidget(self.mode_sandbox)
        layout.addWidget(plain_label(self.mode_sandbox.accessibleDescription()))
        layout.addWidget(self.mode_live)
        layout.addWidget(plain_label(self.mode_live.accessibleDescription()))
        layout.addWidget(self.mode_note)
        self._mode_layout = layout
        self.client_id_panel: QWidget | None = None  # made when live is chosen without a client ID
        return group

    def _build_client_id(self) -> QWidget:
        """Live mode needs the partner's own Entra app registration: said where it is chosen, entered here."""
        self.client_id_panel = box = QWidget()
        box.setObjectName("client_id_needed")
        self.client_id_text = plain_label(self.tr(
            "Live mode signs in with your organization's own app registration in Microsoft Entra ID. Register "
            "it as the README's \"Live mode\" section explains (a public client with the redirect "
            "http://localhost), then enter its application (client) ID here, or set WIZARD_LIVE_CLIENT_ID."))
        set_tone(self.client_id_text, "error")
        self.client_id_edit = FieldEdit()
        self.client_id_edit.setObjectName("live_client_id")
        self.client_id_edit.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.client_id_edit.returnPressed.connect(self._save_client_id)
        self.client_id_box = FieldBox(self.client_id_edit)
        save = action_button(self.tr("Save the client &ID"), "save_client_id", self._save_client_id)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client_id_text)
        layout.addWidget(buddy_label(self.tr("Application (&client) ID:"), self.client_id_edit))
        layout.addWidget(self.client_id_box)
        layout.addLayout(button_row(save))
        self._mode_layout.addWidget(box)
        return box

    def _mode_chosen(self, mode: str) -> None:
        if mode == self.session.case().mode or not self._mode_open():
            self._show_mode()
            return
        self.record(MODE, mode)
        self._show_mode()
        self.mode_changed.emit(mode)
        self.completeChanged.emit()

    def _mode_open(self) -> bool:
        from wizard.domain import flow

        return flow.mode_open(self.session.case())

    def _needs_client_id(self) -> bool:
        from wizard.settings import live_config

        return self.session.case().mode == "live" and not live_config().has_client_id

    def _show_mode(self) -> None:
        live = self.session.case().mode == "live"
        gather = self._gather_text(live)
        if self.intro.text() != gather:
            self.intro.setText(gather)
        button = self.mode_live if live else self.mode_sandbox
        if not button.isChecked():
            set_checked_quietly(button, True)
        open_ = self._mode_open()
        for each in (self.mode_sandbox, self.mode_live):
            each.setEnabled(open_)
        if open_:
            note = self.tr("You choose this once, for this case. The demo and rehearsals use the sandbox.")
        elif live:
            note = self.tr("This case is live: it enrolls with Microsoft Partner Center.")
        else:
            note = self.tr("This case is a sandbox rehearsal: nothing is sent to Microsoft.")
        self.mode_note.setText(note)
        needed = open_ and self._needs_client_id()
        if needed and self.client_id_panel is None:
            self._build_client_id()
        if self.client_id_panel is not None:
            self.client_id_panel.setVisible(needed)

    def _save_client_id(self) -> None:
        from wizard.settings import save_live_settings

        client_id = self.client_id_edit.text().strip()
        if not client_id:
            self.show_problem("live_client_id", self.tr("Enter the application (client) ID of your app registration."))
            self.client_id_edit.setFocus()
            return
        self.show_problem("live_client_id", None)
        save_live_settings({"live_client_id": client_id})
        self._show_mode()
        self.completeChanged.emit()

    def show_problem(self, key: str, message: object | None) -> None:
        if key == "live_client_id":
            self.client_id_box.error.show_problem(message)
            return
        super().show_problem(key, message)

    def load(self) -> None:
        super().load()
        self._show_mode()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._show_mode()

    def isComplete(self) -> bool:
        """A live case needs the app registration's client ID before it can sign in (the next step)."""
        return super().isComplete() and not self._needs_client_id()
