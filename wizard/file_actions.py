"""File menu actions for support staff: export and import a case, save answers, print a summary.

App layer (beside app.py): it joins the main window's file choices to the Qt-free services and
shows results and conflicts in non-modal boxes, so nothing blocks the event loop."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.app import AppInstance

log = logging.getLogger(__name__)


class FileActions:
    def __init__(self, instance: "AppInstance") -> None:
        self.instance = instance
        self.box: QMessageBox | None = None

    @property
    def window(self):
        return self.instance.window

    def handle(self, what: str, path: str) -> None:
        services = self.instance.services
        if services is None:
            self.window.show_notice(QCoreApplication.translate("FileActions", "Still starting: try again in a moment."))
            return
        self.instance.session.flush()
        handler = {"export": self._export, "import": self._import, "answers": self._answers, "summary": self._summary}
        handler[what](Path(path))

    # ----- export / answers / summary -----------------------------------------------------------
    def _export(self, path: Path) -> None:
        from wizard.services.handover import export_case

        store, case_id = self.instance.services.store, self.instance.session.case_id
        run_task(lambda: export_case(store, case_id, path),
                 lambda _packet: self.window.show_notice(QCoreApplication.translate("FileActions", "Case exported to {path}.").format(path=path)),
                 self._failed)

    def _answers(self, path: Path) -> None:
        from wizard.services.answers import save_answers

        fields = dict(self.instance.session.values)
        run_task(lambda: save_answers(fields, path),
                 lambda _values: self.window.show_notice(QCoreApplication.translate("FileActions", "Answers saved to {path}.").format(path=path)),
                 self._failed)

    def _summary(self, path: Path) -> None:
        """Qt paints the PDF, so it is made on the GUI thread (a few hundred milliseconds)."""
        from wizard.services.summary import summary_of
        from wizard.ui.summary_pdf import write_summary_pdf

        try:
            write_summary_pdf(summary_of(self.instance.services.store, self.instance.session.case_id), path)
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

        run_task(work, self._imported, lambda error: self._import_failed(error, path))

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
