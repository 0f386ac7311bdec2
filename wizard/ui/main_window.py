"""The main window: the enrollment wizard in the middle, menus on top, save state and notices below."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from wizard.services.case_session import CaseSession
from wizard.ui.autosave import Autosave
from wizard.ui.tasks import run_task
from wizard.ui.widgets import MIN_WINDOW, StatusLabel
from wizard.ui.wizard_window import EnrollmentWizard

if TYPE_CHECKING:  # the outbox is a sandbox tool: loaded when first opened, not before the first paint
    # The dialogs too: PySide makes a class's Python type and its enums on first use (~2 ms before the paint).
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from wizard.ui.outbox import OutboxWindow, SandboxControls

MIN_SIZE = MIN_WINDOW
ADVANCE_DAYS = (1, 3, 7)
STATUS_RETRY_MS, STATUS_RETRIES = 400, 25  # the status page may be busy checking when a link is opened


class MainWindow(QMainWindow):
    relationships_requested = Signal(str)  # an invitation id to show, or "" for the window as it was
    case_list_requested = Signal()
    new_case_requested = Signal()
    file_chosen = Signal(str, str)  # (what: export | import | answers | summary, path)
    staff_name_chosen = Signal(str)
    theme_chosen = Signal(str)  # system | light | dark | high_contrast (View → Theme)
    language_chosen = Signal(str)  # a wizard.ui.i18n.LANGUAGES code (View → Language)
    reload_requested = Signal(int)
    customers_changed = Signal(str)  # a customer accepted an invitation shared with this provider
    def __init__(self, session: CaseSession, lazy_pages: bool = False) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.setWindowTitle(self.tr("Enroll as an indirect reseller — CSP onboarding"))
        self.autosave = Autosave(session, self)
        self.wizard = EnrollmentWizard(session, self.autosave, lazy_pages=lazy_pages)
        self.wizard.mode_applied.connect(self._show_sandbox_menu)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.setCentralWidget(self.wizard)
        self.setMinimumSize(*MIN_SIZE)
        self.resize(1280, 800)
        self.save_state = QLabel()
        self.save_state.setObjectName("save_state")
        widest = max(self.tr("All changes saved"), self.tr("Not saved yet — retrying"), key=len)
        self.save_state.setMinimumWidth(self.save_state.fontMetrics().horizontalAdvance(widest) + 16)
        self.notice = StatusLabel()  # a long notice (longer still in Spanish) takes two lines, never cut
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.notice, 1)
        self.statusBar().addPermanentWidget(self.save_state)
        self.autosave.saved.connect(lambda _count: self.save_state.setText(self.tr("All changes saved")))
        self.autosave.failed.connect(self._save_failed)
        self.autosave.conflict.connect(self._save_conflict)
        self._sandbox: SandboxControls | None = None
        self._open_link: Callable[[str], Any] | None = None
        self.outbox: OutboxWindow | None = None
        self._build_menus()
        self.wizard.relationships_requested.connect(lambda: self.relationships_requested.emit(""))
        self.error_box: QMessageBox | None = None

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.case_actions: dict[str, QAction] = {}
        for key, text, shortcut, handler in (
            ("new", self.tr("&New case"), QKeySequence.StandardKey.New, self.new_case_requested.emit),
            ("cases", self.tr("&Cases…"), "Ctrl+L", self.case_list_requested.emit),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action_{key}")
            action.setShortcut(shortcut)
            action.triggered.connect(handler)
            file_menu.addAction(action)
            self.case_actions[key] = action
        file_menu.addSeparator()
        for key, text, save, pattern in (
            ("export", self.tr("&Export case for a colleague…"), True, self.tr("Case packets (*.json)")),
            ("import", self.tr("&Import a case…"), False, self.tr("Case packets (*.json)")),
            ("answers", self.tr("Save as &answers file…"), True, self.tr("Answers files (*.toml *.json)")),
            ("summary", self.tr("Printable &summary (PDF)…"), True, self.tr("PDF files (*.pdf)")),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action_{key}")
            action.triggered.connect(lambda _checked=False, k=key, sv=save, pt=pattern: self.choose_file(k, sv, pt))
            file_menu.addAction(action)
            self.case_actions[key] = action
        file_menu.addSeparator()
        staff = QAction(self.tr("Support s&taff name…"), self)
        staff.setObjectName("action_staff_name")
        staff.triggered.connect(self.ask_staff_name)
        file_menu.addAction(staff)
        live = QAction(self.tr("&Live mode settings…"), self)
        live.setObjectName("action_live_settings")
        live.triggered.connect(self.open_live_settings)
        file_menu.addAction(live)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_view_menu()
        self._build_language_menu()
        self._build_sandbox_menu()
        # Par&tner, Sandbo&x: P and S belong to the pages' fields (&Password, &State), mnemonics must not clash
        partner_menu = self.menuBar().addMenu(self.tr("Par&tner Center"))
        self.relationships_action = QAction(self.tr("&Indirect providers and customers…"), self)
        self.relationships_action.setObjectName("action_relationships")
        self.relationships_action.setShortcut("Ctrl+Shift+R")
        self.relationships_action.triggered.connect(lambda: self.relationships_requested.emit(""))
        partner_menu.addAction(self.relationships_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._build_help_pane(help_menu)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_help_pane(self, help_menu) -> None:
        """The step's help beside the page (F1 or Help → Show help), following the wizard's page."""
        from wizard.ui.help_pane import HelpPane

        self.help_pane = HelpPane("main", self)
        help_menu.addAction(self.help_pane.action)
        help_menu.addSeparator()
        self.help_pane.show_topic(self.wizard.help_topic())
        self.wizard.currentIdChanged.connect(lambda _id: self.help_pane.show_topic(self.wizard.help_topic()))
        self.wizard.order_focus(self.help_pane.browser)

    def _build_view_menu(self) -> None:
        """View → Theme: follow the system, or light, dark or high contrast (remembered by the app)."""
        from wizard.ui import theme

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.setObjectName("view_menu")
        theme_menu = self.view_menu.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("theme_menu")
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, text in (
            (theme.SYSTEM, self.tr("&System")),
            (theme.LIGHT, self.tr("&Light")),
            (theme.DARK, self.tr("&Dark")),
            (theme.HIGH_CONTRAST, self.tr("&High contrast")),
        ):
            action = QAction(text, group)
            action.setObjectName(f"action_theme_{key}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=key: self.theme_chosen.emit(k))
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        self.show_theme(theme.current_choice())

    def _build_language_menu(self) -> None:
        """View → Language: each language under its own name. Choosing one switches at once (the app
        rebuilds its windows on the same page, with every typed value) and is remembered."""
        from wizard.ui import i18n

        menu = self.view_menu.addMenu(self.tr("&Language"))
        menu.setObjectName("language_menu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        mnemonics = {"en": "&English", "es": "E&spañol"}  # never translated: each language in its own words
        for code, name in i18n.LANGUAGES.items():
            action = QAction(mnemonics.get(code, name), group)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            menu.addAction(action)
            self.language_actions[code] = action

    def show_theme(self, choice: str) -> None:
        """Tick the theme in use in View → Theme."""
        action = self.theme_actions.get(choice)
        if action is not None:
            action.setChecked(True)

    def _build_sandbox_menu(self) -> None:
        """Developer tools of the embedded sandbox; disabled until the services are up (attach_services)."""
        self.sandbox_menu = self.menuBar().addMenu(self.tr("Sandbo&x"))
        self.sandbox_menu.setObjectName("sandbox_menu")
        self.outbox_action = QAction(self.tr("&Outbox…"), self)
        self.outbox_action.setObjectName("action_outbox")
        self.outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.outbox_action.setStatusTip(self.tr("The emails the sandbox Partner Center sent, with their links"))
        self.outbox_action.triggered.connect(lambda: self.open_outbox())
        self.open_link_action = QAction(self.tr("Open a &link…"), self)
        self.open_link_action.setObjectName("action_open_link")
        self.open_link_action.triggered.connect(lambda: self.open_outbox(paste=True))
        labels = {1: self.tr("Advance the clock by 1 &day"), 3: self.tr("Advance the clock by &3 days"),
                  7: self.tr("Advance the clock by &7 days")}
        self.advance_actions: dict[int, QAction] = {}
        for days in ADVANCE_DAYS:
            action = QAction(labels[days], self)
            action.setObjectName(f"action_advance_{days}")
            action.triggered.connect(lambda _checked=False, days=days: self.advance_clock(days))
            self.advance_actions[days] = action
        self.sandbox_menu.addActions([self.outbox_action, self.open_link_action])
        self.sandbox_menu.addSeparator()
        self.sandbox_menu.addActions(list(self.advance_actions.values()))
        for action in self._sandbox_actions():
            action.setEnabled(False)

    def _sandbox_actions(self) -> list[QAction]:
        return [self.outbox_action, self.open_link_action, *self.advance_actions.values()]

    def attach_services(self, sandbox: SandboxControls | None, open_link: Callable[[str], Any]) -> None:
        """Called by the app once the store and backend are up. `sandbox` is None for a live backend
        (the Sandbox menu is hidden); `open_link(url)` opens an email link for the current case."""
        self._sandbox, self._open_link = sandbox, open_link
        self._show_sandbox_menu()
        for action in self._sandbox_actions():
            action.setEnabled(sandbox is not None)
        if self.outbox is not None:
            if sandbox is None:
                self.outbox.close()
            else:
                self.outbox.set_sources(sandbox.outbox, open_link)

    def _show_sandbox_menu(self) -> None:
        """The Sandbox menu is for rehearsals: hidden for a live case (its clock and outbox aren't Microsoft's)."""
        self.sandbox_menu.menuAction().setVisible(self._sandbox is not None and self.session.case().mode != "live")

    # ----- sandbox tools ----------------------------------------------------------------------
    def open_outbox(self, paste: bool = False) -> OutboxWindow | None:
        """Open the outbox window, or raise it if it is open; with `paste`, focus its link field."""
        if self._sandbox is None or self._open_link is None:
            return None
        if self.outbox is None:
            from wizard.ui.outbox import OutboxWindow

            self.outbox = OutboxWindow(self._sandbox.outbox, self._open_link, self)
            self.outbox.link_opened.connect(self._link_opened)
        self.outbox.show_and_raise()
        if paste:
            self.outbox.focus_paste()
        return self.outbox

    def _link_opened(self, outcome: Any) -> None:
        from wizard.ui.messages import text

        message = text(getattr(outcome, "message", ""))
        if message:
            self.show_notice(message)
        kind = getattr(outcome, "kind", "")
        if kind == "provider-invitation":
            self.relationships_requested.emit(getattr(outcome, "invitation_id", ""))
        elif kind == "customer-invitation":
            self.customers_changed.emit(getattr(outcome, "provider_id", ""))
        self._refresh_status_page()

    def _refresh_status_page(self, attempts: int = STATUS_RETRIES) -> None:
        """Ask the status page to check again, if the wizard is on it (once it finishes a running check)."""
        if self.wizard.current_key() != "status":
            return
        page = self.wizard.status_page
        if page.busy:
            if attempts > 0:
                QTimer.singleShot(STATUS_RETRY_MS, self, lambda: self._refresh_status_page(attempts - 1))
            return
        page.check_status()

    def advance_clock(self, days: int) -> None:
        """Move the sandbox's clock forward (the review takes simulated days), off the GUI thread."""
        sandbox = self._sandbox
        if sandbox is None:
            return
        for action in self.advance_actions.values():
            action.setEnabled(False)
        self.show_notice(self.tr("Moving the sandbox clock forward…"))
        run_task(lambda: sandbox.advance(timedelta(days=days)), self._clock_advanced, self._clock_failed)

    def _clock_advanced(self, now: datetime) -> None:
        self._clock_done()
        from wizard.ui.formatting import local_time

        self.show_notice(self.tr("Sandbox time is now {time}.").format(time=local_time(now)))
        self._refresh_status_page()
        if self.outbox is not None and self.outbox.isVisible():
            self.outbox.refresh()

    def _clock_failed(self, error: Exception) -> None:
        self._clock_done()
        from wizard.ui.messages import error_text

        self.show_notice(self.tr("The sandbox clock could not be moved: {reason}").format(reason=error_text(error)))

    def _clock_done(self) -> None:
        for action in self.advance_actions.values():
            action.setEnabled(self._sandbox is not None)

    def ask_staff_name(self) -> QInputDialog:
        """Non-modal: the name support staff want recorded as "who" in the audit trail. One dialog,
        reused: after Escape, the name being typed is still there when it is opened again."""
        from PySide6.QtWidgets import QInputDialog

        dialog: QInputDialog | None = getattr(self, "staff_dialog", None)
        if dialog is None:
            dialog = QInputDialog(self)
            dialog.setObjectName("staff_name_dialog")
            dialog.setWindowTitle(self.tr("Support staff name"))
            dialog.setLabelText(self.tr("Your &name, recorded in every case's audit trail (empty: your computer login):"))
            dialog.setTextValue(self.session.actor)
            dialog.textValueSelected.connect(self.staff_name_chosen.emit)
            self.staff_dialog = dialog
        dialog.open()
        return dialog

    def open_live_settings(self):
        """Non-modal to the app (open(), never exec()): the client ID, authority and endpoints of live mode."""
        from wizard.ui.live_settings import LiveSettingsDialog

        dialog = LiveSettingsDialog(self)
        dialog.accepted.connect(self._live_settings_saved)
        self.live_settings_dialog = dialog
        dialog.open()
        return dialog

    def _live_settings_saved(self) -> None:
        welcome = self.wizard.pages["welcome"]
        welcome.load()  # a client ID saved there: the welcome page's request goes away
        welcome.completeChanged.emit()

    def choose_file(self, what: str, save: bool, pattern: str) -> QFileDialog:
        """A non-modal file dialog (never exec()): the choice arrives as `file_chosen(what, path)`."""
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self, self.tr("Choose a file"), "", pattern)
        dialog.setObjectName(f"file_dialog_{what}")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda path: self.file_chosen.emit(what, path))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.tr(
            "CSP onboarding wizard: enroll as an indirect reseller in the Cloud Solution Provider program. "
            "Runs against the embedded sandbox Partner Center."), QMessageBox.StandardButton.Ok, self)
        box.open()

    def _save_failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved yet — retrying"))
        self.notice.setText(self.tr("Your last changes could not be saved: {reason}").format(reason=message))

    def _save_conflict(self, message: str) -> None:
        """A colleague saved this case first: never overwrite; show what is unsaved and offer a reload."""
        from PySide6.QtWidgets import QMessageBox

        self.save_state.setText(self.tr("Not saved — changed elsewhere"))
        unsaved = self.session.unsaved_values()
        lines = "\n".join(f"• {key}: {value}" for key, value in sorted(unsaved.items()))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Someone else changed this case"),
                          message + "\n\n" + self.tr("Your unsaved values:") + "\n" + lines, parent=self)
        box.setObjectName("save_conflict")
        box.setTextFormat(Qt.TextFormat.PlainText)
        reload_button = box.addButton(self.tr("&Reload the case"), QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName("conflict_reload")
        reload_button.clicked.connect(lambda: self.reload_requested.emit(self.session.case_id or 0))
        box.addButton(QMessageBox.StandardButton.Close)
        self.conflict_box = box
        box.open()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def show_error(self, title: str, text: str, buttons: dict[str, callable], critical: bool = True) -> QMessageBox:
        """A non-modal error box with named actions (wizard.ui.boxes.error_box)."""
        from wizard.ui.boxes import error_box

        self.error_box = error_box(self, title, text, buttons, critical)
        return self.error_box

    def reload(self) -> None:
        """Show the session's values on every page (after the store delivered the case)."""
        self.wizard.apply_mode()  # the stored case may be live: its steps' live pages
        for key, page in self.wizard.pages.items():
            page.load()
            page.set_read_only(self.session.locked(key))
        self.wizard.resume(self.session.step)
        current = self.wizard.currentPage()
        if current is not None:
            current.initializePage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush_now()  # closing: on the spot, nothing left pending
        super().closeEvent(event)
        if self.outbox is not None:  # a window of its own: it would keep the app running
            self.outbox.close()
