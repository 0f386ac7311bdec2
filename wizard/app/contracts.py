"""What the parts of the app know of each other, so that none imports another in a circle.

The parts (start-up, cases, recovery, closing, language switch, file actions) each receive the instance
they serve, typed by the `Instance` protocol below, never by importing `AppInstance`: only
`wizard.app.instance` and the package's `__init__` import the parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtCore import QLockFile, SignalInstance

    from wizard.backends.base import PartnerCenter
    from wizard.secrets import Vault
    from wizard.services.case_session import CaseSession
    from wizard.settings import Settings
    from wizard.store.repository import CaseRecord, Store
    from wizard.ui.main_window import MainWindow


class AlreadyRunning(Exception):
    """Another instance has this database open; one instance per database file keeps edits consistent."""


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


if TYPE_CHECKING:  # a Protocol costs ~0.5 ms to define, and this module loads before the first paint

    class Instance(Protocol):
        """One open database as its parts see it (implemented by `wizard.app.instance.AppInstance`, a QObject:
        it is also the main window's event filter)."""

        settings: "Settings"
        session: "CaseSession"
        services: Services | None
        window: "MainWindow"
        lock: "QLockFile | None"
        case_list_window: Any
        relationships_window: Any
        pending_relationships: str | None  # the relationships window was asked for before the store was up
        startup_error: Exception | None  # why the store could not be opened (a box shows it)
        ready: "SignalInstance"
        failed: "SignalInstance"
        vault_degraded: "SignalInstance"

        def make_window(self, session: "CaseSession", lazy_pages: bool = False) -> "MainWindow": ...

        def take_lock(self) -> None: ...

        def start(self) -> None: ...

        def retry(self) -> None: ...

        def open_case(self, case_id: int) -> None: ...

        def show_case_list(self) -> None: ...

        def open_relationships(self, invitation: str = "") -> None: ...

        def open_link(self, url: str) -> Any: ...

        def show_vault_notice(self, notice: str) -> None: ...

        def restored_notice(self, restored: int, skipped: int, file: str) -> str: ...
