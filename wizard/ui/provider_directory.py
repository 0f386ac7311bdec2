"""Find a provider: the directory the reseller's legal business location allows, with search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wizard.ui.messages import country_name, region_list
from wizard.ui.messages import text as localized
from wizard.ui.tasks import debounce, run_task
from wizard.ui.widgets import action_button, buddy_label, button_row, plain_label, set_tone, show_error

SERVICES = (("training", "Technical training and assistance"), ("marketing", "Marketing help"), ("financing", "Financing and credit terms"))
LISTING_ROLE = Qt.ItemDataRole.UserRole + 1


class ProviderDirectory(QWidget):
    def __init__(self, service) -> None:
        super().__init__()
        self.setObjectName("provider_directory")
        self.service = service
        self.search = QLineEdit()
        self.search.setObjectName("provider_search")
        self.search.setPlaceholderText(self.tr("Provider name"))
        self.search.setClearButtonEnabled(True)
        self.country = QComboBox()
        self.country.setObjectName("provider_country")
        self.service_boxes: dict[str, QCheckBox] = {}
        services_row = QVBoxLayout()  # one under another: side by side they need ~900px in Spanish
        services_row.setSpacing(2)
        with_keys = {"training": self.tr("&Technical training and assistance"), "marketing": self.tr("Mar&keting help"),
                     "financing": self.tr("Financing and cre&dit terms")}  # Alt+letter ticks a box
        for key, _text in SERVICES:
            box = QCheckBox(with_keys[key])
            box.setObjectName(f"service_{key}")
            box.toggled.connect(self.refresh)
            self.service_boxes[key] = box
            services_row.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)  # its own width: a click lands on it
        form = QFormLayout()
        for text, widget in ((self.tr("&Search:"), self.search), (self.tr("Country/re&gion served:"), self.country)):
            form.addRow(buddy_label(text, widget), widget)
        form.addRow(self.tr("Services:"), services_row)

        self.results = QListWidget()
        self.results.setObjectName("provider_results")
        self.results.setWordWrap(True)  # "name — regions" wraps in the narrow half of the splitter
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setAccessibleName(self.tr("Providers you can work with"))
        self.results.currentItemChanged.connect(self._show_detail)
        self.detail = plain_label()
        self.detail.setObjectName("provider_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(self.results)
        split.addWidget(self.detail)
        split.setSizes([420, 480])

        self.why_button = action_button(self.tr("&Why isn't a provider listed?"), "why_not", self._why_not)
        self.why_result = plain_label()
        self.why_result.setObjectName("why_not_result")
        self.status = plain_label()
        self.status.setObjectName("directory_status")

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Official Microsoft indirect providers (distributors) your legal business location allows you to work "
            "with. Contact a provider directly to discuss its reseller program; it then sends you an invitation.")))
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(button_row(self.why_button))
        layout.addWidget(self.why_result)
        layout.addWidget(self.status)

        self._debounce = debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.country.currentIndexChanged.connect(lambda _index: self.refresh())
        self._generation = 0

    def fill_countries(self, codes: list[str]) -> None:
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Any"), "")
        for code in sorted(codes, key=country_name):
            self.country.addItem(f"{country_name(code)} ({code})", code)
        self.country.blockSignals(False)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        text, country = self.search.text(), self.country.currentData() or None
        services = [key for key, box in self.service_boxes.items() if box.isChecked()]
        self.status.setText(self.tr("Searching…"))
        run_task(
            lambda: self.service.find_providers(text, country, services),
            lambda found: self._show(found, generation),
            self._failed,
        )

    def _show(self, listings, generation: int) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.results.clear()
        if self.country.count() == 0:
            self.fill_countries(sorted({c for listing in listings for c in listing.countries}))
        for listing in listings:
            item = QListWidgetItem(f"{listing.name} — {region_list(listing.regions)}")
            item.setData(LISTING_ROLE, listing)
            self.results.addItem(item)
        set_tone(self.status)
        self.status.setText(self.tr("%Ln provider(s) found.", "", len(listings)))

    def _failed(self, error: Exception) -> None:
        show_error(self.status, error)

    def _show_detail(self, item, _previous=None) -> None:
        if item is None:
            self.detail.setText("")
            self.results.setAccessibleDescription("")
            return
        listing = item.data(LISTING_ROLE)
        names = {"training": self.tr("Technical training and assistance"), "marketing": self.tr("Marketing help"),
                 "financing": self.tr("Financing and credit terms")}
        lines = [
            listing.name,
            self.tr("Regions: {regions}").format(regions=region_list(listing.regions)),
            self.tr("Serves: {countries}").format(countries=", ".join(country_name(c) for c in listing.countries)),
            self.tr("Services: {services}").format(services=", ".join(names.get(s, s) for s in listing.services) or "—"),
        ]
        description = getattr(listing, "description", "")
        if description:
            lines.append(description)
        self.detail.setText("\n".join(lines))
        self.results.setAccessibleDescription(self.detail.text())  # the detail, for readers on the list

    def _why_not(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.why_result.setText(self.tr("Type part of the provider's name in Search first."))
            return
        run_task(lambda: self.service.why_not_offered(text), self._show_reasons, self._failed)

    def _show_reasons(self, reasons: list[tuple[str, str]]) -> None:
        if not reasons:
            self.why_result.setText(self.tr("No provider matching that name is left out for your location."))
        else:
            self.why_result.setText("\n".join(f"{name}: {localized(reason)}" for name, reason in reasons))
