"""The support staff's start window: every case, searchable and sortable, with new, resume, archive, notes and audit."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wizard.ui.audit_view import AuditView
from wizard.ui.notes_dialog import NotesDialog
from wizard.ui.case_list_model import (
    COL_ARCHIVED,
    COL_COMPANY,
    COL_MODE,
    COL_MPN,
    COL_UPDATED,
    ROW_ARCHIVED,
    ROW_COMPANY,
    ROW_ID,
    CaseListModel,
)
from wizard.ui.tasks import debounce, run_task
from wizard.ui.widgets import MIN_SECONDARY, buddy_label

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 200


def _message(error: Exception) -> str:
    from wizard.ui.messages import error_text

    return error_text(error)


class CaseListWindow(QMainWindow):
    """Every case in a lazy table; double-click or Enter resumes. The store does the writes, `source` the reads
    (by default `store.case_list_source()`, which works for a SQLite file and a team database alike)."""

    resume_requested = Signal(int)
    new_requested = Signal()
    released = Signal()
    """Closed for good (its database source is released): whoever keeps the window must make a new one."""

    def __init__(self, store: Any, actor: str, source: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_list")
        self.setWindowTitle(self.tr("Cases — CSP onboarding"))
        self.store, self.actor = store, actor
        # the store picks the source: stdlib sqlite3 on a file, its own engine for a team database
        self.source = source if source is not None else store.case_list_source()
        self._own_source = source is None
        self._dialogs: dict[tuple[str, int], QWidget] = {}
        self._switching = False  # the app is saving and loading a case: New case and Resume wait
        self._archiving = False  # an archive (or unarchive) is being written on a worker
        self._closed = False  # closed for good: its source is released, late results are dropped

        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setPlaceholderText(self.tr("Search company, MPN ID, contact or owner"))
        self.search.setClearButtonEnabled(True)
        search_label = buddy_label(self.tr("&Search:"), self.search)
        self.show_archived = QCheckBox(self.tr("Show arc&hived"), self)
        self.show_archived.setObjectName("show_archived")

        self.model = CaseListModel(self.source, self)
        self.view = QTableView(self)
        self.view.setObjectName("cases_view")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_COMPANY, QHeaderView.ResizeMode.Stretch)
        self._size_columns(header)
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setColumnHidden(COL_ARCHIVED, True)
        header.moveSection(header.visualIndex(COL_MODE), COL_MPN)  # beside the company: a real case or a rehearsal

        self.new_case = self._button(self.tr("&New case"), "new_case")
        self.resume_case = self._button(self.tr("&Resume"), "resume_case")
        self.archive_case = self._button(self.tr("Ar&chive"), "archive_case")
        self.case_notes = self._button(self.tr("N&otes…"), "case_notes")
        self.case_audit = self._button(self.tr("A&udit trail…"), "case_audit")
        self.count = QLabel(self)
        self.count.setObjectName("case_count")

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for button in (self.new_case, self.resume_case, self.archive_case, self.case_notes, self.case_audit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.resize(1280, 700)
        self.setMinimumSize(*MIN_SECONDARY)
        # Escape hides the list (the app keeps it): the search typed is still there when it is reopened.
        # hide(), not close(): closeEvent releases the database source and the notes the app would reuse.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.hide)

        self._debounce = debounce(self, SEARCH_DELAY_MS, self.apply_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_search)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.view.doubleClicked.connect(lambda index: self._resume_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.resume_selected)
        self.new_case.clicked.connect(self.new_requested.emit)
        self.resume_case.clicked.connect(self.resume_selected)
        self.archive_case.clicked.connect(self.toggle_archived)
        self.case_notes.clicked.connect(self.open_notes)
        self.case_audit.clicked.connect(self.open_audit)
        self.model.total_changed.connect(self._show_total)
        self.model.load_failed.connect(lambda text: self.statusBar().showMessage(text))
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # -- reading ---------------------------------------------------------------------------------

    def selected_case(self) -> tuple[int, Any] | None:
        """(row, CaseRow) of the selected case, or None."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return row, self.model.row(row)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.search.text(), self.show_archived.isChecked())

    def _size_columns(self, header: QHeaderView) -> None:
        """Step and status titles, times and contacts fit; the company takes the rest of the width."""
        from wizard.domain import lifecycle, steps
        from wizard.ui.case_list_model import COL_CONTACT, COL_OWNER, COL_STATUS, COL_STEP
        from wizard.ui.messages import state_words, step_title

        metrics = self.view.fontMetrics()

        def title(column: int) -> str:  # the header as shown, with room for the sort arrow
            return f"{self.model.headerData(column, Qt.Orientation.Horizontal)} ▼"

        def widest(texts, cap: int = 190) -> int:  # long titles elide; their tooltips say it all
            return min(max(metrics.horizontalAdvance(text) for text in texts) + 24, cap)

        header.resizeSection(COL_MPN, widest([title(COL_MPN), "0000000000"]))
        header.resizeSection(COL_CONTACT, widest(["Lucía Fernández <lucia@contoso.es>"]))
        header.resizeSection(COL_STEP, widest([step_title(s.key, v) for s in steps.STEPS for v in ("sandbox", "live")]))
        header.resizeSection(COL_STATUS, widest([state_words(state).title for state in lifecycle.State]))
        header.resizeSection(COL_OWNER, widest([title(COL_OWNER), "support.agent.name"]))
        header.resizeSection(COL_UPDATED, widest([title(COL_UPDATED), "28/11/2026 23:59"]))
        header.resizeSection(COL_MODE, widest([title(COL_MODE), *map(self.model.mode_text, ("sandbox", "live"))]))

    def refresh(self) -> None:
        """Re-read the cases (after the app changed one), keeping the selection when the case is still listed."""
        current = self.selected_case()
        self.model.refresh()
        if current is not None:
            self.select_case(current[1][ROW_ID])

    def _archived_toggled(self, on: bool) -> None:
        self.view.setColumnHidden(COL_ARCHIVED, not on)
        self.apply_search()

    def _show_total(self, total: int) -> None:
        self.count.setText(self.tr("%Ln case(s)", "", total))

    def set_switching(self, on: bool) -> None:
        """The app is switching cases (on a worker): New case and Resume are disabled until it is done."""
        self._switching = on
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.selected_case()
        for button in (self.case_notes, self.case_audit):
            button.setEnabled(current is not None)
        self.resume_case.setEnabled(current is not None and not self._switching)
        self.archive_case.setEnabled(current is not None and not self._archiving)
        self.new_case.setEnabled(not self._switching)
        archived = current is not None and bool(current[1][ROW_ARCHIVED])
        self.archive_case.setText(self.tr("Unar&chive") if archived else self.tr("Ar&chive"))

    # -- actions -----------------------------------------------------------------------------------

    def _resume_row(self, row: int) -> None:
        if self._switching:  # a double-click or Enter while the last case is still loading
            return
        if 0 <= row < self.model.rowCount():
            self.resume_requested.emit(int(self.model.row(row)[ROW_ID]))

    def resume_selected(self) -> None:
        if self._switching:
            return
        current = self.selected_case()
        if current is None:
            index = self.view.currentIndex()
            if not index.isValid():
                return
            self._resume_row(index.row())
            return
        self.resume_requested.emit(int(current[1][ROW_ID]))

    def toggle_archived(self) -> None:
        """Archive (or bring back) the selected case, written on a worker; Archive is disabled meanwhile."""
        current = self.selected_case()
        if current is None or self._archiving:
            return
        case = current[1]
        case_id, archived, store, actor = case[ROW_ID], bool(case[ROW_ARCHIVED]), self.store, self.actor
        done = (self.tr("Brought %1 back from the archive.") if archived else self.tr("Archived %1.")).replace(
            "%1", case[ROW_COMPANY] or self.tr("case %1").replace("%1", str(case_id)))
        self._archiving = True
        self._update_buttons()
        run_task(lambda: store.archive_case(case_id, actor, archived=not archived),
                 lambda _none: self._archived(done), self._archive_failed)

    def _archived(self, done: str) -> None:
        if not isValid(self) or self._closed:
            return
        self._archiving = False
        self.statusBar().showMessage(done, 5000)
        self.refresh()
        self._update_buttons()

    def _archive_failed(self, error: Exception) -> None:
        if not isValid(self) or self._closed:
            return
        self._archiving = False
        self._update_buttons()
        self.statusBar().showMessage(_message(error))

    def _title(self, case: Any) -> str:
        return case[ROW_COMPANY] or self.tr("case %1").replace("%1", str(case[ROW_ID]))

    def _open(self, kind: str, make) -> QWidget | None:
        current = self.selected_case()
        if current is None:
            return None
        key = (kind, int(current[1][ROW_ID]))
        widget = self._dialogs.get(key)
        if widget is None:
            widget = make(current[1])
            widget.destroyed.connect(lambda *_: self._dialogs.pop(key, None))
            self._dialogs[key] = widget
        elif hasattr(widget, "refresh"):
            widget.refresh()
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def open_notes(self) -> NotesDialog | None:
        """The selected case's notes, in a non-modal dialog (one per case)."""
        def make(case: Any) -> NotesDialog:
            # Kept when closed (Escape included): a half-written note is still there when it is reopened.
            return NotesDialog(self.store, case[ROW_ID], self.actor, self._title(case), self)
        return self._open("notes", make)  # type: ignore[return-value]

    def open_audit(self) -> AuditView | None:
        """The selected case's audit trail, in its own window (one per case)."""
        def make(case: Any) -> AuditView:
            view = AuditView(self.store, case[ROW_ID], self, self._title(case))
            view.setWindowFlag(Qt.WindowType.Window, True)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            return view
        return self._open("audit", make)  # type: ignore[return-value]

    def closeEvent(self, event: Any) -> None:
        self._closed = True
        for widget in list(self._dialogs.values()):
            widget.close()
        self._debounce.stop()  # a search typed just before closing must not read the closed source
        if self._own_source:
            self.source.close()
        super().closeEvent(event)
        self.released.emit()

    def index_of(self, case_id: int) -> QModelIndex:
        row = self.model.row_of(case_id)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()
