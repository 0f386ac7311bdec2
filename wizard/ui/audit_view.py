"""The audit trail of one case as a table: when (local time), who, what in plain words, details; plain text only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wizard.ui.case_list_model import local_time, status_title, step_title
from wizard.ui.messages import stored_text
from wizard.ui.latest_read import LatestRead
from wizard.ui.widgets import MIN_SECONDARY, read_only_rows, set_tone

COL_WHEN, COL_WHO, COL_WHAT, COL_DETAILS = range(4)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_NO_PARENT = QModelIndex()

_FIXED: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditView", "Case created"),
    "edit": QT_TRANSLATE_NOOP("AuditView", "Edited the case"),
    "submission": QT_TRANSLATE_NOOP("AuditView", "Submitted the enrollment"),
    "status_update": QT_TRANSLATE_NOOP("AuditView", "Partner Center update"),
    "sign_in": QT_TRANSLATE_NOOP("AuditView", "Signed in"),
    "import": QT_TRANSLATE_NOOP("AuditView", "Imported a handover packet"),
    "export": QT_TRANSLATE_NOOP("AuditView", "Exported a handover packet"),
    "answers": QT_TRANSLATE_NOOP("AuditView", "Filled in from an answers file"),
    "note": QT_TRANSLATE_NOOP("AuditView", "Note"),
    "archive": QT_TRANSLATE_NOOP("AuditView", "Archived the case"),
    "unarchive": QT_TRANSLATE_NOOP("AuditView", "Brought the case back from the archive"),
    "mpa_accepted": QT_TRANSLATE_NOOP("AuditView", "Accepted the Microsoft Partner Agreement"),
    "migrated_to_partner_center": QT_TRANSLATE_NOOP("AuditView", "Moved the partner profile to Partner Center"),
    "link_opened": QT_TRANSLATE_NOOP("AuditView", "Opened a link from an email"),
    "provider_authorized": QT_TRANSLATE_NOOP("AuditView", "Authorized an indirect provider"),
    "provider_admin_access_removed": QT_TRANSLATE_NOOP("AuditView", "Removed an indirect provider's administrator access"),
    "customer_invited": QT_TRANSLATE_NOOP("AuditView", "Invited a customer"),
    "resumed": QT_TRANSLATE_NOOP("AuditView", "Opened the case"),
    # live mode's acts on Microsoft's own pages, recorded here
    "handoff_opened": QT_TRANSLATE_NOOP("AuditView", "Opened Partner Center's sign-up page"),
    "handoff_submitted": QT_TRANSLATE_NOOP("AuditView", "Submitted the enrollment on Partner Center"),
    "web_act_confirmed": QT_TRANSLATE_NOOP("AuditView", "Ticked a step done on Partner Center's pages"),
    "web_act_unconfirmed": QT_TRANSLATE_NOOP("AuditView", "Unticked a step done on Partner Center's pages"),
    "sign_in_again": QT_TRANSLATE_NOOP("AuditView", "Signed in again"),
    "already_enrolled": QT_TRANSLATE_NOOP("AuditView", "Said whether the company is already enrolled in CSP"),
}
"""Plain words per audit action; anything else is shown as its name with spaces."""

_DETAIL_WORDS: dict[str, str] = {
    "enrollment_id": QT_TRANSLATE_NOOP("AuditView", "Enrollment ID"),
    "work_account": QT_TRANSLATE_NOOP("AuditView", "Work account"),
    "tenant": QT_TRANSLATE_NOOP("AuditView", "Tenant"),
    "file": QT_TRANSLATE_NOOP("AuditView", "File"),
    "mode": QT_TRANSLATE_NOOP("AuditView", "Mode"),
    "region": QT_TRANSLATE_NOOP("AuditView", "Region"),
    "by": QT_TRANSLATE_NOOP("AuditView", "By"),
    "user": QT_TRANSLATE_NOOP("AuditView", "User"),
    "provider": QT_TRANSLATE_NOOP("AuditView", "Provider"),
    "email": QT_TRANSLATE_NOOP("AuditView", "Email"),
    "kind": QT_TRANSLATE_NOOP("AuditView", "Kind"),
    "via": QT_TRANSLATE_NOOP("AuditView", "Via"),
    "title": "",
    "fields": QT_TRANSLATE_NOOP("AuditView", "Fields"),
    "field": QT_TRANSLATE_NOOP("AuditView", "Field"),
    "account_type": QT_TRANSLATE_NOOP("AuditView", "Account type"),
    "url": QT_TRANSLATE_NOOP("AuditView", "Address"),
    "at": QT_TRANSLATE_NOOP("AuditView", "At"),
    "act": QT_TRANSLATE_NOOP("AuditView", "Step"),
    "confirmed": QT_TRANSLATE_NOOP("AuditView", "Confirmed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def field_label(key: str) -> str:
    """A field's words in the UI's language (the labels validation messages use), never its raw key."""
    from wizard.domain.rules import FIELD_LABELS

    label = FIELD_LABELS.get(key)
    if label:
        return QCoreApplication.translate("FieldLabels", label)
    return key.replace("_", " ")


def _field_list(value: Any) -> str:
    keys = value if isinstance(value, (list, tuple)) else [value]
    return ", ".join(field_label(str(key)) for key in keys)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditView", "yes") if value else QCoreApplication.translate("AuditView", "no")
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
        label = _tr(label) if label else label
        shown = _field_list(value) if key in ("field", "fields") else _value(value)
        parts.append(f"{label}: {shown}" if label else stored_text(shown))
    return "; ".join(parts)


def describe(action: str, detail: Mapping[str, Any]) -> tuple[str, str]:
    """(what, details) of an audit entry in plain words, in the UI's language."""
    if action == "step":
        return (QCoreApplication.translate("AuditView", "Moved from {start} to {end}").format(start=step_title(str(detail.get("from", ""))),
                                                         end=step_title(str(detail.get("to", "")))),
                _rest(detail, ("from", "to")))
    if action == "status":
        what = QCoreApplication.translate("AuditView", "Status changed from “{start}” to “{end}”").format(
            start=status_title(str(detail.get("from", ""))), end=status_title(str(detail.get("to", ""))))
        return what, _rest(detail, ("from", "to", "at"))
    if action == "submission":
        previous = detail.get("from")
        extra = QCoreApplication.translate("AuditView", "; was “{status}”").format(status=status_title(str(previous))) if previous and previous != "draft" else ""
        return _tr(_FIXED[action]), _rest(detail, ("from",)) + extra
    if action == "note":
        return _tr(_FIXED[action]), str(detail.get("text", ""))
    if action == "admin_agent":
        user = detail.get("user", "")
        if detail.get("granted"):
            return QCoreApplication.translate("AuditView", "Added to the admin agent group"), str(user)
        return QCoreApplication.translate("AuditView", "Tried to add to the admin agent group (not confirmed)"), str(user)
    if action == "edit" and ("field" in detail or "to" in detail):
        field = str(detail.get("field", ""))
        what = QCoreApplication.translate("AuditView", "Edited {field}").format(field=field_label(field)) if field else _tr(_FIXED[action])
        if "from" in detail or "to" in detail:
            return what, QCoreApplication.translate("AuditView", "from “{start}” to “{end}”").format(start=_value(detail.get("from", "")),
                                                              end=_value(detail.get("to", "")))
        return what, _rest(detail, ("field",))
    what = _tr(_FIXED[action]) if action in _FIXED else action.replace("_", " ").capitalize()
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
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 4 else None
        return section + 1


class AuditView(QWidget):
    """Every audit entry of one case; `refresh()` re-reads it from the store (anything with `audit(case_id)`),
    on a worker: the table fills when the entries arrive."""

    def __init__(self, store: Any, case_id: int, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("audit_view")
        self.store = store
        self.case_id = case_id
        self._reads = LatestRead(self)  # an older read arriving late is dropped
        self.setWindowTitle(self.tr("Audit trail — %1").replace("%1", title or self.tr("case %1").replace("%1", str(case_id))))
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setText(self.tr("Everything that happened to %1, oldest first.").replace(
            "%1", title or self.tr("case %1").replace("%1", str(case_id))))
        self.model = AuditModel(self)
        self.table = QTableView(self)
        read_only_rows(self.table, "audit_table", self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.error = QLabel(self)  # why the trail could not be read (shown only then)
        self.error.setObjectName("audit_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.resize(900, 480)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)  # read-only: nothing lost
        self.setMinimumSize(*MIN_SECONDARY)
        self.refresh()

    def refresh(self) -> None:
        store, case_id = self.store, self.case_id
        self._reads.run(lambda: store.audit(case_id), self._show, self._read_failed)

    def _show(self, entries: Sequence[Any]) -> None:
        self.error.hide()
        self.model.set_entries(entries)

    def _read_failed(self, error: Exception) -> None:
        from wizard.ui.messages import error_text

        if isValid(self):
            self.error.setText(error_text(error))
            self.error.show()
