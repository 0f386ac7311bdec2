"""Widgets taken off a window are held until the GUI thread deletes them (never freed by a collection on a
worker thread, which crashed a CI run), and are out of the window at once."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from wizard.ui import retire as retiring


def test_a_retired_widget_leaves_at_once_is_held_and_is_deleted_by_the_event_loop(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for index in range(3):
        button = QPushButton("Copy")
        button.setObjectName(f"copy_{index}")
        button.clicked.connect(lambda _checked=False, b=button: b.text())  # a cycle through its own signal
        layout.addWidget(button)
    for button in window.findChildren(QPushButton):
        retiring.retire(button)
    del button
    assert window.findChildren(QPushButton) == []  # gone from the window now
    assert len(retiring._RETIRED) == 3  # held, whatever the garbage collector does meanwhile
    collector = threading.Thread(target=gc.collect)  # a collection on a worker frees none of them
    collector.start()
    collector.join()
    assert len(retiring._RETIRED) == 3
    qtbot.waitUntil(lambda: not retiring._RETIRED)  # the event loop deleted them and let them go
