"""Recovery files: values that could not be saved (the disk was full, the file read-only) are written to
a JSON file on quit, and offered back (Restore, Later, Discard) when their case is opened again."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.app.contracts import Instance

log = logging.getLogger(__name__)


def listed(values: dict[str, str]) -> str:
    """Field values as the message boxes list them: one "• key: value" line each, values cut at 80 characters."""
    return "\n".join(f"• {key}: {value[:80]}" for key, value in sorted(values.items()))


class Recovery:
    """Finds, offers, restores and writes the recovery files of the instance's case."""

    def __init__(self, instance: "Instance") -> None:
        self.instance = instance

    def folders(self) -> list[Path]:
        """Where recovery files go, in order (the log folder first: the database's folder may be the
        problem), and where the next start looks for them."""
        import tempfile

        settings = self.instance.settings
        folders = [settings.log_dir, Path(tempfile.gettempdir())]
        if isinstance(settings.database, Path):
            folders.insert(1, settings.database.parent)
        return folders

    def of_case(self, case_id: int) -> list:
        """The case's recovery files, newest first (file reads: call it on a worker)."""
        from wizard.store.files import find_recoveries

        return find_recoveries(self.folders(), self.instance.settings.database, case_id)

    def look_for(self, case_id: int) -> None:
        """Offer the recovery files of a case opened from the list, as a start does for its case (found
        on a worker: the folders include the temp folder, which may hold many files)."""
        def offer(found: list) -> None:
            if found and self.instance.session.case_id == case_id:  # still the case shown
                self.offer(found[0])

        run_task(lambda: self.of_case(case_id), offer,
                 lambda error: log.warning("looking for recovery files failed: %s", type(error).__name__))

    def offer(self, recovery: Any) -> None:
        """Values that could not be saved last time (the disk was full, the file read-only) and were kept
        in a recovery file: put them back into the case, keep the file for later, or discard it."""
        from datetime import datetime

        from wizard.domain.fields import FIELD_KEYS
        from wizard.store.files import set_aside
        from wizard.ui.formatting import local_time

        known = {key: value for key, value in recovery.values.items() if key in FIELD_KEYS}  # a hand-edited file
        if not known:  # may hold anything
            return
        lines = listed(known)
        try:
            saved = local_time(datetime.fromisoformat(recovery.saved_at))
        except ValueError:
            saved = recovery.saved_at
        text = QCoreApplication.translate("AppInstance",
            "These values of this case could not be saved on {time} and were kept in {file}:\n\n{lines}\n\n"
            "Restore them into the case (they replace what it holds now), keep the file for later, or "
            "discard it (it is kept as discarded-… in the same folder)."
        ).format(time=saved, file=recovery.path, lines=lines)
        self.instance.window.show_error(
            QCoreApplication.translate("AppInstance", "Unsaved values from an earlier session"), text, {
                QCoreApplication.translate("AppInstance", "&Restore"): lambda: self._restore(recovery),
                QCoreApplication.translate("AppInstance", "&Later"): lambda: None,
                QCoreApplication.translate("AppInstance", "&Discard"): lambda: set_aside(recovery, "discarded"),
            }, critical=False)

    def _restore(self, recovery: Any) -> None:
        """Put a recovery file's values back (those of steps still editable), save them, set the file aside."""
        from wizard.domain.fields import FIELD_KEYS
        from wizard.domain.steps import step_of_field
        from wizard.store.files import set_aside

        session, window = self.instance.session, self.instance.window
        restored = {key: value for key, value in recovery.values.items()
                    if key in FIELD_KEYS and not session.locked(step_of_field(key))}
        session.set_values(restored)
        window.reload()
        window.autosave.flush()
        set_aside(recovery, "restored")
        skipped = len(recovery.values) - len(restored)
        window.show_notice(self.instance.restored_notice(len(restored), skipped, recovery.path.name))

    def write(self) -> None:
        """Keep unsaved values in a JSON file (log folder first: the database's folder may be the problem)."""
        from wizard.store.files import write_recovery

        session = self.instance.session
        unsaved = session.unsaved_values()
        if not unsaved:
            return
        path = write_recovery(unsaved, self.folders(), case_id=session.case_id,
                              database=self.instance.settings.database)
        if path is None:
            log.error("unsaved values of case %s could not be written anywhere: %s", session.case_id,
                      ", ".join(sorted(unsaved)))
        else:
            log.warning("unsaved values of case %s were written to %s", session.case_id, path)
