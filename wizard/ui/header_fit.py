"""QWizard's header kept as tall as its word-wrapped text needs at any width (a long Spanish subtitle kept
its last line only by luck): found when the first page shows, then watched."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget, QWizard


class _HeaderFit(QObject):
    """Keeps QWizard's header (title and word-wrapped subtitle) as tall as its text needs at its width:
    QWizard sizes it for one width only, so a long (Spanish) subtitle would lose its last line.

    QWizard hides and shows the header's labels on every page change (about ten watched events a switch),
    mostly with nothing changed: a fit is only worked out again when what it depends on (sizes, texts,
    visibility, height limits) differs from the last fit, and the labels' text heights are remembered
    per text and width until a font or style changes."""

    WATCHED = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.StyleChange, QEvent.Type.FontChange,
               QEvent.Type.Show, QEvent.Type.PolishRequest)
    RESTYLED = (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.PolishRequest)

    _again_pending = False

    def __init__(self, header: QWidget, labels: list[QLabel]) -> None:
        super().__init__(header)
        self._labels = labels  # QWizard's own, made once with the header
        self._fitted: tuple | None = None  # the inputs of the last fit
        self._heights: dict[tuple[int, str, int], int] = {}  # (label, text, width) -> heightForWidth

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self.WATCHED and isinstance(watched, QWidget):
            if kind in self.RESTYLED:
                self._fitted = None
                self._heights.clear()
            header = watched if watched.layout() is not None else watched.parentWidget()  # or one of its labels
            if header is not None and header.layout() is not None:
                self._fit(header)
                if not self._again_pending:
                    # Once more after the layouts settle: a resize seen mid-layout can still carry a label's
                    # old width, and fitting to it would keep a line too few.
                    self._again_pending = True
                    QTimer.singleShot(0, header, lambda: self._fit_again(header))  # not after header is gone
        return False

    def _fit_again(self, header: QWidget) -> None:
        self._again_pending = False
        self._fit(header)

    def _inputs(self, header: QWidget) -> tuple:
        """Everything a fit depends on besides fonts and style (those reset the memory, see eventFilter)."""
        return (header.width(), header.height(), header.minimumHeight(), header.maximumHeight(),
                tuple((label.text(), label.width(), label.height(), label.isVisibleTo(header))
                      for label in self._labels))

    def _height_for_width(self, index: int, label: QLabel) -> int:
        key = (index, label.text(), label.width())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 64:  # a few texts per page and language: never more unless resized a lot
                self._heights.clear()
            height = self._heights[key] = label.heightForWidth(label.width())
        return height

    def _fit(self, header: QWidget) -> None:
        inputs = self._inputs(header)
        if inputs == self._fitted:
            return  # the same as at the last fit: it would come to the same height
        self._fitted = inputs
        layout = header.layout()
        needed = max(layout.totalHeightForWidth(header.width()) if layout.hasHeightForWidth() else 0,
                     self._from_labels(header, layout))
        if needed > 0 and (header.minimumHeight(), header.maximumHeight()) != (needed, needed):
            header.setFixedHeight(needed)  # QWizard fixes its height too, for the widest layout
        elif any(label.wordWrap() and label.text() and label.height() < self._height_for_width(index, label)
                 for index, label in enumerate(self._labels)):
            # The header kept its size but a label's text or font needs another line: the grid would keep
            # the old row heights (its bottom row stretches) until something resizes it, so lay it out now.
            layout.invalidate()
            layout.activate()

    def _from_labels(self, header: QWidget, layout) -> int:
        """Title and subtitle stacked at their widths, asked of the labels themselves: the layout's own
        height-for-width can lag a page change by an event."""
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0)
        heights = [self._height_for_width(index, label) if label.wordWrap() else label.sizeHint().height()
                   for index, label in enumerate(self._labels)
                   if label.text() and label.isVisibleTo(header)]
        if not heights:
            return 0
        return margins.top() + margins.bottom() + sum(heights) + spacing * (len(heights) - 1)


def fit_wizard_header(wizard: QWizard) -> None:
    """QWizard's header is private and made when the first page shows: the widget beside its buttons
    holding the title, subtitle and logo labels. Found then, and watched from then on."""

    direct = Qt.FindChildOption.FindDirectChildrenOnly

    def install(_page_id: int = -1) -> None:
        # The header is a grandchild of the wizard: looking only there keeps this cheap on every page
        # change (walking the whole tree wrapped ~300 widgets in Python objects each time).
        for parent in wizard.findChildren(QWidget, options=direct):
            for child in parent.findChildren(QWidget, options=direct):
                labels = child.findChildren(QLabel, options=direct)
                if child.layout() is None or len(labels) != 3:
                    continue
                if not child.property("fits_text"):
                    child.setProperty("fits_text", True)
                    fitter = _HeaderFit(child, labels)
                    for watched in (child, *labels):  # a label's new text or style changes the height too
                        watched.installEventFilter(fitter)
                    child.updateGeometry()
                wizard.currentIdChanged.disconnect(install)  # found: QWizard keeps this header for good
                return

    wizard.currentIdChanged.connect(install)
    install()
