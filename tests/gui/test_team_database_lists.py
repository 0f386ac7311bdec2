"""The case list window and the customers table on a team database (PostgreSQL), driven like a person.

Needs a server (`bash scripts/setup.sh --postgres`, then export WIZARD_TEST_POSTGRES_URL=$(cat .venv/postgres-url));
skips without one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableView

from wizard.store import Store
from wizard.store.relationships import RelationshipStore
from wizard.ui.lazy_model import RowRole
from wizard.ui.models import SharedCustomersModel


def _top_level(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def _fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


@pytest.fixture
def team_url(postgres_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The team database URL; the sandbox's per-machine state goes to a temporary data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return postgres_url


def test_case_list_searches_and_resumes_on_a_team_database(qtbot, open_app, team_url: str) -> None:
    with Store.open(team_url) as store:  # a colleague's cases, already in the shared database
        for company, owner in (("Contoso Iberia", "ana"), ("Straße Bau GmbH", "bob"), ("Fabrikam", "Désirée")):
            case_id = store.create_case(owner)
            store.save_fields(case_id, {"legal_name": company, "contact_first_name": "Lucía"})
    instance = open_app(team_url)
    qtbot.waitUntil(lambda: _top_level("case_list") is not None, timeout=10000)  # several cases: the list
    window = _top_level("case_list")
    table: QTableView = window.findChild(QTableView, "cases_view")
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=5000)

    search: QLineEdit = window.findChild(QLineEdit, "case_search")
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(search, "STRASSE")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    row = table.model().data(table.model().index(0, 0), RowRole)
    assert row.company == "Straße Bau GmbH" and row.owner == "bob" and row.contact == "Lucía"

    table.selectRow(0)
    qtbot.mouseClick(window.findChild(QPushButton, "resume_case"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: instance.session.case_id == row.id, timeout=5000)
    assert instance.session.value("legal_name") == "Straße Bau GmbH"


def test_customers_table_pages_a_team_database(qtbot, postgres_url: str) -> None:
    base = datetime(2022, 1, 1, tzinfo=UTC)
    customers = [{"customer_id": i, "name": f"{'Contoso' if i % 3 else 'Fabrikam'} {i:03d}",
                  "domain": f"c{i}.example", "country": "ES", "provider_relationship": i % 4 != 0,
                  "since": base + timedelta(days=i)} for i in range(1, 451)]
    with Store.open(postgres_url) as store:
        cache = RelationshipStore(store)
        case_id = store.create_case("ana")
        cache.save_providers(case_id, [{"provider_id": "p1", "name": "Provider", "countries": ["ES"]}])
        cache.append_customers(case_id, "p1", customers)
        with cache.customer_source(case_id, "p1") as source:
            model = SharedCustomersModel(source, page_size=100)
            view = QTableView()
            qtbot.addWidget(view)
            view.setModel(model)
            view.show()
            _fetch_all(model)
            assert model.rowCount() == 450
            model.set_filter("fabrikam", True)
            _fetch_all(model)
            shown = [model.data(model.index(r, 0), RowRole).customer_id for r in range(model.rowCount())]
            assert shown == [i for i in range(3, 451, 3) if i % 4 == 0]  # name order: Fabrikam 012, 024, ...
            qtbot.waitUntil(lambda: model.total() == len(shown), timeout=3000)
