"""Review everything, list what is still incomplete with a way back, then Enroll now (the commit point)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.domain import fields as model
from wizard.domain import flow
from wizard.services import case_session as cs
from wizard.ui.messages import country_name, problem_text, step_title
from wizard.ui.pages.base import StepPage
from wizard.ui.retire import retire
from wizard.ui.tasks import run_task
from wizard.ui.widgets import (
    action_button,
    align_labels,
    busy_bar,
    page_scroll,
    plain_label,
    set_tone,
    show_error,
    tab_chain,
)


class EnrollPage(StepPage):
    go_to_step = Signal(str)
    enrolled = Signal(object)

    key = "enroll"

    def _build(self) -> None:
        self.setSubTitle(self.tr("Check your answers, then select Enroll now."))
        self.review = QWidget()
        self.review.setObjectName("review")
        self.review_layout = QVBoxLayout(self.review)
        self.review_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = scroll = page_scroll(self.review)  # nothing to type in the review: Tab goes to the buttons

        self.incomplete = QGroupBox(self.tr("Still to do before you can enroll"))
        self.incomplete.setObjectName("incomplete")
        self.incomplete_layout = QVBoxLayout(self.incomplete)

        self.enroll_button = action_button(self.tr("&Enroll now"), "enroll_now", self._enroll)
        self.busy_bar = busy_bar()
        self.result = plain_label()
        self.result.setObjectName("enroll_result")

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.incomplete)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.enroll_button)
        layout.addLayout(row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.result)

    # ----- state ----------------------------------------------------------------------------
    @property
    def resubmitting(self) -> bool:
        """Partner Center asked for more information: the corrected profile goes back from here."""
        return flow.resubmitting(self.session.case())

    def initializePage(self) -> None:
        super().initializePage()
        self.refresh()

    def refresh(self) -> None:
        self._fill_review()
        todo = self._incomplete()
        self._fill_incomplete(todo)
        open_for_submit = flow.submit_open(self.session.case())
        self.enroll_button.setText(self.tr("&Resubmit") if self.resubmitting else self.tr("&Enroll now"))
        self.enroll_button.setEnabled(not todo and open_for_submit and not self.busy)
        if self.resubmitting:
            self.result.setText(self.tr("Partner Center needs more information. Correct your legal business profile, then select Resubmit."))
        elif self.session.submitted:
            self.result.setText(self._submitted_text())
        self.completeChanged.emit()

    def _incomplete(self) -> list[tuple[str, list[str]]]:
        case = self.session.case()
        if not flow.submit_open(case):
            return []
        todo: list[tuple[str, list[str]]] = []
        if not case.signed_in:
            todo.append(("sign_in", [self.tr("Sign in with your work account as a global admin.")]))
        for step_key, problems in flow.incomplete_steps(case, self.problems()):
            if step_key == "sign_in" and todo:
                continue
            todo.append((step_key, [problem_text(p) for p in problems]))
        return todo

    def _fill_incomplete(self, todo: list[tuple[str, list[str]]]) -> None:
        _clear(self.incomplete_layout)
        self.incomplete.setVisible(bool(todo))
        buttons: list[QWidget] = []
        for step_key, messages in todo:
            row = QHBoxLayout()
            text = plain_label(f"{step_title(step_key)}: " + " ".join(messages[:3]))
            set_tone(text, "error")
            button = QPushButton(self.tr("Go to {step}").format(step=step_title(step_key)))
            button.setObjectName(f"goto_{step_key}")
            button.clicked.connect(lambda _checked=False, key=step_key: self.go_to_step.emit(key))
            button.setAccessibleDescription(text.text())  # a screen reader hears what is missing there
            row.addWidget(text, 1)
            row.addWidget(button)
            self.incomplete_layout.addLayout(row)
            buttons.append(button)
        if buttons:  # new buttons join the end of the focus chain: put them above Enroll now
            tab_chain(*buttons, self.enroll_button)

    def _fill_review(self) -> None:
        value = self.session.value
        sections = [
            (
                self.tr("Work account"),
                [
                    (self.tr("Work account"), value(model.WORK_ACCOUNT)),
                    (self.tr("Tenant"), value(cs.TENANT_DOMAIN)),
                    (self.tr("Country/region"), _country(value(model.TENANT_COUNTRY))),
                ],
            ),
            (
                self.tr("MPN profile"),
                [(self.tr("MPN ID"), value(model.MPN_ID)), (self.tr("Company"), value(cs.MPN_COMPANY))],
            ),
            (
                self.tr("Legal business profile"),
                [
                    (self.tr("Legal name"), value("legal_name")),
                    (
                        self.tr("Address"),
                        "\n".join(
                            part
                            for part in (
                                value("address_line1"),
                                value("address_line2"),
                                " ".join(p for p in (value("postal_code"), value("city"), value("state")) if p),
                                _country(value("country")),
                            )
                            if part
                        ),
                    ),
                ],
            ),
            (
                self.tr("Primary contact"),
                [
                    (self.tr("Name"), f"{value('contact_first_name')} {value('contact_last_name')}".strip()),
                    (self.tr("Email"), value("contact_email")),
                    (self.tr("Phone"), value("contact_phone")),
                ],
            ),
            (
                self.tr("Customer support"),
                [
                    (self.tr("Email"), value("support_email")),
                    (self.tr("Phone"), value("support_phone")),
                    (self.tr("Website"), value("support_website")),
                ],
            ),
        ]
        if self.session.already_enrolled:
            sections = [sections[0], sections[-1]]
        shape = [(title, [label for label, _text in rows]) for title, rows in sections]
        texts = [text or "—" for _title, rows in sections for _label, text in rows]
        if shape == getattr(self, "_review_shape", None):
            # The same sections and rows as last time: only the values change. Rebuilding ~30 labels
            # on every visit made this the slowest page to switch to.
            for shown, text in zip(self._review_values, texts, strict=True):
                shown.setText(text)
            return
        _clear(self.review_layout)
        labels = []
        self._review_values: list[QLabel] = []
        for title, rows in sections:
            group = QGroupBox(title)
            form = QFormLayout(group)
            for label, text in rows:
                shown = plain_label(text or "—")  # user input: always literal text
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption = QLabel(label + ":")
                labels.append(caption)
                form.addRow(caption, shown)
                self._review_values.append(shown)
            self.review_layout.addWidget(group)
        align_labels(labels)
        self.review_layout.addStretch(1)
        self._review_shape = shape

    def _submitted_text(self) -> str:
        if self.session.already_enrolled:
            return self.tr("Your customer support information was saved. Your reseller account is ready: select Next.")
        return self.tr(
            "Your enrollment was submitted. We've emailed your primary contact, {email}, to verify that "
            "they signed up for a Partner Center account and that this address belongs to your company. "
            "After they verify it, we continue reviewing your information; this can take several days. "
            "Status updates go to the primary contact."
        ).format(email=self.session.value("contact_email"))

    # ----- Enroll now -------------------------------------------------------------------------
    def _enroll(self) -> None:
        if self.busy or not flow.submit_open(self.session.case()) or self._incomplete():
            return
        self.set_busy(True)
        self.busy_bar.show()
        self.enroll_button.setEnabled(False)
        set_tone(self.result)
        self.result.setText(self.tr("Submitting your enrollment…"))
        if self.resubmitting:
            from wizard.services.account import AccountService

            run_task(AccountService(self.session).resubmit, self._done, self._failed)
        else:
            run_task(self.session.enroll, self._done, self._failed)

    def _done(self, receipt) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        self.refresh()
        self.enrolled.emit(receipt)

    def _failed(self, error: Exception) -> None:
        self.busy_bar.hide()
        self.set_busy(False)
        show_error(self.result, error)
        self.refresh()


def _clear(layout) -> None:
    """Empty `layout` now: its widgets leave the page at once (findChild and the Tab chain never see them
    again), and are deleted later, on the GUI thread."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            retire(widget)
        elif item.layout() is not None:
            _clear(item.layout())


def _country(code: str) -> str:
    from wizard.domain import regions

    return f"{country_name(code)} ({code})" if code and regions.is_country(code) else code
