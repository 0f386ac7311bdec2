"""The enrollment QWizard: pages in flow order, resumable, with the step panel at its side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QWidget, QWizard

from wizard.domain import flow
from wizard.services.case_session import CaseSession
from wizard.ui.autosave import Autosave
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.enroll import EnrollPage
from wizard.ui.pages.legal_profile import LegalProfilePage
from wizard.ui.pages.mpn import MpnPage
from wizard.ui.pages.overview import OverviewPage
from wizard.ui.pages.sign_in import SignInPage
from wizard.ui.pages.status import StatusPage
from wizard.ui.pages.welcome import WelcomePage
from wizard.ui.step_panel import StepPanel
from wizard.ui.widgets import fit_wizard_header

# The page of each step for each variant of it (flow.variant: the case's mode). The live pages are named by
# module and class, imported when a live case first needs them (nothing of live mode before the first
# paint); a step without a live page shows its sandbox page.
PAGE_CLASSES: dict[tuple[str, str], type[StepPage] | str] = {
    ("welcome", "sandbox"): WelcomePage,
    ("sign_in", "sandbox"): SignInPage,
    ("sign_in", "live"): "wizard.ui.pages.live_sign_in:LiveSignInPage",
    ("mpn", "sandbox"): MpnPage,
    ("mpn", "live"): "wizard.ui.pages.partner_id:PartnerIdPage",
    ("legal_profile", "sandbox"): LegalProfilePage,
    ("enroll", "sandbox"): EnrollPage,
    ("enroll", "live"): "wizard.ui.pages.handoff:HandoffPage",
    ("status", "sandbox"): StatusPage,
    ("status", "live"): "wizard.ui.pages.manual_status:ManualStatusPage",
    ("overview", "sandbox"): OverviewPage,
    ("overview", "live"): "wizard.ui.pages.live_overview:LiveOverviewPage",
}
PAGE_KEYS: tuple[str, ...] = tuple(dict.fromkeys(key for key, _variant in PAGE_CLASSES))


def page_class(key: str, variant: str) -> type[StepPage]:
    """The page class of `key` in `variant`, falling back to the sandbox page where there is no other."""
    found = PAGE_CLASSES.get((key, variant)) or PAGE_CLASSES[(key, "sandbox")]
    if isinstance(found, str):
        import importlib

        module, name = found.split(":")
        found = getattr(importlib.import_module(module), name)
    return found


class EnrollmentWizard(QWizard):
    relationships_requested = Signal()  # the overview's button (whichever overview page the case shows)
    mode_applied = Signal()  # each step shows its page for the case's mode (chosen, or a stored case loaded)

    def __init__(self, session: CaseSession, autosave: Autosave, lazy_pages: bool = False) -> None:
        """`lazy_pages`: make each page's widgets only when it is first shown or `build_pages` runs (the
        app's first window: only the page shown first is built before the first paint)."""
        super().__init__()
        self.setObjectName("enrollment_wizard")
        self.session = session
        self.autosave = autosave
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.pages: dict[str, StepPage] = {}
        case = session.case()
        for page_id, key in enumerate(PAGE_KEYS):
            page = page_class(key, flow.variant(case, key))(session, autosave, lazy=lazy_pages)
            self.setPage(page_id, page)
            self.pages[key] = page
            self._wire(key, page)
        self.panel = StepPanel(self.flow(), self.variants())
        self.setSideWidget(self.panel)
        fit_wizard_header(self)  # a long subtitle keeps its last line at any width
        self.currentIdChanged.connect(self._page_changed)
        self._resuming = False
        self.retranslate_buttons()
        self.order_focus()

    def _wire(self, key: str, page: StepPage) -> None:
        """Connect a step's page to the wizard (again when a mode change replaces it)."""
        if key == "welcome":
            page.mode_changed.connect(lambda _mode: self.apply_mode())  # type: ignore[attr-defined]
        elif key == "enroll":
            self.enroll_page: EnrollPage = page  # type: ignore[assignment]
            page.go_to_step.connect(self.go_to_step)  # type: ignore[attr-defined]
            page.enrolled.connect(lambda _receipt: self._lock_answers())  # type: ignore[attr-defined]
        elif key == "status":
            self.status_page: StatusPage = page  # type: ignore[assignment]
            page.fix_profile.connect(self._fix_profile)  # type: ignore[attr-defined]
            page.status_changed.connect(lambda _status: self._lock_answers())  # type: ignore[attr-defined]
            page.completeChanged.connect(self._mark_current)
        elif key == "overview":
            page.relationships_requested.connect(self.relationships_requested.emit)  # type: ignore[attr-defined]
        elif key == "sign_in":
            # Signing in tells whether the tenant is already enrolled in CSP, which changes the flow: the
            # side panel follows at once, not only at the next page change.
            page.completeChanged.connect(self._follow_flow)

    def apply_mode(self) -> None:
        """The case's mode changed (chosen on the first page): each step whose page differs for the new
        mode gets that page. Only pages not shown are replaced (the mode is chosen on the first page)."""
        case = self.session.case()
        for page_id, key in enumerate(PAGE_KEYS):
            wanted = page_class(key, flow.variant(case, key))
            old = self.pages[key]
            if type(old) is wanted or page_id == self.currentId():
                continue
            page = wanted(self.session, self.autosave, lazy=not old.built)
            self.removePage(page_id)
            old.deleteLater()
            self.setPage(page_id, page)
            self.pages[key] = page
            self._wire(key, page)
        self._follow_flow()  # the side panel's titles are the new mode's
        self.order_focus(*getattr(self, "_after_buttons", ()))
        self.mode_applied.emit()

    def build_pages(self) -> None:
        """Build the pages not built yet (lazy_pages), in flow order; then the tab order is set again."""
        pending = [page for page in self.pages.values() if not page.built]
        for page in pending:
            page.ensure_built()
        if pending:
            self.order_focus(*getattr(self, "_after_buttons", ()))

    # ----- keyboard ---------------------------------------------------------------------------
    def retranslate_buttons(self) -> None:
        """F&inish, not Qt's &Finish: Alt+F opens the File menu of the main window."""
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("F&inish"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_buttons()
        super().changeEvent(event)

    def order_focus(self, *after_buttons: QWidget) -> None:
        """Tab goes left to right through the columns: step list, page, Back/Next/Finish, then
        `after_buttons` (the help pane beside the page), and round to the step list again."""
        self._after_buttons = after_buttons
        if self.panel.list.window() is not self.window():
            return  # QWizard adopts its side widget when it lays out (shown): ordered then, see showEvent
        previous: QWidget = self.button(QWizard.WizardButton.CancelButton)  # the wizard's last button
        for widget in (*after_buttons, self.panel.list):
            if widget.window() is self.window():
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.order_focus(*getattr(self, "_after_buttons", ()))

    def focusNextPrevChild(self, next: bool) -> bool:
        """While QWizard updates its buttons or switches pages it hides its whole content for a moment
        (updates disabled); Qt then moves the focus to the next widget outside, the help pane. Keep
        it where the user is instead: the content is shown again at once."""
        if not self.updatesEnabled():
            return True
        return super().focusNextPrevChild(next)

    # ----- flow -------------------------------------------------------------------------------
    def flow(self) -> tuple[str, ...]:
        """Every page this case walks through, including the status and overview after enrolling."""
        return flow.route(self.session.case())

    def variants(self) -> dict[str, str]:
        """The version of each step this case shows (its mode's: the side panel's titles, the help)."""
        case = self.session.case()
        return {key: flow.variant(case, key) for key in PAGE_KEYS}

    def help_topic(self) -> str:
        """The current step's help page: its live version's (e.g. "mpn_live") for a live case."""
        key = self.current_key()
        if key and flow.variant(self.session.case(), key) == "live":
            return f"{key}_live"
        return key

    def key_of(self, page_id: int) -> str:
        return PAGE_KEYS[page_id]

    def id_of(self, key: str) -> int:
        return PAGE_KEYS.index(key)

    def current_key(self) -> str:
        return self.key_of(self.currentId()) if self.currentId() >= 0 else ""

    def nextId(self) -> int:
        """The flow says which step follows (an already-enrolled tenant skips the MPN step)."""
        following = flow.next_step(self.session.case(), self.current_key())
        if following is None or following not in PAGE_KEYS:
            return -1
        return self.id_of(following)

    def _follow_flow(self) -> None:
        """The side panel lists this case's flow (it changes once sign-in shows the tenant already enrolled)."""
        route, variants = self.flow(), self.variants()  # each reads the case once
        if self.panel.flow != route or self.panel.variants != variants:
            self.panel.set_flow(route, variants)
        self._mark_current()

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self._follow_flow()
        if not self._resuming:
            self._save_step(self.key_of(page_id))

    def _lock_answers(self) -> None:
        """Enroll now is the commit point: every earlier page becomes a read-only record."""
        case = self.session.case()
        for key, page in self.pages.items():
            page.set_read_only(flow.locked(case, key))
        self._mark_current()

    def _fix_profile(self) -> None:
        """Partner Center needs more information: reopen the legal profile, resubmit from the review."""
        self._lock_answers()
        self.status_page.stop_polling()
        self.go_to_step(flow.reopened_step(self.session.case()) or "legal_profile")

    def _mark_current(self) -> None:
        """A tick on the current step once it is finished (enrolled; account ready), not merely visited."""
        key, page = self.current_key(), self.currentPage()
        done = key in ("enroll", "status") and page is not None and page.isComplete()
        self.panel.set_current(key, done=done)

    # ----- moving around ----------------------------------------------------------------------
    def resume(self, step_key: str) -> None:
        """Walk forward through the real pages (so Back works) to where the flow says the case resumes."""
        target = flow.resume_step(self.session.case(), step_key)
        self._resuming = True
        try:
            if self.currentId() < 0:
                self.restart()
            while self.current_key() != target:
                before = self.currentId()
                if self.nextId() < 0:
                    break
                self.next()
                if self.currentId() == before:  # the page refused (its answers have problems): stay there
                    break
        finally:
            self._resuming = False
        self._save_step(self.current_key())

    def _save_step(self, key: str) -> None:
        """The session moves now; the write (with pending values) runs on the writer thread."""
        if self.session.set_step(key, save=False):
            self.autosave.save_step(key)

    def go_to_step(self, key: str) -> None:
        """Go back to an earlier step (from the review's incomplete list)."""
        while self.current_key() != key and self.visitedIds() and self.currentId() != self.visitedIds()[0]:
            self.back()
        page = self.pages.get(key)
        if page is not None:
            page.setFocus()
            focus_target = next(iter(page.boxes.values()), None)
            if focus_target is not None:
                focus_target.field.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere on a page (a field, a list, the step list) presses Next, or Commit/Finish on
        their pages; a focused button presses itself before this. QDialog's own default-button logic
        assumes a top-level dialog: embedded in the main window it loses track of Next after a click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                          QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button.isVisible():
                    if button.isEnabled():
                        button.click()
                    break
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape must not hide an embedded wizard; closing the window is how the user leaves."""
        window = self.window()
        if window is not self:
            return
        super().reject()

    def done(self, result: int) -> None:  # Finish closes the main window, not just the wizard
        window = self.window()
        if window is not self and result == QWizard.DialogCode.Accepted:
            window.close()
            return
        super().done(result)


__all__ = ["EnrollmentWizard", "Qt"]
