"""Where the enrollment stands: plain words, a timeline, Check status, and polling that never blocks."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain import fields as model
from wizard.services.account import AccountService
from wizard.ui.pages.base import StepPage
from wizard.ui.formatting import local_time
from wizard.ui.messages import state_words, stored_text, sub_status_words
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    FieldBox,
    action_button,
    buddy_label,
    busy_bar,
    button_row,
    header_width,
    page_scroll,
    password_edit,
    plain_label,
    read_only_rows,
    set_tone,
    show_error,
)

POLL_MS = int(os.environ.get("WIZARD_POLL_MS", "15000"))


class StatusPage(StepPage):
    fix_profile = Signal()
    status_changed = Signal(str)

    key = "status"

    def _build(self) -> None:
        self.account = AccountService(self.session)
        self.view = None
        self.setSubTitle(self.tr("Follow the review of your enrollment. We also email every update to your primary contact."))
        self.state_title = QLabel()
        self.state_title.setObjectName("state_title")
        font = self.state_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.state_title.setFont(font)
        self.state_title.setWordWrap(True)
        self.state_text = plain_label()
        self.state_text.setObjectName("state_text")
        self.reason = plain_label()
        self.reason.setObjectName("state_reason")
        set_tone(self.reason, "error")
        self.next_text = plain_label()
        self.next_text.setObjectName("whats_next")

        self.timeline = QTableWidget(0, 3)
        read_only_rows(self.timeline, "timeline", self.tr("Enrollment timeline"))
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What happened"), self.tr("Emailed to")])
        self.timeline.setWordWrap(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # What happened and the address share the rest and wrap (an address anywhere), rows grow to fit:
        # an address sized to its contents would leave "What happened" a sliver on a narrow window.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(max(header_width(self.timeline, 1), header_width(self.timeline, 2)))
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setMinimumHeight(self.timeline.fontMetrics().lineSpacing() * 9)

        self.check_button = action_button(self.tr("Check &status"), "check_status", self.check_status)
        self.resend_button = action_button(self.tr("&Resend verification email"), "resend_verification", self._resend)
        self.fix_button = action_button(
            self.tr("&Update the legal profile and resubmit"), "fix_profile", self.fix_profile.emit
        )
        self.busy_bar = busy_bar()
        self.message = plain_label()
        self.message.setObjectName("status_message")
        self.sign_in_again = self._build_sign_in_again()
        self.legend_button = QPushButton(self.tr("What do the statuses &mean?"))
        self.legend_button.setObjectName("status_legend_button")
        self.legend_button.setCheckable(True)
        self.legend = plain_label(self._legend_text())
        self.legend.setObjectName("status_legend")
        self.legend.hide()
        self.legend_button.toggled.connect(self.legend.setVisible)

        content = QWidget()  # scrolls when the legend or a long (Spanish) text needs more than the window
        self.content_layout = layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_title)
        layout.addWidget(self.state_text)
        layout.addWidget(self.reason)
        layout.addWidget(self.next_text)
        layout.addWidget(self.timeline, 1)
        layout.addLayout(button_row(self.check_button, self.resend_button, self.fix_button))
        layout.addLayout(button_row(self.legend_button))  # its own row: the first one is full in Spanish
        layout.addWidget(self.legend)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.sign_in_again)
        scroll = page_scroll(content, "status_scroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("status_poll")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self._show_view()

    def _build_sign_in_again(self) -> QWidget:
        box = QWidget()
        box.setObjectName("sign_in_again")
        form = QFormLayout(box)
        self.again_password = password_edit("status_password")
        self.again_password.on_enter(self._sign_in_again)
        self.boxes["status_password"] = FieldBox(self.again_password)
        self.again_button = action_button(self.tr("Sign &in again"), "status_sign_in", self._sign_in_again)
        label = buddy_label(self.tr("&Password:"), self.again_password)
        form.addRow(plain_label(self.tr("Your sign-in has expired. Enter the password of your work account to continue.")))
        form.addRow(label, self.boxes["status_password"])
        form.addRow("", button_row(self.again_button))
        box.hide()
        return box

    def _legend_text(self) -> str:
        """Every lifecycle state in plain words, with Partner Center's own vetting status beside it."""
        from wizard.domain import lifecycle

        lines = []
        for state in lifecycle.State:
            if state == lifecycle.State.DRAFT:
                continue
            vetting, sub_status = lifecycle.vetting_of(state)
            words = state_words(state)
            lines.append(self.tr("• {title} (Partner Center: {vetting}, {sub_status}) — {meaning}").format(
                title=words.title, vetting=vetting, sub_status=sub_status, meaning=words.what_it_means))
        return "\n".join(lines)

    # ----- page lifecycle ---------------------------------------------------------------------
    def initializePage(self) -> None:
        super().initializePage()
        self._show_view()
        self.check_status()
        self.poll_timer.start()

    def cleanupPage(self) -> None:
        self.poll_timer.stop()

    def set_read_only(self, read_only: bool) -> None:
        pass  # nothing here is a stored answer

    def stop_polling(self) -> None:
        self.poll_timer.stop()

    # ----- checking ---------------------------------------------------------------------------
    def _poll(self) -> None:
        if not self.busy and self.isVisible() and not self.sign_in_again.isVisible():
            self.check_status()

    def check_status(self) -> None:
        if self.busy:
            return
        self._run(self.account.refresh, self.tr("Checking the status of your enrollment…"))

    def _resend(self) -> None:
        self._run(self.account.resend_verification, self.tr("Sending a new verification email…"), resent=True)

    def _run(self, work, text: str, resent: bool = False) -> None:
        self.set_busy(True)
        self.busy_bar.show()
        self.check_button.setEnabled(False)
        set_tone(self.message)
        self.message.setText(text)
        run_task(work, lambda view: self._done(view, resent), self._failed)

    def _done(self, view, resent: bool) -> None:
        self.busy_bar.hide()
        self.check_button.setEnabled(True)
        before = self.session.status
        self.view = view
        self.sign_in_again.hide()
        self.message.setText(
            self.tr("A new verification email was sent to {email}.").format(email=view.contact_email)
            if resent
            else self.tr("Last checked {time}.").format(time=local_time(view.events[-1].at) if view.events else "")
        )
        self._show_view()
        self.set_busy(False)
        if self.session.status != before:
            self.status_changed.emit(self.session.status)

    def _failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.check_button.setEnabled(True)
        self.set_busy(False)
        show_error(self.message, error)
        if getattr(error, "code", "") == "session_expired":
            self.poll_timer.stop()
            self.sign_in_again.show()
            self.again_password.setFocus()

    def _sign_in_again(self) -> None:
        password = self.again_password.text()
        if not password:
            self.show_problem("status_password", self.tr("Enter the password of your work account."))
            return
        upn = self.session.value(model.WORK_ACCOUNT)
        self.set_busy(True)
        self.busy_bar.show()
        run_task(lambda: self.session.sign_in(upn, password), self._signed_in_again, self._sign_in_failed)

    def _signed_in_again(self, _account) -> None:
        self.again_password.clear()
        self.show_problem("status_password", None)
        self.sign_in_again.hide()
        self.busy_bar.hide()
        self.set_busy(False)
        self.poll_timer.start()
        self.check_status()

    def _sign_in_failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        self.show_problem("status_password", error)

    # ----- showing ----------------------------------------------------------------------------
    def _show_view(self) -> None:
        from wizard.domain import lifecycle

        state = lifecycle.State(self.session.status if self.session.status != "draft" else "email_verification")
        words = state_words(state)
        self.state_title.setText(words.title)
        text = words.what_it_means
        view = self.view
        if view is not None and state in (lifecycle.State.IN_REVIEW, lifecycle.State.EMAIL_VERIFICATION):
            text += "\n" + sub_status_words(view.sub_status)
        self.state_text.setText(text)
        reason = stored_text(view.reason) if view is not None and view.reason else ""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        next_text = words.whats_next
        if view is not None and view.review_due is not None:
            next_text += " " + self.tr("Expected decision: {time}.").format(time=local_time(view.review_due))
        self.next_text.setText(self.tr("What's next: {text}").format(text=next_text))
        self.resend_button.setVisible(state == lifecycle.State.EMAIL_VERIFICATION)
        self.fix_button.setVisible(state == lifecycle.State.NEEDS_INFO)
        self._fill_timeline()
        self.completeChanged.emit()

    def _fill_timeline(self) -> None:
        events = self.view.events if self.view is not None else ()
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):  # newest first
            what = stored_text(event.title) + (f"\n{stored_text(event.detail)}" if event.detail else "")
            for column, text in enumerate((local_time(event.at), what, event.emailed_to or "—")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 2:
                    item.setToolTip(text)  # a long address is elided in a narrow window: the tooltip has it all
                self.timeline.setItem(row, column, item)
        self.timeline.resizeRowsToContents()
