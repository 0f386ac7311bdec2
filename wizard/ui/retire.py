"""Taking a widget off a window for good: it leaves at once (findChild and the Tab chain never see it
again) and is deleted later by the GUI thread's event loop.

Between the two it is held here. Once `setParent(None)` makes Python its owner, Python's garbage collector,
which may run on a worker thread, could otherwise free it there, and freeing a widget off the GUI thread
crashes the app (seen in a CI run: a collection on the hand-off's worker)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_RETIRED: set[QWidget] = set()


def retire(widget: QWidget) -> None:
    _RETIRED.add(widget)
    widget.destroyed.connect(lambda _obj=None, held=widget: _RETIRED.discard(held))
    widget.setParent(None)
    widget.deleteLater()
