"""The side panel: every step of the flow, the current one marked, exposed to screen readers."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wizard.domain import steps


def step_title(key: str, variant: str = "sandbox") -> str:
    """The step's title in the version the case shows, in the UI's language (marked in "Steps")."""
    return QCoreApplication.translate("Steps", steps.step(key).title_in(variant))


class StepPanel(QWidget):
    def __init__(self, flow: tuple[str, ...], variants: Mapping[str, str] | None = None) -> None:
        """`variants`: the version of each step the case shows (flow.variant; "sandbox" where missing)."""
        super().__init__()
        self.setObjectName("step_panel")
        self.flow: tuple[str, ...] = ()
        self.variants: dict[str, str] = {}
        self.current = ""
        self.done = False
        self.list = QListWidget()
        self.list.setObjectName("step_list")
        # Focusable, so a screen reader user can Tab here and hear every step and which one is current;
        # the wizard's buttons (not this list) move between pages.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setWordWrap(True)  # long step titles wrap instead of being clipped
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The panel's background shows through: the viewport doesn't fill its own. (Not a style sheet: that
        # puts every paint and item size of the list through Qt's style sheet style, on each page switch.)
        # Found by Qt's name for it: PySide's first viewport() call sets up ~65 enums (~10 ms of startup).
        viewport = self.list.findChild(QWidget, "qt_scrollarea_viewport") or self.list.viewport()
        viewport.setAutoFillBackground(False)
        self.list.setSpacing(5)  # not a style sheet padding: Qt's wrap width would not count it (clipped titles)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(230)
        self.retranslate()
        self.set_flow(flow, variants)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Enrollment"))
        self.list.setAccessibleName(self.tr("Enrollment steps"))
        self.setAccessibleName(self.tr("Enrollment steps"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.flow:
                self._rows_shown = [None] * len(self.flow)  # every title in the new language
                self._show()
        super().changeEvent(event)

    def set_flow(self, flow: tuple[str, ...], variants: Mapping[str, str] | None = None) -> None:
        self.flow = flow
        self.variants = dict(variants or {})
        self.list.clear()
        for key in flow:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self._rows_shown: list[tuple[bool, bool] | None] = [None] * len(flow)  # (finished, current) per row
        self._show()

    def _title(self, key: str) -> str:
        return step_title(key, self.variants.get(key, "sandbox"))

    def set_current(self, key: str, done: bool = False) -> None:
        """Bold and marked for the current step, a tick for those before it."""
        self.current, self.done = key, done
        self._show()

    def _show(self) -> None:
        """Only the rows whose state changed are set again: a page change moves the mark and a tick (2-3
        rows); setting every row again and laying the list out twice (see below) made each switch slower."""
        index = self.flow.index(self.current) if self.current in self.flow else -1
        total = len(self.flow)
        relaid = False
        for row in range(self.list.count()):
            finished = row < index or (self.done and row == index)
            if self._rows_shown[row] == (finished, row == index):
                continue  # shown so already: its texts would come out the same
            self._rows_shown[row] = (finished, row == index)
            item = self.list.item(row)
            step_key = item.data(Qt.ItemDataRole.UserRole)
            prefix = "✓ " if finished else ("▶ " if row == index else "   ")
            title = self._title(step_key)
            text = f"{prefix}{row + 1}. {title}"
            if item.text() != text:
                item.setText(text)
                relaid = True
            # What a screen reader says for the item: no symbols, the state in words.
            spoken = self._spoken(row + 1, total, title, finished, row == index)
            if item.data(Qt.ItemDataRole.AccessibleTextRole) != spoken:
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            font = item.font()
            if font.bold() != (row == index):
                font.setBold(row == index)
                item.setFont(font)
                relaid = True
        description = ""
        if index >= 0:
            description = self._spoken(index + 1, total, self._title(self.current), self.done, True)
        # Setting a description sends QAccessible's DescriptionChanged: readers learn the step changed.
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)
        if self.list.accessibleDescription() != description:
            self.list.setAccessibleDescription(description)
        if relaid:
            # New texts (ticks, bold, another language) may wrap onto another line. Laid out before the
            # current row moves: the move runs the view's pending item layout, and this would be a second.
            self.list.doItemsLayout()
        if index >= 0 and self.list.currentRow() != index:
            self.list.setCurrentRow(index)  # a reader landing on the list starts at the current step

    def _spoken(self, number: int, total: int, title: str, finished: bool, current: bool) -> str:
        if current:
            state = self.tr("current step, done") if finished else self.tr("current step")
        else:
            state = self.tr("done") if finished else self.tr("not done yet")
        return self.tr("Step {number} of {total}: {title}, {state}").format(
            number=number, total=total, title=title, state=state
        )

    def current_text(self) -> str:
        return self.accessibleDescription()
