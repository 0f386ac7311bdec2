"""The main window: the enrollment wizard in the middle, menus on top, save state and notices below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from wizard.services.case_session import CaseSession
from wizard.ui.autosave import Autosave
from wizard.ui.wizard_window import EnrollmentWizard

MIN_SIZE = (960, 680)


class MainWindow(QMainWindow):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.setWindowTitle(self.tr("Enroll as an indirect reseller — CSP onboarding"))
        self.autosave = Autosave(session, self)
        self.wizard = EnrollmentWizard(session, self.autosave)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.setCentralWidget(self.wizard)
        self.setMinimumSize(*MIN_SIZE)
        self.resize(1280, 800)
        self.save_state = QLabel()
        self.save_state.setObjectName("save_state")
        widest = max(self.tr("All changes saved"), self.tr("Not saved yet — retrying"), key=len)
        self.save_state.setMinimumWidth(self.save_state.fontMetrics().horizontalAdvance(widest) + 16)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().addPermanentWidget(self.save_state)
        self.autosave.saved.connect(lambda _count: self.save_state.setText(self.tr("All changes saved")))
        self.autosave.failed.connect(self._save_failed)
        self._build_menus()
        self.error_box: QMessageBox | None = None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.tr(
            "CSP onboarding wizard: enroll as an indirect reseller in the Cloud Solution Provider program. "
            "Runs against the embedded sandbox Partner Center."), QMessageBox.StandardButton.Ok, self)
        box.open()

    def _save_failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved yet — retrying"))
        self.notice.setText(self.tr("Your last changes could not be saved: {reason}").format(reason=message))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def show_error(self, title: str, text: str, buttons: dict[str, callable]) -> QMessageBox:
        """A non-modal error box with named actions (never exec(): tests and the event loop keep running)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("error_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        for label, action in buttons.items():
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName("error_action_" + label.replace("&", "").split()[0].lower())
            button.clicked.connect(action)
        self.error_box = box
        box.open()
        return box

    def reload(self) -> None:
        """Show the session's values on every page (after the store delivered the case)."""
        for key, page in self.wizard.pages.items():
            page.load()
            page.set_read_only(self.session.locked(key))
        self.wizard.resume(self.session.step)
        current = self.wizard.currentPage()
        if current is not None:
            current.initializePage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush()
        super().closeEvent(event)
