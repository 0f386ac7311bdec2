"""Legal business profile, primary contact and customer support info (the seed's step 4)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain import fields as model
from wizard.domain import flow
from wizard.ui.countries import fill_countries, select_country, selected_country
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets import FieldBox, FieldEdit, align_labels, buddy_label, page_scroll, plain_label

PHONE_FIELDS = ("contact_phone", "support_phone")


class LegalProfilePage(StepPage):
    key = "legal_profile"

    def _build(self) -> None:
        self.setSubTitle(
            self.tr(
                "Provide or update your company's legal business profile, primary contact and customer "
                "support information. It's prefilled from your MPN profile; it must match your company's "
                "registration records exactly."
            )
        )
        labels = {
            "legal_name": self.tr("&Legal business name:"),
            "address_line1": self.tr("&Address line 1:"),
            "address_line2": self.tr("Address line &2 (optional):"),
            "city": self.tr("Cit&y:"),
            "state": self.tr("State/p&rovince:"),
            "postal_code": self.tr("Postal &code:"),
            "country": self.tr("Co&untry/region:"),
            "contact_first_name": self.tr("F&irst name:"),
            "contact_last_name": self.tr("La&st name:"),
            "contact_email": self.tr("&Email:"),
            "contact_phone": self.tr("&Phone:"),
            "support_email": self.tr("Support e&mail:"),
            "support_phone": self.tr("Support ph&one:"),
            "support_website": self.tr("Support &website (optional):"),
        }
        placeholders = {
            "contact_email": self.tr("name@yourcompany.com — not Gmail, Outlook.com, Yahoo!, iCloud or AOL"),
            "contact_phone": "+34 912 345 678",
            "support_phone": "+34 900 123 456",
            "support_website": "https://www.contoso.com/support",
        }
        groups = (
            (self.tr("Legal business profile"), model.LEGAL_FIELDS),
            (self.tr("Primary contact"), model.CONTACT_FIELDS),  # a short title: a group title cannot wrap
            (self.tr("Customer support information"), model.SUPPORT_FIELDS),
        )
        self.groups: list[tuple[QGroupBox, tuple[str, ...]]] = []
        self.order: list[str] = []
        self.labels: list[QLabel] = []
        content = QWidget()
        column = QVBoxLayout(content)
        for title, keys in groups:
            group = QGroupBox(title)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if keys == model.CONTACT_FIELDS:
                form.addRow(plain_label(self.tr("The person we contact about your application.")))
            for key in keys:
                widget = self._make_input(key, placeholders.get(key, ""))
                label = buddy_label(labels[key], widget)  # Alt+letter, and the field's accessible name
                self.labels.append(label)
                form.addRow(label, self.boxes[key])
                self.order.append(key)
            column.addWidget(group)
            self.groups.append((group, keys))
        column.addStretch(1)
        align_labels(self.labels)
        scroll = page_scroll(content, "legal_profile_scroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.scroll = scroll

    def _make_input(self, key: str, placeholder: str) -> QWidget:
        if key == model.LEGAL_FIELDS[-1]:  # country
            combo = QComboBox()
            combo.setObjectName(key)
            combo.activated.connect(lambda _index: self._country_chosen())
            self.boxes[key] = FieldBox(combo)
            self.country_combo = combo
            return combo
        edit = FieldEdit()
        edit.setPlaceholderText(placeholder)
        self.bind(key, edit)
        edit.left.connect(lambda key=key: self.check_field(key))
        return edit

    # ----- lifecycle ------------------------------------------------------------------------
    def initializePage(self) -> None:
        if self.country_combo.count() == 0:
            fill_countries(self.country_combo)
        select_country(self.country_combo, self.session.value("country"))
        owned = set(flow.fields_of(self.session.case(), self.key))
        for group, keys in self.groups:
            group.setVisible(any(key in owned for key in keys))
        super().initializePage()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.country_combo.setEnabled(not read_only)

    def validatePage(self) -> bool:
        """Next is refused while any problem remains; every problem is shown and focus goes to the first."""
        if self.session.has_unsaved() or self.session.has_pending_step():
            # Nothing to write otherwise: a write on the writer thread would only share the interpreter
            # with the next page's first paint.
            self.autosave.flush()
        case = self.session.case()
        owned = flow.fields_of(case, self.key)
        problems = {p.field: p for p in flow.blocking(case, self.key, self.problems(only=owned))}
        for key in owned:
            self.show_problem(key, problems.get(key))
        first = next((key for key in self.order if key in problems), None)
        if first is None:
            return True
        widget = self.boxes[first].field
        widget.setFocus()
        self.scroll.ensureWidgetVisible(widget)
        return False

    # ----- per-field checks -----------------------------------------------------------------
    def check_field(self, key: str) -> None:
        """Check one field as the user leaves it; a valid phone number is rewritten in E.164."""
        if key in PHONE_FIELDS:
            self._normalize_phone(key)
        problems = self.problems(only=[key])
        self.show_problem(key, problems[0] if problems else None)

    def _normalize_phone(self, key: str) -> None:
        from wizard.domain import rules

        country = self.session.value("country") or self.session.value(model.TENANT_COUNTRY)
        e164 = rules.normalize_phone(self.session.value(key), country)
        edit = self.boxes[key].field
        if e164 and isinstance(edit, QLineEdit) and edit.text() != e164:
            edit.setText(e164)
            self.record(key, e164)

    def _country_chosen(self) -> None:
        self.record("country", selected_country(self.country_combo))
        self.check_field("country")
        for key in ("postal_code", "state", "contact_phone", "support_phone"):
            if self.session.value(key):
                self.check_field(key)
