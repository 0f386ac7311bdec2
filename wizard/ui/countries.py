"""Country/region pickers filled from pycountry, keyed by ISO 3166-1 alpha-2."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def fill_countries(combo: QComboBox, selected: str = "") -> None:
    """Every country by name in the UI's language (sorted in it), then its code."""
    from wizard.ui.messages import all_countries

    combo.blockSignals(True)
    # As wide as a typical name, not the longest one ("Islas Georgias del Sur y Sandwich del Sur"):
    # sized to its contents, the picker alone made forms wider than the window.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    combo.clear()
    combo.setProperty("country_picker", True)  # a language switch refills it in the new language
    combo.addItem(QCoreApplication.translate("Countries", "Choose a country/region…"), "")
    for code, name in all_countries():
        combo.addItem(f"{name} ({code})", code)
    combo.blockSignals(False)
    select_country(combo, selected)


def select_country(combo: QComboBox, code: str) -> None:
    index = combo.findData(code.upper()) if code else 0
    combo.setCurrentIndex(max(index, 0))


def selected_country(combo: QComboBox) -> str:
    return combo.currentData() or ""
