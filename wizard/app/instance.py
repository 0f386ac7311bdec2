"""The composition root's instance: one open database, its lock, its session and its window.

Settings, store, vault, backend, session and window are wired here and only here; the work is done by
the parts this module joins (start-up, cases, recovery, closing, file actions, the View menu's choices,
the language switch), each given the instance it serves (wizard.app.contracts.Instance)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QLockFile, QObject, Signal

from wizard.app.contracts import AlreadyRunning, Services
from wizard.app.startup import Startup, default_vault, initial_session, make_backend
from wizard.services.case_session import CaseSession
from wizard.settings import Settings
from wizard.ui.main_window import MainWindow

if TYPE_CHECKING:
    from wizard.app.cases import Cases
    from wizard.app.closing import Closing
    from wizard.app.file_actions import FileActions
    from wizard.app.recovery import Recovery
    from wizard.backends.base import PartnerCenter
    from wizard.secrets import Vault

log = logging.getLogger(__name__)


class AppInstance(QObject):
    """One open database: its lock, its session and its window."""

    ready = Signal()
    failed = Signal(str)
    vault_degraded = Signal(str)  # the keyring stopped working: its notice

    def __init__(
        self,
        settings: Settings,
        vault_factory: Callable[[], "Vault"] = default_vault,
        backend_factory: Callable[[Settings], "PartnerCenter"] = make_backend,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.services: Services | None = None
        self.lock: QLockFile | None = None
        self.startup_error: Exception | None = None  # why the store could not be opened (a box shows it)
        if isinstance(settings.database, Path):
            try:
                settings.database.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:  # the store says so in the window, with Try again
                log.warning("cannot create the database folder: %s", error)
            self.lock = QLockFile(str(settings.database) + ".lock")
            self.lock.setStaleLockTime(0)  # a crashed instance's lock is stale as soon as its process is gone
        # A team database (URL) is shared on purpose: no file lock; optimistic locking guards each case.
        self.take_lock()
        self.relationships_window = None
        self.case_list_window = None
        self.pending_relationships: str | None = None
        # The parts not needed for the first paint are made (and imported) when first used.
        self._recovery: Recovery | None = None
        self._cases: Cases | None = None
        self._closing: Closing | None = None
        self._file_actions: FileActions | None = None
        self.startup = Startup(self, lambda: self.recovery, vault_factory, backend_factory)
        self.session = initial_session(settings)
        # Only the page shown first is built before the first paint; the others right after it (start).
        self.window = self.make_window(self.session, lazy_pages=True)
        self.window.relationships_action.setEnabled(False)
        self.vault_degraded.connect(self.show_vault_notice)

    @property
    def recovery(self) -> "Recovery":
        if self._recovery is None:
            from wizard.app.recovery import Recovery

            self._recovery = Recovery(self)
        return self._recovery

    @property
    def cases(self) -> "Cases":
        if self._cases is None:
            from wizard.app.cases import Cases

            self._cases = Cases(self, self.recovery)
        return self._cases

    @property
    def closing(self) -> "Closing":
        if self._closing is None:
            from wizard.app.closing import Closing

            self._closing = Closing(self, self.recovery)
        return self._closing

    @property
    def file_actions(self) -> "FileActions":
        if self._file_actions is None:
            from wizard.app.file_actions import FileActions

            self._file_actions = FileActions(self)
        return self._file_actions

    def take_lock(self) -> None:
        """One instance per database file. A folder where no lock file can be made (read-only) is not
        "already open": the store then reports what is wrong, and Try again takes the lock."""
        if self.lock is None or self.lock.isLocked() or self.lock.tryLock(100):
            return
        if self.lock.error() == QLockFile.LockError.LockFailedError:
            from wizard.domain.texts import QT_TRANSLATE_NOOP

            raise AlreadyRunning(QT_TRANSLATE_NOOP(
                "AppInstance",
                "The wizard is already open with this database ({database}). "
                "Switch to that window, or close it and try again.",
            ).format(database=str(self.settings.database)))
        log.warning("no lock file beside %s (%s): the folder is not writable", self.settings.database,
                    self.lock.error().name)

    def make_window(self, session: CaseSession, lazy_pages: bool = False) -> MainWindow:
        """A main window for one case, wired to this instance."""
        window = MainWindow(session, lazy_pages=lazy_pages)
        window.installEventFilter(self)  # closing with values that could not be saved asks first
        window.destroyed.connect(lambda: self._window_gone(window))
        window.wizard.resume(session.step)
        window.relationships_requested.connect(self.open_relationships)
        window.customers_changed.connect(lambda *args: self.cases.customers_changed(*args))
        window.case_list_requested.connect(self.show_case_list)
        window.new_case_requested.connect(self.new_case)
        window.file_chosen.connect(lambda *args: self.file_actions.handle(*args))
        window.staff_name_chosen.connect(self.set_staff_name)
        window.theme_chosen.connect(self.set_theme)
        window.language_chosen.connect(self.set_language)
        window.reload_requested.connect(self.open_case)
        return window

    def _window_gone(self, window: MainWindow) -> None:
        if window is getattr(self, "window", None):  # the user closed the app, not a case switch
            self.close()

    # ----- start-up (wizard.app.startup) ---------------------------------------------------------
    def show(self) -> None:
        """Show the window, then load the heavy parts once it has painted (they'd slow the first frame)."""
        self.startup.show()

    def start(self) -> None:
        self.startup.start()

    def retry(self) -> None:
        self.startup.retry()

    # ----- View menu (wizard.app.look, wizard.app.language_switch) -----------------------------------
    def set_staff_name(self, name: str) -> None:
        from wizard.app import look

        look.set_staff_name(self, name)

    def set_theme(self, choice: str) -> None:
        from wizard.app import look

        look.set_theme(self, choice)

    def set_language(self, code: str) -> None:
        """View → Language: every window again in `code` on the same page, nothing typed lost, and
        remembered for next time (see wizard.app.language_switch)."""
        from wizard.app.language_switch import switch_language

        switch_language(self, code)

    def show_vault_notice(self, notice: str) -> None:
        from wizard.app import look

        look.show_vault_notice(self, notice)

    def restored_notice(self, restored: int, skipped: int, file: str) -> str:
        """The notice after a recovery file was restored (wizard.app.recovery). Its counts are plural
        forms, which lupdate takes only from `tr`: so they are made here, in this class's context."""
        note = self.tr("%Ln value(s) restored from {file}.", "", restored).format(file=file)
        if skipped:
            note += " " + self.tr("%Ln could not be (unknown fields, or answers already sent).", "", skipped)
        return note

    # ----- several cases (wizard.app.cases) ------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Switch the window to another case of this database (from the case list or an import)."""
        self.cases.switch(case_id)

    def new_case(self) -> None:
        """A new, empty case, shown in the window (from the File menu or the case list)."""
        self.cases.switch(None)

    def show_case_list(self) -> None:
        self.cases.show_list()

    def open_relationships(self, invitation: str = "") -> None:
        self.cases.open_relationships(invitation)

    def open_link(self, url: str):
        return self.cases.open_link(url)

    # ----- never lose what was typed (wizard.app.closing) ---------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.closing.refuses(watched, event):
            return True
        return super().eventFilter(watched, event)

    def close(self) -> None:
        self.closing.close()
