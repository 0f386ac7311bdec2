"""Switching the UI language while the app runs (View → Language), without losing anything.

App layer, a part of wizard.app. How: the session keeps every value typed on the wizard's pages (saved or
not yet), so the app installs the new translators and builds the windows again — every text is made
anew in the new language by the code that made it — on the same page, then carries over what only
the widgets held (passwords being typed, searches, ticks, tabs, the problems shown under fields; see
wizard.ui.widget_state). Secondary windows that were open (outbox, relationships, case list and its
notes and audit trails) are opened again on what they showed. Running background work finishes first,
so no answer arrives at a window that is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from wizard.ui import i18n
from wizard.ui.tasks import pending_tasks
from wizard.ui.widget_state import WindowState, capture, restore

if TYPE_CHECKING:
    from wizard.app.contracts import Instance

log = logging.getLogger(__name__)

WAIT_MS, MAX_WAITS = 50, 200  # at most ~10 s for running tasks (a slow sign-in) before switching anyway


def switch_language(instance: Instance, code: str, waits: int = 0) -> None:
    """Install `code` (remembered for next time) and rebuild the windows in it; see the module doc."""
    from wizard.settings import save_language

    if code not in i18n.LANGUAGES:
        return
    try:
        save_language(code)
    except OSError as error:  # the choice still applies now; only remembering it failed
        log.warning("could not remember the language: %s", error)
    if code == i18n.current_language():
        _tick(instance, code)
        return
    if pending_tasks() and waits < MAX_WAITS:  # a page waits for an answer: switch once it has arrived
        QTimer.singleShot(WAIT_MS, instance, lambda: switch_language(instance, code, waits + 1))
        return
    _rebuild(instance, code)


def _tick(instance: Instance, code: str) -> None:
    for key, action in getattr(instance.window, "language_actions", {}).items():
        action.setChecked(key == code)


def _retranslator(old_language: str):
    """A text shown in `old_language` (a problem, a status line) in the current language, if it is one
    of the translated texts (texts with values filled in are made again by their pages instead)."""
    from wizard.ui.messages import translate
    from wizard.ui.translations import read_ts, source_of

    contexts: list[str] = []

    def again(text: str) -> str | None:
        if old_language != i18n.DEFAULT_LANGUAGE:
            found = source_of(text, old_language)
            return translate(*found) if found else None
        if not contexts:  # English was shown: the text is a source; find its context in the new language
            path = i18n.source_file(i18n.current_language())
            contexts.extend(sorted({entry.context for entry in read_ts(path)}) if path.exists() else [])
        return next((t for t in (translate(c, text) for c in contexts) if t != text), None)

    return again


def _rebuild(instance: Instance, code: str) -> None:
    old = instance.window
    old_language = i18n.current_language()
    main_state = capture(old)
    outbox_open = old.outbox is not None and old.outbox.isVisible()
    relationships = instance.relationships_window
    relationships_open = relationships is not None and relationships.isVisible()
    invitation = getattr(getattr(relationships, "invitation", None), "id", "") if relationships_open else ""
    provider = relationships.customers.provider_id if relationships_open else None
    case_list = instance.case_list_window
    case_list_open = case_list is not None and case_list.isVisible()
    case_list_state = capture(case_list) if case_list_open else WindowState()
    selected = case_list.selected_case() if case_list_open else None
    dialogs = sorted(case_list._dialogs) if case_list_open else []  # its own open windows
    dialog_states = {key: capture(widget) for key, widget in (case_list._dialogs.items() if case_list_open else ())}

    old.autosave.flush()  # nothing pending on the old window's timer
    step = old.wizard.current_key() or instance.session.step
    used = i18n.install_language(code)
    log.info("language switched from %s to %s", old_language, used)

    with _step_kept(instance.session):  # walking to the page again is no move to record in the audit trail
        window = instance.make_window(instance.session)  # the app's own window factory
    services = instance.services
    if services is not None:
        from wizard.app.startup import sandbox_of

        window.attach_services(sandbox_of(services.backend), instance.open_link)
    window.relationships_action.setEnabled(services is not None)
    window.setGeometry(old.geometry())
    instance.window = window
    window.setWindowState(old.windowState())
    window.show()
    instance.relationships_window = None
    if outbox_open:
        window.open_outbox()
    if relationships_open:
        instance.open_relationships(invitation)
        if provider and instance.relationships_window is not None:
            _show_customers(instance, provider)
    again = _retranslator(old_language)
    restore(window, main_state, again)
    _arrive(window, step, lambda: restore(window, main_state, again))
    old.removeEventFilter(instance)  # type: ignore[arg-type]  # the instance is a QObject
    for child in (old.outbox, relationships):
        if child is not None:
            child.hide()
    old.hide()
    old.deleteLater()

    if case_list_open:
        case_list.close()
        case_list.deleteLater()
        instance.case_list_window = None
        instance.show_case_list()
        new_list = instance.case_list_window
        if new_list is not None:
            restore(new_list, case_list_state, again)
            new_list.apply_search()
            _reopen_dialogs(new_list, dialogs, dialog_states, again)
            if selected is not None:
                new_list.select_case(int(selected[1][0]))
    window.activateWindow()
    _tick(instance, used)


@contextmanager
def _step_kept(session) -> Iterator[None]:
    """While the wizard walks again to where it was, the session's step stays where it is (the walk may
    pause on a page that is busy on arrival; recording that would add moves nobody made)."""
    session.set_step = lambda _step, save=True: False
    try:
        yield
    finally:
        del session.set_step


def _arrive(window, step: str, then, waits: int = 0) -> None:
    """Walk the rebuilt wizard on to `step`: a page that checks something on arrival (the status page)
    is busy for a moment and stops the walk, so go on once it is done. Then `then()` (focus, scroll)."""
    wizard = window.wizard
    try:
        current = wizard.currentPage()
        if wizard.current_key() != step and waits < MAX_WAITS:
            if current is not None and getattr(current, "busy", False):
                QTimer.singleShot(WAIT_MS, window, lambda: _arrive(window, step, then, waits + 1))
                return
            before = wizard.current_key()
            with _step_kept(window.session):
                wizard.resume(step)
            if wizard.current_key() != before and wizard.current_key() != step:
                QTimer.singleShot(WAIT_MS, window, lambda: _arrive(window, step, then, waits + 1))
                return
        then()
    except RuntimeError:  # the window was closed meanwhile
        log.debug("language switch: the window went away before reaching %s", step)


def _show_customers(instance: Instance, provider_id: str) -> None:
    window = instance.relationships_window
    rows = window.service.cached_providers()
    name = next((row.name for row in rows if row.provider_id == provider_id), provider_id)
    window.customers.show_provider(provider_id, name)


def _reopen_dialogs(case_list, keys, states, again) -> None:
    """The notes and audit trails that were open, on the same cases, with a note being typed kept."""
    for kind, case_id in keys:
        if not case_list.select_case(case_id):
            continue
        widget = case_list.open_notes() if kind == "notes" else case_list.open_audit()
        if widget is not None and (kind, case_id) in states:
            restore(widget, states[(kind, case_id)], again)
