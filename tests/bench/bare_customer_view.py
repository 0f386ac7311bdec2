"""Baseline for bench_customers.py: a bare PySide6 lazy QTableView over the shared_customers rows, no app code.

A minimal QAbstractTableModel over a stdlib sqlite3 connection: LIMIT/OFFSET pages pulled by the
view through canFetchMore/fetchMore, a filter that resets the model and lets the view fetch again.
It reads the same table with the same ORDER BY and the same covering index as the app
(`search_key`, the casefolded name and domain), filtering with `search_key LIKE '%text%'`: the
strongest plain query for the same rows, so the comparison measures the app's model and view
layer, not a weaker SQL plan. (`name LIKE` cannot use the index and is 2-5x slower.)

    python tests/bench/bare_customer_view.py DB CASE_ID PROVIDER_ID   # shows the table
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

NO_PARENT = QModelIndex()  # a default argument made once (ruff B008)
HEADERS = ("Customer", "Domain", "Country", "Reseller relationship", "Customer since")
PAGE = 200


class BareCustomerModel(QAbstractTableModel):
    def __init__(self, path: Path, case_id: int, provider_id: str) -> None:
        super().__init__()
        self.conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        self.case_id, self.provider_id = case_id, provider_id
        self.pattern = "%"
        self.rows: list[tuple] = []
        self.more = True

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        if index.column() == 3:
            return "Yes" if value else "No"
        if index.column() == 4:
            return (value or "")[:10]
        return value

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None  # not super().headerData(): PySide6 6.12 loses a reference to None per call
        return HEADERS[section] if orientation == Qt.Orientation.Horizontal else section + 1

    def canFetchMore(self, parent=NO_PARENT) -> bool:
        return not parent.isValid() and self.more

    def fetchMore(self, parent=NO_PARENT) -> None:
        rows = self.conn.execute(
            "SELECT name, domain, country, provider_relationship, since FROM shared_customers"
            " WHERE case_id = ? AND provider_id = ? AND search_key LIKE ?"
            " ORDER BY search_key, customer_id LIMIT ? OFFSET ?",
            (self.case_id, self.provider_id, self.pattern, PAGE, len(self.rows)),
        ).fetchall()
        self.more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def set_filter(self, text: str, missing_only: bool = False) -> None:
        self.beginResetModel()
        self.pattern = f"%{text.strip().lower()}%"
        self.rows, self.more = [], True
        self.endResetModel()


def build(path: Path, case_id: int, provider_id: str) -> tuple[QTableView, BareCustomerModel]:
    """The view and its model (not shown yet)."""
    model = BareCustomerModel(path, case_id, provider_id)
    view = QTableView()
    view.setModel(model)
    return view, model


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view, _model = build(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
    view.resize(1000, 700)
    view.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
