"""The relationships window of a live case: Partner Center where its API answers, its web pages elsewhere.

The same window as the sandbox's (wizard/ui/relationships.py) with the live service
(wizard/services/live_relationships.py): the indirect providers and the customers come from Partner Center
into the same cache and lazy table; customers are invited with the relationship-request link (Copy, or
Email it: a mailto: link opened by the system's mail app). Finding a provider and authorizing its invitation
have no API: those tabs link Partner Center's pages. Where Partner Center refuses (401/403, MFA) the window
shows the web pages' links and a plain notice: never a dead end, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from wizard.services.handoff import DASHBOARD_URL, FIND_PROVIDER_URL, web_act
from wizard.services.live_relationships import ALL_CUSTOMERS, mailto, refused
from wizard.ui.browser import open_in_browser
from wizard.ui.messages import error_text, text
from wizard.ui.relationships import RelationshipsWindow
from wizard.ui.retire import retire
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    FieldBox,
    FieldEdit,
    action_button,
    button_row,
    field_row,
    plain_label,
    set_tone,
)


class LiveRelationshipsWindow(RelationshipsWindow):
    HELP_TOPIC = "relationships_live"

    def __init__(self, service, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.invite_url = ""
        self._replace_tab(self.directory, self._find_provider_tab(), self.tr("&Find a provider"))
        self._replace_tab(self.invitation_tab, self._invitation_tab(), self.tr("I&nvitation"))
        retire(self.remove_button)  # removed in the Microsoft 365 admin center, not by this API
        self.access_note.setText(self.tr(
            "You remove a provider's administrator access to your work account in the Microsoft 365 admin center; "
            "Partner Center's indirect providers page shows who they are."))
        old_invite = self.customers.invite_group  # the sandbox's emailed invitation: live mode uses the link
        retire(old_invite)
        self.customers.layout().addWidget(self._invite_group())
        self._build_web_links()
        shown_failure = self.customers._sync_failed  # noqa: SLF001 - "Showing the last known customers: …"

        def sync_failed(error: Exception) -> None:
            shown_failure(error)
            self._refused_or_failed(error)

        self.customers._sync_failed = sync_failed  # noqa: SLF001 - and the web pages where Partner Center refuses

    # ----- building -----------------------------------------------------------------------------
    def _replace_tab(self, old: QWidget, new: QWidget, title: str) -> None:
        index = self.tabs.indexOf(old)
        self.tabs.removeTab(index)
        retire(old)
        self.tabs.insertTab(index, new, title)

    def _web_tab(self, name: str, lines: list[str], button_text: str, button_name: str, url: str) -> QWidget:
        """A tab for what is done on Partner Center's web pages: its (translated) lines and a button opening `url`."""
        button = action_button(button_text, button_name, lambda _c=False: self._open(url))
        button.setToolTip(url)
        tab = QWidget()
        tab.setObjectName(name)
        layout = QVBoxLayout(tab)
        for line in lines:
            layout.addWidget(plain_label(line))
        layout.addLayout(button_row(button))
        layout.addStretch(1)
        return tab

    def _find_provider_tab(self) -> QWidget:
        return self._web_tab("live_find_provider", [
            self.tr("Partner Center offers no API to search for indirect providers: search Microsoft's list on "
                    "the web."), text(web_act("find_provider", {}).how)],
            self.tr("&Open the find-a-provider page"), "open_find_provider", FIND_PROVIDER_URL)

    def _invitation_tab(self) -> QWidget:
        return self._web_tab("live_invitation", [
            self.tr("A provider's invitation is accepted and authorized on Partner Center's web pages, not here."),
            text(web_act("authorize_provider", {}).how), self.meaning.text()],
            self.tr("Open Partner Center's &dashboard"), "open_dashboard", DASHBOARD_URL)

    def _invite_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Invite new customers"))
        group.setObjectName("live_invite_group")
        layout = QVBoxLayout(group)
        layout.addWidget(plain_label(self.tr(
            "Send the customer the link Partner Center makes for you: when they open it and accept the reseller "
            "relationship, they appear here.")))
        self.invite_link = QLineEdit()
        self.invite_link.setObjectName("invite_link")
        self.invite_link.setReadOnly(True)
        self.copy_link_button = action_button(self.tr("Cop&y link"), "copy_invite_link", self._copy_link)
        layout.addLayout(field_row(self.tr("Invitation lin&k:"), self.invite_link, self.invite_link,
                                   self.copy_link_button))
        self.invite_email = FieldEdit()
        self.invite_email.setObjectName("invite_email")
        self.email_box = FieldBox(self.invite_email)
        self.email_button = action_button(self.tr("Email &it"), "email_invite_link", self._email_link)
        self.invite_email.on_enter(self._email_link)
        layout.addLayout(field_row(self.tr("Customer &email:"), self.invite_email, self.email_box, self.email_button))
        self.invite_result = plain_label()
        self.invite_result.setObjectName("invite_result")
        layout.addWidget(self.invite_result)
        self.live_invite_group = group
        self._link_ready(False)
        return group

    def _build_web_links(self) -> None:
        """Under the tabs, shown where Partner Center refuses: the notice and the web pages instead."""
        self.web_links = QWidget()
        self.web_links.setObjectName("live_web_links")
        layout = QVBoxLayout(self.web_links)
        self.live_notice = plain_label()
        self.live_notice.setObjectName("live_notice")
        layout.addWidget(self.live_notice)
        find = action_button(self.tr("Find a provider on the &web"), "web_find_provider",
                             lambda _c=False: self._open(FIND_PROVIDER_URL))
        providers = action_button(self.tr("Open the indirect providers pa&ge"), "web_indirect_providers",
                                  lambda _c=False: self._open(DASHBOARD_URL))
        providers.setToolTip(DASHBOARD_URL)
        layout.addWidget(plain_label(self.tr(
            "Indirect providers page: on Partner Center's dashboard, select Indirect providers in the menu.")))
        layout.addLayout(button_row(find, providers))
        self.web_links.hide()
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        self.stack.removeWidget(self.tabs)
        column.addWidget(self.tabs, 1)
        self.tabs.show()  # the stack hid it while it wasn't the current page; removing it doesn't undo that
        column.addWidget(self.web_links)
        self.stack.addWidget(container)
        self.live_content = container

    # ----- opening -------------------------------------------------------------------------------
    def open(self) -> None:
        """The last known providers and customers at once, then Partner Center's on workers."""
        self.show()
        self.raise_()
        self.activateWindow()
        if not self.service.available():
            super().open()
            return
        self.stack.setCurrentWidget(self.live_content)
        service = self.service
        self._show_all_customers()

        def fresh() -> None:
            run_task(service.refresh_providers, self._providers_read, self._refused_or_failed)
            run_task(service.relationship_request_url, self._link_read, self._link_failed)

        run_task(service.cached_providers, lambda rows: (self._show_providers(rows), fresh()),
                 lambda _error: fresh())

    def open_invitation(self, invitation: str) -> None:
        self.open()
        self.tabs.setCurrentIndex(1)

    def _show_all_customers(self) -> None:
        if self.customers.provider_id != ALL_CUSTOMERS:
            self.customers.show_provider(ALL_CUSTOMERS, "")  # the sync starts: page by page, on a worker
            self.customers.heading.setText(self.tr("Your customers in Partner Center"))
        else:
            self.customers.sync()

    def _provider_selected(self) -> None:
        self.view_button.setEnabled(self._selected_provider() is not None)  # no Remove: not this API's act

    def _view_customers(self) -> None:
        self._show_all_customers()
        self.tabs.setCurrentWidget(self.customers)

    def _providers_read(self, rows) -> None:
        self._show_providers(rows)
        set_tone(self.providers_message)
        self.providers_message.setText(
            self.tr("Read from Partner Center.") if rows else self.tr(
                "Partner Center lists no indirect provider for your account yet."))

    def _refused_or_failed(self, error: Exception) -> None:
        """A refusal (or a failure) of Partner Center: the web pages' links and a plain notice."""
        set_tone(self.live_notice, "warning")
        reason = error_text(error)
        self.live_notice.setText(reason if refused(error) else self.tr(
            "Partner Center couldn't be read just now ({reason}). The last known state is shown.").format(
                reason=reason))
        self.web_links.show()
        self.providers_message.setText("")

    # ----- the relationship-request link -------------------------------------------------------------
    def _link_ready(self, ready: bool) -> None:
        self.copy_link_button.setEnabled(ready)
        self.email_button.setEnabled(ready)

    def _link_read(self, url: str) -> None:
        self.invite_url = url
        self.invite_link.setText(url)
        self.invite_link.setCursorPosition(0)
        self._link_ready(True)

    def _link_failed(self, error: Exception) -> None:
        self._link_ready(False)
        set_tone(self.invite_result, "warning")
        self.invite_result.setText(self.tr(
            "Partner Center didn't give the invitation link: on its dashboard, select Customers, then Request "
            "a reseller relationship."))
        self._refused_or_failed(error)

    def _copy_link(self) -> None:
        if not self.invite_url:
            return
        QGuiApplication.clipboard().setText(self.invite_url)
        set_tone(self.invite_result)
        self.invite_result.setText(self.tr("Link copied. Paste it into an email to your customer."))

    def _email_link(self) -> None:
        if not self.invite_url:
            return
        self.email_box.error.show_problem(None)
        try:
            email = self.service.check_invite_email(self.invite_email.text())
        except Exception as error:  # noqa: BLE001 - invalid_email: shown under the field
            self.email_box.error.show_problem(error)
            self.invite_email.setFocus()
            return
        subject = self.tr("Accept a reseller relationship with {company}").format(
            company=self.service.session.value("legal_name") or self.service.session.value("tenant_domain"))
        body = self.tr(
            "Hello,\n\nTo let us work with you as your Microsoft Cloud Solution Provider, please open this link, "
            "sign in as a global admin of your company and accept the reseller relationship:\n\n{url}\n").format(
                url=self.invite_url)
        set_tone(self.invite_result)
        if QDesktopServices.openUrl(QUrl(mailto(email, subject, body))):
            self.invite_result.setText(self.tr(
                "An email to {email} is open in your mail app. Send it; the customer appears here once they "
                "accept.").format(email=email))
            run_task(lambda: self.service.record_invited(email), lambda _none: None, lambda _error: None)
        else:
            set_tone(self.invite_result, "warning")
            self.invite_result.setText(self.tr("No mail app could be opened: copy the link instead."))

    def _open(self, url: str) -> None:
        if not open_in_browser(url):
            set_tone(self.live_notice, "warning")
            self.live_notice.setText(self.tr("No browser could be opened. Go to {url}").format(url=url))
            self.web_links.show()
