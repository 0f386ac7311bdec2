"""Start-up, ordered for a fast first paint: the window is built from a stdlib-sqlite3 read of the saved
case, and SQLAlchemy, Alembic, keyring and the sandbox load on a worker thread afterwards. When that
fails, a box says why with the ways forward (Try again, Start fresh, Quit)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from wizard.app.contracts import AlreadyRunning, Services
from wizard.services.case_session import CaseSession
from wizard.settings import Settings
from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.app.contracts import Instance
    from wizard.app.recovery import Recovery
    from wizard.backends.base import PartnerCenter
    from wizard.secrets import Vault

log = logging.getLogger(__name__)


def live_case_of(session: CaseSession):
    """A live case's work with Microsoft: its LiveSession from the live settings (made on a worker)."""
    from wizard.services.live_case import LiveCase, open_live_session

    return LiveCase(session, open_live_session())


def make_backend(settings: Settings) -> "PartnerCenter":
    from wizard.backends.sandbox import SandboxPartnerCenter
    from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario

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


def sandbox_of(backend: "PartnerCenter"):
    """The backend if it is the embedded sandbox (outbox and clock: the Sandbox menu), else None."""
    from wizard.backends.sandbox.core import SandboxBase

    return backend if isinstance(backend, SandboxBase) else None


def initial_session(settings: Settings) -> CaseSession:
    """The case shown at the first paint, read with the stdlib (the store opens after the paint)."""
    from wizard.store.quick import read_resume_state

    if not isinstance(settings.database, Path):
        return CaseSession(actor=settings.actor, live_factory=live_case_of)  # a team database: no stdlib fast path
    state = read_resume_state(settings.database)
    if state is None:
        return CaseSession(actor=settings.actor, live_factory=live_case_of)
    return CaseSession(
        live_factory=live_case_of,
        actor=settings.actor,
        values=dict(state.fields),
        step=state.step,
        status=state.status,
        case_id=state.case_id,
    )


class Startup:
    """The background start of one instance, and Try again / Start fresh when it fails."""

    def __init__(
        self,
        instance: "Instance",
        recovery: Callable[[], "Recovery"],
        vault_factory: Callable[[], "Vault"],
        backend_factory: Callable[[Settings], "PartnerCenter"],
    ) -> None:
        self.instance = instance
        self._recovery_of = recovery  # made after the first paint: not needed before it
        self.recovery: Recovery | None = None
        self._vault_factory = vault_factory
        self._backend_factory = backend_factory

    def show(self) -> None:
        """Show the window, then load the heavy parts once it has painted (they'd slow the first frame)."""
        from wizard.ui.first_paint import after_first_paint

        window = self.instance.window
        after_first_paint(window.wizard.currentPage(), self.start)
        window.show()

    def start(self) -> None:
        session = self.instance.session
        self.recovery = self._recovery_of()  # on this thread, before the worker looks for recovery files
        run_task(lambda: self._start_services(session), self._services_ready, self.failed)
        # The pages not shown first, built while the worker opens the store: all are there before
        # `_services_ready` runs (queued to this thread, after this returns).
        self.instance.window.wizard.build_pages()

    def _start_services(self, session: CaseSession) -> Services:
        """On a worker: open everything, then hand the session its store (it flushes what was typed meanwhile)."""
        services = start_services(self.instance.settings, self._vault_factory, self._backend_factory)
        try:
            case = services.case
            services.known_case = session.case_id == case.id
            if not services.known_case:
                session.adopt(case.id, case.fields, case.step, case.status)
            session.attach(services.store, services.backend, services.vault, case.id)
            services.several_cases = services.store.count_cases(include_archived=False) > 1
            services.recoveries = self.recovery.of_case(case.id)
        except Exception:
            services.store.close()
            raise
        return services

    def _services_ready(self, services: Services) -> None:
        instance = self.instance
        instance.services = services
        if not services.known_case:
            instance.window.reload()
        instance.window.attach_services(sandbox_of(services.backend), instance.open_link)
        instance.window.relationships_action.setEnabled(True)
        if instance.pending_relationships is not None:
            instance.open_relationships(instance.pending_relationships)
        if services.vault.notice:
            instance.show_vault_notice(services.vault.notice)
        if hasattr(services.vault, "on_degrade"):  # a keyring that stops working later says so too
            services.vault.on_degrade(instance.vault_degraded.emit)  # emitted on a worker: queued to this thread
        from wizard.settings import staff_name

        if staff_name() or services.several_cases:
            instance.show_case_list()  # support staff (or several cases): start from the list
        if services.recoveries:
            self.recovery.offer(services.recoveries[0])
        instance.ready.emit()

    def failed(self, error: Exception) -> None:
        """The store (or sandbox) could not start: say why, in a box with the ways forward, never a traceback."""
        from wizard.backends.base import ScenarioError
        from wizard.store.errors import StoreCorrupt, StoreError, StoreTooNew
        from wizard.ui.messages import error_text

        log.error("startup failed: %s", error)
        instance = self.instance
        window = instance.window
        instance.startup_error = error
        title = QCoreApplication.translate("AppInstance", "The wizard cannot open its data")
        quit_label = QCoreApplication.translate("AppInstance", "&Quit")
        fresh_label = QCoreApplication.translate("AppInstance", "&Start fresh")
        again_label = QCoreApplication.translate("AppInstance", "&Try again")
        mendable = {  # what Start fresh does about the file, and the reason it records
            StoreCorrupt: ("corrupt", QCoreApplication.translate("AppInstance",
                "{problem}\n\nStart fresh: the damaged file is kept as a backup next to it, "
                "and a new, empty database is created.")),
            StoreTooNew: ("newer", QCoreApplication.translate("AppInstance",
                "{problem}\n\nStart fresh: the file is kept as a backup next to it (the newer wizard can "
                "still open it), and a new, empty database is created.")),
        }
        fresh = next((mend for kind, mend in mendable.items() if isinstance(error, kind)), None)
        if fresh is not None:
            reason, advice = fresh
            window.show_error(title, advice.format(problem=error_text(error)),
                              {fresh_label: lambda: self._start_fresh(reason), quit_label: window.close})
        elif isinstance(error, (StoreError, AlreadyRunning)):  # read-only, full, busy, unreachable: may pass
            window.show_error(title, error_text(error), {again_label: self.retry, quit_label: window.close})
        elif isinstance(error, ScenarioError):
            window.show_error(title, error_text(error), {quit_label: window.close})
        else:
            window.show_error(title, f"{type(error).__name__}: {error}", {
                again_label: self.retry, quit_label: window.close,
            })
        instance.failed.emit(str(error))

    def retry(self) -> None:
        """Try again to open the store (after the user freed space or fixed the folder's permissions)."""
        try:
            self.instance.take_lock()
        except AlreadyRunning as error:
            self.failed(error)
            return
        self.instance.startup_error = None
        self.instance.window.show_notice(QCoreApplication.translate("AppInstance", "Opening the case database again…"))
        self.start()

    def _start_fresh(self, reason: str = "corrupt") -> None:
        """Move the unusable database aside (kept as a backup) and start an empty one. Values shown from
        the old file are not in the new one, so the window starts over with only what was typed here."""
        from wizard.store.errors import StoreUnwritable
        from wizard.store.files import quarantine

        instance, settings = self.instance, self.instance.settings
        try:
            backup = quarantine(settings.database, reason=reason)
        except OSError as error:
            self.failed(StoreUnwritable(QCoreApplication.translate("AppInstance",
                "The case database {path} could not be moved aside as a backup ({reason}). "
                "Make its folder writable, then try again."
            ).format(path=settings.database, reason=error.strerror or error), settings.database))
            return
        instance.startup_error = None
        if instance.session.case_id is not None:  # the window was built from the old file's case
            typed = instance.session.unsaved_values()
            session = CaseSession(actor=settings.actor, live_factory=live_case_of)
            session.set_values(typed)
            self._replace_window(session)
        instance.window.show_notice(
            QCoreApplication.translate("AppInstance", "The old database was kept as {path}.").format(path=backup))
        self.start()

    def _replace_window(self, session: CaseSession) -> None:
        instance = self.instance
        old, instance.session = instance.window, session
        instance.window = instance.make_window(session)
        instance.window.relationships_action.setEnabled(False)
        instance.window.setGeometry(old.geometry())
        instance.window.show()
        old.removeEventFilter(instance)  # type: ignore[arg-type]  # the instance is a QObject
        old.hide()
        old.deleteLater()


__all__ = ["AlreadyRunning", "Services", "Startup", "default_vault", "initial_session", "make_backend",
           "sandbox_of", "start_services"]
