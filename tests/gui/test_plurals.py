"""Every count the UI shows agrees with its number (Qt's %n plurals) in English and in Spanish: "1 customer",
"2 customers", "1 cliente", "2 clientes" — never "1 customers"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QListWidget

from tests.gui.driver import WizardDriver
from wizard.store import Store
from wizard.ui import i18n
from wizard.ui.case_list import CaseListWindow
from wizard.ui.customers_tab import CustomersTab
from wizard.ui.provider_directory import ProviderDirectory

LANGUAGES = ("en", "es")


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    if i18n.current_language() != "en":
        i18n.install_language("en")


def _in(language: str) -> None:
    assert i18n.install_language(language) == language


def _listing(number: int) -> SimpleNamespace:
    return SimpleNamespace(name=f"Contoso Distribution {number}", regions=("Europe",), countries=("ES",),
                           services=(), id=f"contoso{number}")


class _Providers:
    def find_providers(self, *_args):
        return []


WANTED = {
    "cases": {"en": ("1 case", "2 cases", "12,345 cases"), "es": ("1 caso", "2 casos", "12.345 casos")},
    "customers": {"en": ("1 customer", "2 customers"), "es": ("1 cliente", "2 clientes")},
    "new customers": {"en": ("1 new customer.", "2 new customers."), "es": ("1 cliente nuevo.", "2 clientes nuevos.")},
    "providers": {"en": ("1 provider found.", "2 providers found."),
                  "es": ("Se ha encontrado 1 proveedor.", "Se han encontrado 2 proveedores.")},
    "profiles": {"en": ("1 company profile found. Select one.", "2 company profiles found. Select one."),
                 "es": ("Se ha encontrado 1 perfil de empresa. Selecciona uno.",
                        "Se han encontrado 2 perfiles de empresa. Selecciona uno.")},
    "restored": {"en": ("1 value restored from r.json.", "2 values restored from r.json."),
                 "es": ("1 valor restaurado desde r.json.", "2 valores restaurados desde r.json.")},
    "not restored": {"en": ("1 could not be (unknown fields, or answers already sent).",
                            "2 could not be (unknown fields, or answers already sent)."),
                     "es": ("1 no se pudo restaurar (campos desconocidos o respuestas ya enviadas).",
                            "2 no se pudieron restaurar (campos desconocidos o respuestas ya enviadas).")},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_case_list_counts(qtbot, tmp_path: Path, language: str) -> None:
    path = tmp_path / "wizard.sqlite"
    Store.open(path).close()
    with Store.open(path) as store:
        window = CaseListWindow(store, "Staff Sam")
        qtbot.addWidget(window)
        _in(language)
        shown = []
        for total in (1, 2, 12345):
            window._show_total(total)
            shown.append(window.count.text())
        window.close()
    assert tuple(shown) == WANTED["cases"][language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_customer_and_provider_counts(qtbot, language: str) -> None:
    customers, directory = CustomersTab(None), ProviderDirectory(_Providers())
    for widget in (customers, directory):
        qtbot.addWidget(widget)
    _in(language)
    totals, added, found = [], [], []
    for n in (1, 2):
        customers._show_total(n)
        totals.append(customers.count.text())
        customers._synced(n)
        added.append(customers.sync_state.text())
        directory._show([_listing(i) for i in range(n)], directory._generation)
        found.append(directory.status.text())
    assert tuple(totals) == WANTED["customers"][language]
    assert tuple(added) == WANTED["new customers"][language]
    assert tuple(found) == WANTED["providers"][language]
    assert directory.results.count() == 2


def test_profile_and_recovery_counts(qtbot, driver: WizardDriver) -> None:
    driver.next()
    driver.sign_in()
    driver.wait_complete()
    driver.next()
    driver.pmc_sign_in()
    page = driver.wizard.currentPage()
    assert driver.widget("mpn_id", QListWidget).count() > 1
    for language in LANGUAGES:
        _in(language)
        profiles = []
        for n in (1, 2):
            page._signed_in([object()] * n)
            profiles.append(page.status.text())
        assert tuple(profiles) == WANTED["profiles"][language]
        instance = driver.instance  # the recovery note of AppInstance (shown in the window's notice)
        restored = tuple(instance.tr("%Ln value(s) restored from {file}.", "", n).format(file="r.json") for n in (1, 2))
        assert restored == WANTED["restored"][language]
        skipped = tuple(instance.tr("%Ln could not be (unknown fields, or answers already sent).", "", n) for n in (1, 2))
        assert skipped == WANTED["not restored"][language]
