"""English and Spanish: complete translations, every page and window in Spanish with no English left,
switching at runtime without losing anything, and the choice remembered."""

from __future__ import annotations

import re
import shutil
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from tests.gui.driver import ES_ADMIN, PASSWORD, WizardDriver, verify_contact_email
from wizard.settings import saved_language
from wizard.ui import i18n
from wizard.ui.translations import python_sources, read_ts, run_lupdate, unfinished

HOW_TO_FILL = (
    "Run `bash scripts/update-translations.sh`, then translate these in resources/i18n/wizard_es.ts "
    "(pyside6-linguist, or edit the XML and drop type=\"unfinished\"):\n"
)


@pytest.fixture
def spanish(qapp):
    """The app in Spanish for one test; English again afterwards (the translators are process-wide)."""
    assert i18n.install_language("es") == "es"
    yield
    i18n.install_language("en")


@pytest.fixture(autouse=True)
def english_after(qapp):
    """English again after each test, with its translator from the real folder (it gives the plurals their
    English forms): a test that points the folder elsewhere leaves English running without it. (Autouse:
    torn down after the test's monkeypatch is undone.)"""
    yield
    i18n.install_language("en")
    assert i18n.current_language() == "en"


# ----- the translation files ------------------------------------------------------------------------
def test_spanish_translation_is_complete_for_the_current_code(tmp_path: Path) -> None:
    """lupdate over today's code into a copy: any new or changed text without a translation fails here."""
    for code in i18n.LANGUAGES:
        copy = tmp_path / f"wizard_{code}.ts"
        shutil.copy(i18n.source_file(code), copy)
        run_lupdate(copy, code, python_sources())
        if code == "en":
            continue  # English is its own translation (scripts/update-translations.sh fills it)
        missing = unfinished(copy)
        assert not missing, HOW_TO_FILL + "\n".join(f"  [{e.context}] {e.source!r}" for e in missing)


def test_translations_keep_placeholders_and_mnemonics() -> None:
    def placeholders(text: str) -> list[str]:
        return sorted(re.findall(r"\{\w*\}|%\d|%n", text))

    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&)", text.replace("&&", "")))

    for entry in read_ts(i18n.source_file("es")):
        if entry.obsolete or entry.unfinished:
            continue
        assert placeholders(entry.translation) == placeholders(entry.source), (entry.context, entry.source)
        assert mnemonics(entry.translation) == mnemonics(entry.source), (entry.context, entry.source)
        assert ("<" in entry.translation) == ("<" in entry.source), (entry.context, entry.source)


# ----- no English left in Spanish ------------------------------------------------------------------
@cache
def _english() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The English texts that have a different Spanish translation: exact texts, and templates as patterns."""
    spanish = {(e.context, e.source): e.translation for e in read_ts(i18n.source_file("es"))}
    exact, patterns = set(), []
    for entry in read_ts(i18n.source_file("en")):
        if entry.obsolete or spanish.get((entry.context, entry.source), "") == entry.source:
            continue  # "Australia", "India": the same word in both languages
        text = _plain(entry.source)
        if re.search(r"\{\w+\}|%\d", text):
            literal = re.sub(r"\{\w+\}|%\d", "", text)
            if len(literal.strip()) >= 12:  # enough English words to recognise the sentence
                pieces = re.split(r"\{\w+\}|%\d", text)
                patterns.append(re.compile(".+?".join(re.escape(p) for p in pieces), re.DOTALL))
        elif re.search(r"[A-Za-z]{2}", text):
            exact.add(text)
    return frozenset(exact), tuple(patterns)


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip()


def english_in(text: str) -> str | None:
    """The English sentence of the .ts found in `text` (a whole text, a line or a template), or None."""
    exact, patterns = _english()
    plain = _plain(text)
    if not plain:
        return None
    for part in [plain, *(_plain(line) for line in text.splitlines()), *plain.split(": ")]:
        if part in exact or part.rstrip(":") in exact:
            return part
    return next((plain for pattern in patterns if pattern.fullmatch(plain)), None)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user sees or hears in `window`: labels, buttons, titles, tabs,
    headers, placeholders, items, tooltips, accessible names and descriptions, menus."""
    found = [("window title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in SERVICE_DATA:
            continue
        where = widget.objectName() or type(widget).__name__
        found += [(f"{where} tooltip", widget.toolTip()), (f"{where} accessible name", widget.accessibleName()),
                  (f"{where} accessible description", widget.accessibleDescription())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(f"{where} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            found += [(f"{where} header", str(widget.model().headerData(i, widget.orientation()) or ""))
                      for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where} item", widget.itemText(i)) for i in range(min(widget.count(), 5))]
        elif isinstance(widget, QListWidget):
            found += [(f"{where} item", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            found += [(f"{where} cell", widget.item(r, c).text()) for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c) is not None]
    for menu in window.findChildren(QMenu):
        found.append(("menu", menu.title()))
        found += [("menu item", action.text()) for action in menu.actions()]
    return found


SERVICE_DATA = {"outbox_list", "outbox_body", "outbox_links"}
"""The sandbox's emails are shown as Partner Center sent them (its mail is data, like what users typed)."""


def assert_spanish(window: QWidget, what: str) -> None:
    english = [(where, text) for where, text in visible_texts(window) if english_in(text)]
    assert not english, f"English left on {what}:\n" + "\n".join(f"  {where}: {text!r}" for where, text in english)


def test_every_page_and_window_is_in_spanish(qtbot, open_app, spanish) -> None:
    from tests.gui.test_relationships import child, follow_invitation, window_of

    driver = WizardDriver(qtbot, open_app())
    window = driver.window
    assert window.windowTitle().startswith("Inscribirse")
    assert_spanish(window, "welcome")
    driver.next()
    driver.type("work_account", ES_ADMIN)
    driver.click("sign_in_button")  # no password: a problem in Spanish next to the field
    assert driver.error("password") == "Escribe la contraseña de tu cuenta profesional."
    driver.type("password", "wrong password")
    driver.click("sign_in_button")
    qtbot.waitUntil(lambda: bool(driver.error("password")), timeout=15000)
    assert "no es correcta" in driver.error("password")  # the sandbox's refusal, translated
    driver.click("create_one")
    assert_spanish(window, "sign in")
    driver.type("password", PASSWORD)
    driver.click("sign_in_button")
    driver.wait_complete()
    driver.next()
    driver.pmc_sign_in()
    driver.click_profile("4567891")  # the French profile: refused, in Spanish, with Spanish country names
    assert "Francia" in driver.error("mpn_id") and "España" in driver.error("mpn_id")
    assert_spanish(window, "MPN ID")
    driver.click_profile("4567890")
    driver.wait_complete()
    driver.next()
    driver.type("contact_email", "lucia@gmail.com")
    driver.type("contact_phone", "12")
    assert "Gmail" in driver.error("contact_email") and "correo web" in driver.error("contact_email")
    assert "España" in driver.error("contact_phone")
    driver.next()  # refused: every problem is shown next to its field
    assert driver.error("contact_first_name") == "Indica el nombre del contacto principal."
    assert_spanish(window, "legal business profile (with problems)")

    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    assert_spanish(window, "review and enroll")
    driver.click("enroll_now")
    qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy, timeout=15000)
    assert_spanish(window, "review and enroll (submitted)")
    driver.next()
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    driver.widget("status_legend_button", QAbstractButton).click()
    assert_spanish(window, "enrollment status")
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert_spanish(window, "enrollment status (approved, with its timeline)")
    driver.next()
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=15000)
    assert_spanish(window, "CSP overview")

    follow_invitation(driver, "iberiacloud")
    relationships = window_of(driver)
    qtbot.waitUntil(lambda: "Iberia Cloud" in child(relationships, QLabel, "invitation_text").text(), timeout=15000)
    assert "Enviada el" in child(relationships, QLabel, "invitation_text").text()
    assert_spanish(relationships, "the relationships window, Invitation tab")
    for index in range(relationships.tabs.count()):
        relationships.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        assert_spanish(relationships, f"the relationships window, tab {relationships.tabs.tabText(index)!r}")
    assert_spanish(driver.window.outbox, "the sandbox outbox")
    assert_spanish(window, "the main window with its menus")

    driver.instance.show_case_list()
    cases = driver.instance.case_list_window
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=15000)
    cases.view.selectRow(0)
    assert_spanish(cases, "the case list")
    audit = cases.open_audit()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 3, timeout=15000)
    assert_spanish(audit, "the audit trail")
    notes = cases.open_notes()
    assert_spanish(notes, "a case's notes")

    # Back to English with every window open: all of them again, on the same page, nothing recorded as a move.
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    moves = len([e for e in store.audit(case_id) if e.action == "step"])
    driver.window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: driver.instance.window is not window, timeout=15000)
    driver = WizardDriver(qtbot, driver.instance)
    qtbot.waitUntil(lambda: driver.step == "overview" and not driver.wizard.currentPage().busy, timeout=15000)
    assert driver.wizard.currentPage().title() == "CSP overview"
    assert len([e for e in store.audit(case_id) if e.action == "step"]) == moves
    assert driver.instance.relationships_window.windowTitle() == "Indirect providers and customers"
    assert driver.window.outbox.windowTitle() == "Sandbox outbox"
    cases = driver.instance.case_list_window
    assert cases.windowTitle() == "Cases — CSP onboarding"
    titles = {w.windowTitle() for w in cases.findChildren(QWidget) if w.isWindow() and w.isVisible()}
    assert any(t.startswith("Audit trail") for t in titles) and any(t.startswith("Notes") for t in titles)


def test_dates_and_numbers_follow_the_language(qapp, spanish) -> None:
    from datetime import UTC, datetime

    from wizard.ui.formatting import number, short_date

    assert QLocale().language() == QLocale.Language.Spanish
    assert short_date(datetime(2026, 3, 9, tzinfo=UTC)) == "9/3/26"
    assert number(12345) == "12.345"
    i18n.install_language("en")
    assert number(12345) == "12,345"


# ----- switching while typing ------------------------------------------------------------------------
def test_switching_keeps_typed_values_page_and_problems_and_is_remembered(qtbot, open_app, db_path) -> None:
    from tests.gui.conftest import reopen

    driver = WizardDriver(qtbot, open_app())
    driver.to_legal_profile()
    first = driver.edit("contact_first_name")
    first.setFocus()
    qtbot.keyClicks(first, "Lucia")  # typed, not yet saved (the autosave waits for a pause)
    assert driver.instance.session.has_unsaved()
    driver.type("contact_email", "lucia@gmail.com")  # a problem shown under the field
    assert "Gmail" in driver.error("contact_email")
    driver.edit("city").setFocus()
    driver.edit("city").selectAll()
    qtbot.keyClicks(driver.edit("city"), "Madr")  # typing over the prefilled city
    old = driver.window

    old.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: driver.instance.window is not old, timeout=15000)
    driver = WizardDriver(qtbot, driver.instance)  # the rebuilt window
    assert driver.step == "legal_profile"
    assert driver.wizard.currentPage().title() == "Perfil comercial legal"
    assert driver.edit("contact_first_name").text() == "Lucia"
    assert driver.edit("city").text() == "Madr"
    assert driver.edit("contact_email").text() == "lucia@gmail.com"
    assert "correo web" in driver.error("contact_email")  # the same problem, now in Spanish
    assert driver.window.language_actions["es"].isChecked()
    assert saved_language() == "es"
    assert_spanish(driver.window, "the legal profile after switching")

    driver.back()  # the history of pages is there too
    assert driver.step == "mpn"
    driver.next()
    assert driver.edit("city").text() == "Madr"
    reopened = reopen_in_saved_language(qtbot, open_app, driver, db_path, reopen)
    assert reopened.step == "legal_profile" and reopened.edit("city").text() == "Madr"  # saved on the way
    assert reopened.window.windowTitle().startswith("Inscribirse")  # remembered on restart


def reopen_in_saved_language(qtbot, open_app, driver: WizardDriver, db_path: Path, reopen) -> WizardDriver:
    """Close the app, then start it the way `csp-wizard` does: in the remembered language."""
    i18n.install_language("en")
    from wizard.ui.tasks import wait_for_tasks

    wait_for_tasks()
    driver.instance.window.close()
    driver.instance.close()
    i18n.install_language(i18n.choose_language())  # what wizard.gui.run_gui does before any window
    return WizardDriver(qtbot, open_app(db_path))


def test_switching_keeps_a_password_being_typed_and_the_open_windows(qtbot, open_app) -> None:
    driver = WizardDriver(qtbot, open_app())
    driver.next()
    account = driver.edit("work_account")
    account.setFocus()
    qtbot.keyClicks(account, ES_ADMIN)
    password = driver.edit("password")
    password.setFocus()
    qtbot.keyClicks(password, "Sandbox!")  # never saved anywhere: only the widget holds it
    driver.click("create_one")
    driver.type("new_tenant_name", "nuevacontoso", leave=False)
    driver.window.open_outbox(paste=True)
    qtbot.keyClicks(driver.window.outbox.paste, "csp-sandbox://verify-email?x")
    driver.window.relationships_action.trigger()
    qtbot.waitUntil(lambda: driver.instance.relationships_window is not None, timeout=15000)
    driver.instance.show_case_list()
    cases = driver.instance.case_list_window
    qtbot.keyClicks(cases.search, "contoso")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 0 or cases.model.filter_text == "contoso", timeout=15000)
    old = driver.window

    old.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: driver.instance.window is not old, timeout=15000)
    driver = WizardDriver(qtbot, driver.instance)
    assert driver.step == "sign_in"
    assert driver.edit("work_account").text() == ES_ADMIN
    assert driver.edit("password").text() == "Sandbox!"
    assert driver.widget("create_group", QGroupBox).isVisible()
    assert driver.edit("new_tenant_name").text() == "nuevacontoso"
    outbox = driver.window.outbox
    assert outbox is not None and outbox.isVisible() and outbox.windowTitle() == "Bandeja de salida del entorno de pruebas"
    assert outbox.paste.text() == "csp-sandbox://verify-email?x"
    relationships = driver.instance.relationships_window
    assert relationships is not None and relationships.isVisible()
    assert relationships.windowTitle() == "Proveedores indirectos y clientes"
    assert "cuando tu cuenta del Centro de partners esté lista" in relationships.not_ready.text()
    cases = driver.instance.case_list_window
    assert cases is not None and cases.isVisible() and cases.windowTitle() == "Casos — Incorporación a CSP"
    assert cases.search.text() == "contoso"
    assert driver.widget("sign_in_button", QAbstractButton).text() == "&Iniciar sesión"
    qtbot.keyClick(driver.edit("password"), Qt.Key.Key_End)
    qtbot.keyClicks(driver.edit("password"), "2026")
    driver.click("sign_in_button")  # the rebuilt page works: signing in goes on from here
    driver.wait_complete()
    assert driver.instance.session.signed_in


# ----- the translation machinery -----------------------------------------------------------------------
def test_domain_messages_are_shown_in_the_language(qapp, spanish) -> None:
    from wizard.domain import rules
    from wizard.ui.messages import error_text, problem_text, stored_text

    [problem] = rules.validate({"country": "FR", "tenant_country": "ES"}, only=["country"])
    assert problem_text(problem) == (
        "La dirección legal de tu empresa está en Francia, pero el inquilino de tu cuenta profesional está en "
        "España. Para inscribirte, la ubicación legal de la empresa debe estar en España."
    )
    assert str(problem.message).startswith("Your company's legal address is in France")  # the CLI's English
    from wizard.backends.base import BackendError
    from wizard.domain.texts import QT_TRANSLATE_NOOP

    error = BackendError("domain_taken", QT_TRANSLATE_NOOP("Backend", "{domain} is already taken. Choose another name.")
                         .format(domain="contoso.onmicrosoft.com"))
    assert error_text(error) == "contoso.onmicrosoft.com ya está en uso. Elige otro nombre."
    assert error_text(ValueError("plain")) == "plain"
    stored = "Your company's legal name, country and address match the partner profile of MPN ID 4567890."
    assert stored_text(stored) == "La razón social, el país y la dirección de tu empresa coinciden con el perfil de partner del ID de MPN 4567890."
    assert stored_text("Making a decision") == "Tomando una decisión"
    assert stored_text("something a person typed") == "something a person typed"


def test_a_missing_qm_is_compiled_and_without_lrelease_english_is_used(qapp, tmp_path, monkeypatch, caplog) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(i18n.source_file("es"), folder / "wizard_es.ts")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.install_language("es") == "es"  # compiled on the spot
    assert (folder / "wizard_es.qm").exists()
    i18n.install_language("en")

    (folder / "wizard_es.qm").unlink()
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    with caplog.at_level("WARNING"):
        assert i18n.install_language("es") == "en"
    assert "running in English" in caplog.text
    assert i18n.current_language() == "en"


def test_language_follows_option_then_choice_then_system(qapp, monkeypatch) -> None:
    from wizard.settings import save_language

    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.choose_language() == "es"
    save_language("en")
    assert i18n.choose_language() == "en"
    assert i18n.choose_language("es") == "es"


def test_compiling_replaces_the_qm_instead_of_rewriting_it_under_a_running_app(tmp_path) -> None:
    """A running app maps its .qm (QTranslator): recompiling must put a new file in its place (a rename),
    never write into the mapped one (that crashed a run of the suite while the translations were updated)."""
    qm = tmp_path / "wizard_es.qm"
    assert i18n.compile_ts(i18n.source_file("es"), qm)
    first = qm.stat().st_ino
    assert i18n.compile_ts(i18n.source_file("es"), qm)
    assert qm.stat().st_ino != first
    assert [p.name for p in tmp_path.iterdir()] == ["wizard_es.qm"]  # no temporary file left behind
