"""View customers shared with a provider (lazy, SQL-filtered table) and invite new customers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.messages import error_text
from wizard.ui.tasks import debounce, run_task
from wizard.ui.widgets import (
    FieldBox,
    FieldEdit,
    buddy_label,
    button_row,
    header_width,
    plain_label,
    set_tone,
)


class CustomersTab(QWidget):
    def __init__(self, service) -> None:
        super().__init__()
        self.setObjectName("customers_tab")
        self.service = service
        self.provider_id: str | None = None
        self.model = None
        self.heading = QLabel(self.tr("Select a provider on the Indirect providers tab, then View customers."))
        self.heading.setObjectName("customers_provider")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QLineEdit()
        self.filter.setObjectName("customer_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name or domain"))
        self.filter.setClearButtonEnabled(True)
        self.missing_only = QCheckBox(self.tr("Only customers &missing the provider's reseller relationship"))
        self.missing_only.setObjectName("missing_only")
        filter_label = buddy_label(self.tr("Fi&lter:"), self.filter)  # F is the "&Find a provider" tab
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        self.table = QTableView()
        self.table.setObjectName("customers_view")
        self.table.setAccessibleName(self.tr("Customers you share with the provider"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setWordWrap(False)  # one line per customer: even rows, cheap painting at 100,000 rows
        self.table.horizontalHeader().setStretchLastSection(False)
        self.count = plain_label()
        self.count.setObjectName("customer_count")
        self.why = plain_label(self.tr(
            "Your indirect provider needs a reseller relationship with a customer to submit orders on their behalf. "
            "Customers marked ⚠ don't have one yet: invite them again so they accept both relationships at once."))
        self.sync_state = plain_label()
        self.sync_state.setObjectName("customer_sync")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.why)
        layout.addLayout(row)
        layout.addLayout(button_row(self.missing_only))  # below the filter: beside it, it squeezed the field
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.sync_state)
        layout.addWidget(self._invite_group())

        self._debounce = debounce(self, 200, self._apply_filter)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        self.missing_only.toggled.connect(lambda _on: self._apply_filter())

    def _invite_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Invite new customers"))
        group.setObjectName("invite_group")
        form = QFormLayout(group)
        form.addRow(plain_label(self.tr(
            "We email the customer an invitation to authorize reseller relationships with both you and your "
            "indirect provider at the same time.")))
        self.invite_email = FieldEdit()
        self.invite_email.setObjectName("invite_email")
        self.invite_name = FieldEdit()
        self.invite_name.setObjectName("invite_name")
        self.email_box = FieldBox(self.invite_email)
        for text, widget, holder in ((self.tr("Customer &email:"), self.invite_email, self.email_box),
                                     (self.tr("Customer n&ame (optional):"), self.invite_name, self.invite_name)):
            form.addRow(buddy_label(text, widget), holder)  # N is the "I&nvitation" tab
        self.invite_button = QPushButton(self.tr("&Invite customer"))
        self.invite_button.setObjectName("invite_customer")
        self.invite_button.clicked.connect(self._invite)
        self.invite_email.on_enter(self._invite)
        self.invite_result = plain_label()
        self.invite_result.setObjectName("invite_result")
        form.addRow("", button_row(self.invite_button))
        form.addRow(self.invite_result)
        self.invite_group = group
        group.setEnabled(False)
        return group

    # ----- showing a provider's customers --------------------------------------------------------
    def show_provider(self, provider_id: str, name: str) -> None:
        from wizard.ui.models import COL_NAME, SharedCustomersModel

        self.close_source()
        self.provider_id = provider_id
        self.heading.setText(self.tr("Customers you share with {provider}").format(provider=name))
        self.source = self.service.customer_source(provider_id)
        self.model = SharedCustomersModel(self.source, self)
        self.model.total_changed.connect(self._show_total)  # counted after the repaint, not before it
        self.model.load_failed.connect(self.sync_state.setText)
        self.table.setModel(self.model)
        self._size_columns()
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.invite_group.setEnabled(True)
        self._apply_filter()
        self.sync()

    def _size_columns(self) -> None:
        """The name takes the free width; the other columns fit their header and typical content."""
        from PySide6.QtWidgets import QHeaderView

        from wizard.ui.models import (
            COL_COUNTRY,
            COL_DOMAIN,
            COL_NAME,
            COL_RELATIONSHIP,
            COL_SINCE,
            MISSING_TEXT,
        )

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header_width(self.table, COL_NAME))  # the name never shrinks below its title
        widths = {COL_DOMAIN: "customer000123.onmicrosoft.com", COL_COUNTRY: "ES", COL_RELATIONSHIP: self.model.tr(MISSING_TEXT),
                  COL_SINCE: "2026-12-31"}
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, header_width(self.table, column, sample))  # header in any language

    def close_source(self) -> None:
        """Release the read-only connection of the provider shown before."""
        source = getattr(self, "source", None)
        if source is not None:
            source.close()
            self.source = None

    def _show_total(self, total: int) -> None:
        self.count.setText(self.tr("%Ln customer(s)", "", total))

    def sync(self, full: bool = False) -> None:
        """Fetch customers added since the last visit in the background, then refresh the table."""
        if self.provider_id is None:
            return
        provider_id = self.provider_id
        self.sync_state.setText(self.tr("Checking Partner Center for new customers…"))
        run_task(lambda: self.service.sync_customers(provider_id, full), self._synced, self._sync_failed)

    def _synced(self, added: int) -> None:
        self.sync_state.setText(self.tr("Up to date.") if not added else self.tr("%Ln new customer(s).", "", added))
        if added and self.model is not None:
            self.model.refresh()

    def _sync_failed(self, error: Exception) -> None:
        self.sync_state.setText(self.tr("Showing the last known customers: {reason}").format(
            reason=error_text(error)))

    def _apply_filter(self) -> None:
        if self.model is None:
            return
        self.model.set_filter(self.filter.text(), self.missing_only.isChecked())

    # ----- inviting ---------------------------------------------------------------------------
    def _invite(self) -> None:
        if self.provider_id is None:
            return
        email, name, provider_id = self.invite_email.text(), self.invite_name.text(), self.provider_id
        self.email_box.error.show_problem(None)
        self.invite_button.setEnabled(False)
        set_tone(self.invite_result)
        self.invite_result.setText(self.tr("Sending the invitation…"))
        run_task(lambda: self.service.invite_customer(provider_id, email, name), self._invited, self._invite_failed)

    def _invited(self, mail) -> None:
        self.invite_button.setEnabled(True)
        self.invite_email.clear()
        self.invite_name.clear()
        self.invite_result.setText(self.tr(
            "Invitation sent to {email}. The customer appears here once they accept it.").format(email=mail.to))

    def _invite_failed(self, error: Exception) -> None:
        self.invite_button.setEnabled(True)
        message = error_text(error)
        if getattr(error, "code", "") in ("invalid_email",):
            self.email_box.error.show_problem(error)
            self.invite_email.setFocus()
            self.invite_result.setText("")
        else:
            set_tone(self.invite_result, "error")
            self.invite_result.setText(message)
