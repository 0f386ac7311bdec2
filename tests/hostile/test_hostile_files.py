"""Malformed, huge and deeply nested files for every importer (scenarios, answers JSON/TOML, packets, case
files): one clear message naming the file, never a traceback, never minutes of work or gigabytes of memory."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from wizard.backends.base import ScenarioError
from wizard.backends.sandbox.scenario import load_scenario
from wizard.cli import main
from wizard.json_files import MAX_BYTES
from wizard.services import answers, handover

NESTED_JSON = "[" * 100_000 + "]" * 100_000
HOSTILE_JSON: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "invalid JSON"),
    "truncated": (b'{"format": "csp-wizard-case", "version": 1, "case": {"id": 3, "st', "invalid JSON"),
    "binary": (bytes(range(256)) * 4, "cannot read"),
    "UTF-16": ('{"a": 1}'.encode("utf-16"), "cannot read"),
    "100,000 nested arrays": (NESTED_JSON.encode(), "nested too deeply"),
    "100,000 nested objects": (('{"a":' * 100_000 + "1" + "}" * 100_000).encode(), "nested too deeply"),
    "150 nested arrays": (("[" * 150 + "]" * 150).encode(), "nested too deeply"),
    "a 5,000-digit number": (b'{"a": ' + b"9" * 5000 + b"}", "too many digits"),
    "a lone surrogate": (b'{"a": "\\ud800"}', "surrogate"),
    "NUL bytes": (b'{"a": 1}\x00\x00', "invalid JSON"),
    "a JSON array": (b"[1, 2, 3]", ""),
}
HOSTILE_TOML: dict[str, tuple[str, str]] = {
    "100,000 nested arrays": ("a = " + "[" * 100_000, "nested too deeply"),
    "50,000 nested inline tables": ("a = " + "{b = " * 50_000, "nested too deeply"),
    "a key of 100,000 dotted parts": ("a" + ".b" * 100_000 + ' = "x"', "dotted parts"),
    "20,000 tables": ("\n".join(f"[t{i}.a.b.c.d.e.f.g.h.i.j.k.l.m.n]" for i in range(20_000)), "tables"),
    "a 5,000-digit number": ("a = " + "9" * 5000, "too many digits"),
    "a lone surrogate escape": ('a = "\\ud800"', "not valid TOML"),
    "an unterminated string": ('legal_name = "Contoso', "not valid TOML"),
}


def _huge(path: Path, size: int = MAX_BYTES + 1) -> Path:
    """A sparse file over the cap: refused by its size before a byte is read."""
    with path.open("wb") as out:
        out.truncate(size)
    return path


def _read_scenario(path: Path) -> str:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return str(caught.value)


def _read_packet(path: Path) -> str:
    with pytest.raises(handover.PacketError) as caught:
        handover.read_packet(path)
    return caught.value.message


def _read_answers(path: Path) -> str:
    with pytest.raises((answers.AnswersFileError, answers.AnswersInvalid)) as caught:
        answers.load_answers(path)
    return str(caught.value)


READERS: dict[str, Callable[[Path], str]] = {
    "scenario": _read_scenario, "packet": _read_packet, "answers": _read_answers,
}


def _clear(message: str, path: Path, words: str) -> None:
    assert str(path) in message, message[:300]
    assert words.lower() in message.lower(), message[:300]
    assert "Traceback" not in message and "Error:" not in message.split(str(path))[-1][:40]
    assert len(message) < 5000


@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize("what", sorted(HOSTILE_JSON))
def test_hostile_json_files_get_one_clear_message(tmp_path: Path, reader: str, what: str) -> None:
    content, words = HOSTILE_JSON[what]
    path = tmp_path / "file.json"
    path.write_bytes(content)
    _clear(READERS[reader](path), path, words)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_files_over_the_cap_are_refused_before_reading(tmp_path: Path, reader: str) -> None:
    path = _huge(tmp_path / "huge.json")
    _clear(READERS[reader](path), path, "large" if reader != "packet" else "over 5 MB")


@pytest.mark.parametrize("what", sorted(HOSTILE_TOML))
@pytest.mark.parametrize("suffix", [".toml", ".txt"])
def test_hostile_toml_answers_get_one_clear_message(tmp_path: Path, what: str, suffix: str) -> None:
    content, words = HOSTILE_TOML[what]
    path = tmp_path / f"answers{suffix}"
    path.write_text(content, encoding="utf-8")
    assert path.stat().st_size <= answers.MAX_BYTES
    _clear(_read_answers(path), path, words)


def test_a_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"legal_name": "Contoso"}).encode())
    assert answers.load_answers(path).values == {"legal_name": "Contoso"}
    toml = tmp_path / "answers.toml"
    toml.write_bytes(b'\xef\xbb\xbflegal_name = "Contoso"\n')
    assert answers.load_answers(toml).values == {"legal_name": "Contoso"}


def test_keys_with_line_breaks_and_terminal_escapes_stay_on_one_printable_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"legal_name\n\x1b[2J": "x", "city": "Madrid"}), encoding="utf-8")
    message = _read_answers(path)
    assert "\x1b" not in message and "\\x1b" in message
    packet = tmp_path / "packet.json"
    packet.write_text(json.dumps({"format": "csp-wizard-case", "version": 1, "x\n\x1b[2J": 1}), encoding="utf-8")
    assert all("\x1b" not in line for line in _read_packet(packet).splitlines())


@pytest.mark.parametrize("what", ["100,000 nested arrays", "a 5,000-digit number", "binary", "a lone surrogate"])
@pytest.mark.parametrize("command", [["validate"], ["import"], ["--answers"],
                                     ["demo", "--screenshots", "{out}", "--scenario"]])
def test_the_command_line_reports_hostile_files_as_errors_not_tracebacks(tmp_path, capsys, what, command) -> None:
    content, _words = HOSTILE_JSON[what]
    path = tmp_path / "file.json"
    path.write_bytes(content)
    args = [part.replace("{out}", str(tmp_path / "shots")) for part in command] + [str(path)]
    code = main(["--database", str(tmp_path / "db.sqlite"), *args])
    out, err = capsys.readouterr()
    assert code in (1, 2), (code, out, err)
    assert str(path) in out + err and "Traceback" not in out + err
