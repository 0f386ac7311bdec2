"""Keyboard and screen reader access on every page and window: Tab follows the visual order and reaches
every input, mnemonics are unique, every input has an accessible name (read through QAccessible) and a
problem is its accessible description; Enter advances, Escape closes secondary windows keeping what was typed.

Extends test_keyboard_and_safety.py (a whole keyboard-only enrollment lives there)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from tests.gui.driver import CONTACT, ES_ADMIN, FR_MPN, PASSWORD, WizardDriver
from tests.gui.test_relationships import approve, window_of
from wizard.ui import i18n
from wizard.ui.keys import type_text

INPUTS = (
    QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox,
)
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)


# ----- what a keyboard user can reach ---------------------------------------------------------------
def focusable(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets under `root` (in its window) that Tab can stop on."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def _outermost_scroll(widget: QWidget, container: QWidget) -> QScrollArea | None:
    """The scroll area nearest to `container` that holds `widget` (its content scrolls on its own)."""
    found, parent = None, widget.parentWidget()
    while parent is not None and parent is not container:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def _rows(items: list[QWidget], container: QWidget) -> list[QWidget]:
    """Row-major: by top edge, widgets whose tops are within half a height of each other share a row."""
    rects = {item: QRect(item.mapTo(container, QPoint(0, 0)), item.size()) for item in items}
    rows: list[list[QWidget]] = []
    for item in sorted(items, key=lambda w: (rects[w].top(), rects[w].left())):
        if rows:
            first = rects[rows[-1][0]]
            if rects[item].top() < first.top() + min(first.height(), rects[item].height()) / 2:
                rows[-1].append(item)
                continue
        rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda w: rects[w].left())]


def visual_order(widgets: list[QWidget], container: QWidget) -> list[QWidget]:
    """Reading order of `widgets`; a scroll area's content is read where the area is, in its own order."""
    tops: dict[QWidget, list[QWidget]] = {}
    for widget in widgets:
        tops.setdefault(_outermost_scroll(widget, container) or widget, []).append(widget)
    ordered: list[QWidget] = []
    for top in _rows(list(tops), container):
        inner = tops[top]
        if isinstance(top, QScrollArea) and inner != [top]:
            ordered += visual_order([w for w in inner if w is not top], top.widget())
        else:
            ordered.append(top)
    return ordered


def tab_ring(qtbot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; every widget focus visited, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5000)
    ring = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return ring
        if focused is ring[-1] and isinstance(focused, QDateTimeEdit):
            continue  # Tab steps through a date's day, month and year before leaving it (Qt's date edits)
        ring.append(focused)
    raise AssertionError("Tab never came back: " + names(ring))


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}:{widget.objectName() or text}"


def names(widgets) -> str:
    return ", ".join(name_of(w) for w in widgets)


def wizard_buttons(driver: WizardDriver) -> list[QWidget]:
    shown = [driver.wizard.button(which) for which in WIZARD_BUTTONS]
    return visual_order([b for b in shown if b.isVisible() and b.isEnabled()], driver.window)


# ----- what each check says is wrong (collected, so one walk reports every page) -----------------------
def tab_order_problems(qtbot, root: QWidget, after: Callable[[], list[QWidget]] = list) -> list[str]:
    """Tab from the first widget of `root`: the ring is root's widgets in visual order, then `after()`.
    What to expect is read once the ring is done: tabbing into a list makes its first row current,
    which may enable Next."""
    first = (visual_order(focusable(root), root) + after())[:1]
    if not first:
        return []
    ring = tab_ring(qtbot, first[0])
    expected = visual_order(focusable(root), root) + after()
    if ring != expected:
        return [f"{root.objectName()}: tab order\n   got      {names(ring)}\n   expected {names(expected)}"]
    return []


def _letter(text: str) -> str | None:
    match = MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def mnemonic_problems(scope_name: str, widgets: list[QWidget],
                      extra: dict[str, str] | None = None) -> list[str]:
    """Every shown label with a buddy and every shown button has a mnemonic, and no two share a letter (Qt
    ignores the shortcut of a hidden widget: a page's states are each checked when shown)."""
    problems, seen = [], dict(extra or {})  # letter -> whose
    for widget in widgets:
        if not isinstance(widget, QTabBar) and not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is None:
                continue
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if widget.objectName().startswith(("goto_", "copy_", "act_", "qt_")) or not text:
                continue  # "Go to <step>", the hand-off's "Copy" and "Open the page" rows are many and alike; Tab reaches them
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab = widget.tabText(index)
                letter = _letter(tab)
                if letter in seen:
                    problems.append(f"{scope_name}: Alt+{letter} is both {seen[letter]!r} and tab {tab!r}")
                seen[letter] = tab
            continue
        else:
            continue
        letter = _letter(text)
        if letter is None:
            problems.append(f"{scope_name}: {name_of(widget)} has no mnemonic")
        elif letter in seen:
            problems.append(f"{scope_name}: Alt+{letter} is both {seen[letter]!r} and {text!r}")
        else:
            seen[letter] = text
    return problems


def menu_letters(window: QMainWindow) -> dict[str, str]:
    letters = {}
    for action in window.menuBar().actions():
        letter = _letter(action.text())
        if action.isVisible() and letter:
            letters[letter] = action.text()
    return letters


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, name_of(widget)
    return interface.text(which) or ""


def name_problems(root: QWidget) -> list[str]:
    """Every visible input has an accessible name; fields, lists and tables a label's (not their content)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        if widget.window() is not root.window() or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # parts of a compound input
        if widget.objectName() == "qt_scrollarea_viewport":
            continue
        spoken = accessible_text(widget, QAccessible.Text.Name).strip()
        explicit = widget.accessibleName().strip() or isinstance(widget, QAbstractButton)
        if not spoken or not explicit:
            problems.append(f"{root.objectName()}: {name_of(widget)} has no accessible name")
    return problems


def page_problems(driver: WizardDriver) -> list[str]:
    """Every check on the wizard's current page (Tab ring: page, Back/Next, help pane, step list)."""
    page = driver.wizard.currentPage()

    def after() -> list[QWidget]:
        shown = wizard_buttons(driver)
        if driver.window.help_pane.isVisible():
            shown.append(driver.window.help_pane.browser)
        return [*shown, driver.wizard.panel.list]

    problems = tab_order_problems(driver.qtbot, page, after)
    shown = [w for w in page.findChildren(QWidget)] + [b for b in wizard_buttons(driver)]
    problems += mnemonic_problems(page.objectName(), shown, menu_letters(driver.window))
    problems += name_problems(driver.window)
    return problems


def window_problems(qtbot, window: QWidget, scope: QWidget | None = None) -> list[str]:
    """Every check on a secondary window (or on one tab of it: `scope`). A help pane beside the content
    is a column of its own: Tab reaches it after the content."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    scope = scope or window
    help_pane = window.findChild(QDockWidget, "help_pane")
    if isinstance(window, QMainWindow) and help_pane is not None and help_pane.isVisible():
        problems = tab_order_problems(qtbot, window.centralWidget(), lambda: [help_pane.widget()])
    else:
        problems = tab_order_problems(qtbot, window)
    tab_bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    problems += mnemonic_problems(scope.objectName() or window.objectName(),
                                  tab_bars + [w for w in scope.findChildren(QWidget)])
    problems += name_problems(window)
    return problems


@pytest.fixture(params=["en", "es"])
def any_language_driver(request, qtbot, open_app) -> WizardDriver:
    """The app opened in English, then in Spanish (mnemonics and tab order differ with the words);
    the Spanish run waits for the Spanish translations to be compiled."""
    code = request.param
    if i18n.install_language(code) != code:
        pytest.skip(f"no compiled {code!r} translations yet")
    request.addfinalizer(lambda: i18n.install_language("en"))
    return WizardDriver(qtbot, open_app())


def wait_idle(driver: WizardDriver) -> None:
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)


# ----- the walk ---------------------------------------------------------------------------------
def test_every_page_is_keyboard_and_screen_reader_ready(any_language_driver: WizardDriver) -> None:
    driver = any_language_driver
    problems: list[str] = []
    problems += page_problems(driver)  # welcome
    driver.next()
    problems += page_problems(driver)  # sign in
    driver.click("create_one")  # the create-a-work-account form, open
    problems += page_problems(driver)
    driver.click("create_one")
    driver.sign_in()
    driver.wait_complete()
    driver.next()
    driver.pmc_sign_in()
    problems += page_problems(driver)  # mpn, with the profiles listed
    driver.click_profile("4567890")
    driver.wait_complete()
    driver.next()
    problems += page_problems(driver)  # legal profile
    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    problems += page_problems(driver)
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)
    problems += page_problems(driver)
    assert not problems, "\n".join(problems)


def test_status_overview_and_the_secondary_windows(any_language_driver: WizardDriver) -> None:
    driver = any_language_driver
    problems: list[str] = []
    approve(driver, sign_mpa=False)
    wait_idle(driver)
    problems += page_problems(driver)  # overview, with the agreement form
    driver.back()
    wait_idle(driver)
    problems += page_problems(driver)  # status, approved
    driver.next()
    wait_idle(driver)
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)

    driver.window.relationships_action.trigger()
    window = window_of(driver)
    tabs = window.findChild(QTabWidget, "relationship_tabs")
    driver.qtbot.waitUntil(tabs.isVisible, timeout=15000)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += window_problems(driver.qtbot, window, tabs.widget(index))
    window.close()

    driver.window.open_outbox()
    outbox = driver.window.outbox
    driver.qtbot.waitUntil(lambda: not outbox.busy, timeout=15000)
    problems += window_problems(driver.qtbot, outbox)
    outbox.close()
    assert not problems, "\n".join(problems)


def test_case_list_notes_and_audit_trail(any_language_driver: WizardDriver) -> None:
    driver = any_language_driver
    driver.window.case_actions["cases"].trigger()
    cases = driver.instance.case_list_window
    driver.qtbot.waitUntil(lambda: cases is not None and cases.isVisible() and cases.model.rowCount() > 0,
                           timeout=15000)
    cases.view.selectRow(0)
    problems = window_problems(driver.qtbot, cases)
    notes = cases.open_notes()
    problems += window_problems(driver.qtbot, notes)
    notes.close()
    audit = cases.open_audit()
    problems += window_problems(driver.qtbot, audit)
    audit.close()
    assert not problems, "\n".join(problems)


# ----- Enter and Escape ---------------------------------------------------------------------------
def test_enter_on_a_valid_page_advances_and_a_field_action_does_not_press_next(driver: WizardDriver) -> None:
    qtbot = driver.qtbot
    qtbot.keyClick(driver.wizard, Qt.Key.Key_Return)
    assert driver.step == "sign_in"
    password = driver.edit("password")
    password.setFocus()
    qtbot.keyClick(password, Qt.Key.Key_Return)  # empty: refused on the spot, and nothing else happens
    assert driver.step == "sign_in" and driver.error("work_account")
    driver.sign_in()
    driver.wait_complete()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # focus is on Next after signing in
    assert driver.step == "mpn"
    # QWizard hides its content for a moment while it switches: focus must land in the new page, not in
    # the help pane beside it
    assert driver.wizard.currentPage().isAncestorOf(QApplication.focusWidget())
    driver.pmc_sign_in()
    driver.click_profile("4567890")
    driver.wait_complete()
    qtbot.keyClick(driver.widget("mpn_id", QListWidget), Qt.Key.Key_Return)
    assert driver.step == "legal_profile"
    driver.fill_contact()
    field = driver.edit("support_phone")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # a valid page: Enter is Next
    qtbot.waitUntil(lambda: driver.step == "enroll")


def test_enter_on_a_page_with_problems_stays_and_focuses_the_first_problem(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    field = driver.edit("contact_first_name")
    field.setFocus()
    driver.qtbot.keyClick(field, Qt.Key.Key_Return)
    assert driver.step == "legal_profile"
    assert QApplication.focusWidget().objectName() == "contact_first_name"
    assert driver.error("contact_first_name")


def test_escape_closes_the_outbox_keeping_the_pasted_link(driver: WizardDriver) -> None:
    outbox = driver.window.open_outbox(paste=True)
    driver.qtbot.waitUntil(lambda: not outbox.busy, timeout=15000)
    paste = outbox.findChild(QLineEdit, "outbox_paste")
    type_text(paste, "csp-sandbox://half-typed")
    driver.qtbot.keyClick(paste, Qt.Key.Key_Escape)
    assert not outbox.isVisible()
    assert driver.window.open_outbox() is outbox
    assert paste.text() == "csp-sandbox://half-typed"


def test_escape_closes_the_relationships_window_keeping_what_was_typed(driver: WizardDriver) -> None:
    approve(driver)
    driver.window.relationships_action.trigger()
    window = window_of(driver)
    driver.qtbot.waitUntil(window.tabs.isVisible, timeout=15000)
    window.tabs.setCurrentWidget(window.customers)
    invite = window.customers.invite_email
    window.customers.invite_group.setEnabled(True)
    type_text(invite, "buyer@")
    search = window.directory.search
    type_text(search, "Contoso")
    driver.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    invite.setFocus()
    driver.qtbot.keyClick(invite, Qt.Key.Key_Escape)
    assert not window.isVisible()
    driver.window.relationships_action.trigger()
    assert window_of(driver) is window and window.isVisible()
    assert invite.text() == "buyer@" and search.text() == "Contoso"


def test_escape_keeps_a_half_written_note_and_staff_name(driver: WizardDriver) -> None:
    driver.window.case_actions["cases"].trigger()
    cases = driver.instance.case_list_window
    driver.qtbot.waitUntil(lambda: cases is not None and cases.model.rowCount() > 0, timeout=15000)
    cases.view.selectRow(0)
    notes = cases.open_notes()
    notes.text.setFocus()
    type_text(notes.text, "Called the customer")
    driver.qtbot.keyClick(notes.text, Qt.Key.Key_Escape)
    assert not notes.isVisible()
    assert cases.open_notes() is notes and notes.text.toPlainText() == "Called the customer"
    audit = cases.open_audit()
    audit.activateWindow()
    driver.qtbot.waitUntil(lambda: QApplication.activeWindow() is audit, timeout=5000)
    driver.qtbot.keyClick(audit.table, Qt.Key.Key_Escape)
    assert not audit.isVisible()  # read-only: nothing to lose

    cases.activateWindow()
    driver.qtbot.waitUntil(lambda: QApplication.activeWindow() is cases, timeout=5000)
    type_text(cases.search, "Contoso")
    driver.qtbot.keyClick(cases.search, Qt.Key.Key_Escape)
    assert not cases.isVisible()
    driver.window.case_actions["cases"].trigger()
    assert driver.instance.case_list_window is cases and cases.search.text() == "Contoso"

    dialog = driver.window.ask_staff_name()
    dialog.activateWindow()
    driver.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()
    type_text(edit, "Marta")
    driver.qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert driver.window.ask_staff_name().textValue() == "Marta"


# ----- screen readers -----------------------------------------------------------------------------
def _description(widget: QWidget) -> str:
    return accessible_text(widget, QAccessible.Text.Description)


def assert_cleared(widget: QWidget) -> None:
    """The problem is gone from the description (Qt then reads a line edit's placeholder, if any)."""
    assert widget.accessibleDescription() == ""
    hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    assert _description(widget) == hint


def test_problems_are_the_fields_accessible_descriptions(driver: WizardDriver) -> None:
    driver.next()
    driver.click("sign_in_button")
    account = driver.edit("work_account")
    assert "work account" in _description(account).lower()
    assert accessible_text(account, QAccessible.Text.Name) == "Work account"
    driver.sign_in(ES_ADMIN, "not the password")
    driver.qtbot.waitUntil(lambda: bool(_description(driver.edit("password"))), timeout=15000)
    assert _description(driver.edit("password")) == driver.error("password")
    driver.sign_in()
    driver.wait_complete()
    assert_cleared(driver.edit("password"))
    driver.next()
    driver.pmc_sign_in()
    driver.click_profile(FR_MPN)  # France: not the tenant's country
    profiles = driver.widget("mpn_id", QListWidget)
    assert _description(profiles) == driver.error("mpn_id") != ""
    driver.click_profile("4567890")
    assert_cleared(profiles)
    driver.wait_complete()
    driver.next()
    driver.type("contact_email", "lucia@gmail.com")
    email = driver.edit("contact_email")
    assert _description(email) == driver.error("contact_email") != ""
    assert accessible_text(email, QAccessible.Text.Name) == "Email"
    refused = driver.error("contact_email")
    driver.type("contact_email", CONTACT["contact_email"])
    assert_cleared(email)
    assert refused not in _description(email)  # what remains is the field's hint (its placeholder)


def test_the_step_panel_tells_a_screen_reader_where_the_user_is(driver: WizardDriver) -> None:
    panel = driver.wizard.panel
    steps_list = panel.list
    assert steps_list.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert accessible_text(steps_list, QAccessible.Text.Name) == "Enrollment steps"
    assert accessible_text(steps_list, QAccessible.Text.Description) == "Step 1 of 7: Welcome, current step"
    driver.next()
    assert accessible_text(steps_list, QAccessible.Text.Description).startswith("Step 2 of 7: Sign in")
    assert steps_list.currentRow() == 1
    role = Qt.ItemDataRole.AccessibleTextRole
    items = [steps_list.item(row).data(role) for row in range(steps_list.count())]
    assert items[0] == "Step 1 of 7: Welcome, done"
    assert items[1].endswith("current step") and items[2].endswith("not done yet")
    cell = QAccessible.queryAccessibleInterface(steps_list).child(0)
    assert cell is not None and cell.text(QAccessible.Text.Name) == items[0]  # what a reader says, no symbols


def test_mnemonics_jump_to_their_fields(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    qtbot = driver.qtbot
    for letter, field in ((Qt.Key.Key_I, "contact_first_name"), (Qt.Key.Key_S, "contact_last_name"),
                          (Qt.Key.Key_O, "support_phone"), (Qt.Key.Key_C, "postal_code")):
        qtbot.keyClick(driver.wizard, letter, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget().objectName() == field


def test_menus_reach_every_action_with_unique_mnemonics(any_language_driver: WizardDriver) -> None:
    driver = any_language_driver
    problems = []
    bar = driver.window.menuBar()
    problems += [f"menu bar: {action.text()!r} has no mnemonic" for action in bar.actions()
                 if action.isVisible() and _letter(action.text()) is None]

    def walk(menu, path: str) -> None:
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = _letter(action.text())
            if letter is None:
                problems.append(f"{path}: {action.text()!r} has no mnemonic")
            elif letter in seen:
                problems.append(f"{path}: Alt+{letter} is both {seen[letter]!r} and {action.text()!r}")
            else:
                seen[letter] = action.text()
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")

    for action in bar.actions():
        if action.isVisible() and action.menu() is not None:
            walk(action.menu(), action.text())
    assert not problems, "\n".join(problems)


def test_the_go_to_buttons_of_the_review_come_before_enroll_now(driver: WizardDriver) -> None:
    """The review lists what is missing with a button per step (created when the page shows)."""
    driver.to_legal_profile()
    driver.fill_contact()
    driver.next()
    page = driver.wizard.enroll_page
    assert driver.wizard.currentPage() is page and page.enroll_button.isEnabled()
    page._fill_incomplete([("sign_in", ["Sign in again."]), ("legal_profile", ["Enter the email."])])
    driver.qtbot.waitUntil(lambda: page.findChild(QPushButton, "goto_legal_profile") is not None)
    ring = tab_ring(driver.qtbot, page.findChild(QPushButton, "goto_sign_in"))
    assert [w.objectName() for w in ring[:3]] == ["goto_sign_in", "goto_legal_profile", "enroll_now"]
    goto = page.findChild(QPushButton, "goto_legal_profile")
    assert "Enter the email." in accessible_text(goto, QAccessible.Text.Description)


def test_enter_accepts_the_staff_name_dialog(driver: WizardDriver) -> None:
    chosen = []
    driver.window.staff_name_chosen.connect(chosen.append)
    dialog = driver.window.ask_staff_name()
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()
    type_text(edit, "Marta")
    driver.qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert chosen == ["Marta"] and not dialog.isVisible()
