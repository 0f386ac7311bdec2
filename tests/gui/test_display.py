"""Display (issue 7): every page and window, reached through the real flow, rendered offscreen at the
minimum window size in English and Spanish, light, dark and high contrast, at 1x and (in a child
process, since the scale is fixed when QApplication starts) 2x: no clipped or overlapping text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListWidget, QPushButton, QTableWidget, QWidget

from tests.gui.display_checks import LongerTexts, text_problems
from tests.gui.driver import INACTIVE_MPN, PASSWORD, WizardDriver, verify_contact_email
from wizard.secrets import SessionVault
from wizard.ui import theme
from wizard.ui.i18n import install_language
from wizard.ui.widgets import MIN_DIALOG, MIN_SECONDARY, MIN_WINDOW

CHILD = "WIZARD_DISPLAY_CHILD"
THEMES = tuple(os.environ.get("WIZARD_DISPLAY_THEMES", "light,dark,high_contrast").split(","))
ROOT = Path(__file__).resolve().parents[2]


def _geometry(window: QWidget) -> tuple:
    return tuple((id(w), w.geometry().getRect(), w.isVisible()) for w in window.findChildren(QWidget))


def settle(window: QWidget, rounds: int = 8) -> None:
    """Let layouts settle: posted layout requests and word-wrapped heights take a few event rounds. Stop
    once two rounds in a row change no widget's geometry (the UI has no delayed layout timers)."""
    previous = None
    for _ in range(rounds):
        for _ in range(6):
            QApplication.processEvents()
        QTest.qWait(2)
        current = _geometry(window)
        if current == previous:
            return
        previous = current


class Matrix:
    """Checks windows in every theme at their minimum size and gathers what does not fit."""

    def __init__(self, qtbot, language: str) -> None:
        self.qtbot, self.language = qtbot, language
        self.problems: dict[str, list[str]] = defaultdict(list)
        self.checked = 0

    def check(self, window: QWidget, where: str, minimum: tuple[int, int]) -> None:
        assert window.minimumSize() == QSize(*minimum), f"{where}: minimum size {window.minimumSize()}"
        for name in THEMES:
            theme.apply_theme(name)
            window.resize(window.minimumSize())
            settle(window)
            assert window.size() == window.minimumSize(), f"{where}: could not shrink to {window.minimumSize()}"
            window.grab()  # paint it, in this theme, like the screen would
            scale = f"x{window.devicePixelRatio():g}"
            for problem in text_problems(window):
                self.problems[f"{where}: {problem}"].append(f"{self.language} {name} {scale}")
            self.checked += 1

    def report(self) -> str:
        return "\n".join(f"- [{', '.join(where)}] {problem}" for problem, where in self.problems.items())


@pytest.fixture
def restore_display():
    yield
    app = QApplication.instance()
    longer = getattr(app, "_longer_texts", None)
    if longer is not None:
        app.removeTranslator(longer)
        app._longer_texts = None
    install_language("en")
    theme.reset_theme()


def open_in(open_app, qtbot, language: str) -> WizardDriver:
    """The app started in `language` (as the saved preference and the installed translators)."""
    folder = Path(os.environ["WIZARD_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "preferences.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    install_language(language)
    app = QApplication.instance()
    if language != "en" and QCoreApplication.translate("MainWindow", "&File") == "&File":
        app._longer_texts = LongerTexts(app)  # no Spanish built yet: texts as long as Spanish ones instead
        app.installTranslator(app._longer_texts)
    return WizardDriver(qtbot, open_app())


def idle(driver: WizardDriver) -> None:
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)


def tour_pages(driver: WizardDriver, matrix: Matrix) -> None:
    """All seven steps, with the states that add text: errors, the create-account form, the legend."""
    window = driver.window

    def check(where: str) -> None:
        matrix.check(window, f"{driver.step} ({where})", MIN_WINDOW)

    window.show_notice(QCoreApplication.translate("Vault", SessionVault().notice))  # no keyring: a long notice
    check("start")
    driver.next()
    check("signed out")
    driver.click("sign_in_button")  # nothing typed: the field says what is missing
    driver.click("create_one")
    check("an error and the create-account form")
    driver.click("create_one")
    driver.sign_in()
    driver.wait_complete()
    check("signed in")
    driver.next()
    check("not signed in to PMC")
    driver.pmc_sign_in()
    driver.click_profile(INACTIVE_MPN)
    check("an inactive profile refused")
    driver.click_profile("4567890")
    driver.wait_complete()
    check("profile chosen")
    driver.next()
    driver.type("contact_email", "lucia@gmail.com")
    driver.type("support_website", "not a website")
    check("two errors")
    driver.fill_contact()  # corrected
    driver.type("support_website", "https://www.contoso-iberia.es/soporte")
    driver.next()
    check("review")
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)
    check("submitted")
    driver.next()
    idle(driver)
    check("email verification")
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    idle(driver)
    driver.click("status_legend_button")
    check("approved, with the legend")
    driver.click("status_legend_button")
    driver.next()
    idle(driver)
    check("partner agreement not signed")
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    driver.qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=15000)
    check("partner agreement signed")


def tour_windows(driver: WizardDriver, matrix: Matrix) -> None:
    """Outbox, relationships (each tab), case list, audit trail and notes."""
    from tests.gui.test_relationships import follow_invitation, window_of

    qtbot, instance = driver.qtbot, driver.instance
    follow_invitation(driver, "iberiacloud")  # opens the outbox, and a link in it
    outbox = instance.window.outbox
    qtbot.waitUntil(lambda: not outbox.busy, timeout=15000)
    matrix.check(outbox, "outbox", MIN_SECONDARY)

    window = window_of(driver)
    text = window.findChild(QLabel, "invitation_text")
    qtbot.waitUntil(lambda: "Iberia Cloud" in text.text(), timeout=15000)
    matrix.check(window, "relationships: invitation", MIN_SECONDARY)
    confirm = window.findChild(QCheckBox, "authorize_confirm")
    confirm.setChecked(True)
    qtbot.mouseClick(window.findChild(QPushButton, "authorize_provider"), Qt.MouseButton.LeftButton)
    providers = window.findChild(QTableWidget, "indirect_providers")
    qtbot.waitUntil(lambda: providers.rowCount() == 1, timeout=15000)
    providers.selectRow(0)
    matrix.check(window, "relationships: indirect providers", MIN_SECONDARY)
    qtbot.mouseClick(window.findChild(QPushButton, "view_customers"), Qt.MouseButton.LeftButton)
    count = window.findChild(QLabel, "customer_count")
    qtbot.waitUntil(lambda: bool(re.search(r"\d", count.text())), timeout=15000)
    matrix.check(window, "relationships: customers", MIN_SECONDARY)
    window.tabs.setCurrentIndex(0)
    results = window.findChild(QListWidget, "provider_results")
    qtbot.waitUntil(lambda: results.count() > 0, timeout=15000)
    results.setCurrentRow(0)
    matrix.check(window, "relationships: find a provider", MIN_SECONDARY)

    instance.show_case_list()
    cases = instance.case_list_window
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=15000)
    cases.view.selectRow(0)
    matrix.check(cases, "case list", MIN_SECONDARY)
    audit = cases.open_audit()
    matrix.check(audit, "audit trail", MIN_SECONDARY)
    notes = cases.open_notes()
    matrix.check(notes, "notes", MIN_DIALOG)


@pytest.mark.parametrize("language", ["en", "es"])
def test_pages_and_windows_fit(qtbot, open_app, restore_display, language: str) -> None:
    # Started in one theme (as from the saved preference), then switched at every check (View → Theme).
    theme.apply_theme(THEMES[-1] if language == "es" else THEMES[len(THEMES) // 2])
    driver = open_in(open_app, qtbot, language)
    matrix = Matrix(qtbot, language)
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        assert driver.window.devicePixelRatio() == 2
    tour_pages(driver, matrix)
    tour_windows(driver, matrix)
    assert matrix.checked >= 20 * len(THEMES)
    assert not matrix.problems, f"{len(matrix.problems)} display problems:\n{matrix.report()}"


@pytest.mark.skipif(os.environ.get(CHILD) == "1", reason="this is the child run")
def test_pages_and_windows_fit_at_twice_the_pixel_ratio() -> None:
    """The same tour at device pixel ratio 2, in a child process (QT_SCALE_FACTOR only counts before
    QApplication exists): both languages, in the dark theme."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", WIZARD_DISPLAY_THEMES="dark")
    env[CHILD] = "1"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", f"{Path(__file__).relative_to(ROOT)}::test_pages_and_windows_fit",
         "-q", "-p", "no:cacheprovider", "-x", "--timeout", "240"],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]


# ----- themes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_every_text_colour_is_readable_on_its_background(name: str) -> None:
    """WCAG AA (4.5:1) for text, placeholders, selections, links, errors, warnings and the banner."""
    pal, extra = theme.palette(name), theme.extra(name)
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    pairs = {
        "text on window": (pal.color(R.WindowText), pal.color(R.Window)),
        "text on base": (pal.color(R.Text), pal.color(R.Base)),
        "button text": (pal.color(R.ButtonText), pal.color(R.Button)),
        "placeholder": (pal.color(R.PlaceholderText), pal.color(R.Base)),
        "selection": (pal.color(R.HighlightedText), pal.color(R.Highlight)),
        "link": (pal.color(R.Link), pal.color(R.Base)),
        "tooltip": (pal.color(R.ToolTipText), pal.color(R.ToolTipBase)),
        "disabled text": (pal.color(G.Disabled, R.Text), pal.color(R.Base)),
        "disabled label": (pal.color(G.Disabled, R.WindowText), pal.color(R.Window)),
        "error on window": (extra.error, pal.color(R.Window)),
        "error on base": (extra.error, pal.color(R.Base)),
        "warning on base": (extra.warning, pal.color(R.Base)),
        "banner": (extra.success_text, extra.success_background),
    }
    low = {what: round(theme.contrast(fg, bg), 2) for what, (fg, bg) in pairs.items() if theme.contrast(fg, bg) < 4.5}
    assert not low, low
    focus = theme.contrast(extra.focus, pal.color(R.Window))
    assert focus >= 3.0  # a focus ring is a graphic: 3:1 (WCAG 1.4.11)
    if name == theme.HIGH_CONTRAST:
        assert min(theme.contrast(fg, bg) for fg, bg in list(pairs.values())[:3]) >= 15


def test_view_menu_switches_the_theme_repaints_errors_and_remembers_it(qtbot, open_app, restore_display) -> None:
    from wizard.settings import theme_preference

    instance = open_app()
    window = instance.window
    error = window.wizard.pages["sign_in"].boxes["work_account"].error
    for name in (theme.DARK, theme.HIGH_CONTRAST, theme.LIGHT):
        window.theme_actions[name].trigger()
        assert theme.current_theme() == name and window.theme_actions[name].isChecked()
        assert QApplication.palette().color(QPalette.ColorRole.Window) == theme.palette(name).color(QPalette.ColorRole.Window)
        assert error.palette().color(QPalette.ColorRole.WindowText) == theme.color("error", name)
        assert theme_preference() == name
    window.theme_actions[theme.SYSTEM].trigger()
    assert theme_preference() == theme.SYSTEM and theme.current_theme() == theme.system_theme()


def test_no_hard_coded_colours_in_the_ui() -> None:
    """Colours come from the theme (the printable PDF summary is on white paper: it keeps its own)."""
    pattern = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\"|setStyleSheet\([^)]*(color|background)\s*:(?!\s*transparent)")
    found = []
    for path in sorted((ROOT / "wizard" / "ui").rglob("*.py")):
        if path.name in ("theme.py", "summary_pdf.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line) and "ERROR_STYLE =" not in line:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
