"""Live mode's status: where Partner Center's API doesn't answer, the partner records the steps by hand.

The same page as the sandbox's (state in plain words, the timeline, the legend), with a checklist in place
of Check status: "verification email confirmed", "more information asked" and "profile corrected" (as
often as Microsoft asks), then "approved" or "rejected", each with its date. Each tick moves the case
along the same lifecycle and is written to the audit trail (wizard/services/live_status.py). Where the
read fails for the sign-in (expired, lost at a restart without a keyring, MFA now required), Sign in
again signs in with the case's own tenant and reads the status again.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.case import TENANT_DOMAIN
from wizard.domain.lifecycle import State
from wizard.services.live_status import (
    STEPS,
    ManualReview,
    sign_in_again,
    sign_in_problem,
)
from wizard.ui.messages import state_words, text
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.live_status_words import live_words
from wizard.ui.pages.status import StatusPage
from wizard.ui.pages.tick_label import TickLabel
from wizard.ui.retire import retire
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    action_button,
    buddy_label,
    button_row,
    plain_label,
    set_checked_quietly,
    set_tone,
    show_error,
    tab_chain,
)


class ManualStatusPage(StatusPage):
    key = "status"
    variant = "live"

    def _build(self) -> None:
        self.manual = ManualReview(self.session)
        super()._build()
        self.setSubTitle(self.tr(
            "Record the review of your enrollment as Microsoft emails your primary contact about it."))
        for button in (self.check_button, self.resend_button, self.fix_button):
            button.hide()
        self.checklist = QGroupBox(self.tr("What Microsoft has told you"))
        self.checklist.setObjectName("manual_checklist")
        layout = QVBoxLayout(self.checklist)
        self.checklist_intro = plain_label()  # why the checklist shows: _offer_sign_in
        self.checklist_intro.setObjectName("manual_checklist_intro")
        self._explain_checklist(False)
        layout.addWidget(self.checklist_intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.ticks: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        self.tick_labels: dict[str, QLabel] = {}
        self.rows: dict[str, list[QWidget]] = {}
        words = {
            "email_confirmed": (self.tr("Verification &email confirmed by the primary contact"),
                                self.tr("Confirmed &on:")),
            "needs_info": (self.tr("Microsoft as&ked for more information (an email about your legal business "
                                   "profile)"), self.tr("Aske&d on:")),
            "corrected": (self.tr("&Legal business profile corrected in Partner Center as asked: the review "
                                  "resumed"), self.tr("&Corrected on:")),
            "approved": (self.tr("Enrollment a&pproved: the Partner Center account is ready"),
                         self.tr("&Approved on:")),
            "rejected": (self.tr("Enrollment rejected b&y Microsoft"), self.tr("Re&jected on:")),
        }
        for row, what in enumerate(STEPS):
            label_text, date_text = words[what]
            tick = QCheckBox()
            tick.setObjectName(f"manual_{what}")
            tick.toggled.connect(lambda on, w=what: on and self._record(w))
            label = TickLabel(label_text, tick)
            label.setObjectName(f"manual_{what}_label")
            day = QDateEdit(QDate.currentDate())
            day.setObjectName(f"manual_{what}_date")
            day.setCalendarPopup(True)
            day.setMaximumDate(QDate.currentDate())
            day_label = buddy_label(date_text, day)
            when = QHBoxLayout()  # the date under the step's text: the row never needs more than its width
            when.setContentsMargins(0, 0, 0, 0)
            when.addWidget(day_label)
            when.addWidget(day)
            when.addStretch(1)
            dated = QWidget()
            column = QVBoxLayout(dated)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(label)
            column.addLayout(when)
            grid.addWidget(tick, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(dated, row, 1)
            self.ticks[what], self.dates[what], self.tick_labels[what] = tick, day, label
            self.rows[what] = [tick, dated]
        layout.addLayout(grid)
        self.final_confirm = self._build_final_confirm()
        layout.addWidget(self.final_confirm)
        self.content_layout.insertWidget(self.content_layout.indexOf(self.timeline), self.checklist)
        # The sandbox's password form for an expired sign-in has no use here (Microsoft's sign-in is in the
        # browser): the live page's own Sign in again takes its place, and its letters (Alt+I, Alt+P).
        self.content_layout.removeWidget(self.sign_in_again)
        retire(self.sign_in_again)
        self._boxes.pop("status_password", None)
        self.reauth_box = self._build_reauth()
        self.content_layout.insertWidget(self.content_layout.indexOf(self.message) + 1, self.reauth_box)
        self._order_tabs()
        self._show_checklist()

    def _order_tabs(self) -> None:
        """Tab in reading order: the checklist above the timeline, then the page's buttons and Sign in again
        (the checklist is made after the sandbox page it extends, so it would come last)."""
        tab_chain(*(widget for what in STEPS for widget in (self.ticks[what], self.dates[what])),
                  *self.final_confirm.findChildren(QPushButton),
                  self.timeline, self.check_button, self.legend_button, self.reauth_button, self.reauth_cancel)

    def _build_reauth(self) -> QWidget:
        """Sign in again, for a read that failed for the sign-in: the sign-in page is a record by now."""
        box = QWidget()
        box.setObjectName("live_sign_in_again")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reauth_text = plain_label()
        self.reauth_text.setObjectName("live_sign_in_again_text")
        self.reauth_button = action_button(self.tr("Sign &in again"), "live_sign_in_again_button", self._reauth)
        self.reauth_cancel = action_button(self.tr("Cancel si&gn-in"), "live_sign_in_again_cancel",
                                           self.cancel_sign_in)
        self._attempt = threading.Event()  # the sign-in in progress's cancel
        self.reauth_cancel.hide()
        layout.addWidget(self.reauth_text)
        layout.addLayout(button_row(self.reauth_button, self.reauth_cancel))
        box.hide()
        return box

    # ----- page lifecycle: Partner Center's API where it answers, the checklist where it doesn't ----------
    def initializePage(self) -> None:
        StepPage.initializePage(self)
        self._failures = 0
        self.check_button.show()
        self.check_status()
        self.poll_timer.start()

    def _poll(self) -> None:
        if not self.busy and self.isVisible() and not self.reauth_box.isVisible():
            self.check_status()

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
        self._offer_sign_in(bool(sign_in_problem(read)))
        self._failures = 0 if read.state is not None else self._failures + 1
        self.poll_timer.setInterval(int(next_poll_delay(self._failures, read.retry_after) * 1000))
        self._show_checklist()
        if before != self.view.state:
            self.status_changed.emit(self.session.status)
            self.completeChanged.emit()

    def _show_view(self) -> None:
        """As the sandbox's page, in live mode's words (Microsoft emails the primary contact, the partner acts
        on Partner Center's pages), without its service-only buttons: resending the verification email and
        resubmitting happen on Partner Center's own pages in live mode."""
        super()._show_view()
        self.resend_button.hide()
        self.fix_button.hide()
        state = State(self.session.status if self.session.status != "draft" else "email_verification")
        live = live_words(state)
        if live is not None:
            what, next_text = live
            self.state_text.setText(what)
            self.next_text.setText(next_text)
        else:  # the manual view's sub-status is only its state's default: not repeated under it
            self.state_text.setText(state_words(state).what_it_means)

    def _use_checklist(self, notice: str) -> None:
        self.checklist.show()
        set_tone(self.message, "warning" if notice else "")
        self.message.setText(text(notice) if notice else "")

    def _status_failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        self._use_checklist("")
        show_error(self.message, error)
        self._offer_sign_in(bool(sign_in_problem(error)))
        self._show_checklist()

    # ----- signing in again ---------------------------------------------------------------------------
    def _explain_checklist(self, signing_in: bool) -> None:
        """Why the checklist shows: the sign-in (until it is renewed) or Partner Center not reporting."""
        self.checklist_intro.setText(self.tr(
            "Until you sign in again, you can record here what Microsoft's emails tell you: tick each step when "
            "it happens, with its date.") if signing_in else self.tr(
            "Partner Center doesn't report this account's enrollment status to the wizard, so tick each step "
            "when it happens, with its date."))

    def _offer_sign_in(self, needed: bool) -> None:
        """Sign in again where the read failed for the sign-in; polling waits for it meanwhile."""
        self._explain_checklist(needed)
        if needed:
            self.reauth_text.setText(self.tr(
                "Your browser opens Microsoft's sign-in page. Sign in with a work account of {tenant}, the "
                "tenant this enrollment is for.").format(
                    tenant=self.session.value(TENANT_DOMAIN) or self.session.value("work_account")))
            self.poll_timer.stop()
        elif self.reauth_box.isVisible() and not self.poll_timer.isActive():
            self.poll_timer.start()
        self.reauth_box.setVisible(needed)
        self.reauth_button.setEnabled(not self.busy)
        if needed:
            self._bring_into_view(self.reauth_box)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scrolled to what the user must see now (Sign in again, a refused tick's reason): below the
        checklist and the timeline, it would be out of view on a laptop's screen. Once laid out (it may
        have just been shown), or the scroll would stop short of it."""
        scroll = self.findChild(QScrollArea, "status_scroll")
        if scroll is not None:
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(widget))

    def _reauth(self) -> None:
        """The system browser's sign-in on a worker, kept only for the case's tenant, then the status again."""
        if self.busy:
            return
        self.set_busy(True)
        self.busy_bar.show()
        self.reauth_button.setEnabled(False)
        self.reauth_cancel.show()
        self._show_checklist()
        set_tone(self.message)
        self.message.setText(self.tr("Sign in with Microsoft in the browser window that opened…"))
        window, attempt = int(self.window().winId()), threading.Event()
        self._attempt = attempt
        run_task(lambda: sign_in_again(self.session, window, attempt), self._reauth_done, self._reauth_failed)

    def cancel_sign_in(self) -> None:
        """End the sign-in under way, even one whose worker hasn't reached Microsoft yet."""
        self._attempt.set()
        self.session.cancel_live_sign_in()

    def _reauth_done(self, read) -> None:
        self.reauth_cancel.hide()
        self._status_read(read)

    def _reauth_failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.reauth_cancel.hide()
        self.set_busy(False)
        self.reauth_button.setEnabled(True)
        show_error(self.message, error)
        self._show_checklist()

    # ----- the checklist -------------------------------------------------------------------------------
    def _show_checklist(self) -> None:
        asked = self.manual.recorded_on("needs_info") is not None or self.session.status == State.NEEDS_INFO
        for what, tick in self.ticks.items():
            recorded = self.manual.recorded_on(what)
            set_checked_quietly(tick, self.manual.done(what))
            tick.setEnabled(not self.busy and self.manual.can_record(what))
            self.tick_labels[what].setEnabled(tick.isEnabled() or tick.isChecked())
            day = self.dates[what]
            if recorded is not None and tick.isChecked():
                day.setDate(QDate(recorded.year, recorded.month, recorded.day))
            day.setEnabled(tick.isEnabled())
            for widget in self.rows[what]:  # the correction only once Microsoft has asked for one
                widget.setVisible(what != "corrected" or asked)

    def _build_final_confirm(self) -> QWidget:
        """Approved and rejected end the review: a tick there is asked about once more, on the page."""
        box = QWidget()
        box.setObjectName("manual_final_confirm")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.final_question = plain_label()
        set_tone(self.final_question, "warning")
        yes = action_button(self.tr("Yes, &record it"), "manual_confirm", self._final_confirmed)
        wait = action_button(self.tr("No, &wait"), "manual_confirm_cancel", self._final_cancelled)
        column.addWidget(self.final_question)
        column.addLayout(button_row(yes, wait))
        self._confirming: str | None = None
        box.hide()
        return box

    def _ask_final(self, what: str) -> None:
        chosen = self.dates[what].date()
        when = QLocale().toString(chosen, QLocale.FormatType.ShortFormat)
        self.final_question.setText((self.tr(
            "Record that Microsoft approved your enrollment on {date}? The review then ends here; it can't be "
            "undone.") if what == "approved" else self.tr(
            "Record that Microsoft rejected your enrollment on {date}? The review then ends here; it can't be "
            "undone.")).format(date=when))
        self._confirming = what
        self.final_confirm.show()
        yes = self.final_confirm.findChild(QPushButton, "manual_confirm")
        yes.setFocus()
        self._bring_into_view(yes)

    def _final_confirmed(self) -> None:
        what, self._confirming = self._confirming, None
        self.final_confirm.hide()
        if what is not None:
            self._record(what, confirmed=True)

    def _final_cancelled(self) -> None:
        what, self._confirming = self._confirming, None
        self.final_confirm.hide()
        if what is not None:
            set_checked_quietly(self.ticks[what], False)
            self.ticks[what].setFocus()

    def _record(self, what: str, confirmed: bool = False) -> None:
        if self.busy:
            return
        if what in ("approved", "rejected") and not confirmed:
            self._ask_final(what)
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
        self._bring_into_view(self.message)
