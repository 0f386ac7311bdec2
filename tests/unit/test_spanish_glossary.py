"""The Spanish UI (resources/i18n/wizard_es.ts) and help (resources/help/es/*.html) speak like Microsoft's es-ES
Partner Center pages: the reader is addressed with tú, never usted, and every term is the one of the glossary
(resources/i18n/glossary_es.json), never one of its avoided variants. No Qt: the .ts is read as XML.

To check another copy of the texts (an older commit, say):
    SPANISH_TS=/tmp/old_es.ts SPANISH_HELP=/tmp/old_help_es pytest tests/unit/test_spanish_glossary.py
"""

from __future__ import annotations

import html
import json
import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "resources" / "i18n" / "glossary_es.json"
TS = Path(os.environ.get("SPANISH_TS", ROOT / "resources" / "i18n" / "wizard_es.ts"))
HELP = Path(os.environ.get("SPANISH_HELP", ROOT / "resources" / "help" / "es"))


@cache
def glossary() -> dict:
    return json.loads(GLOSSARY.read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """A text as read: no placeholders ({name}, %1, %Ln), no mnemonic ampersands, no markup, one-spaced."""
    text = re.sub(r"\{\w*\}|%L?n|%\d+", " ", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


@cache
def ts_entries() -> tuple[tuple[str, str, str], ...]:
    """(context, English source, Spanish) of every text still in the code; a plural gives one entry per form."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
            found.extend((name, source, form) for form in forms if form)
    return tuple(found)


@cache
def spanish_texts() -> tuple[tuple[str, str], ...]:
    """(where, plain Spanish text) of every translation and every help page."""
    texts = [(f"wizard_es.ts [{context}] {source!r}", plain(spanish)) for context, source, spanish in ts_entries()]
    texts += [(f"help/es/{page.name}", plain(page.read_text(encoding="utf-8"))) for page in sorted(HELP.glob("*.html"))]
    return tuple(texts)


def _flags(term: dict) -> int:
    return 0 if term.get("case_sensitive") else re.IGNORECASE


def usted_patterns() -> list[tuple[str, re.Pattern[str]]]:
    markers = glossary()["voice"]["usted_markers"]
    found = [(word, re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")) for word in markers["capitalized"]]
    found += [(phrase, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)) for phrase in markers["phrases"]]
    return found


def usted_forms(text: str) -> list[str]:
    return [marker for marker, pattern in usted_patterns() if pattern.search(text)]


def avoided_variants(text: str) -> list[str]:
    return [variant for term in glossary()["terms"] for variant in term["avoid"]
            if re.search(variant, text, _flags(term))]


# ----- the texts ------------------------------------------------------------------------------------------
def test_the_texts_are_there() -> None:
    assert len(ts_entries()) > 500, TS
    assert len([where for where, _ in spanish_texts() if where.startswith("help/")]) >= 8, HELP


def test_no_text_addresses_the_reader_as_usted() -> None:
    found = [f"{where}: {forms} in {text[:160]!r}" for where, text in spanish_texts() if (forms := usted_forms(text))]
    assert not found, "Address the reader with tú (see glossary_es.json, voice):\n" + "\n".join(found)


def test_no_text_uses_a_variant_the_glossary_avoids() -> None:
    found = [f"{where}: {variants} in {text[:160]!r}" for where, text in spanish_texts()
             if (variants := avoided_variants(text))]
    assert not found, "Use the glossary's term (glossary_es.json):\n" + "\n".join(found)


def test_every_english_term_has_the_glossarys_spanish() -> None:
    """Where the English of a text has a glossary term, its Spanish has the glossary's translation."""
    found = []
    for term in glossary()["terms"]:
        if "spanish_pattern" not in term:
            continue
        for context, source, spanish in ts_entries():
            if re.search(term["english"], plain(source), _flags(term)) and not re.search(
                    term["spanish_pattern"], plain(spanish), _flags(term)):
                found.append(f"[{context}] {source!r} -> {spanish!r}: wants {term['spanish']!r}")
    assert not found, "Use the glossary's term (glossary_es.json):\n" + "\n".join(found)


# ----- the check itself --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Cree una cuenta profesional.", "¿No tiene una cuenta profesional? Cree una", "Seleccione su ID de MPN.",
    "Inicie sesión con su cuenta profesional.", "Revise sus respuestas.", "Indique el nombre del contacto principal.",
    "Escriba la contraseña.", "El asistente puede hacerlo por usted.", "Vuelva a intentarlo.",
    "Pida a su revendedor que le envíe una nueva.", "Si se le pide, inicia sesión.", "Está inscrito en CSP.",
    "Su sesión ha caducado.", "Clientes que comparte con el proveedor", "pásela primero al Centro de partners",
])
def test_usted_forms_are_found(text: str) -> None:
    assert usted_forms(text), text


@pytest.mark.parametrize("text", [
    "Crea una cuenta profesional.", "¿No tienes una cuenta profesional? Crear una", "Selecciona tu ID de MPN.",
    "Pide a tu administrador que inicie sesión aquí.", "Pide a tu contacto principal que abra el correo y seleccione el vínculo.",
    "Tu contacto principal ha verificado su correo electrónico.", "Acepta su invitación.",
    "Figuras en su lista de revendedores indirectos.", "No puede enviar pedidos en su nombre.",
    "{domain} ya está inscrito en CSP.", "Este vínculo no pertenece a ninguna inscripción.",
    "La razón social de tu empresa coincide con sus datos registrales.", "Selecciona uno para ver los clientes con los que trabajas.",
    "Se te pedirá que vuelvas a iniciar sesión.", "Vuelve a cargarlo para ver sus cambios; tus modificaciones se conservan.",
])
def test_tu_and_third_persons_are_not_taken_for_usted(text: str) -> None:
    assert not usted_forms(text), (text, usted_forms(text))


@pytest.mark.parametrize("text, variant", [
    ("Perfil empresarial legal", "perfil empresarial legal"), ("Actualiza el perfil legal.", r"\bperfil legal\b"),
    ("Invitar a nuevos clientes", "nuevos clientes"), ("Acepta el Contrato de Partner de Microsoft", r"Contrato de Partner\b"),
    ("Sigue el enlace del correo.", r"\benlaces?\b"), ("Añadir nota", r"\bañad\w*"),
    ("puede hacer pedidos", "hacer pedidos"), ("tu afiliación", r"\bafiliaci[óo]n\b"),
    ("el menú del sandbox", r"\bsandbox\b"), ("Cree una", r"\bCree una\b"),
])
def test_avoided_variants_are_found(text: str, variant: str) -> None:
    assert variant in avoided_variants(plain(text))


def test_the_glossary_terms_themselves_pass() -> None:
    for term in glossary()["terms"]:
        spanish = term["spanish"].split(" (")[0]
        assert not avoided_variants(spanish), term
        assert not usted_forms(spanish), term
