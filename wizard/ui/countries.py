"""Country/region pickers filled from pycountry, keyed by ISO 3166-1 alpha-2."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fill_countries(combo: QComboBox, selected: str = "") -> None:
    from wizard.domain import regions

    combo.blockSignals(True)
    combo.clear()
    combo.addItem(combo.tr("Choose a country/region…"), "")
    for code, name in regions.all_countries():
        combo.addItem(f"{name} ({code})", code)
    combo.blockSignals(False)
    select_country(combo, selected)


def select_country(combo: QComboBox, code: str) -> None:
    index = combo.findData(code.upper()) if code else 0
    combo.setCurrentIndex(max(index, 0))


def selected_country(combo: QComboBox) -> str:
    return combo.currentData() or ""
