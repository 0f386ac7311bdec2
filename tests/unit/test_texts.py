"""Translatable domain texts: plain English strings that keep their template and values (no Qt)."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import UTC, datetime

from wizard.domain import regions, rules
from wizard.domain.texts import (
    QT_TRANSLATE_NOOP,
    CountryName,
    ListItems,
    Message,
    Moment,
    Template,
)


def test_a_marked_text_is_its_english_with_a_context() -> None:
    text = QT_TRANSLATE_NOOP("Backend", "There is no tenant named {domain}.")
    assert isinstance(text, Template) and text == "There is no tenant named {domain}." and text.context == "Backend"
    message = text.format(domain="contoso.onmicrosoft.com")
    assert isinstance(message, Message) and message == "There is no tenant named contoso.onmicrosoft.com."
    assert message.template is text and message.params == {"domain": "contoso.onmicrosoft.com"}


def test_messages_survive_copies_pickles_and_json() -> None:
    message = QT_TRANSLATE_NOOP("Validation", "Please provide {label}.").format(
        label=QT_TRANSLATE_NOOP("FieldLabels", "the city"))
    for again in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again == message and again.template.context == "Validation"
        assert again.params["label"].context == "FieldLabels"
    assert json.loads(json.dumps({"message": message})) == {"message": "Please provide the city."}


def test_values_keep_what_a_ui_needs_to_translate_them() -> None:
    name = regions.country_name("es")
    assert isinstance(name, CountryName) and name == "Spain" and name.code == "ES"
    assert regions.country_name("ZZ") == "ZZ"  # unknown: unchanged, never a failure
    moment = Moment(datetime(2026, 3, 9, 14, 5, tzinfo=UTC))
    assert moment == "09 Mar 2026 14:05 UTC" and moment.at.hour == 14
    items = ListItems([QT_TRANSLATE_NOOP("Regions", "Europe"), "Africa"])
    assert items == "Europe, Africa" and items.items[0].context == "Regions"


def test_validation_problems_carry_their_template_and_english_for_the_cli() -> None:
    [problem] = rules.validate({"country": "US", "tenant_country": "ES"}, only=["country"])
    assert problem.code == "country_mismatch"
    assert problem.message == (
        "Your company's legal address is in United States, but your work account's tenant is in Spain. "
        "Enrolling needs the legal business location in Spain."
    )
    assert problem.message.template is rules.MESSAGES["country_mismatch/country"]
    assert problem.message.params["tenant_country"].code == "ES"


def test_region_reasons_are_messages() -> None:
    class Provider:
        name, countries = "Far Away Ltd", ("JP",)

    reason = regions.region_reason("ES", Provider())
    assert reason == (
        "Far Away Ltd serves only the Japan region; your legal business location, Spain, is in the Europe region."
    )
    assert reason.template.context == "Regions" and reason.params["region"].context == "Regions"
