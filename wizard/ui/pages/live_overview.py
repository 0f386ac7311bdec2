"""Live mode's CSP overview: the acts after approval that exist only on Partner Center's web pages.

No sandbox call here. The admin agent role and the Microsoft Partner Agreement for the case's CSP region
are guided with the hand-off's links (Open in browser) and a tick the partner sets once done on the web,
kept with the case (date, who) and in its audit trail (wizard/services/live_overview.py). The Partner ID
Partner Center has linked is read on a worker where its API answers: a refusal is a notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout

from wizard.services.handoff import DASHBOARD_URL, PARTNER_PROFILE_URL, web_act
from wizard.services.live_overview import ADMIN_AGENT, MPA, LiveOverview, PartnerIdRead
from wizard.ui.browser import open_in_browser
from wizard.ui.formatting import short_date
from wizard.ui.messages import error_text, region_name, text
from wizard.ui.pages.base import OverviewStepPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import action_button, busy_bar, button_row, plain_label, set_checked_quietly, set_tone, show_error


class LiveOverviewPage(OverviewStepPage):
    key = "overview"
    variant = "live"

    def _build(self) -> None:
        self.overview = LiveOverview(self.session)
        self.setSubTitle(self.tr(
            "Your Partner Center account is ready. Finish setting it up on Partner Center's web pages, and tick "
            "each step here once it's done."))
        self.busy_bar = busy_bar()
        self.message = plain_label()
        self.message.setObjectName("overview_message")
        self.ticks: dict[str, QCheckBox] = {}
        self.recorded: dict[str, QLabel] = {}

        self.scroll = self._lay_out([
            self._partner_id_group(),
            self._admin_agent_group(),
            self._mpa_group(),
            self._relationships_group(self.tr("Connect with an indirect provider"), self.tr(
                "Find an indirect provider, accept its invitation, see the customers you share and invite new ones."),
                self.tr("Open indirect &providers and customers")),
        ])

    # ----- building -----------------------------------------------------------------------
    def _values(self) -> dict[str, str]:
        return {key: self.session.value(key) for key in ("country", "tenant_country")}

    def _partner_id_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Partner ID"))
        layout = QVBoxLayout(group)
        self.partner_id_state = plain_label()
        self.partner_id_state.setObjectName("live_partner_id")
        self.partner_id_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.partner_id_notice = plain_label()
        self.partner_id_notice.setObjectName("live_partner_id_notice")
        layout.addWidget(self.partner_id_state)
        layout.addWidget(self.partner_id_notice)
        return group

    def _act_group(self, act: str, title: str, how: list[str | QLabel], buttons: list[QPushButton], tick_text: str) -> QGroupBox:
        group = QGroupBox(title)
        group.setObjectName(f"live_{act}_group")
        layout = QVBoxLayout(group)
        for line in how:
            layout.addWidget(line if isinstance(line, QLabel) else plain_label(line))
        layout.addLayout(button_row(*buttons))
        tick = QCheckBox(tick_text)
        tick.setObjectName(f"tick_{act}")
        tick.toggled.connect(lambda on, a=act: self._record(a, on))
        recorded = plain_label()
        recorded.setObjectName(f"{act}_recorded")
        layout.addWidget(tick)
        layout.addWidget(recorded)
        self.ticks[act], self.recorded[act] = tick, recorded
        return group

    def _open_button(self, label: str, name: str, url: str, title: str) -> QPushButton:
        button = action_button(label, name, lambda _c=False: self._open(url))
        button.setAccessibleName(self.tr("Open in browser: {title}").format(title=title))
        button.setToolTip(url)
        return button

    def _admin_agent_group(self) -> QGroupBox:
        act = web_act(ADMIN_AGENT, self._values())
        title = self.tr("Admin agent permissions")
        return self._act_group(ADMIN_AGENT, title, [
            self.tr("To finish setting up your account, including adding other users, you need admin agent "
                    "permissions. Microsoft offers no API for this: do it on Partner Center."),
            text(act.how),
        ], [self._open_button(self.tr("&Open in browser"), "open_admin_agent", act.url, title)],
            self.tr("I'm in the a&dmin agent group"))

    def _mpa_group(self) -> QGroupBox:
        title = self.tr("Microsoft Partner Agreement (Program info)")
        self.mpa_how = plain_label()
        group = self._act_group(MPA, title, [
            self.tr("All indirect resellers must accept the Microsoft Partner Agreement, once for each CSP "
                    "region where they do business. Accepting it needs global admin credentials."),
            self.mpa_how,
            self.tr("Confirm that you've signed the Microsoft Partner Agreement on the Program Info section of "
                    "Partner profile."),
        ], [self._open_button(self.tr("Open in bro&wser"), "open_mpa", DASHBOARD_URL, title),
            self._open_button(self.tr("Open Partner p&rofile"), "open_partner_profile", PARTNER_PROFILE_URL,
                              self.tr("Partner profile"))], "")
        self._show_region()
        return group

    def _show_region(self) -> None:
        """The case's CSP region in the agreement's text and tick (known once signed in)."""
        region = self.overview.region()
        self.mpa_how.setText(text(web_act(MPA, self._values()).how))
        self.ticks[MPA].setText(self.tr("A&greement accepted for {region}").format(
            region=region_name(region) if region else self.tr("your CSP region")))

    # ----- lifecycle ----------------------------------------------------------------------
    def initializePage(self) -> None:
        super().initializePage()
        self._show_region()
        self._show_ticks()
        self.read_partner_id()

    def read_partner_id(self) -> None:
        """Partner Center's linked Partner ID, on a worker; best effort."""
        entered = self.session.value("mpn_id")
        self.partner_id_state.setText(
            self.tr("Your Partner ID: {partner_id}").format(partner_id=entered) if entered else "")
        set_tone(self.partner_id_notice)
        self.partner_id_notice.setText(self.tr("Asking Partner Center which Partner ID it has linked…"))
        self.busy_bar.show()
        run_task(self.overview.partner_id, self._partner_id_read,
                 lambda error: self._partner_id_read(PartnerIdRead(notice=error_text(error))))

    def _partner_id_read(self, read: PartnerIdRead) -> None:
        self.busy_bar.hide()
        entered = self.session.value("mpn_id")
        if read.answered and read.partner_id:
            self.partner_id_state.setText(
                self.tr("Partner ID linked in Partner Center: {partner_id}").format(partner_id=read.partner_id))
            if entered and entered != read.partner_id:
                set_tone(self.partner_id_notice, "warning")
                self.partner_id_notice.setText(self.tr(
                    "It isn't the Partner ID this case has ({partner_id}): check Account settings → Identifiers "
                    "in Partner Center.").format(partner_id=entered))
            else:
                set_tone(self.partner_id_notice)
                self.partner_id_notice.setText("")
            return
        set_tone(self.partner_id_notice, "warning")
        if read.answered:
            self.partner_id_notice.setText(self.tr(
                "Partner Center has no Partner ID linked yet: add it in Account settings → Identifiers."))
        else:
            self.partner_id_notice.setText(self.tr(
                "Partner Center didn't say which Partner ID is linked; check it in Account settings → "
                "Identifiers.") + (" " + text(read.notice) if read.notice else ""))

    # ----- the ticks ----------------------------------------------------------------------
    def _show_ticks(self) -> None:
        for act, tick in self.ticks.items():
            confirmation = self.overview.confirmation(act)
            set_checked_quietly(tick, confirmation is not None)
            tick.setEnabled(not self.busy)
            label = self.recorded[act]
            if confirmation is None:
                label.setText("")
                set_tone(label)
            else:
                label.setText(self.tr("✔ Recorded on {date} by {who}.").format(
                    date=short_date(confirmation.on), who=confirmation.by))
                set_tone(label, "success")

    def _record(self, act: str, done: bool) -> None:
        if self.busy:
            return
        if (self.overview.confirmation(act) is not None) == done:  # already so (e.g. restored after a rebuild)
            self._show_ticks()
            return
        self.set_busy(True)
        self._show_ticks()
        tick = self.ticks[act]
        set_checked_quietly(tick, done)  # shown as asked while it is written
        set_tone(self.message)
        self.message.setText(self.tr("Recording…"))
        run_task(lambda: self.overview.record(act, done), self._recorded, self._not_recorded)

    def _recorded(self, _confirmation) -> None:
        self.set_busy(False)
        self.message.setText(self.tr("Recorded in the case's audit trail."))
        self._show_ticks()

    def _not_recorded(self, error: Exception) -> None:
        self.set_busy(False)
        show_error(self.message, error)
        self._show_ticks()

    def _open(self, url: str) -> None:
        set_tone(self.message)
        if open_in_browser(url):
            self.message.setText(self.tr("The page is open in your browser."))
        else:
            set_tone(self.message, "warning")
            self.message.setText(self.tr("No browser could be opened. Go to {url}").format(url=url))
