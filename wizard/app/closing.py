"""Never lose what was typed: closing saves the case's last edits; when they cannot be saved the user
is asked first (Try again, or Quit without saving, which writes them to a recovery file).

Closing also ends a live sign-in still waiting for the browser or a device code: the app waits for its
tasks before it quits, and the sign-in's loopback listener would stay open meanwhile."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from wizard.app.recovery import listed

if TYPE_CHECKING:
    from wizard.app.contracts import Instance
    from wizard.app.recovery import Recovery
    from wizard.services.case_session import CaseSession

log = logging.getLogger(__name__)


def flush_unless_conflict(session: "CaseSession") -> None:
    """Save pending edits, except those a colleague's newer save refused (already shown to the user)."""
    from wizard.store.errors import StoreConflict

    try:
        session.flush()
    except StoreConflict as error:
        log.warning("unsaved edits dropped after a conflict on case %s: %s", session.case_id,
                    ", ".join(sorted(session.unsaved_values())))
        del error


class Closing:
    """The main window's close, watched by the instance's event filter, and the instance's own close."""

    def __init__(self, instance: "Instance", recovery: "Recovery") -> None:
        self.instance = instance
        self.recovery = recovery
        self.anyway = False  # the user chose to quit although some values could not be saved

    def refuses(self, watched: QObject, event: QEvent) -> bool:
        """True when `event` closes the main window with values that could not be saved: it is ignored
        and a box asks what to do."""
        if event.type() == QEvent.Type.Close and watched is self.instance.window:
            problem = None if self.anyway else self._unsaved_problem()
            if problem is not None:
                event.ignore()
                self._ask_before_losing(problem)
                return True
            self._end_sign_in()
        return False

    def _end_sign_in(self) -> None:
        """Cancel the live sign-in under way, if any: the sign-in page's own (it may not have reached
        Microsoft yet) and the live session's."""
        instance = self.instance
        page = instance.window.wizard.pages.get("sign_in")
        cancel = getattr(type(page), "cancel_sign_in", None)  # the live page's; the sandbox's has none
        if cancel is not None and page.built:  # (a page never built has nothing under way)
            cancel(page)
        else:
            instance.session.cancel_live_sign_in()

    def _unsaved_problem(self) -> str | None:
        """Why the session's values can't be saved now, or None when nothing would be lost by closing."""
        from wizard.store.errors import StoreConflict
        from wizard.ui.messages import error_text

        instance = self.instance
        if not instance.session.has_unsaved():
            return None
        if instance.services is None:
            return None if instance.startup_error is None else error_text(instance.startup_error)
        try:
            instance.session.flush()
        except StoreConflict:
            return None  # a colleague's save won: already shown, and the values are listed there
        except Exception as error:  # noqa: BLE001 - disk full, read-only, locked: the box says which
            return error_text(error)
        return None

    def _ask_before_losing(self, problem: str) -> None:
        instance = self.instance
        lines = listed(instance.session.unsaved_values())
        text = QCoreApplication.translate("AppInstance",
            "Some of your changes could not be saved:\n{problem}\n\n{lines}\n\n"
            "Try again once the problem is solved, or quit: the values are then written to a recovery "
            "file in {folder}."
        ).format(problem=problem, lines=lines, folder=instance.settings.log_dir)
        # reopen the store, or save and close
        again = instance.retry if instance.services is None else instance.window.close
        instance.window.show_error(QCoreApplication.translate("AppInstance", "Your changes are not saved"), text, {
            QCoreApplication.translate("AppInstance", "&Try again"): again,
            QCoreApplication.translate("AppInstance", "Quit &without saving"): self._quit_without_saving,
        })

    def _quit_without_saving(self) -> None:
        self.recovery.write()
        self.anyway = True
        self.instance.window.close()

    def close(self) -> None:
        """Close the instance: the case list, the store (saving the last edits, or writing them to a
        recovery file when that fails) and the lock."""
        instance = self.instance
        if instance.case_list_window is not None:
            instance.case_list_window.close()
            instance.case_list_window = None
        if instance.services is not None:
            try:
                flush_unless_conflict(instance.session)
            except Exception as error:  # noqa: BLE001 - disk full, read-only: values to a file, no traceback
                log.error("closing with unsaved values: %s", error)
                if not self.anyway:  # (the user's Quit without saving wrote them already)
                    self.recovery.write()
            finally:
                instance.services.store.close()
                instance.services = None
        elif instance.session.has_unsaved() and instance.startup_error is not None and not self.anyway:
            self.recovery.write()
        if instance.lock is not None and instance.lock.isLocked():
            instance.lock.unlock()
