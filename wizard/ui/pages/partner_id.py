"""Live mode's MPN step: the Partner ID (the former MPN ID) of the location in the tenant's country.

Partner Membership Center was retired in 2022, so there is no profile list to choose from: the partner
types the Partner ID, checked in the rules' format, and is told why its country must be the tenant's."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QVBoxLayout

from wizard.domain import fields as model
from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.ui.messages import country_name
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets import FieldEdit, buddy_label, plain_label


# The rules speak of the MPN ID (the sandbox's Partner Membership Center); this page's field is the Partner ID.
IN_PARTNER_ID_WORDS = {
    "required": QT_TRANSLATE_NOOP("PartnerIdPage", "Enter your Partner ID, the ID of your company's location in your "
                                                   "tenant's country/region."),
    "invalid_mpn_id": QT_TRANSLATE_NOOP("PartnerIdPage", "A Partner ID is made of digits only, like 1234567."),
}


class PartnerIdPage(StepPage):
    key = "mpn"
    variant = "live"

    def _build(self) -> None:
        self.setSubTitle(self.tr(
            "Enter the Partner ID (formerly the MPN ID) of your company's location in the same country/region "
            "as your work account's tenant."))
        self.partner_id = FieldEdit()
        self.partner_id.setPlaceholderText("1234567")
        box = self.bind(model.MPN_ID, self.partner_id, on_edit=self._check)
        self.prefilled = plain_label()
        self.prefilled.setObjectName("partner_id_prefilled")
        self.why = plain_label()
        self.why.setObjectName("partner_id_why")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Partner ID:"), self.partner_id), box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.prefilled)
        layout.addWidget(self.why)
        layout.addStretch(1)
        self._explain()

    def initializePage(self) -> None:
        super().initializePage()
        self._explain()
        if self.partner_id.text():
            self._check()

    def _show_prefilled(self, entered: str) -> None:
        """Says so while the field holds the Partner ID read from Partner Center (LiveCase prefills it)."""
        from wizard.domain.case import PREFILL_PREFIX

        from_partner_center = bool(entered) and entered == self.session.value(PREFILL_PREFIX + model.MPN_ID)
        self.prefilled.setText(self.tr(
            "Partner Center already has this Partner ID linked to your account. Check that it is the ID of your "
            "company's location in your tenant's country/region, not of its headquarters.")
            if from_partner_center else "")
        self.prefilled.setVisible(from_partner_center)

    def _explain(self) -> None:
        self._show_prefilled(self.session.value(model.MPN_ID))
        tenant = self.session.value(model.TENANT_COUNTRY)
        where = self.tr("your tenant's country/region ({country})").format(country=country_name(tenant)) if tenant \
            else self.tr("your tenant's country/region")
        self.why.setText(self.tr(
            "Why the country matters: one CSP account belongs to exactly one location of your company, the one "
            "in {where}. Partner Center links the Partner ID of that location, and your legal country/region "
            "can't be changed later. Find it in Partner Center under Account settings > Identifiers, or in "
            "the Microsoft AI Cloud Partner Program; Partner Membership Center was retired in 2022.").format(
                where=where))

    def _check(self, _text: str = "") -> None:
        """Refused next to the field as it is typed: the rules' format (digits only, at most 10)."""
        self._show_prefilled(self.partner_id.text().strip())
        problems = self.problems(only=(model.MPN_ID,))
        self.show_problem(model.MPN_ID, problems[0] if problems and self.partner_id.text() else None)
        self.completeChanged.emit()

    def show_problem(self, key: str, message: object | None) -> None:
        """The rules' problem with the Partner ID in this page's words (they say "MPN ID")."""
        code = getattr(message, "code", None)
        if key == model.MPN_ID and code in IN_PARTNER_ID_WORDS:
            message = IN_PARTNER_ID_WORDS[code]
        super().show_problem(key, message)
