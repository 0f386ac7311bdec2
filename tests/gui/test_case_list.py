"""The case list window and the audit view over a real store with a few dozen cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from tests.case_list_data import fill, random_cases
from wizard.store import Store
from wizard.store.case_list import CaseListSource
from wizard.ui.audit_view import AuditView, describe
from wizard.ui.case_list import CaseListWindow
from wizard.ui.case_list_model import (
    COL_COMPANY,
    COL_MODE,
    COL_STATUS,
    COL_STEP,
    ROW_ARCHIVED,
    ROW_ID,
    SORT_KEYS,
    CaseListModel,
    status_title,
    step_title,
)


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "wizard.sqlite"
    Store.open(path).close()
    fill(path, random_cases(40, seed=11))
    with Store.open(path) as opened:
        yield opened


@pytest.fixture
def window(qtbot, store):
    win = CaseListWindow(store, "Staff Sam")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _ids(model: CaseListModel) -> list[int]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.row(i)[ROW_ID] for i in range(model.rowCount())]


def _column(model: CaseListModel, column: int) -> list[str]:
    return [model.index(i, column).data() for i in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, store) -> None:
    with CaseListSource.on_file(store.path) as source:
        model = CaseListModel(source, page_size=7)
        qtmodeltester.check(model)
        # see tests/gui/test_customer_model.py::_check: the tester's fetchMore from a modelReset
        # slot gives a false failure on lazy models, so fetching is left to the test from here
        tester = getattr(qtmodeltester, "_qt_tester", None)
        if tester is not None:
            tester.setUseFetchMore(False)
        model.set_filter("a", True)
        model.sort(COL_COMPANY, Qt.SortOrder.DescendingOrder)
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 14


def test_lists_cases_in_plain_words_and_searches_in_sql(qtbot, window, store) -> None:
    model = window.model
    everyone = store.list_cases(include_archived=False)
    assert model.total() == len(everyone)
    assert set(_ids(model)) == {c.id for c in everyone}
    case = store.get_case(model.row(0)[ROW_ID])
    assert model.index(0, COL_STEP).data() == step_title(case.step)
    assert model.index(0, COL_STATUS).data() == status_title(case.status)
    qtbot.waitUntil(lambda: window.count.text().endswith("cases"))

    company = next(c.fields["legal_name"] for c in everyone if c.fields.get("legal_name"))
    word = company.split()[1]  # the 4-digit number: nearly unique
    qtbot.keyClicks(window.search, word.lower())
    expected = {c.id for c in everyone if word in c.fields.get("legal_name", "") + c.fields.get("mpn_id", "")
                + c.fields.get("contact_email", "") + c.owner}
    qtbot.waitUntil(lambda: set(_ids(model)) == expected, timeout=3000)
    window.search.clear()
    window.apply_search()
    assert len(_ids(model)) == len(everyone)


def test_live_cases_say_so_and_name_their_steps_as_live_mode_does(qtbot, tmp_path: Path) -> None:
    """Support staff tell a real enrollment from a rehearsal, and see a live case's own step titles."""
    path = tmp_path / "modes.sqlite"
    with Store.open(path) as store:
        rehearsal, live = store.create_case("sam"), store.create_case("sam")
        store.save_fields(live, {"mode": "live", "legal_name": "Contoso Live"})
        store.save_fields(rehearsal, {"legal_name": "Contoso Rehearsal"})
        for case_id in (rehearsal, live):
            store.set_step(case_id, "mpn", "sam")
        window = CaseListWindow(store, "Staff Sam")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 2)
        shown = {window.model.index(row, COL_COMPANY).data(): (window.model.index(row, COL_MODE).data(),
                                                               window.model.index(row, COL_STEP).data())
                 for row in range(2)}
        assert shown == {"Contoso Live": ("Live", "Enter your Partner ID"),
                         "Contoso Rehearsal": ("Sandbox", "Choose your MPN ID")}
        assert not window.view.isColumnHidden(COL_MODE)
        assert window.model.index(0, COL_STEP).data(Qt.ItemDataRole.ToolTipRole) == window.model.index(0, COL_STEP).data()
        window.close()


@pytest.mark.parametrize("column", sorted(SORT_KEYS))
def test_sorts_by_every_column(qtbot, window, column: int) -> None:
    header = window.view.horizontalHeader()
    window.show_archived.setChecked(True)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        header.setSortIndicator(column, order)
        ids = _ids(window.model)
        expected = [r.id for r in window.source.page("", True, SORT_KEYS[column],
                                                      order == Qt.SortOrder.DescendingOrder, 0, 1000)]
        assert ids == expected
        assert len(ids) == 40


def test_archive_hides_and_show_archived_shows(qtbot, window, store) -> None:
    window.view.selectRow(0)
    case_id = window.selected_case()[1][ROW_ID]
    assert window.archive_case.text().replace("&", "") == "Archive"
    qtbot.mouseClick(window.archive_case, Qt.MouseButton.LeftButton)
    assert not window.archive_case.isEnabled()  # written on a worker: no second click meanwhile
    qtbot.waitUntil(lambda: "Archived" in window.statusBar().currentMessage())
    assert store.get_case(case_id).archived
    assert case_id not in _ids(window.model)
    window.show_archived.setChecked(True)
    assert case_id in _ids(window.model)
    assert window.select_case(case_id)
    assert window.selected_case()[1][ROW_ARCHIVED]
    assert window.archive_case.text().replace("&", "") == "Unarchive"
    qtbot.mouseClick(window.archive_case, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "back from the archive" in window.statusBar().currentMessage())
    assert not store.get_case(case_id).archived
    assert [e.action for e in store.audit(case_id)][-2:] == ["archive", "unarchive"]
    assert [e.actor for e in store.audit(case_id)][-1] == "Staff Sam"


def test_resume_by_button_double_click_and_enter_and_new(qtbot, window) -> None:
    assert not window.resume_case.isEnabled()
    first = window.model.row(0)[ROW_ID]
    second = window.model.row(1)[ROW_ID]
    window.view.selectRow(0)
    with qtbot.waitSignal(window.resume_requested) as blocker:
        qtbot.mouseClick(window.resume_case, Qt.MouseButton.LeftButton)
    assert blocker.args == [first]

    rect = window.view.visualRect(window.model.index(1, COL_COMPANY))
    with qtbot.waitSignal(window.resume_requested) as blocker:
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [second]

    window.view.setFocus()
    window.view.selectRow(0)
    with qtbot.waitSignal(window.resume_requested) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert blocker.args == [first]

    with qtbot.waitSignal(window.new_requested):
        qtbot.mouseClick(window.new_case, Qt.MouseButton.LeftButton)


def test_notes_are_stored_in_the_audit(qtbot, window, store) -> None:
    window.view.selectRow(2)
    case_id = window.selected_case()[1][ROW_ID]
    dialog = window.open_notes()
    assert dialog is not None and not dialog.isModal()
    assert dialog.list.count() == 0
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")  # empty notes are refused
    assert dialog.add.isEnabled()
    qtbot.keyClicks(dialog.text, "<b>Call back</b> on Monday")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert not dialog.add.isEnabled()  # stored on a worker: no second click meanwhile
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.text.toPlainText() == "" and dialog.error.text() == "" and dialog.add.isEnabled()
    assert [(n.actor, n.detail["text"]) for n in store.notes(case_id)] == [("Staff Sam", "<b>Call back</b> on Monday")]
    assert dialog.list.count() == 1 and dialog.list.item(0).text().endswith("<b>Call back</b> on Monday")
    assert window.open_notes() is dialog  # one panel per case


def test_audit_view_lists_step_changes_and_submissions_with_who_and_when(qtbot, store) -> None:
    case_id = store.create_case("alice")
    store.save_fields(case_id, {"legal_name": "Contoso <i>Iberia</i>"})
    store.set_step(case_id, "sign_in", "alice")
    store.set_step(case_id, "enroll", "Bob Staff")
    store.mark_submitted(case_id, "enr-42", "Bob Staff")
    store.set_status(case_id, "in_review", "sandbox", {"title": "Email verified"})
    store.add_audit(case_id, "alice", "note", {"text": "<script>x</script>"})
    view = AuditView(store, case_id)
    qtbot.addWidget(view)
    view.show()
    assert view.objectName() == "audit_view" and view.table.objectName() == "audit_table"
    model = view.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # read on a worker
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    entries = store.audit(case_id)
    assert len(rows) == len(entries)
    assert all(row[0] for row in rows)  # a local time on every row
    whats = [(row[1], row[2]) for row in rows]
    assert ("alice", "Moved from Welcome to Sign in with your work account") in whats
    assert ("Bob Staff", "Moved from Sign in with your work account to Review and enroll") in whats
    assert ("Bob Staff", "Submitted the enrollment") in whats
    assert ("sandbox", f"Status changed from “{status_title('email_verification')}” to “{status_title('in_review')}”") in whats
    submission = next(row for row in rows if row[2] == "Submitted the enrollment")
    assert "enr-42" in submission[3]
    assert rows[-1][3] == "<script>x</script>"  # plain text, shown as typed


def test_audit_button_opens_the_view_for_the_selected_case(qtbot, window) -> None:
    window.view.selectRow(0)
    case_id = window.selected_case()[1][ROW_ID]
    view = window.open_audit()
    assert isinstance(view, AuditView) and view.case_id == case_id and view.isVisible()
    qtbot.waitUntil(lambda: view.table.model().rowCount() >= 1)


def test_audit_view_says_why_the_trail_could_not_be_read(qtbot) -> None:
    from wizard.store.errors import CaseNotFound

    class Gone:
        def audit(self, case_id: int):
            raise CaseNotFound(case_id)

    view = AuditView(Gone(), 7)
    qtbot.addWidget(view)
    view.show()
    error = view.findChild(QLabel, "audit_error")
    qtbot.waitUntil(error.isVisible)  # read on a worker, the failure shown here: no traceback
    assert error.text() == "There is no case number 7." and view.model.rowCount() == 0


def test_describe_covers_the_known_actions() -> None:
    assert describe("sign_in", {"work_account": "a@b.onmicrosoft.com", "tenant": "b"})[0] == "Signed in"
    assert describe("mpa_accepted", {"region": "Europe", "by": "x"}) == (
        "Accepted the Microsoft Partner Agreement", "Region: Europe; By: x")
    assert describe("admin_agent", {"user": "u", "granted": True})[0] == "Added to the admin agent group"
    assert describe("import", {"file": "p.json", "mode": "copy"})[0] == "Imported a handover packet"
    assert describe("edit", {"field": "legal_name", "from": "A", "to": "B"}) == (
        "Edited your company's legal business name", "from “A” to “B”")
    assert describe("handoff_submitted", {"at": "2026-12-06T10:00:00+00:00", "by": "sam"})[0] == (
        "Submitted the enrollment on Partner Center")  # live mode's acts on Microsoft's pages
    assert describe("sign_in_again", {"work_account": "a@b.es", "tenant": "t"})[0] == "Signed in again"
    assert describe("something_new", {"k": 1}) == ("Something new", "K: 1")
