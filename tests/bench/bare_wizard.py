"""Baseline for the startup benchmark: a bare PySide6 QWizard with the app's pages, no app code at all.

The same window as the app's, built from stock PySide6 widgets only: a QMainWindow with the same
menus (File, View with a Theme submenu, Sandbox, Partner Center, Help), a status bar with two labels,
a help dock (QTextBrowser), and a ClassicStyle QWizard with a side panel (heading + 7-step list) and
the app's seven pages, each with the same kinds and number of widgets as the app's page: a field is
a label, a container holding the input and its (hidden) error label, as wizard/ui/widgets.FieldBox.
What the bare wizard does NOT have is the app's code: no session, no autosave, no validation, no
translations, no theme logic. `widget_count()` is printed at the first paint (`widgets=N`) next to
the app's, so the benchmark report shows the two trees are of the same size.

Like the app under WIZARD_EXIT_AFTER_FIRST_PAINT=1 it prints `first_paint_epoch=<time.time()>` when
the first page first paints; with WIZARD_BENCH_LINGER_MS it stays idle that long and prints its own
memory (`rss_kib=`, `hwm_kib=`) before quitting, exactly as wizard/ui/first_paint.py does for the app.
With WIZARD_BENCH_BARE_STACK=1 it also loads the app's required libraries after the paint (bare_stack.py).
"""

from __future__ import annotations

import os
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

COUNTRIES = [f"Country {i:03d} ({i:03d})" for i in range(249)]  # the app's country combos list ~249 regions


def _memory_kib() -> tuple[int | None, int | None]:
    rss = hwm = None
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


class FirstPaint(QObject):
    """Report the first paint (and, if asked, the memory after an idle period), then quit."""

    def __init__(self, target: QWidget, window: QWidget) -> None:
        super().__init__(target)
        self._done = False
        self._window = window
        for widget in (target, *target.findChildren(QWidget)):  # as the app: a covered page's children paint
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)  # after the frame is finished, as the app does
        return False

    def _report(self) -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        if os.environ.get("WIZARD_BENCH_BARE_STACK") == "1":  # the app's libraries, loaded as the app does
            threading.Thread(target=_load_stack, daemon=True).start()
        rss, hwm = _memory_kib()
        cpu_ms = round(time.process_time() * 1000)
        print(f"widgets={widget_count(self._window)} paint_rss_kib={rss} paint_hwm_kib={hwm} cpu_ms={cpu_ms}",
              flush=True)
        linger = int(os.environ.get("WIZARD_BENCH_LINGER_MS", "0") or 0)
        QTimer.singleShot(linger, self._idle_report if linger > 0 else QApplication.quit)

    def _idle_report(self) -> None:
        rss, hwm = _memory_kib()
        print(f"idle_rss_kib={rss} idle_hwm_kib={hwm}", flush=True)
        QApplication.quit()


def _load_stack() -> None:
    """On a worker, as the app's background start-up: import and use the app's libraries (bare_stack.py)."""
    from bare_stack import load_stack  # the script's folder is on sys.path (run as a file)

    load_stack()


def widget_count(window: QWidget) -> int:
    return len(window.findChildren(QWidget))


def field(form: QFormLayout, text: str, edit: QWidget | None = None) -> QWidget:
    """One form row as the app builds it: a label, and a container with the input and its error label."""
    edit = edit if edit is not None else QLineEdit()
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    error = QLabel()
    error.hide()
    layout.addWidget(error)
    label = QLabel(text)
    label.setBuddy(edit)
    form.addRow(label, box)
    return edit


def busy() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar


def countries() -> QComboBox:
    combo = QComboBox()
    combo.addItems(COUNTRIES)
    return combo


def page(title: str, subtitle: str = "") -> tuple[QWizardPage, QVBoxLayout]:
    p = QWizardPage()
    p.setTitle(title)
    if subtitle:
        p.setSubTitle(subtitle)
    return p, QVBoxLayout(p)


def welcome_page() -> QWizardPage:
    p, layout = page("Welcome")
    text = QLabel(
        "<p>As an indirect reseller you sell Microsoft cloud services to your customers through an indirect "
        "provider.</p><p>You need a work account that is a global admin of your company's tenant, and your "
        "company's MPN ID.</p><p>Your progress is saved as you go: you can close the wizard and come back.</p>"
    )
    text.setWordWrap(True)
    # As the app's first page: the text and the sandbox/live choice, in a scroll area.
    content = QWidget()
    inner = QVBoxLayout(content)
    inner.addWidget(text)
    group = QGroupBox("Sandbox or live")
    choice = QVBoxLayout(group)
    for name, about in (("&Sandbox", "Rehearse the enrollment with the built-in Partner Center."),
                        ("&Live", "Enroll with Microsoft Partner Center, guided from here.")):
        choice.addWidget(QRadioButton(name))
        note = QLabel(about)
        note.setWordWrap(True)
        choice.addWidget(note)
    choice.addWidget(QLabel("You choose this once, for this case."))
    inner.addWidget(group)
    inner.addStretch()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return p


def sign_in_page() -> QWizardPage:
    p, layout = page("Sign in", "Sign in with the work account of your company's global admin.")
    form = QFormLayout()
    field(form, "&Work account:")
    field(form, "&Password:").setEchoMode(QLineEdit.EchoMode.Password)
    layout.addLayout(form)
    layout.addWidget(QPushButton("&Sign in"))
    layout.addWidget(busy())
    layout.addWidget(QLabel())
    layout.addWidget(QPushButton("No work account? &Create one"))
    group = QGroupBox("Create a work account")
    create = QFormLayout(group)
    name = QLineEdit()
    row = QHBoxLayout()
    field(create, "&Domain name:", name)
    row.addWidget(QLabel(".onmicrosoft.com"))
    create.addRow(row)
    field(create, "Co&untry/region:", countries())
    field(create, "&Your full name:")
    field(create, "New passw&ord:").setEchoMode(QLineEdit.EchoMode.Password)
    field(create, "Confi&rm password:").setEchoMode(QLineEdit.EchoMode.Password)
    create.addRow(QPushButton("Cr&eate work account and sign in"))
    group.hide()
    layout.addWidget(group)
    layout.addStretch()
    return p


def mpn_page() -> QWizardPage:
    p, layout = page("Choose your MPN ID", "Sign in to the Partner Membership Center and choose a profile.")
    form = QFormLayout()
    field(form, "PMC &user name:")
    field(form, "PMC pass&word:").setEchoMode(QLineEdit.EchoMode.Password)
    layout.addLayout(form)
    layout.addWidget(QPushButton("Sign in to &Partner Membership Center"))
    layout.addWidget(busy())
    layout.addWidget(QLabel("Sign in to see your company profiles."))
    lists = QFormLayout()
    field(lists, "&MPN ID:", QListWidget())
    layout.addLayout(lists)
    return p


LEGAL_GROUPS = {
    "Legal business profile": [
        "&Legal business name:", "&Address line 1:", "Address line &2 (optional):", "Cit&y:",
        "State/p&rovince:", "Postal &code:", "Co&untry/region:",
    ],
    "Primary contact": ["F&irst name:", "La&st name:", "&Email:", "&Phone:"],
    "Customer support": ["Support e&mail:", "Support ph&one:", "Support &website (optional):"],
}  # fmt: skip


def legal_profile_page() -> QWizardPage:
    p, layout = page("Legal business profile", "Your company's legal details, as registered.")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    for title, labels in LEGAL_GROUPS.items():
        group = QGroupBox(title)
        form = QFormLayout(group)
        for text in labels:
            field(form, text, countries() if "Country" in text else None)
        column.addWidget(group)
    scroll.setWidget(inner)
    layout.addWidget(scroll)
    return p


def enroll_page() -> QWizardPage:
    p, layout = page("Review and enroll", "Check your answers, then enroll.")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(QWidget())
    layout.addWidget(scroll)
    incomplete = QGroupBox("Still to do")
    incomplete.hide()
    layout.addWidget(incomplete)
    layout.addWidget(QPushButton("&Enroll now"))
    layout.addWidget(busy())
    layout.addWidget(QLabel())
    return p


def status_page() -> QWizardPage:
    p, layout = page("Enrollment status", "Follow the review of your enrollment.")
    for text in ("Waiting for your primary contact", "We received your enrollment.", "", "What's next:"):
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
    timeline = QTableWidget(0, 3)
    timeline.setHorizontalHeaderLabels(["When", "What happened", "Emailed to"])
    layout.addWidget(timeline)
    row = QHBoxLayout()
    for text in ("Check &status", "&Resend verification email", "&Update the legal profile and resubmit",
                 "What do the statuses &mean?"):  # fmt: skip
        row.addWidget(QPushButton(text))
    layout.addLayout(row)
    legend = QLabel("• Waiting for your primary contact ...")
    legend.hide()
    layout.addWidget(legend)
    layout.addWidget(busy())
    layout.addWidget(QLabel())
    again = QWidget()
    again_layout = QVBoxLayout(again)
    again_layout.addWidget(QLabel("Your sign-in has expired. Enter your password again."))
    form = QFormLayout()
    field(form, "&Password:").setEchoMode(QLineEdit.EchoMode.Password)
    again_layout.addLayout(form)
    again_layout.addWidget(QPushButton("Sign &in again"))
    again.hide()
    layout.addWidget(again)
    return p


def overview_page() -> QWizardPage:
    p, layout = page("CSP overview", "Finish setting up your Partner Center account.")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.addWidget(QLabel("✔ You've accepted the Microsoft Partner Agreement."))
    for title, texts, button in (
        ("Admin agents", ("", "To finish setting up your account, add yourself to the admin agents."),
         "&Add me to the admin agent group"),
        ("Account type", ("", "Your membership is still in the Partner Membership Center."), "&Move to Partner Center"),
    ):  # fmt: skip
        group = QGroupBox(title)
        group_layout = QVBoxLayout(group)
        for text in texts:
            group_layout.addWidget(QLabel(text))
        group_layout.addWidget(QPushButton(button))
        column.addWidget(group)
    mpa = QGroupBox("Microsoft Partner Agreement")
    mpa_layout = QVBoxLayout(mpa)
    mpa_layout.addWidget(QLabel("All indirect resellers must accept the Microsoft Partner Agreement."))
    mpa_layout.addWidget(QWidget())
    accept = QWidget()
    form = QFormLayout(accept)
    region = QComboBox()
    region.addItems(["Europe", "North America", "Asia Pacific", "Latin America"])
    label = QLabel("CSP &region:")
    label.setBuddy(region)
    form.addRow(label, region)
    field(form, "&Global admin:")
    field(form, "Pass&word:").setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(QPushButton("A&ccept the Microsoft Partner Agreement"))
    mpa_layout.addWidget(accept)
    column.addWidget(mpa)
    providers = QGroupBox("Indirect providers")
    providers_layout = QVBoxLayout(providers)
    providers_layout.addWidget(QLabel("Find an indirect provider, accept its invitation, see your customers."))
    providers_layout.addWidget(QPushButton("Open indirect &providers and customers"))
    column.addWidget(providers)
    scroll.setWidget(inner)
    layout.addWidget(scroll)
    layout.addWidget(busy())
    layout.addWidget(QLabel())
    return p


HELP_HTML = "<h2>Welcome</h2>" + "".join(
    f"<p>Help paragraph {i}: what this step asks for, why, and where to find it.</p>" for i in range(12)
)  # about the size of the app's help topic for the first page

PAGES = (welcome_page, sign_in_page, mpn_page, legal_profile_page, enroll_page, status_page, overview_page)


def side_panel() -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addWidget(QLabel("Enrollment"))
    steps = QListWidget()
    steps.addItems([f"{i + 1}. Step {i + 1}" for i in range(len(PAGES))])
    layout.addWidget(steps, 1)
    panel.setFixedWidth(230)
    return panel


def main_window() -> tuple[QMainWindow, QWizardPage]:
    window = QMainWindow()
    window.setWindowTitle("CSP onboarding wizard (bare baseline)")
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
    pages = [build() for build in PAGES]
    for index, built in enumerate(pages):
        wizard.setPage(index, built)
    window.side_panel = side_panel()  # PySide6 does not pass the side widget's ownership to the wizard
    wizard.setSideWidget(window.side_panel)
    window.setCentralWidget(wizard)
    menus = {
        "&File": ["&New case", "&Cases…", None, "&Export case…", "&Import a case…", "Save as &answers file…",
                  "Printable &summary (PDF)…", None, "Support s&taff name…", None, "&Quit"],
        "&View": ["&Help pane", "&Language…"],
        "&Sandbox": ["&Outbox…", "Open a &link…", None, "Advance 1 &day", "Advance &3 days", "Advance &7 days"],
        "&Partner Center": ["&Indirect providers and customers…"],
        "&Help": ["&About"],
    }  # fmt: skip
    for title, actions in menus.items():
        menu = window.menuBar().addMenu(title)
        for text in actions:
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(QAction(text, window))
        if title == "&View":
            theme = menu.addMenu("&Theme")
            for text in ("&System", "&Light", "&Dark", "&High contrast"):
                theme.addAction(QAction(text, window))
    window.statusBar().addWidget(QLabel(), 1)
    window.statusBar().addPermanentWidget(QLabel())
    dock = QDockWidget("Help", window)
    browser = QTextBrowser()
    browser.setHtml(HELP_HTML)
    dock.setWidget(browser)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.setMinimumSize(960, 640)
    window.resize(1280, 800)
    return window, pages[0]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window, first = main_window()
    FirstPaint(first, window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
