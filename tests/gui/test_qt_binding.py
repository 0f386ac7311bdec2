"""Guards against a broken Qt binding release.

PySide6-Essentials 6.12.0 drops a reference to None on every void Qt call (setText, update, timer
start...). On Python 3.11, where None is not immortal, the interpreter aborts with
"Fatal Python error: none_dealloc" after enough calls: minutes of typing or hours of status polling.
pyproject.toml excludes that release; this test fails (without crashing the run) on any release
that brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_references(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(2_000):
        label.setText("x" if index % 2 else "y")
        label.update()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost over 4,000 void Qt calls"
    assert label.text() == "x"
