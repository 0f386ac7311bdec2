"""The relationships window: find a provider, accept and authorize its invitation, providers, customers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.customers_tab import CustomersTab
from wizard.ui.formatting import local_time
from wizard.ui.messages import error_text, region_list, state_words
from wizard.ui.messages import text as localized
from wizard.ui.provider_directory import ProviderDirectory
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    MIN_SECONDARY,
    action_button,
    button_row,
    plain_label,
    read_only_rows,
    set_tone,
    show_error,
)

PROVIDER_ROLE = Qt.ItemDataRole.UserRole + 1


class RelationshipsWindow(QMainWindow):
    HELP_TOPIC = "relationships"  # the help page beside the tabs (live mode's window has its own)

    def __init__(self, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationships_window")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Indirect providers and customers"))
        self.service = service
        self.resize(1100, 760)
        self.setMinimumSize(*MIN_SECONDARY)
        self.stack = QStackedWidget()
        self.not_ready = plain_label()
        self.not_ready.setObjectName("not_ready")
        self.not_ready.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relationship_tabs")
        self.directory = ProviderDirectory(service)
        self.invitation_tab = self._build_invitation_tab()
        self.providers_tab = self._build_providers_tab()
        self.customers = CustomersTab(service)
        self.tabs.addTab(self.directory, self.tr("&Find a provider"))
        self.tabs.addTab(self.invitation_tab, self.tr("I&nvitation"))  # V is "&View customers"
        self.tabs.addTab(self.providers_tab, self.tr("Indirect &providers"))
        self.tabs.addTab(self.customers, self.tr("&Customers"))
        self.stack.addWidget(self.not_ready)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.invitation = None
        self._build_keyboard()

    def _build_keyboard(self) -> None:
        """F1 toggles the help beside the tabs; Escape closes the window, which only hides it: whatever
        was typed (search, invited customer, filter) is still there when it is opened again."""
        from wizard.ui.help_pane import HelpPane

        self.help_pane = HelpPane("relationships", self)
        self.help_pane.show_topic(self.HELP_TOPIC)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setObjectName("escape_closes")
        close.activated.connect(self.close)

    # ----- opening -------------------------------------------------------------------------
    def open(self) -> None:
        """Show the last known state at once, then refresh from Partner Center in the background."""
        self.show()
        self.raise_()
        self.activateWindow()  # keyboard users land in it (Escape, F1 and Tab act on it at once)
        if not self.service.available():
            self.not_ready.setText(self.tr(
                "Connecting with indirect providers is available once your Partner Center account is ready.\n"
                "Your enrollment is still being reviewed (status: {status}). Follow it on the Enrollment status page; "
                "then accept the Microsoft Partner Agreement on the CSP overview.").format(status=state_words(self.service.session.status).title))
            self.stack.setCurrentWidget(self.not_ready)
            return
        self.stack.setCurrentWidget(self.tabs)
        service = self.service

        def cached_then_fresh() -> None:  # both off the GUI thread: a local read, then Partner Center
            run_task(service.refresh_providers, self._show_providers, lambda error: None)

        run_task(service.cached_providers, lambda rows: (self._show_providers(rows), cached_then_fresh()),
                 lambda error: cached_then_fresh())
        self.directory.refresh()

    def open_invitation(self, invitation: str) -> None:
        """Following an invitation link: show it, what authorizing means, and the checkbox."""
        self.open()
        if not self.service.available():
            return
        self.tabs.setCurrentWidget(self.invitation_tab)
        set_tone(self.invite_message)
        self.invite_message.setText(self.tr("Opening the invitation…"))
        self.confirm.setChecked(False)
        self.authorize_button.setEnabled(False)

        def load():
            return self.service.invitation(invitation), self.service.mpa_signed_for_reseller_region()

        run_task(load, self._show_invitation, self._invitation_failed)

    # ----- invitation --------------------------------------------------------------------------
    def _build_invitation_tab(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("invitation_panel")
        self.invite_text = plain_label(self.tr("Follow the link in a provider's invitation email to see it here."))
        self.invite_text.setObjectName("invitation_text")
        self.meaning = plain_label(self.tr(
            "When you establish a partnership with an indirect provider, you authorize them to submit orders and add "
            "subscriptions on behalf of your customers, and you grant them administrator access to your company's "
            "work account. You can remove that administrator access later."))
        self.meaning.setObjectName("authorize_meaning")
        self.mpa_check = plain_label()
        self.mpa_check.setObjectName("mpa_check")
        self.confirm = QCheckBox(self.tr("I &authorize this provider to be my indirect provider"))
        self.confirm.setObjectName("authorize_confirm")
        self.confirm.toggled.connect(self._update_authorize)
        self.authorize_button = QPushButton(self.tr("Authorize &indirect provider"))
        self.authorize_button.setObjectName("authorize_provider")
        self.authorize_button.setEnabled(False)
        self.authorize_button.clicked.connect(self._authorize)
        self.invite_message = plain_label()
        self.invite_message.setObjectName("invitation_message")
        layout = QVBoxLayout(tab)
        for widget in (self.invite_text, self.meaning, self.mpa_check, self.confirm):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.authorize_button))
        layout.addWidget(self.invite_message)
        layout.addStretch(1)
        return tab

    def _show_invitation(self, result) -> None:
        view, (mpa_ok, regions) = result
        self.invitation = view
        provider = view.provider
        self.invite_text.setText(self.tr(
            "{provider} invites you to authorize them as your indirect provider.\nSent {sent}; valid until {until}.\n"
            "Regions: {regions}").format(provider=provider.name, sent=local_time(view.sent_at),
                                         until=local_time(view.expires_at), regions=region_list(provider.regions)))
        self.invite_message.setText("")
        if mpa_ok:
            set_tone(self.mpa_check)
            self.mpa_check.setText(self.tr("✔ You've signed the Microsoft Partner Agreement for {regions}.").format(regions=localized(regions)))
        else:
            set_tone(self.mpa_check, "error")
            self.mpa_check.setText(self.tr(
                "You haven't signed the Microsoft Partner Agreement for {regions}. Providers refuse orders from resellers "
                "who haven't signed it for that region: accept it on the CSP overview first.").format(regions=localized(regions)))
        self._mpa_ok = mpa_ok
        self._update_authorize()

    def _invitation_failed(self, error: Exception) -> None:
        self.invitation = None
        self.invite_text.setText("")
        self.mpa_check.setText("")
        show_error(self.invite_message, error)
        self._update_authorize()

    def _update_authorize(self, *_args) -> None:
        ready = self.invitation is not None and getattr(self, "_mpa_ok", False) and getattr(self.invitation, "status", "pending") == "pending"
        self.confirm.setEnabled(ready)
        self.authorize_button.setEnabled(ready and self.confirm.isChecked())

    def _authorize(self) -> None:
        if self.invitation is None:
            return
        invitation_id, confirmed = self.invitation.id, self.confirm.isChecked()
        self.authorize_button.setEnabled(False)
        run_task(lambda: self.service.authorize(invitation_id, confirmed), self._authorized, self._invitation_failed)

    def _authorized(self, relationship) -> None:
        self.invitation = None
        self._update_authorize()
        set_tone(self.invite_message)
        self.invite_message.setText(self.tr(
            "{provider} is now your indirect provider. You're on their Indirect resellers list.").format(
            provider=relationship.provider.name))
        run_task(self.service.cached_providers, self._show_providers, lambda error: None)
        self.tabs.setCurrentWidget(self.providers_tab)

    # ----- indirect providers --------------------------------------------------------------------
    def _build_providers_tab(self) -> QWidget:
        tab = QWidget()
        self.providers = QTableWidget(0, 4)
        read_only_rows(self.providers, "indirect_providers", self.tr("Your indirect providers"))
        self.providers.setHorizontalHeaderLabels(
            [self.tr("Provider"), self.tr("Since"), self.tr("Regions"), self.tr("Administrator access")])
        self.providers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.providers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.providers.itemSelectionChanged.connect(self._provider_selected)
        self.view_button = action_button(self.tr("&View customers"), "view_customers", self._view_customers)
        self.remove_button = action_button(
            self.tr("&Remove administrator access"), "remove_admin_access", self._remove_access
        )
        for button in (self.view_button, self.remove_button):
            button.setEnabled(False)
        self.access_note = plain_label(self.tr(
            "In the live service you remove a provider's administrator access to your work account in the Office 365 "
            "portal. In the sandbox the button does it and records it."))
        self.providers_message = plain_label()
        self.providers_message.setObjectName("providers_message")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.providers, 1)
        layout.addLayout(button_row(self.view_button, self.remove_button))
        layout.addWidget(self.access_note)
        layout.addWidget(self.providers_message)
        return tab

    def _show_providers(self, rows) -> None:
        selected = self._selected_provider()
        self.providers.setRowCount(len(rows))
        for index, row in enumerate(rows):
            access = self.tr("Yes") if row.admin_access else self.tr("Removed")
            values = (row.name, local_time(row.since), region_list(row.regions), access)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(PROVIDER_ROLE, row)
                self.providers.setItem(index, column, item)
            if selected is not None and row.provider_id == selected.provider_id:
                self.providers.selectRow(index)
        self.providers.resizeColumnsToContents()
        self._provider_selected()

    def _selected_provider(self):
        items = self.providers.selectedItems()
        return items[0].data(PROVIDER_ROLE) if items else None

    def _provider_selected(self) -> None:
        row = self._selected_provider()
        self.view_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and bool(row.admin_access))

    def _view_customers(self) -> None:
        row = self._selected_provider()
        if row is not None:
            self.customers.show_provider(row.provider_id, row.name)
            self.tabs.setCurrentWidget(self.customers)

    def _remove_access(self) -> None:
        row = self._selected_provider()
        if row is None:
            return
        provider_id = row.provider_id
        run_task(lambda: self.service.remove_admin_access(provider_id), self._access_removed,
                 lambda error: self.providers_message.setText(error_text(error)))

    def _access_removed(self, rows) -> None:
        self._show_providers(rows)
        self.providers_message.setText(self.tr("Administrator access removed. The partnership itself continues."))
