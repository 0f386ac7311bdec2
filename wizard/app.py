"""Composition root: settings, store, vault, backend, session and window are wired here and only here.

Startup is ordered for a fast first paint: the window is built from a stdlib-sqlite3 read of the
saved case, and SQLAlchemy, Alembic, keyring and the sandbox load on a worker thread afterwards."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QLockFile, QObject, Signal

from wizard.services.case_session import CaseSession
from wizard.settings import Settings
from wizard.ui.main_window import MainWindow
from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.backends.base import PartnerCenter
    from wizard.secrets import Vault
    from wizard.store.repository import CaseRecord, Store

log = logging.getLogger(__name__)


class AlreadyRunning(Exception):
    """Another instance has this database open; one instance per database file keeps edits consistent."""


class _NotSaved(Exception):
    """Switching cases: this case's last edits could not be saved (`error` says why), so it stays open."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class Services:
    store: "Store"
    backend: "PartnerCenter"
    vault: "Vault"
    case: "CaseRecord"
    relationships: Any = None  # the local cache of providers and shared customers (RelationshipStore)
    known_case: bool = True  # the store's case is the one the window was built from (no reload needed)
    several_cases: bool = False  # more than one open case: support staff start from the case list
    recoveries: list = field(default_factory=list)  # recovery files of this case (wizard.store.files.Recovery)


def make_backend(settings: Settings) -> "PartnerCenter":
    from wizard.backends.sandbox import SandboxPartnerCenter
    from wizard.backends.scenario import demo_scenario_path, load_scenario

    scenario = load_scenario(settings.sandbox_scenario or demo_scenario_path())
    return SandboxPartnerCenter(scenario, settings.sandbox_state)


def default_vault() -> "Vault":
    from wizard.secrets import open_vault

    return open_vault()


def start_services(
    settings: Settings,
    vault_factory: Callable[[], "Vault"] = default_vault,
    backend_factory: Callable[[Settings], "PartnerCenter"] = make_backend,
) -> Services:
    """The heavy part of startup, run on a worker thread after the first paint."""
    from wizard.store.repository import Store

    from wizard.domain.freemail import load_lists

    load_lists()  # the free and throwaway mail lists: here, not on the GUI thread at the first check
    store = Store.open(settings.database)
    try:
        case = store.latest_case()
        if case is None:
            case = store.get_case(store.create_case(settings.actor))
        backend = backend_factory(settings)
        vault = vault_factory()
    except Exception:
        store.close()
        raise
    from wizard.store.relationships import RelationshipStore

    return Services(store, backend, vault, case, RelationshipStore(store))


def _listed(values: dict[str, str]) -> str:
    """Field values as the message boxes list them: one "• key: value" line each, values cut at 80 characters."""
    return "\n".join(f"• {key}: {value[:80]}" for key, value in sorted(values.items()))


def _sandbox_of(backend: "PartnerCenter"):
    """The backend if it is the embedded sandbox (outbox and clock: the Sandbox menu), else None."""
    from wizard.backends.sandbox_base import SandboxBase

    return backend if isinstance(backend, SandboxBase) else None


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
        self._vault_factory = vault_factory
        self._backend_factory = backend_factory
        self.services: Services | None = None
        self.lock: QLockFile | None = None
        self._startup_error: Exception | None = None  # why the store could not be opened (a box shows it)
        self._closing_anyway = False  # the user chose to quit although some values could not be saved
        self._switching = False  # a case is being saved and loaded on a worker (`_switch_case`)
        if isinstance(settings.database, Path):
            try:
                settings.database.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:  # the store says so in the window, with Try again
                log.warning("cannot create the database folder: %s", error)
            self.lock = QLockFile(str(settings.database) + ".lock")
            self.lock.setStaleLockTime(0)  # a crashed instance's lock is stale as soon as its process is gone
        # A team database (URL) is shared on purpose: no file lock; optimistic locking guards each case.
        self._take_lock()
        self.relationships_window = None
        self.case_list_window = None
        self._pending_relationships: str | None = None
        from wizard.file_actions import FileActions

        self.file_actions = FileActions(self)
        self.session = self._initial_session()
        # Only the page shown first is built before the first paint; the others right after it (start).
        self.window = self._make_window(self.session, lazy_pages=True)
        self.window.relationships_action.setEnabled(False)
        self.vault_degraded.connect(self._show_vault_notice)

    def _take_lock(self) -> None:
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

    def _make_window(self, session: CaseSession, lazy_pages: bool = False) -> MainWindow:
        """A main window for one case, wired to this instance."""
        window = MainWindow(session, lazy_pages=lazy_pages)
        window.installEventFilter(self)  # closing with values that could not be saved asks first
        window.destroyed.connect(lambda: self._window_gone(window))
        window.wizard.resume(session.step)
        window.relationships_requested.connect(self.open_relationships)
        window.customers_changed.connect(self._customers_changed)
        window.case_list_requested.connect(self.show_case_list)
        window.new_case_requested.connect(self.new_case)
        window.file_chosen.connect(self.file_actions.handle)
        window.staff_name_chosen.connect(self.set_staff_name)
        window.theme_chosen.connect(self.set_theme)
        window.language_chosen.connect(self.set_language)
        window.reload_requested.connect(self.open_case)
        return window

    def set_staff_name(self, name: str) -> None:
        """Record audit entries under this support agent's name from now on (remembered for next time)."""
        import dataclasses

        from wizard.settings import _actor, save_staff_name

        save_staff_name(name)
        actor = name.strip() or _actor()
        self.settings = dataclasses.replace(self.settings, actor=actor)
        self.session.actor = actor
        self.window.show_notice(self.tr("Audit entries are now recorded as {name}.").format(name=actor))

    def set_theme(self, choice: str) -> None:
        """View → Theme: repaint every window in the chosen theme now, and remember it for next time."""
        from wizard.settings import save_theme_preference
        from wizard.ui.theme import apply_theme

        apply_theme(choice)
        save_theme_preference(choice)
        self.window.show_theme(choice)

    def set_language(self, code: str) -> None:
        """View → Language: every window again in `code` on the same page, nothing typed lost, and
        remembered for next time (see wizard.language_switch)."""
        from wizard.language_switch import switch_language

        switch_language(self, code)

    def _window_gone(self, window: MainWindow) -> None:
        if window is getattr(self, "window", None):  # the user closed the app, not a case switch
            self.close()

    # ----- several cases (support staff) --------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Switch the window to another case of this database (from the case list or an import)."""
        self._switch_case(case_id)

    def new_case(self) -> None:
        """A new, empty case, shown in the window (from the File menu or the case list)."""
        self._switch_case(None)

    def _switch_case(self, case_id: int | None) -> None:
        """Save this case's last edits, make a new case (`case_id` None) or load `case_id`, all on a
        worker; the window switches once the case is loaded. One switch at a time: the actions that start
        one are disabled meanwhile, and a request made anyway (a double-click) is ignored."""
        if self.services is None or self._switching:
            return
        services, actor, current = self.services, self.settings.actor, self.session

        def work() -> CaseSession:
            from wizard.store.errors import StoreError

            try:
                self._flush_unless_conflict(current)
            except StoreError as error:  # disk full, read-only: stay on this case, its values still pending
                raise _NotSaved(error) from error
            store = services.store
            record = store.get_case(store.create_case(actor) if case_id is None else case_id)
            session = CaseSession(actor=actor, values=dict(record.fields), step=record.step,
                                  status=record.status, case_id=record.id)
            session.attach(store, services.backend, services.vault, record.id)
            store.add_audit(record.id, actor, "resumed", {})
            return session

        self._set_switching(True)
        run_task(work, self._case_loaded, self._case_not_loaded)

    def _set_switching(self, on: bool) -> None:
        """While a case is being saved and loaded, New case, Import and the case list's New and Resume
        are disabled (the list's buttons follow `_switching` when it is built meanwhile)."""
        self._switching = on
        try:
            for key in ("new", "import"):
                self.window.case_actions[key].setEnabled(not on)
        except RuntimeError:  # the window is closing
            pass
        if self.case_list_window is not None:
            self.case_list_window.set_switching(on)

    def _case_loaded(self, session: CaseSession) -> None:
        self._set_switching(False)
        if self.services is None:  # the app closed meanwhile
            return
        old, self.session = self.window, session
        old.autosave.flush()  # anything typed while the case loaded: written on the writer thread
        self.window = self._make_window(session)
        self.window.attach_services(_sandbox_of(self.services.backend), self._open_link)
        self.window.setGeometry(old.geometry())
        self.window.show()
        if self.relationships_window is not None:
            self.relationships_window.close()
            self.relationships_window = None
        old.hide()
        old.deleteLater()
        if self.case_list_window is not None:
            self.case_list_window.refresh()
        self._look_for_recoveries(session.case_id)

    def _case_not_loaded(self, error: Exception) -> None:
        from wizard.ui.messages import error_text

        self._set_switching(False)
        if self.services is None:  # the app closed meanwhile
            return
        if isinstance(error, _NotSaved):
            self.window.show_notice(self.tr("This case's last changes could not be saved, so it stays open: "
                                            "{reason}").format(reason=error_text(error.error)))
            return
        log.warning("the case could not be opened: %s", type(error).__name__)
        self.window.show_notice(error_text(error))

    def _look_for_recoveries(self, case_id: int) -> None:
        """Offer the recovery files of a case opened from the list, as a start does for its case (found
        on a worker: the folders include the temp folder, which may hold many files)."""
        def offer(found: list) -> None:
            if found and self.session.case_id == case_id:  # still the case shown
                self._offer_recovery(found[0])

        run_task(lambda: self._recoveries_of(case_id), offer,
                 lambda error: log.warning("looking for recovery files failed: %s", type(error).__name__))

    def _flush_unless_conflict(self, session: CaseSession | None = None) -> None:
        """Save pending edits, except those a colleague's newer save refused (already shown to the user)."""
        from wizard.store.errors import StoreConflict

        session = session or self.session
        try:
            session.flush()
        except StoreConflict as error:
            log.warning("unsaved edits dropped after a conflict on case %s: %s", session.case_id,
                        ", ".join(sorted(session.unsaved_values())))
            del error

    def show_case_list(self) -> None:
        """Every case of the database, searchable, for support staff who run many enrollments."""
        if self.services is None:
            return
        if self.case_list_window is None:
            from wizard.ui.case_list import CaseListWindow

            window = CaseListWindow(self.services.store, self.settings.actor)
            window.resume_requested.connect(self.open_case)
            window.new_requested.connect(self.new_case)
            window.released.connect(lambda: self._case_list_released(window))
            window.set_switching(self._switching)
            self.case_list_window = window
        self.case_list_window.refresh()
        self.case_list_window.show()
        self.case_list_window.raise_()

    def _case_list_released(self, window: Any) -> None:
        """Closed with its close button: the next File → Case list builds a fresh one on the open store."""
        if self.case_list_window is window:
            self.case_list_window = None
            window.deleteLater()

    def _initial_session(self) -> CaseSession:
        from wizard.store.quick import read_resume_state

        if not isinstance(self.settings.database, Path):
            return CaseSession(actor=self.settings.actor)  # a team database: no stdlib fast path
        state = read_resume_state(self.settings.database)
        if state is None:
            return CaseSession(actor=self.settings.actor)
        return CaseSession(
            actor=self.settings.actor,
            values=dict(state.fields),
            step=state.step,
            status=state.status,
            case_id=state.case_id,
        )

    def show(self) -> None:
        """Show the window, then load the heavy parts once it has painted (they'd slow the first frame)."""
        from wizard.ui.first_paint import after_first_paint

        after_first_paint(self.window.wizard.currentPage(), self.start)
        self.window.show()

    def start(self) -> None:
        session = self.session
        run_task(lambda: self._start_services(session), self._services_ready, self._services_failed)
        # The pages not shown first, built while the worker opens the store: all are there before
        # `_services_ready` runs (queued to this thread, after this returns).
        self.window.wizard.build_pages()

    def _start_services(self, session: CaseSession) -> Services:
        """On a worker: open everything, then hand the session its store (it flushes what was typed meanwhile)."""
        services = start_services(self.settings, self._vault_factory, self._backend_factory)
        try:
            case = services.case
            services.known_case = session.case_id == case.id
            if not services.known_case:
                session.adopt(case.id, case.fields, case.step, case.status)
            session.attach(services.store, services.backend, services.vault, case.id)
            services.several_cases = services.store.count_cases(include_archived=False) > 1
            services.recoveries = self._recoveries_of(case.id)
        except Exception:
            services.store.close()
            raise
        return services

    def _services_ready(self, services: Services) -> None:
        self.services = services
        if not services.known_case:
            self.window.reload()
        self.window.attach_services(_sandbox_of(services.backend), self._open_link)
        self.window.relationships_action.setEnabled(True)
        if self._pending_relationships is not None:
            self.open_relationships(self._pending_relationships)
        if services.vault.notice:
            self._show_vault_notice(services.vault.notice)
        if hasattr(services.vault, "on_degrade"):  # a keyring that stops working later says so too
            services.vault.on_degrade(self.vault_degraded.emit)  # emitted on a worker: queued to this thread
        from wizard.settings import staff_name

        if staff_name() or services.several_cases:
            self.show_case_list()  # support staff (or several cases): start from the list
        if services.recoveries:
            self._offer_recovery(services.recoveries[0])
        self.ready.emit()

    def _recoveries_of(self, case_id: int) -> list:
        """The case's recovery files, newest first (file reads: call it on a worker)."""
        from wizard.store.files import find_recoveries

        return find_recoveries(self._recovery_folders(), self.settings.database, case_id)

    def _offer_recovery(self, recovery: Any) -> None:
        """Values that could not be saved last time (the disk was full, the file read-only) and were kept
        in a recovery file: put them back into the case, keep the file for later, or discard it."""
        from datetime import datetime

        from wizard.domain.fields import FIELD_KEYS
        from wizard.store.files import set_aside
        from wizard.ui.formatting import local_time

        known = {key: value for key, value in recovery.values.items() if key in FIELD_KEYS}  # a hand-edited file
        if not known:  # may hold anything
            return
        lines = _listed(known)
        try:
            saved = local_time(datetime.fromisoformat(recovery.saved_at))
        except ValueError:
            saved = recovery.saved_at
        text = self.tr(
            "These values of this case could not be saved on {time} and were kept in {file}:\n\n{lines}\n\n"
            "Restore them into the case (they replace what it holds now), keep the file for later, or "
            "discard it (it is kept as discarded-… in the same folder)."
        ).format(time=saved, file=recovery.path, lines=lines)
        self.window.show_error(self.tr("Unsaved values from an earlier session"), text, {
            self.tr("&Restore"): lambda: self._restore(recovery),
            self.tr("&Later"): lambda: None,
            self.tr("&Discard"): lambda: set_aside(recovery, "discarded"),
        }, critical=False)

    def _restore(self, recovery: Any) -> None:
        """Put a recovery file's values back (those of steps still editable), save them, set the file aside."""
        from wizard.domain.fields import FIELD_KEYS
        from wizard.domain.steps import step_of_field
        from wizard.store.files import set_aside

        restored = {key: value for key, value in recovery.values.items()
                    if key in FIELD_KEYS and not self.session.locked(step_of_field(key))}
        self.session.set_values(restored)
        self.window.reload()
        self.window.autosave.flush()
        set_aside(recovery, "restored")
        skipped = len(recovery.values) - len(restored)
        note = self.tr("%Ln value(s) restored from {file}.", "", len(restored)).format(file=recovery.path.name)
        if skipped:
            note += " " + self.tr("%Ln could not be (unknown fields, or answers already sent).", "", skipped)
        self.window.show_notice(note)

    def _show_vault_notice(self, notice: str) -> None:
        from wizard.ui.messages import text

        self.window.show_notice(text(notice))

    def open_relationships(self, invitation: str = "") -> None:
        """The relationships window (one per case), on an invitation when a link named one."""
        if self.services is None:  # asked for before the store is up (CLI `relationships`): open when ready
            self._pending_relationships = invitation
            return
        self._pending_relationships = None
        if self.relationships_window is None:
            from wizard.services.relationships import RelationshipService
            from wizard.ui.relationships import RelationshipsWindow

            service = RelationshipService(self.session, self.services.relationships)
            self.relationships_window = RelationshipsWindow(service, self.window)
        if invitation:
            self.relationships_window.open_invitation(invitation)
        else:
            self.relationships_window.open()

    def _customers_changed(self, provider_id: str) -> None:
        window = self.relationships_window
        if window is not None and provider_id and window.customers.provider_id == provider_id:
            window.customers.sync(full=True)

    def _open_link(self, url: str):
        """An email link opened from the outbox (worker thread): only for the current case, then the
        case's status is refreshed and recorded (AccountService)."""
        from wizard.services.account import AccountService

        return AccountService(self.session).open_link(url)

    def _services_failed(self, error: Exception) -> None:
        """The store (or sandbox) could not start: say why, in a box with the ways forward, never a traceback."""
        from wizard.backends.base import ScenarioError
        from wizard.store.errors import StoreCorrupt, StoreError, StoreTooNew
        from wizard.ui.messages import error_text

        log.error("startup failed: %s", error)
        self._startup_error = error
        title = self.tr("The wizard cannot open its data")
        quit_label = self.tr("&Quit")
        if isinstance(error, StoreCorrupt):
            text = self.tr(
                "{problem}\n\nStart fresh: the damaged file is kept as a backup next to it, "
                "and a new, empty database is created."
            ).format(problem=error_text(error))
            self.window.show_error(
                title, text, {self.tr("&Start fresh"): lambda: self._start_fresh("corrupt"),
                              quit_label: self.window.close}
            )
        elif isinstance(error, StoreTooNew):
            text = self.tr(
                "{problem}\n\nStart fresh: the file is kept as a backup next to it (the newer wizard can "
                "still open it), and a new, empty database is created."
            ).format(problem=error_text(error))
            self.window.show_error(title, text, {
                self.tr("&Start fresh"): lambda: self._start_fresh("newer"), quit_label: self.window.close,
            })
        elif isinstance(error, (StoreError, AlreadyRunning)):  # read-only, full, busy, unreachable: may pass
            self.window.show_error(title, error_text(error), {self.tr("&Try again"): self._retry,
                                                       quit_label: self.window.close})
        elif isinstance(error, ScenarioError):
            self.window.show_error(title, error_text(error), {quit_label: self.window.close})
        else:
            self.window.show_error(title, f"{type(error).__name__}: {error}", {
                self.tr("&Try again"): self._retry, quit_label: self.window.close,
            })
        self.failed.emit(str(error))

    def _retry(self) -> None:
        """Try again to open the store (after the user freed space or fixed the folder's permissions)."""
        try:
            self._take_lock()
        except AlreadyRunning as error:
            self._services_failed(error)
            return
        self._startup_error = None
        self.window.show_notice(self.tr("Opening the case database again…"))
        self.start()

    def _start_fresh(self, reason: str = "corrupt") -> None:
        """Move the unusable database aside (kept as a backup) and start an empty one. Values shown from
        the old file are not in the new one, so the window starts over with only what was typed here."""
        from wizard.store.errors import StoreUnwritable
        from wizard.store.files import quarantine

        try:
            backup = quarantine(self.settings.database, reason=reason)
        except OSError as error:
            self._services_failed(StoreUnwritable(self.tr(
                "The case database {path} could not be moved aside as a backup ({reason}). "
                "Make its folder writable, then try again."
            ).format(path=self.settings.database, reason=error.strerror or error), self.settings.database))
            return
        self._startup_error = None
        if self.session.case_id is not None:  # the window was built from the old file's case
            typed = self.session.unsaved_values()
            session = CaseSession(actor=self.settings.actor)
            session.set_values(typed)
            self._replace_window(session)
        self.window.show_notice(self.tr("The old database was kept as {path}.").format(path=backup))
        self.start()

    def _replace_window(self, session: CaseSession) -> None:
        old, self.session = self.window, session
        self.window = self._make_window(session)
        self.window.relationships_action.setEnabled(False)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.removeEventFilter(self)
        old.hide()
        old.deleteLater()

    # ----- never lose what was typed -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window and not self._closing_anyway:
            problem = self._unsaved_problem()
            if problem is not None:
                event.ignore()
                self._ask_before_losing(problem)
                return True
        return super().eventFilter(watched, event)

    def _unsaved_problem(self) -> str | None:
        """Why the session's values can't be saved now, or None when nothing would be lost by closing."""
        from wizard.store.errors import StoreConflict
        from wizard.ui.messages import error_text

        if not self.session.has_unsaved():
            return None
        if self.services is None:
            return None if self._startup_error is None else error_text(self._startup_error)
        try:
            self.session.flush()
        except StoreConflict:
            return None  # a colleague's save won: already shown, and the values are listed there
        except Exception as error:  # noqa: BLE001 - disk full, read-only, locked: the box says which
            return error_text(error)
        return None

    def _ask_before_losing(self, problem: str) -> None:
        unsaved = self.session.unsaved_values()
        lines = _listed(unsaved)
        text = self.tr(
            "Some of your changes could not be saved:\n{problem}\n\n{lines}\n\n"
            "Try again once the problem is solved, or quit: the values are then written to a recovery "
            "file in {folder}."
        ).format(problem=problem, lines=lines, folder=self.settings.log_dir)
        again = self._retry if self.services is None else self.window.close  # reopen the store, or save and close
        self.window.show_error(self.tr("Your changes are not saved"), text, {
            self.tr("&Try again"): again,
            self.tr("Quit &without saving"): self._quit_without_saving,
        })

    def _quit_without_saving(self) -> None:
        self._write_recovery()
        self._closing_anyway = True
        self.window.close()

    def _recovery_folders(self) -> list[Path]:
        """Where recovery files go, in order (the log folder first: the database's folder may be the
        problem), and where the next start looks for them."""
        import tempfile

        folders = [self.settings.log_dir, Path(tempfile.gettempdir())]
        if isinstance(self.settings.database, Path):
            folders.insert(1, self.settings.database.parent)
        return folders

    def _write_recovery(self) -> None:
        """Keep unsaved values in a JSON file (log folder first: the database's folder may be the problem)."""
        from wizard.store.files import write_recovery

        unsaved = self.session.unsaved_values()
        if not unsaved:
            return
        path = write_recovery(unsaved, self._recovery_folders(), case_id=self.session.case_id,
                              database=self.settings.database)
        if path is None:
            log.error("unsaved values of case %s could not be written anywhere: %s", self.session.case_id,
                      ", ".join(sorted(unsaved)))
        else:
            log.warning("unsaved values of case %s were written to %s", self.session.case_id, path)

    def close(self) -> None:
        if self.case_list_window is not None:
            self.case_list_window.close()
            self.case_list_window = None
        if self.services is not None:
            try:
                self._flush_unless_conflict()
            except Exception as error:  # noqa: BLE001 - disk full, read-only: values to a file, no traceback
                log.error("closing with unsaved values: %s", error)
                if not self._closing_anyway:  # (the user's Quit without saving wrote them already)
                    self._write_recovery()
            finally:
                self.services.store.close()
                self.services = None
        elif self.session.has_unsaved() and self._startup_error is not None and not self._closing_anyway:
            self._write_recovery()
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()
