"""Live mode's Enroll now: a guided hand-off to Partner Center's sign-up page.

Microsoft has no enrollment API for indirect resellers: Enroll now opens the official sign-up page in the
browser and shows every value in the order the portal asks for it, each with Copy (ticked once copied);
"I have submitted it" records the submission and moves the case on. The later web-only acts (admin agent,
the Microsoft Partner Agreement, a provider) are linked below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.services.handoff import SIGN_UP_URL, Handoff, target_url
from wizard.ui.browser import open_in_browser
from wizard.ui.formatting import local_time
from wizard.ui.messages import country_name, error_text, text
from wizard.ui.pages.enroll import EnrollPage, _clear
from wizard.ui.tasks import run_task
from wizard.ui.widgets import action_button, button_row, plain_label, set_tone, tab_chain

TICK = "✓"


class HandoffPage(EnrollPage):
    key = "enroll"
    variant = "live"

    def _build(self) -> None:
        super()._build()
        self.handoff = Handoff(self.session)
        self.copied: set[str] = set()
        self.ticks: dict[str, QLabel] = {}
        self.panel = QGroupBox()  # its title and words: _say_where (the sign-up, or the account settings)
        self.panel.setObjectName("handoff_panel")
        panel_layout = QVBoxLayout(self.panel)
        self.panel_intro = plain_label()
        self.values_box = QWidget()
        self.values_layout = QVBoxLayout(self.values_box)
        self.values_layout.setContentsMargins(0, 0, 0, 0)
        self.reopen_button = action_button("", "handoff_open", self._open_sign_up)
        self.submitted_button = action_button("", "handoff_submitted", self._submitted)
        self.confirm_box = self._build_confirm()
        self.acts = QGroupBox(self.tr("Later, on the web"))
        self.acts.setObjectName("web_acts")
        self.acts_layout = QVBoxLayout(self.acts)
        panel_layout.addWidget(self.panel_intro)
        panel_layout.addWidget(self.values_box)
        panel_layout.addLayout(button_row(self.reopen_button, self.submitted_button))
        panel_layout.addWidget(self.confirm_box)
        content = QWidget()  # the review, then the hand-off, in the page's one scroll area
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.scroll.takeWidget())
        content_layout.addWidget(self.panel)
        content_layout.addWidget(self.acts)
        self.scroll.setWidget(content)
        self.panel.hide()
        self._say_where()
        self._acts_shown: tuple[tuple[str, str], ...] = ()
        self._fill_acts()

    def _build_confirm(self) -> QWidget:
        """"I have submitted it" can't be taken back (the answers become a read-only record): asked once more,
        on the page, not in a modal box."""
        box = QWidget()
        box.setObjectName("handoff_confirm_box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_question = question = plain_label()  # its words: _say_where
        set_tone(question, "warning")
        yes = action_button(self.tr("&Yes, record it"), "handoff_confirm", self._confirmed)
        not_yet = action_button(self.tr("&Cancel"), "handoff_not_yet", self._not_yet)
        layout.addWidget(question)
        layout.addLayout(button_row(yes, not_yet))
        box.hide()
        return box

    # ----- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        self._say_where()
        submitted = self.session.submitted
        if submitted or self.panel.isVisible():
            self._show_panel()
        self.submitted_button.setEnabled(not submitted and not self.busy and not self._incomplete())
        if submitted:
            self.confirm_box.hide()
        self._fill_acts()  # the Partner Agreement's region follows the case's country

    def _say_where(self) -> None:
        """A company already enrolled in CSP gives only its support details, in its account settings: never
        the new-reseller sign-up."""
        if self.session.already_enrolled:
            self.setSubTitle(self.tr(
                "Check your customer support details, then select Open Partner Center: it opens in your browser, "
                "and the wizard lists each value to give in its account settings."))
            self.enroll_button.setText(self.tr("&Open Partner Center"))
            self.panel.setTitle(self.tr("In Partner Center's account settings"))
            self.panel_intro.setText(self.tr(
                "Your company is already enrolled in CSP: only your customer support details are needed. Sign in "
                "to Partner Center as a global admin, go to Settings (the gear icon) > Account settings > "
                "Organization profile, and give these values in its support section."))
            self.reopen_button.setText(self.tr("&Open Partner Center again"))
            self.submitted_button.setText(self.tr("I have saved the&m"))
            self.confirm_question.setText(self.tr(
                "Did Partner Center save your customer support details? Once recorded, your answers here become "
                "a read-only record and your reseller account is ready."))
        else:
            self.setSubTitle(self.tr(
                "Check your answers, then select Enroll now: Partner Center's sign-up page opens in your browser, "
                "and the wizard lists each value to give there, in order."))
            self.enroll_button.setText(self.tr("&Enroll now"))
            self.panel.setTitle(self.tr("On Partner Center's sign-up page"))
            self.panel_intro.setText(self.tr(
                "Microsoft takes enrollments only on its own page. Sign in there as a global admin, then give these "
                "values in this order: select Copy, paste it into the portal's field, and go on to the next one."))
            self.reopen_button.setText(self.tr("&Open the sign-up page again"))
            self.submitted_button.setText(self.tr("I have sub&mitted it"))
            self.confirm_question.setText(self.tr(
                "Did Partner Center accept your enrollment? Once recorded, your answers here become a read-only "
                "record and the wizard follows the review."))

    def _submitted_text(self) -> str:
        from wizard.domain.times import parse_utc
        from wizard.services.handoff import SUBMITTED_AT

        stamp = self.session.value(SUBMITTED_AT)
        try:
            when = local_time(parse_utc(stamp)) if stamp else ""
        except ValueError:
            when = stamp
        if self.session.already_enrolled:
            return self.tr("You saved your customer support details on Partner Center ({time}). Your reseller "
                           "account is ready: select Next.").format(time=when)
        return self.tr(
            "You submitted your enrollment on Partner Center ({time}). Microsoft emails your primary contact, "
            "{email}, to verify that they signed up and that the address belongs to your company; the review "
            "can take several days. Select Next to record its progress."
        ).format(time=when, email=self.session.value("contact_email"))

    def _show_panel(self) -> None:
        self._fill_values()
        self.panel.show()

    def _fill_values(self) -> None:
        _clear(self.values_layout)
        self.ticks = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        for section in self.handoff.sections():
            group = QGroupBox(text(section.title))
            grid = QGridLayout(group)
            for row, value in enumerate(section.values):
                caption = QLabel(text(value.label) + ":")
                caption.setWordWrap(True)
                pasted = _as_pasted(value.key, value.value)
                shown = plain_label(pasted)  # user input: literal text
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                copy = QPushButton(self.tr("Copy"))
                copy.setObjectName(f"copy_{value.key}")
                copy.setAccessibleName(self.tr("Copy {label}").format(label=text(value.label)))
                copy.clicked.connect(lambda _checked=False, key=value.key, pasted=pasted: self._copy(key, pasted))
                tick = QLabel(TICK if value.key in self.copied else "")
                tick.setObjectName(f"copied_{value.key}")
                tick.setAccessibleName(self.tr("Copied") if value.key in self.copied else "")
                tick.setMinimumWidth(tick.fontMetrics().horizontalAdvance(TICK) + 4)
                grid.addWidget(caption, row, 0)
                grid.addWidget(shown, row, 1)
                grid.addWidget(copy, row, 2)
                grid.addWidget(tick, row, 3)
                grid.setColumnStretch(1, 1)
                self.ticks[value.key] = tick
                self.copy_buttons[value.key] = copy
            self.values_layout.addWidget(group)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab in reading order: the values in the portal's order, the panel's buttons, the later acts, then
        Enroll now below them (widgets made after the page join the focus chain's end)."""
        confirm = self.confirm_box.findChildren(QPushButton)
        acts = self.acts.findChildren(QPushButton)
        tab_chain(*getattr(self, "copy_buttons", {}).values(), self.reopen_button, self.submitted_button, *confirm,
                  *acts, self.enroll_button)

    def _fill_acts(self) -> None:
        acts = [act for act in self.handoff.web_acts() if act.key != "sign_up"]  # Enroll now opens the sign-up
        shown = tuple((act.key, text(act.how)) for act in acts)
        if shown == self._acts_shown:
            return
        self._acts_shown = shown
        _clear(self.acts_layout)
        for act in acts:
            row = QWidget()
            layout = QVBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(f"<b>{_escape(text(act.title))}</b>")
            title.setTextFormat(Qt.TextFormat.RichText)  # our own text, escaped
            layout.addWidget(title)
            layout.addWidget(plain_label(text(act.how)))
            button = action_button(self.tr("Open the page"), f"act_{act.key}", lambda _c=False, url=act.url: open_in_browser(url))
            button.setAccessibleName(self.tr("Open the page: {title}").format(title=text(act.title)))
            button.setToolTip(act.url)
            layout.addLayout(button_row(button))
            self.acts_layout.addWidget(row)
        self._order_tabs()

    def _copy(self, key: str, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.copied.add(key)
        tick = self.ticks.get(key)
        if tick is not None:
            tick.setText(TICK)
            tick.setAccessibleName(self.tr("Copied"))
        set_tone(self.result)
        self.result.setText(self.tr("Copied. Paste it into the portal's field."))

    # ----- Enroll now: the hand-off --------------------------------------------------------------
    def _enroll(self) -> None:
        if self.busy or self.session.submitted or self._incomplete():
            return
        self._open_sign_up()
        self._show_panel()
        self.submitted_button.setEnabled(True)
        self.scroll.ensureWidgetVisible(self.panel)
        first = next(iter(self.copy_buttons.values()), None)
        (first or self.submitted_button).setFocus()

    def _open_sign_up(self) -> None:
        url = target_url(self.session.already_enrolled)
        set_tone(self.result)
        if open_in_browser(url):
            self.result.setText(self.tr("Partner Center is open in your browser.") if url != SIGN_UP_URL
                                else self.tr("Partner Center's sign-up page is open in your browser."))
            run_task(lambda: self.handoff.record_opened(url), lambda _none: None, lambda _error: None)
        else:
            set_tone(self.result, "error")
            self.result.setText(self.tr("No browser could be opened. Go to {url} to enroll.").format(url=url))

    def _submitted(self) -> None:
        """Asks to confirm first (see _build_confirm)."""
        if self.busy or self.session.submitted:
            return
        self.confirm_box.show()
        yes = self.confirm_box.findChild(QPushButton, "handoff_confirm")
        yes.setFocus()
        # once the box is laid out (it was hidden): scrolled to before that, it stays below the view
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(yes))

    def _not_yet(self) -> None:
        self.confirm_box.hide()
        self.submitted_button.setFocus()

    def _confirmed(self) -> None:
        if self.busy or self.session.submitted:
            return
        self.confirm_box.hide()
        self.set_busy(True)
        self.submitted_button.setEnabled(False)
        self.busy_bar.show()
        run_task(self.handoff.record_submitted, self._done, self._failed)

    def _failed(self, error: Exception) -> None:
        super()._failed(error)
        self.result.setText(error_text(error))


def _as_pasted(key: str, value: str) -> str:
    """What goes into the portal's field: the country/region by its name in the UI's language (the portal
    lists names, not ISO codes), every other value as the case has it."""
    return country_name(value) if key == "country" else value


def _escape(value: str) -> str:
    from html import escape

    return escape(value)
