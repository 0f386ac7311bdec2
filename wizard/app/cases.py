"""Several cases (support staff): the case list window, and switching the main window to another case or
a new one, saved and loaded on a worker. Also the windows that belong to the case shown: relationships,
and the email links opened from the outbox."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from wizard.app.closing import flush_unless_conflict
from wizard.app.startup import live_case_of, sandbox_of
from wizard.services.case_session import CaseSession
from wizard.ui.tasks import run_task

if TYPE_CHECKING:
    from wizard.app.contracts import Instance
    from wizard.app.recovery import Recovery

log = logging.getLogger(__name__)


class _NotSaved(Exception):
    """Switching cases: this case's last edits could not be saved (`error` says why), so it stays open."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class Cases:
    """Opens cases into the instance's window, one switch at a time."""

    def __init__(self, instance: "Instance", recovery: "Recovery") -> None:
        self.instance = instance
        self.recovery = recovery
        self.switching = False  # a case is being saved and loaded on a worker (`switch`)

    def switch(self, case_id: int | None) -> None:
        """Save this case's last edits, make a new case (`case_id` None) or load `case_id`, all on a
        worker; the window switches once the case is loaded. One switch at a time: the actions that start
        one are disabled meanwhile, and a request made anyway (a double-click) is ignored."""
        instance = self.instance
        if instance.services is None or self.switching:
            return
        services, actor, current = instance.services, instance.settings.actor, instance.session

        def work() -> CaseSession:
            from wizard.store.errors import StoreError

            try:
                flush_unless_conflict(current)
            except StoreError as error:  # disk full, read-only: stay on this case, its values still pending
                raise _NotSaved(error) from error
            store = services.store
            record = store.get_case(store.create_case(actor) if case_id is None else case_id)
            session = CaseSession(actor=actor, live_factory=live_case_of, values=dict(record.fields), step=record.step,
                                  status=record.status, case_id=record.id)
            session.attach(store, services.backend, services.vault, record.id)
            store.add_audit(record.id, actor, "resumed", {})
            return session

        self._set_switching(True)
        run_task(work, self._case_loaded, self._case_not_loaded)

    def _set_switching(self, on: bool) -> None:
        """While a case is being saved and loaded, New case, Import and the case list's New and Resume
        are disabled (the list's buttons follow `switching` when it is built meanwhile)."""
        self.switching = on
        try:
            for key in ("new", "import"):
                self.instance.window.case_actions[key].setEnabled(not on)
        except RuntimeError:  # the window is closing
            pass
        if self.instance.case_list_window is not None:
            self.instance.case_list_window.set_switching(on)

    def _case_loaded(self, session: CaseSession) -> None:
        self._set_switching(False)
        instance = self.instance
        if instance.services is None:  # the app closed meanwhile
            return
        old, instance.session = instance.window, session
        old.autosave.flush()  # anything typed while the case loaded: written on the writer thread
        instance.window = instance.make_window(session)
        instance.window.attach_services(sandbox_of(instance.services.backend), instance.open_link)
        instance.window.setGeometry(old.geometry())
        instance.window.show()
        if instance.relationships_window is not None:
            instance.relationships_window.close()
            instance.relationships_window = None
        old.hide()
        old.deleteLater()
        if instance.case_list_window is not None:
            instance.case_list_window.refresh()
        self.recovery.look_for(session.case_id)

    def _case_not_loaded(self, error: Exception) -> None:
        from wizard.ui.messages import error_text

        self._set_switching(False)
        if self.instance.services is None:  # the app closed meanwhile
            return
        if isinstance(error, _NotSaved):
            self.instance.window.show_notice(QCoreApplication.translate(
                "AppInstance", "This case's last changes could not be saved, so it stays open: "
                "{reason}").format(reason=error_text(error.error)))
            return
        log.warning("the case could not be opened: %s", type(error).__name__)
        self.instance.window.show_notice(error_text(error))

    def show_list(self) -> None:
        """Every case of the database, searchable, for support staff who run many enrollments."""
        instance = self.instance
        if instance.services is None:
            return
        if instance.case_list_window is None:
            from wizard.ui.case_list import CaseListWindow

            window = CaseListWindow(instance.services.store, instance.settings.actor)
            window.resume_requested.connect(instance.open_case)
            window.new_requested.connect(lambda: self.switch(None))
            window.released.connect(lambda: self._list_released(window))
            window.set_switching(self.switching)
            instance.case_list_window = window
        instance.case_list_window.refresh()
        instance.case_list_window.show()
        instance.case_list_window.raise_()

    def _list_released(self, window: Any) -> None:
        """Closed with its close button: the next File → Case list builds a fresh one on the open store."""
        if self.instance.case_list_window is window:
            self.instance.case_list_window = None
            window.deleteLater()

    # ----- the windows of the case shown --------------------------------------------------------
    def open_relationships(self, invitation: str = "") -> None:
        """The relationships window (one per case), on an invitation when a link named one."""
        instance = self.instance
        if instance.services is None:  # asked for before the store is up (CLI `relationships`): open when ready
            instance.pending_relationships = invitation
            return
        instance.pending_relationships = None
        if instance.relationships_window is None:
            if instance.session.case().mode == "live":  # Partner Center where it answers, its web pages elsewhere
                from wizard.services.live_relationships import LiveRelationshipService
                from wizard.ui.live_relationships import LiveRelationshipsWindow

                live = LiveRelationshipService(instance.session, instance.services.relationships)
                instance.relationships_window = LiveRelationshipsWindow(live, instance.window)
            else:
                from wizard.services.relationships import RelationshipService
                from wizard.ui.relationships import RelationshipsWindow

                service = RelationshipService(instance.session, instance.services.relationships)
                instance.relationships_window = RelationshipsWindow(service, instance.window)
        if invitation:
            instance.relationships_window.open_invitation(invitation)
        else:
            instance.relationships_window.open()

    def customers_changed(self, provider_id: str) -> None:
        window = self.instance.relationships_window
        if window is not None and provider_id and window.customers.provider_id == provider_id:
            window.customers.sync(full=True)

    def open_link(self, url: str):
        """An email link opened from the outbox (worker thread): only for the current case, then the
        case's status is refreshed and recorded (AccountService)."""
        from wizard.services.account import AccountService

        return AccountService(self.instance.session).open_link(url)
