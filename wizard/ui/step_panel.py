"""The side panel: every step of the flow, the current one marked, exposed to screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wizard.domain import steps


class StepPanel(QWidget):
    def __init__(self, flow: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName("step_panel")
        self.list = QListWidget()
        self.list.setObjectName("step_list")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the wizard's buttons drive navigation
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setAccessibleName(self.tr("Enrollment steps"))
        self.list.setFrameShape(QListWidget.Shape.NoFrame)
        self.list.setWordWrap(True)  # long step titles wrap instead of being clipped
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setStyleSheet("QListWidget { background: transparent; } QListWidget::item { padding: 6px 4px; }")
        heading = QLabel(self.tr("Enrollment"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(230)
        self.set_flow(flow)

    def set_flow(self, flow: tuple[str, ...]) -> None:
        self.flow = flow
        self.list.clear()
        for number, key in enumerate(flow, start=1):
            item = QListWidgetItem(f"{number}. {steps.step(key).title}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)

    def set_current(self, key: str, done: bool = False) -> None:
        """Bold and marked for the current step, a tick for those before it."""
        index = self.flow.index(key) if key in self.flow else -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            step_key = item.data(Qt.ItemDataRole.UserRole)
            prefix = "✓ " if row < index or (done and row == index) else ("▶ " if row == index else "   ")
            item.setText(f"{prefix}{row + 1}. {steps.step(step_key).title}")
            font = QFont(item.font())
            font.setBold(row == index)
            item.setFont(font)
        self.setAccessibleDescription(
            self.tr("Step {number} of {total}: {title}").format(
                number=index + 1, total=len(self.flow), title=steps.step(key).title
            )
            if index >= 0
            else ""
        )

    def current_text(self) -> str:
        return self.accessibleDescription()
