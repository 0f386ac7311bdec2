"""Live mode's status: where Partner Center's API doesn't answer, the partner records the steps by hand.

The same page as the sandbox's (state in plain words, the timeline, the legend), with a checklist in place
of Check status: "verification email confirmed", then "approved", each with its date. Each tick moves the
case along the same lifecycle and is written to the audit trail (wizard/services/manual_status.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QGroupBox, QVBoxLayout

from wizard.services.manual_status import ManualStatus
from wizard.ui.messages import text
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.status import StatusPage
from wizard.ui.tasks import run_task
from wizard.ui.widgets import buddy_label, plain_label, set_checked_quietly, set_tone, show_error


class ManualStatusPage(StatusPage):
    key = "status"
    variant = "live"

    def _build(self) -> None:
        self.manual = ManualStatus(self.session)
        super()._build()
        self.setSubTitle(self.tr(
            "Record the review of your enrollment as Microsoft emails your primary contact about it."))
        for button in (self.check_button, self.resend_button, self.fix_button):
            button.hide()
        self.checklist = QGroupBox(self.tr("What Microsoft has told you"))
        self.checklist.setObjectName("manual_checklist")
        layout = QVBoxLayout(self.checklist)
        layout.addWidget(plain_label(self.tr(
            "Partner Center doesn't report this account's enrollment status to the wizard, so tick each step "
            "when it happens, with its date.")))
        grid = QGridLayout()
        self.ticks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        for row, (what, label, date_label) in enumerate((
            ("email_confirmed", self.tr("Verification &email confirmed by the primary contact"),
             self.tr("Confirmed &on:")),
            ("approved", self.tr("Enrollment a&pproved: the Partner Center account is ready"),
             self.tr("&Approved on:")),
        )):
            tick = QCheckBox(label)
            tick.setObjectName(f"manual_{what}")
            tick.toggled.connect(lambda on, w=what: on and self._record(w))
            day = QDateEdit(QDate.currentDate())
            day.setObjectName(f"manual_{what}_date")
            day.setCalendarPopup(True)
            day.setMaximumDate(QDate.currentDate())
            grid.addWidget(tick, row, 0)
            grid.addWidget(buddy_label(date_label, day), row, 1)
            grid.addWidget(day, row, 2)
            grid.setColumnStretch(0, 1)
            self.ticks[what], self.dates[what] = tick, day
        layout.addLayout(grid)
        self.content_layout.insertWidget(self.content_layout.indexOf(self.timeline), self.checklist)
        self._show_checklist()

    # ----- page lifecycle: Partner Center's API where it answers, the checklist where it doesn't ----------
    def initializePage(self) -> None:
        StepPage.initializePage(self)
        self._failures = 0
        self.check_button.show()
        self.check_status()
        self.poll_timer.start()

    def check_status(self) -> None:
        """Read the vetting status from Partner Center on a worker (rarely: every 15 minutes, backing off
        after failures); a refusal (no API access, MFA) leaves the checklist to the partner."""
        if self.busy:
            return
        self.view = self.manual.view()
        self._show_view()
        self._show_checklist()
        if not self.session.signed_in:
            self._use_checklist("")
            return
        self.set_busy(True)
        self._show_checklist()  # no tick while the status is being read
        self.busy_bar.show()
        set_tone(self.message)
        self.message.setText(self.tr("Reading the status of your enrollment from Partner Center…"))
        run_task(lambda: self.session.live_case().read_status(), self._status_read, self._status_failed)

    def _status_read(self, read) -> None:
        from wizard.backends.live.session import next_poll_delay

        self.busy_bar.hide()
        self.set_busy(False)
        before = self.view.state if self.view is not None else None
        self.view = self.manual.view()
        self._show_view()
        if read.manual:
            self._use_checklist(read.notice)
        else:
            self.checklist.setVisible(read.state is None)
            set_tone(self.message, "warning" if read.notice else "")
            self.message.setText(text(read.notice) if read.notice else self.tr("Read from Partner Center."))
        self._failures = 0 if read.state is not None else self._failures + 1
        self.poll_timer.setInterval(int(next_poll_delay(self._failures, read.retry_after) * 1000))
        self._show_checklist()
        if before != self.view.state:
            self.status_changed.emit(self.session.status)
            self.completeChanged.emit()

    def _show_view(self) -> None:
        """As the sandbox's page, without its service-only buttons: resending the verification email and
        resubmitting happen on Partner Center's own pages in live mode."""
        super()._show_view()
        self.resend_button.hide()
        self.fix_button.hide()

    def _use_checklist(self, notice: str) -> None:
        self.checklist.show()
        set_tone(self.message, "warning" if notice else "")
        self.message.setText(text(notice) if notice else "")

    def _status_failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        self._use_checklist("")
        show_error(self.message, error)
        self._show_checklist()

    def _show_checklist(self) -> None:
        for what, tick in self.ticks.items():
            recorded = self.manual.recorded_on(what)
            set_checked_quietly(tick, recorded is not None)
            tick.setEnabled(not self.busy and self.manual.can_record(what))
            day = self.dates[what]
            if recorded is not None:
                day.setDate(QDate(recorded.year, recorded.month, recorded.day))
            day.setEnabled(tick.isEnabled())

    def _record(self, what: str) -> None:
        if self.busy:
            return
        chosen = self.dates[what].date()
        on = date(chosen.year(), chosen.month(), chosen.day())
        self.set_busy(True)
        self.busy_bar.show()
        set_tone(self.message)
        self.message.setText(self.tr("Recording…"))
        self._show_checklist()
        run_task(lambda: self.manual.record(what, on), self._recorded, self._not_recorded)

    def _recorded(self, view) -> None:
        self.busy_bar.hide()
        before = self.view.state if self.view is not None else None
        self.view = view
        self.set_busy(False)
        self.message.setText(self.tr("Recorded in the case's audit trail."))
        self._show_view()
        self._show_checklist()
        if before != view.state:
            self.status_changed.emit(self.session.status)

    def _not_recorded(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        show_error(self.message, error)
        self._show_checklist()
