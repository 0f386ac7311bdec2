"""The contract every wizard page follows: step key as objectName, values kept on Back, busy state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from wizard.services.case_session import CaseSession
from wizard.ui.autosave import Autosave
from wizard.ui.messages import step_title
from wizard.ui.widgets import FieldBox, action_button, button_row, page_scroll, plain_label

if TYPE_CHECKING:  # the domain model's ~20 dataclasses cost ~10 ms to import: not before the first paint
    from wizard.domain.model import Problem


class StepPage(QWizardPage):
    """A page's widgets are made by `_build`. With `lazy` they are made when first needed instead: when
    the page is shown (initializePage), when `ensure_built` is called (the app builds the pages not
    shown first right after the first paint), or when code reads a widget attribute or `boxes`.
    Each page class names its step in `key` (also its objectName)."""

    key: ClassVar[str]
    variant: ClassVar[str] = "sandbox"  # the version of the step it shows (flow.variant); live pages say "live"

    def __init__(self, session: CaseSession, autosave: Autosave, lazy: bool = False) -> None:
        super().__init__()
        key = self.key
        self.session = session
        self.autosave = autosave
        self._boxes: dict[str, FieldBox] = {}
        self._busy = False
        self._checked_answers: tuple | None = None  # the answers `_checked` was found for
        self._checked: dict[tuple[str, ...] | None, list[Problem]] = {}  # `only` -> the problems found
        self._built = False
        self._building = False
        self.setObjectName(key)
        self.setTitle(step_title(key, self.variant))
        if not lazy:
            self.ensure_built()

    def _build(self) -> None:
        """Make the page's widgets (subclasses)."""

    @property
    def built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        if self._built or self._building:
            return
        self._building = True
        try:
            self._build()
        finally:
            self._building = False
            self._built = True

    def __getattr__(self, name: str):
        """Only for attributes not found: a widget of a page not built yet builds the page first."""
        state = self.__dict__
        if name.startswith("__") or state.get("_built", True) or state.get("_building", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)

    @property
    def boxes(self) -> dict[str, FieldBox]:
        self.ensure_built()
        return self._boxes

    # QWizard resets fields on Back unless told otherwise; our values live in the session anyway.
    def cleanupPage(self) -> None:
        pass

    def isComplete(self) -> bool:
        """Next is enabled when the flow's gate for this step is open and no call is under way."""
        from wizard.domain import flow

        return not self.busy and flow.gate_open(self.session.case(), self.key)

    def initializePage(self) -> None:
        self.ensure_built()
        self.load()
        self.set_read_only(self.session.locked(self.key))

    def load(self) -> None:
        """Copy the session's values into the widgets (after resume, prefill or a new sign-in)."""
        for key, box in self.boxes.items():
            if isinstance(box.field, QLineEdit) and box.field.text() != self.session.value(key):
                box.field.setText(self.session.value(key))

    def record(self, key: str, value: str) -> None:
        self.session.set_value(key, value)
        self.autosave.schedule()

    def bind(self, key: str, edit: QLineEdit, on_edit: Callable[[str], None] | None = None) -> FieldBox:
        """Make `edit` the input of field `key`: objectName, saved value, autosave on every edit."""
        edit.setObjectName(key)
        edit.setText(self.session.value(key))
        edit.textEdited.connect(lambda text: self.record(key, text))
        if on_edit is not None:
            edit.textEdited.connect(on_edit)
        box = FieldBox(edit)
        self.boxes[key] = box
        return box

    def problems(self, only: Iterable[str] | None = None) -> list[Problem]:
        """The session's problems (of the fields `only`), found again only when the answers changed: the
        review and Next on a form check every field on each page switch, mostly with nothing edited."""
        wanted = None if only is None else tuple(only)
        answers = self._answers()
        if answers is None:
            return self.session.problems(only=wanted)
        if answers != self._checked_answers:
            self._checked_answers, self._checked = answers, {}
        found = self._checked.get(wanted)
        if found is None:
            found = self.session.problems(only=wanted)
            if self._answers() == answers:  # not changed meanwhile by a worker (sign-in, prefill)
                self._checked[wanted] = found
        return list(found)

    def _answers(self) -> tuple | None:
        """What session.problems depends on: every value (the rules read other fields, e.g. the country
        for a postal code) and the chosen MPN profile. None if a value can't be compared (not cached then)."""
        values = dict(self.session.values)  # one C-level copy: a worker thread may be setting values
        try:
            return frozenset(values.items()), self.session.chosen_profile()
        except TypeError:  # an unhashable value: only ever strings are stored, but never fail a check for it
            return None

    def show_problem(self, key: str, message: object | None) -> None:
        """`message`: a text, a domain Problem or an error (shown in the UI's language); None clears it."""
        if key in self.boxes:
            self.boxes[key].error.show_problem(message)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.completeChanged.emit()

    def set_read_only(self, read_only: bool) -> None:
        """After Enroll now the earlier answers are a record: shown, not editable."""
        self.ensure_built()
        for edit in self.findChildren(QLineEdit):  # asked of Qt: not every widget wrapped for isinstance
            edit.setReadOnly(read_only)


class OverviewStepPage(StepPage):
    """The last page of either mode (sandbox or live): final, nothing on it is a stored answer, and it has a
    group that opens the indirect providers and customers."""

    relationships_requested = Signal()

    def _relationships_group(self, title: str, intro: str, button_text: str) -> QGroupBox:
        """The group opening the relationships; its (already translated) texts come from the page."""
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(plain_label(intro))
        self.relationships_button = action_button(button_text, "open_relationships", self.relationships_requested.emit)
        layout.addLayout(button_row(self.relationships_button))
        return group

    def _lay_out(self, groups: list[QWidget]) -> QScrollArea:
        """The groups in a scrolling column, then the busy bar and the message (made by the page)."""
        content = QWidget()
        column = QVBoxLayout(content)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        scroll = page_scroll(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)
        return scroll

    def isFinalPage(self) -> bool:
        from wizard.domain import flow

        return flow.is_final(self.key)

    def set_read_only(self, read_only: bool) -> None:
        pass
