"""Composition root: settings, store, vault, backend, session and window are wired here and only here.

Startup is ordered for a fast first paint: the window is built from a stdlib-sqlite3 read of the
saved case, and SQLAlchemy, Alembic, keyring and the sandbox load on a worker thread afterwards."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLockFile, QObject, Signal

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


@dataclass
class Services:
    store: "Store"
    backend: "PartnerCenter"
    vault: "Vault"
    case: "CaseRecord"
    relationships: Any = None  # the local cache of providers and shared customers (RelationshipStore)


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


def _sandbox_of(backend: "PartnerCenter"):
    """The backend if it is the embedded sandbox (outbox and clock: the Sandbox menu), else None."""
    from wizard.backends.sandbox_base import SandboxBase

    return backend if isinstance(backend, SandboxBase) else None


class AppInstance(QObject):
    """One open database: its lock, its session and its window."""

    ready = Signal()
    failed = Signal(str)

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
        if isinstance(settings.database, Path):
            settings.database.parent.mkdir(parents=True, exist_ok=True)
            self.lock = QLockFile(str(settings.database) + ".lock")
            self.lock.setStaleLockTime(0)  # a crashed instance's lock is stale as soon as its process is gone
        # A team database (URL) is shared on purpose: no file lock; optimistic locking guards each case.
        if self.lock is not None and not self.lock.tryLock(100):
            raise AlreadyRunning(
                f"The wizard is already open with this database ({settings.database}). "
                "Switch to that window, or close it and try again."
            )
        self.relationships_window = None
        self.case_list_window = None
        self._pending_relationships: str | None = None
        from wizard.file_actions import FileActions

        self.file_actions = FileActions(self)
        self.session = self._initial_session()
        self.window = self._make_window(self.session)
        self.window.relationships_action.setEnabled(False)

    def _make_window(self, session: CaseSession) -> MainWindow:
        """A main window for one case, wired to this instance."""
        window = MainWindow(session)
        window.destroyed.connect(lambda: self._window_gone(window))
        window.wizard.resume(session.step)
        window.relationships_requested.connect(self.open_relationships)
        window.customers_changed.connect(self._customers_changed)
        window.case_list_requested.connect(self.show_case_list)
        window.new_case_requested.connect(self.new_case)
        window.file_chosen.connect(self.file_actions.handle)
        window.staff_name_chosen.connect(self.set_staff_name)
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
        self.window.show_notice(self.window.tr("Audit entries are now recorded as {name}.").format(name=actor))

    def _window_gone(self, window: MainWindow) -> None:
        if window is getattr(self, "window", None):  # the user closed the app, not a case switch
            self.close()

    # ----- several cases (support staff) --------------------------------------------------------
    def open_case(self, case_id: int) -> None:
        """Switch the window to another case of this database (from the case list or an import)."""
        if self.services is None:
            return
        self._flush_unless_conflict()
        record = self.services.store.get_case(case_id)
        session = CaseSession(actor=self.settings.actor, values=dict(record.fields), step=record.step,
                              status=record.status, case_id=record.id)
        session.attach(self.services.store, self.services.backend, self.services.vault, record.id)
        old, self.session = self.window, session
        self.window = self._make_window(session)
        self.window.attach_services(_sandbox_of(self.services.backend), self._open_link)
        self.window.setGeometry(old.geometry())
        self.window.show()
        if self.relationships_window is not None:
            self.relationships_window.close()
            self.relationships_window = None
        old.hide()
        old.deleteLater()
        self.services.store.add_audit(record.id, self.settings.actor, "resumed", {})
        if self.case_list_window is not None:
            self.case_list_window.refresh()

    def _flush_unless_conflict(self) -> None:
        """Save pending edits, except those a colleague's newer save refused (already shown to the user)."""
        from wizard.store.errors import StoreConflict

        try:
            self.session.flush()
        except StoreConflict as error:
            log.warning("unsaved edits dropped after a conflict on case %s: %s", self.session.case_id,
                        ", ".join(sorted(self.session.unsaved_values())))
            del error

    def new_case(self) -> None:
        if self.services is not None:
            self.open_case(self.services.store.create_case(self.settings.actor))

    def show_case_list(self) -> None:
        """Every case of the database, searchable, for support staff who run many enrollments."""
        if self.services is None or not isinstance(self.settings.database, Path):
            self.window.show_notice(self.window.tr("The case list needs the local database (a team database comes later)."))
            return
        if self.case_list_window is None:
            from wizard.ui.case_list import CaseListWindow

            self.case_list_window = CaseListWindow(self.services.store, self.settings.actor)
            self.case_list_window.resume_requested.connect(self.open_case)
            self.case_list_window.new_requested.connect(self.new_case)
        self.case_list_window.refresh()
        self.case_list_window.show()
        self.case_list_window.raise_()

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
        run_task(
            lambda: start_services(self.settings, self._vault_factory, self._backend_factory),
            self._services_ready,
            self._services_failed,
        )

    def _services_ready(self, services: Services) -> None:
        self.services = services
        known = self.session.case_id == services.case.id
        if not known:
            self.session.adopt(services.case.id, services.case.fields, services.case.step, services.case.status)
        self.session.attach(services.store, services.backend, services.vault, services.case.id)
        if not known:
            self.window.reload()
        self.window.attach_services(_sandbox_of(services.backend), self._open_link)
        self.window.relationships_action.setEnabled(True)
        if self._pending_relationships is not None:
            self.open_relationships(self._pending_relationships)
        if services.vault.notice:
            self.window.show_notice(services.vault.notice)
        from wizard.settings import staff_name

        if staff_name() or len(services.store.list_cases(include_archived=False)) > 1:
            self.show_case_list()  # support staff (or several cases): start from the list
        self.ready.emit()

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
        from wizard.backends.base import ScenarioError
        from wizard.store.errors import StoreCorrupt, StoreError

        log.error("startup failed: %s", error)
        title = self.window.tr("The wizard cannot open its data")
        quit_label = self.window.tr("&Quit")
        if isinstance(error, StoreCorrupt):
            text = self.window.tr(
                "{problem}\n\nStart fresh: the damaged file is kept as a backup next to it, "
                "and a new, empty database is created."
            ).format(problem=str(error))
            self.window.show_error(
                title, text, {self.window.tr("&Start fresh"): self._start_fresh, quit_label: self.window.close}
            )
        elif isinstance(error, (StoreError, ScenarioError)):
            self.window.show_error(title, str(error), {quit_label: self.window.close})
        else:
            self.window.show_error(title, f"{type(error).__name__}: {error}", {quit_label: self.window.close})
        self.failed.emit(str(error))

    def _start_fresh(self) -> None:
        from wizard.store.repository import quarantine

        backup = quarantine(self.settings.database)
        self.window.show_notice(self.window.tr("The damaged database was kept as {path}.").format(path=backup))
        self.start()

    def close(self) -> None:
        if self.case_list_window is not None:
            self.case_list_window.close()
            self.case_list_window = None
        if self.services is not None:
            try:
                self._flush_unless_conflict()
            finally:
                self.services.store.close()
                self.services = None
        if self.lock is not None and self.lock.isLocked():
            self.lock.unlock()
