"""The .ts translation sources: refresh them from the code, fill English, list what is unfinished, compile.

    python -m wizard.ui.translations update     # lupdate over wizard/ (keeps translations), fill English, report
    python -m wizard.ui.translations compile    # .ts -> .qm with lrelease (setup.sh and the build run this)
    python -m wizard.ui.translations check      # list unfinished entries; exit 1 if there are any
    python -m wizard.ui.translations apply es FILE.json   # {"context": {"source": "translation"}} into wizard_es.ts

scripts/update-translations.sh runs `update`. Unfinished entries are the ones to translate: open
resources/i18n/wizard_es.ts in pyside6-linguist, or edit the XML and drop type="unfinished".
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wizard.ui.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    compile_ts,
    source_file,
    translations_dir,
)

SOURCE_ROOT = Path(__file__).resolve().parent.parent  # wizard/
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    unfinished: bool
    obsolete: bool  # vanished or obsolete: no longer in the code


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            text = (node.text or "") if node is not None else ""
            if message.get("numerus") == "yes" and node is not None:  # %n plurals: one text per form
                forms = [form.text or "" for form in node.iter("numerusform")]
                text = forms[-1] if forms and all(forms) else ""
            entries.append(Entry(
                name, message.findtext("source") or "", text,
                kind == "unfinished", kind in ("vanished", "obsolete"),
            ))
    return entries


def english_forms(source: str) -> list[str]:
    """The English singular and plural of a %n text written with "(s)": "%n case(s)" -> "%n case", "%n cases"."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def _set_forms(node: ET.Element, forms: list[str]) -> None:
    for form in list(node):
        node.remove(form)
    node.text = None
    for text in forms:
        ET.SubElement(node, "numerusform").text = text


def unfinished(path: Path) -> list[Entry]:
    """Entries still in the code whose translation is missing or marked unfinished."""
    return [e for e in read_ts(path) if not e.obsolete and (e.unfinished or not e.translation)]


def python_sources(root: Path = SOURCE_ROOT) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_command() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return [str(beside)] if beside.exists() else ["pyside6-lupdate"]


def run_lupdate(ts: Path, language: str, sources: list[Path] | None = None) -> None:
    """Add the code's new texts to `ts` (existing translations are kept; removed texts become vanished)."""
    files = [str(p) for p in (sources or python_sources())]
    command = [*lupdate_command(), "-silent", "-locations", "relative", "-source-language", "en_US",
               "-target-language", {"en": "en_US", "es": "es_ES"}.get(language, language), *files, "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True)


def fill(ts: Path, translations: dict[str, dict[str, str | list[str]]] | None = None,
         same_as_source: bool = False) -> int:
    """Set translations ({context: {source: text}}, a list of forms for a %n plural) or, for English, the
    source itself (a plural's singular and plural made from its "(s)"); returns how many."""
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("vanished", "obsolete"):
                continue
            text = source if same_as_source else (translations or {}).get(name, {}).get(source)
            if message.get("numerus") == "yes":  # the forms: English from "(s)", others as a list
                forms = english_forms(source) if same_as_source else text
                current = [form.text or "" for form in node.iter("numerusform")]
                if not isinstance(forms, list) or (current == forms and node.get("type") != "unfinished"):
                    continue
                if same_as_source and node.get("type") != "unfinished" and all(current):
                    continue
                _set_forms(node, forms)
                node.attrib.pop("type", None)
                done += 1
                continue
            if text is None or (not same_as_source and node.get("type") != "unfinished" and node.text == text):
                continue
            if same_as_source and node.get("type") != "unfinished" and node.text:
                continue
            node.text = text
            node.attrib.pop("type", None)
            done += 1
    ET.indent(tree, space="    ")
    ts.write_text(_HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return done


def update() -> int:
    """lupdate every language's .ts, English filled with its sources; prints what is left to translate."""
    left = 0
    for code in LANGUAGES:
        ts = source_file(code)
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, code)
        if code == DEFAULT_LANGUAGE:
            fill(ts, same_as_source=True)
            run_lupdate(ts, code)  # back to lupdate's own layout
        todo = unfinished(ts)
        left += len(todo)
        print(f"{ts.relative_to(translations_dir().parent.parent)}: {len(read_ts(ts))} texts, {len(todo)} to translate")
        for entry in todo:
            print(f"  [{entry.context}] {entry.source!r}")
    return left


def compile_all() -> list[Path]:
    """Every .ts compiled to its .qm beside it."""
    built = []
    for ts in sorted(translations_dir().glob("wizard_*.ts")):
        qm = ts.with_suffix(".qm")
        if not compile_ts(ts, qm):
            raise SystemExit(f"could not compile {ts} (is pyside6-lrelease installed?)")
        built.append(qm)
    return built


@cache
def _reverse(language: str) -> dict[str, tuple[str, str]]:
    path = source_file(language)
    if not path.exists():
        return {}
    table: dict[str, tuple[str, str]] = {}
    for entry in read_ts(path):
        if not entry.obsolete and not entry.unfinished and entry.translation:
            table.setdefault(entry.translation, (entry.context, entry.source))
    return table


def source_of(text: str, language: str) -> tuple[str, str] | None:
    """(context, English source) of a text shown in `language`, if it is one of the translations."""
    if language == DEFAULT_LANGUAGE:
        return None
    return _reverse(language).get(text)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        return 0
    if command == "compile":
        for qm in compile_all():
            print(f"compiled {qm}")
        return 0
    if command == "check":
        todo = [(code, e) for code in LANGUAGES for e in unfinished(source_file(code))]
        for code, entry in todo:
            print(f"{code} [{entry.context}] {entry.source!r}")
        return 1 if todo else 0
    if command == "apply" and len(argv) == 3:
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(source_file(argv[1]), data)} translations set")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
