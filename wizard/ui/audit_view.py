"""The audit trail of one case as a table: when (local time), who, what in plain words, details; plain text only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from wizard.ui.case_list_model import local_time, status_title, step_title

COL_WHEN, COL_WHO, COL_WHAT, COL_DETAILS = range(4)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_NO_PARENT = QModelIndex()

_FIXED: dict[str, str] = {
    "create": "Case created",
    "edit": "Edited the case",
    "submission": "Submitted the enrollment",
    "status_update": "Partner Center update",
    "sign_in": "Signed in",
    "import": "Imported a handover packet",
    "export": "Exported a handover packet",
    "answers": "Filled in from an answers file",
    "note": "Note",
    "archive": "Archived the case",
    "unarchive": "Brought the case back from the archive",
    "mpa_accepted": "Accepted the Microsoft Partner Agreement",
    "migrated_to_partner_center": "Moved the partner profile to Partner Center",
    "link_opened": "Opened a link from an email",
    "provider_authorized": "Authorized an indirect provider",
    "provider_admin_access_removed": "Removed an indirect provider's administrator access",
    "customer_invited": "Invited a customer",
}
"""Plain words per audit action; anything else is shown as its name with spaces."""

_DETAIL_WORDS: dict[str, str] = {
    "enrollment_id": "Enrollment ID", "work_account": "Work account", "tenant": "Tenant", "file": "File",
    "mode": "Mode", "region": "Region", "by": "By", "user": "User", "provider": "Provider", "email": "Email",
    "kind": "Kind", "via": "Via", "title": "", "fields": "Fields", "field": "Field", "account_type": "Account type",
}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


def _rest(detail: Mapping[str, Any], skip: Sequence[str] = ()) -> str:
    """The remaining detail keys as 'Label: value' parts (a 'title' shows as itself)."""
    parts = []
    for key, value in detail.items():
        if key in skip or value in (None, "", [], {}):
            continue
        label = _DETAIL_WORDS.get(key, key.replace("_", " ").capitalize())
        parts.append(f"{label}: {_value(value)}" if label else _value(value))
    return "; ".join(parts)


def describe(action: str, detail: Mapping[str, Any]) -> tuple[str, str]:
    """(what, details) of an audit entry in plain words."""
    if action == "step":
        return (f"Moved from {step_title(str(detail.get('from', '')))} to {step_title(str(detail.get('to', '')))}",
                _rest(detail, ("from", "to")))
    if action == "status":
        what = f"Status changed from “{status_title(str(detail.get('from', '')))}” to “{status_title(str(detail.get('to', '')))}”"
        return what, _rest(detail, ("from", "to", "at"))
    if action == "submission":
        previous = detail.get("from")
        extra = f"; was “{status_title(str(previous))}”" if previous and previous != "draft" else ""
        return _FIXED[action], _rest(detail, ("from",)) + extra
    if action == "note":
        return _FIXED[action], str(detail.get("text", ""))
    if action == "admin_agent":
        user = detail.get("user", "")
        if detail.get("granted"):
            return "Added to the admin agent group", str(user)
        return "Tried to add to the admin agent group (not confirmed)", str(user)
    if action == "edit" and ("field" in detail or "to" in detail):
        field = str(detail.get("field", ""))
        what = f"Edited {field.replace('_', ' ')}" if field else _FIXED[action]
        if "from" in detail or "to" in detail:
            return what, f"from “{_value(detail.get('from', ''))}” to “{_value(detail.get('to', ''))}”"
        return what, _rest(detail, ("field",))
    what = _FIXED.get(action) or action.replace("_", " ").capitalize()
    return what, _rest(detail, ("at",))


class AuditModel(QAbstractTableModel):
    """Audit entries (wizard.store.records.AuditEntry), oldest first, as plain text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []
        self._headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [(local_time(e.at), e.actor, *describe(e.action, e.detail or {})) for e in entries]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, int(Qt.ItemDataRole.AccessibleTextRole)):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:  # never super().headerData() (PySide6 6.12 None refcount bug)
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 4 else None
        return section + 1


class AuditView(QWidget):
    """Every audit entry of one case; `refresh()` re-reads it from the store (anything with `audit(case_id)`)."""

    def __init__(self, store: Any, case_id: int, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("audit_view")
        self.store = store
        self.case_id = case_id
        self.setWindowTitle(self.tr("Audit trail — %1").replace("%1", title or f"case {case_id}"))
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Everything that happened to %1, oldest first.").replace(
            "%1", title or f"case {case_id}"))
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_entries(self.store.audit(self.case_id))
