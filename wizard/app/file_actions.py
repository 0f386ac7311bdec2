"""File menu actions for support staff: export and import a case, save answers, print a summary.

App layer (a part of wizard.app): it joins the main window's file choices to the Qt-free services and
shows results and conflicts in non-modal boxes, so nothing blocks the event loop. Every store and file
read or write runs on a worker (saving the case's last edits first); while one runs, its menu action is
disabled and choosing it again is ignored."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.app.contracts import Instance

log = logging.getLogger(__name__)


class FileActions:
    def __init__(self, instance: "Instance") -> None:
        self.instance = instance
        self.box: QMessageBox | None = None
        self.running: set[str] = set()  # the actions whose work is on a worker now

    @property
    def window(self):
        return self.instance.window

    def handle(self, what: str, path: str) -> None:
        services = self.instance.services
        if services is None:
            self.window.show_notice(QCoreApplication.translate("FileActions", "Still starting: try again in a moment."))
            return
        if what in self.running:  # chosen again before the last one finished
            return
        handler = {"export": self._export, "import": self._import, "answers": self._answers, "summary": self._summary}
        handler[what](Path(path))

    def _run(self, what: str, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None]) -> None:
        """`work` on a worker, after the case's last edits are saved (its packet, answers or summary then
        hold them); the menu action is disabled until it reports back."""
        session = self.instance.session

        def saved_then_work() -> Any:
            session.flush()
            return work()

        self._busy(what, True)
        run_task(saved_then_work, lambda result: (self._busy(what, False), done(result)),
                 lambda error: (self._busy(what, False), failed(error)))

    def _busy(self, what: str, on: bool) -> None:
        (self.running.add if on else self.running.discard)(what)
        try:
            self.window.case_actions[what].setEnabled(not on)
        except RuntimeError:  # the window is closing
            pass

    # ----- export / answers / summary -----------------------------------------------------------
    def _export(self, path: Path) -> None:
        from wizard.services.handover import export_case

        store, case_id = self.instance.services.store, self.instance.session.case_id
        self._run("export", lambda: export_case(store, case_id, path),
                  lambda _packet: self.window.show_notice(QCoreApplication.translate("FileActions", "Case exported to {path}.").format(path=path)),
                  self._failed)

    def _answers(self, path: Path) -> None:
        from wizard.services.answers import save_answers

        fields = dict(self.instance.session.values)
        self._run("answers", lambda: save_answers(fields, path),
                  lambda _values: self.window.show_notice(QCoreApplication.translate("FileActions", "Answers saved to {path}.").format(path=path)),
                  self._failed)

    def _summary(self, path: Path) -> None:
        """The case is read on a worker; Qt paints the PDF, so that part is made on the GUI thread."""
        from wizard.services.summary import summary_of

        store, case_id = self.instance.services.store, self.instance.session.case_id
        self._run("summary", lambda: summary_of(store, case_id), lambda summary: self._paint(summary, path),
                  self._failed)

    def _paint(self, summary: Any, path: Path) -> None:
        from wizard.ui.summary_pdf import write_summary_pdf

        try:
            write_summary_pdf(summary, path)
        except Exception as error:  # unwritable folder, full disk: say so, keep working
            self._failed(error)
            return
        self.window.show_notice(QCoreApplication.translate("FileActions", "Summary saved to {path}.").format(path=path))

    # ----- import -----------------------------------------------------------------------------
    def _import(self, path: Path, on_conflict: str = "ask") -> None:
        from wizard.services.handover import import_packet, read_packet

        store, actor = self.instance.services.store, self.instance.settings.actor

        def work():
            return import_packet(store, read_packet(path), on_conflict, actor)

        if "import" in self.running:  # the conflict box's buttons, clicked twice
            return
        self._run("import", work, self._imported, lambda error: self._import_failed(error, path))

    def _imported(self, result) -> None:
        self.window.show_notice(QCoreApplication.translate("FileActions", "Case imported ({mode}).").format(mode=result.mode))
        self.instance.open_case(result.case_id)

    def _import_failed(self, error: Exception, path: Path) -> None:
        from wizard.services.handover import ImportConflict

        if not isinstance(error, ImportConflict):
            self._failed(error)
            return
        lines = [f"• {key}: here “{here or '—'}”, in the packet “{there or '—'}”"
                 for key, (here, there) in list(error.differences.items())[:12]]
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("FileActions", "This case changed here"), "", parent=self.window)
        box.setObjectName("import_conflict")
        box.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the case's values
        box.setText(QCoreApplication.translate("FileActions", 
            "Case {case} was changed on this computer after the packet was made. Importing would replace:\n{lines}"
        ).format(case=error.case_id, lines="\n".join(lines)))
        overwrite = box.addButton(QCoreApplication.translate("FileActions", "&Replace with the packet"), QMessageBox.ButtonRole.DestructiveRole)
        copy = box.addButton(QCoreApplication.translate("FileActions", "Import as a &copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        overwrite.setObjectName("conflict_overwrite")
        copy.setObjectName("conflict_copy")
        overwrite.clicked.connect(lambda: self._import(path, "overwrite"))
        copy.clicked.connect(lambda: self._import(path, "copy"))
        self.box = box
        box.open()

    def _failed(self, error: Exception) -> None:
        from wizard.ui.messages import error_text

        text = error_text(error)
        problems = getattr(error, "problems", None)
        if problems:
            text += "\n" + "\n".join(f"• {p}" for p in problems[:20])
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("FileActions", "That didn't work"), text, parent=self.window)
        box.setObjectName("file_action_error")
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and keys from the file are shown literally
        self.box = box
        box.open()
