"""The enrollment QWizard: pages in flow order, resumable, with the step panel at its side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from wizard.domain import steps
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

PAGE_CLASSES = {
    "welcome": WelcomePage,
    "sign_in": SignInPage,
    "mpn": MpnPage,
    "legal_profile": LegalProfilePage,
    "enroll": EnrollPage,
    "status": StatusPage,
    "overview": OverviewPage,
}


class EnrollmentWizard(QWizard):
    def __init__(self, session: CaseSession, autosave: Autosave) -> None:
        super().__init__()
        self.setObjectName("enrollment_wizard")
        self.session = session
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.pages: dict[str, StepPage] = {}
        for page_id, key in enumerate(PAGE_CLASSES):
            page = PAGE_CLASSES[key](session, autosave)
            self.setPage(page_id, page)
            self.pages[key] = page
        self.enroll_page: EnrollPage = self.pages["enroll"]  # type: ignore[assignment]
        self.enroll_page.go_to_step.connect(self.go_to_step)
        self.enroll_page.enrolled.connect(lambda _receipt: self._lock_answers())
        self.status_page: StatusPage = self.pages["status"]  # type: ignore[assignment]
        self.status_page.fix_profile.connect(self._fix_profile)
        self.status_page.status_changed.connect(lambda _status: self._lock_answers())
        self.status_page.completeChanged.connect(self._mark_current)
        self.panel = StepPanel(self.flow())
        self.setSideWidget(self.panel)
        self.currentIdChanged.connect(self._page_changed)
        self._resuming = False

    # ----- flow -------------------------------------------------------------------------------
    def flow(self) -> tuple[str, ...]:
        """Every page this case walks through, including the status and overview after enrolling."""
        return steps.route(self.session.already_enrolled)

    def key_of(self, page_id: int) -> str:
        return list(PAGE_CLASSES)[page_id]

    def id_of(self, key: str) -> int:
        return list(PAGE_CLASSES).index(key)

    def current_key(self) -> str:
        return self.key_of(self.currentId()) if self.currentId() >= 0 else ""

    def nextId(self) -> int:
        """Follow the step graph: an already-enrolled tenant skips the MPN step."""
        following = steps.next_step(self.current_key(), self.session.already_enrolled)
        if following is None or following not in PAGE_CLASSES:
            return -1
        return self.id_of(following)

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        if self.panel.flow != self.flow():
            self.panel.set_flow(self.flow())
        self._mark_current()
        if not self._resuming:
            self.session.set_step(self.key_of(page_id))

    def _lock_answers(self) -> None:
        """Enroll now is the commit point: every earlier page becomes a read-only record."""
        for key, page in self.pages.items():
            page.set_read_only(self.session.locked(key))
        self._mark_current()

    def _fix_profile(self) -> None:
        """Partner Center needs more information: reopen the legal profile, resubmit from the review."""
        self._lock_answers()
        self.status_page.stop_polling()
        self.go_to_step("legal_profile")

    def _mark_current(self) -> None:
        """A tick on the current step once it is finished (enrolled; account ready), not merely visited."""
        key, page = self.current_key(), self.currentPage()
        done = key in ("enroll", "status") and page is not None and page.isComplete()
        self.panel.set_current(key, done=done)

    # ----- moving around ----------------------------------------------------------------------
    def resume(self, step_key: str) -> None:
        """Walk forward to the saved step through the real pages, stopping early at an incomplete one."""
        if step_key not in PAGE_CLASSES:
            step_key = "welcome"
        self._resuming = True
        try:
            if self.currentId() < 0:
                self.restart()
            while self.current_key() != step_key:
                page = self.currentPage()
                if not page.isComplete() or self.nextId() < 0:
                    break
                self.next()
        finally:
            self._resuming = False
        self.session.set_step(self.current_key())

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
