"""Properties of every importer: answers files (JSON/TOML), handover packets, sandbox scenarios and the
JSON reader they share. Whatever bytes or structure they get, they raise only their documented error
type (with the file's path in the message), and what they accept is well-formed and stores as is."""

from __future__ import annotations

import copy
import json
import tempfile
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.hostile.profiles import examples
from wizard.backends.base import ScenarioError
from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario, parse_scenario
from wizard.domain import rules
from wizard.json_files import parse_json, parse_toml, read_json
from wizard.services import answers, handover
from wizard.store.keys import is_secret_like
from wizard.store.repository import Store

_ANY = st.characters(exclude_categories=())  # controls, lone surrogates, private use included
_KEYS = st.one_of(st.text(max_size=8), st.sampled_from(
    ["format", "version", "case", "audit", "fields", "detail", "password", "token", "legal_name", "contact",
     "support", "legal_profile", "pmc_user", "tenants", "users", "upn", "extends"]))
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(_ANY, max_size=12)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=25,
)
RAW = st.one_of(
    st.binary(max_size=200),
    st.text(_ANY, max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
)


class Refused(Exception):
    pass


def single_line(message: str) -> bool:
    """No line break, terminal escape or other control character: one problem is one printable line."""
    return not any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in message)


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        yield Path(name)


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


# ----- the shared reader ---------------------------------------------------------------------------
@examples(300)
@given(content=RAW)
def test_the_json_reader_raises_only_its_error_naming_the_file(folder, content) -> None:
    path = _write(folder, "any.json", content)
    try:
        data = read_json(path, Refused, "file")
    except Refused as error:
        assert str(path) in str(error) and "Traceback" not in str(error)
        return
    json.dumps(data, ensure_ascii=False).encode("utf-8")  # what it accepts is storable text


@examples(150)
@given(text=st.one_of(st.text(_ANY, max_size=200), st.from_regex(
    r'(?:\[[a-z."\']{0,20}\]\n|[a-z."\']{1,20} ?= ?(?:"[^"\n]{0,10}"|[0-9.e+-]{1,8}|\[|\{|true)\n){0,8}',
    fullmatch=True)))
def test_the_toml_reader_raises_only_its_error(text) -> None:
    try:
        parse_toml(Path("any.toml"), text, Refused)
    except Refused as error:
        assert "any.toml" in str(error)


@examples(100)
@given(value=JSON_VALUES)
def test_json_round_trips_unless_refused_as_unstorable(value) -> None:
    try:
        assert json.dumps(parse_json(Path("x.json"), json.dumps(value), Refused)) == json.dumps(value)  # NaN too
    except Refused as error:
        assert "surrogate" in str(error) or "nested" in str(error)


# ----- answers files -------------------------------------------------------------------------------
ANSWER_CODES = set(rules.CODES) | {"unknown_field", "duplicate_field", "wrong_type", "secret_field"}
_ANSWER_KEYS = st.one_of(st.sampled_from(answers.ANSWER_KEYS), st.sampled_from(sorted(answers.GROUPS)),
                         st.sampled_from(["password", "pmc_password", "Token", "api_key", "x"]), st.text(max_size=6))
_ANSWER_VALUES = st.one_of(st.text(_ANY, max_size=30), st.sampled_from(["ES", "4567890", "a@contoso.es", ""]),
                           JSON_VALUES)
ANSWERS_DATA = st.dictionaries(
    _ANSWER_KEYS,
    st.one_of(_ANSWER_VALUES, st.dictionaries(_ANSWER_KEYS, _ANSWER_VALUES, max_size=5)),
    max_size=8,
)


@examples(150)
@given(data=ANSWERS_DATA)
def test_checking_answers_never_raises_and_keeps_only_text_fields(data) -> None:
    values, problems = answers.check_answers(data)
    assert set(values) <= set(answers.ANSWER_KEYS)
    assert all(isinstance(v, str) for v in values.values())
    assert not any(is_secret_like(k) for k in values)
    assert all(p.code in ANSWER_CODES and p.message for p in problems)
    assert all(single_line(p.message) for p in problems), problems
    secret_keys = [k for k in data if is_secret_like(str(k))] + [
        k for g, inner in data.items() if str(g) in answers.GROUPS and isinstance(inner, dict)
        for k in inner if is_secret_like(str(k))]
    assert len([p for p in problems if p.code == "secret_field"]) == len(secret_keys)
    if not problems:  # accepted: every field passes its rule
        assert rules.validate(values, only=[k for k in values if k in rules.MAX_LENGTHS]) == []


@examples(200)
@given(content=RAW, suffix=st.sampled_from([".json", ".toml", ".txt", ""]))
def test_reading_an_answers_file_raises_only_answers_errors(folder, content, suffix) -> None:
    path = _write(folder, f"answers{suffix}", content)
    try:
        loaded = answers.load_answers(path)
    except (answers.AnswersFileError, answers.AnswersInvalid) as error:
        assert str(path) in str(error)
        return
    assert all(isinstance(v, str) and not rules._refused_characters(rules.clean(v)) for v in loaded.values.values())


@examples(200)
@given(values=st.dictionaries(st.sampled_from(answers.ANSWER_KEYS),
                              st.text(st.characters(exclude_categories=("Cs",)), max_size=40), max_size=10),
       suffix=st.sampled_from([".toml", ".json"]))
def test_saved_answers_read_back_exactly_whatever_the_text(folder, values, suffix) -> None:
    path = folder / f"saved{suffix}"
    written = answers.save_answers(values, path)
    assert written == values
    back, _problems = answers.read_answers(path)
    assert back == values
    if suffix == ".toml":
        tomllib.loads(path.read_text(encoding="utf-8"))  # valid TOML for any other tool too


# ----- handover packets ----------------------------------------------------------------------------
def _valid_packet() -> dict[str, Any]:
    return {
        "format": handover.FORMAT, "version": handover.VERSION, "exported_at": "2026-01-02T03:04:05+00:00",
        "handover_id": "7f1d4c43-1f7c-4a55-9a2e-2f0f3b8c1d11",
        "case": {"id": 3, "step": "status", "status": "in_review", "owner": "ana", "enrollment_id": "ENR-1",
                 "updated_at": "2026-01-02T03:00:00+00:00",
                 "fields": {"legal_name": "Contoso", "city": "Madrid", "pmc_user": "pmc@contoso.es"}},
        "audit": [{"at": "2026-01-01T10:00:00+00:00", "actor": "ana", "action": "step", "detail": {"to": "mpn"}},
                  {"at": "2026-01-02T03:00:00+00:00", "actor": "Partner Center", "action": "status",
                   "detail": {"from": "draft", "to": "in_review", "more": [1, {"x": None}]}}],
    }


def _paths(value: Any, here: tuple = ()) -> list[tuple]:
    out = [here]
    if isinstance(value, dict):
        for key, inner in value.items():
            out += _paths(inner, (*here, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            out += _paths(inner, (*here, index))
    return out


@st.composite
def mutated(draw, original: dict[str, Any], values=JSON_VALUES, times: int = 3) -> dict[str, Any]:
    """`original` with a few subtrees replaced, deleted or added: almost valid, the hardest input."""
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, times))):
        path = draw(st.sampled_from(_paths(data)))
        if not path:
            continue
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(values)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(_KEYS)] = draw(values)
        else:
            parent.append(draw(values))
    return data


_PACKET_VALUES = st.one_of(JSON_VALUES, st.sampled_from(
    ["status", "approved", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "2026-02-30", "",
     "a\x00b", "<b>x</b>", "x" * 70, -1, 2**70, 1e308]))


@pytest.fixture(scope="module")
def store(folder):
    opened = Store.open(folder / "import.sqlite")
    yield opened
    opened.close()


@examples(150)
@given(data=mutated(_valid_packet(), _PACKET_VALUES))
def test_a_packet_is_refused_with_its_key_paths_or_imports_exactly(folder, store, data) -> None:
    path = _write(folder, "packet.json", json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    try:
        packet = handover.read_packet(path)
    except handover.PacketError as error:
        assert str(path) in error.message and "Traceback" not in error.message
        assert all(single_line(problem) for problem in error.problems), error.problems
        return
    result = handover.import_packet(store, packet, on_conflict="copy", actor="tester")
    case = store.get_case(result.case_id)
    assert {k: v for k, v in case.fields.items() if k != handover.HANDOVER_FIELD} == packet.case.fields
    assert (case.step, case.status, case.enrollment_id) == (packet.case.step, packet.case.status,
                                                            packet.case.enrollment_id)
    assert not any(is_secret_like(k) for k in json.dumps([e.detail for e in store.audit(result.case_id)]).split('"'))


@examples(150)
@given(content=RAW)
def test_reading_any_bytes_as_a_packet_raises_only_packet_errors(folder, content) -> None:
    path = _write(folder, "bytes.json", content)
    with pytest.raises(handover.PacketError):
        handover.read_packet(path)


@examples(60)
@given(values=st.dictionaries(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20).filter(lambda k: not is_secret_like(k)),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=60), max_size=6))
def test_any_stored_text_exports_and_reads_back_unchanged(folder, store, values) -> None:
    values.pop(handover.HANDOVER_FIELD, None)
    case_id = store.create_case("ana")
    store.save_fields(case_id, values)
    path = folder / "export.json"
    handover.export_case(store, case_id, path)
    assert handover.read_packet(path).case.fields == values


# ----- scenarios -----------------------------------------------------------------------------------
_DEMO = json.loads(demo_scenario_path().read_text(encoding="utf-8"))
_SCENARIO_VALUES = st.one_of(JSON_VALUES, st.sampled_from(
    ["ES", "es", "ZZ", "contoso.com", "a@contoso.com", "4567890", 4567890, True, [], {}, "", "x" * 300, -5]))


@examples(100)
@given(data=mutated(_DEMO, _SCENARIO_VALUES))
def test_a_scenario_is_refused_with_its_key_paths_or_accepted_whole(data) -> None:
    try:
        scenario = parse_scenario(data, source="mutant.json")
    except ScenarioError as error:
        lines = str(error).splitlines()
        assert lines and all(line.startswith("mutant.json: ") and single_line(line) for line in lines)
        assert len(lines) <= 21  # at most 20 problems and a "... and N more" line
        return
    assert scenario.tenants is not None


@examples(150)
@given(content=RAW)
@example(content=b'{"extends": "!"}')  # the missing base is named with the file that extends it
@example(content=b'{"extends": "\\b"}')
@example(content=b'{"tenants": [], "\\r\\n\\u001b[2J": 1}')
def test_reading_any_bytes_as_a_scenario_raises_only_scenario_errors(folder, content) -> None:
    path = _write(folder, "scenario.json", content)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert str(path) in str(caught.value)
    assert all(single_line(line) for line in str(caught.value).splitlines())


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00"])
def test_a_packet_date_that_does_not_fit_in_utc_is_refused(folder, moment) -> None:
    data = _valid_packet()
    data["audit"][1]["at"] = moment
    path = _write(folder, "dates.json", json.dumps(data).encode())
    with pytest.raises(handover.PacketError) as caught:
        handover.read_packet(path)
    assert caught.value.problems == [f"audit[1].at: date and time out of range: {moment!r}"]


# ----- recovery files (offered at the next start) -----------------------------------------------------
RECOVERY_SHAPED = st.fixed_dictionaries(
    {"database": st.sampled_from(["db.sqlite", "other.sqlite"]), "case_id": st.one_of(st.just(7), JSON_VALUES),
     "saved_at": st.one_of(st.just("2026-11-20T09:30:00+00:00"), JSON_VALUES),
     "values": st.one_of(st.dictionaries(st.text(_ANY, max_size=8), st.text(_ANY, max_size=20), max_size=4),
                         JSON_VALUES)},
).map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@examples(200)
@given(content=st.one_of(RAW, RECOVERY_SHAPED))
@example(content=json.dumps({"database": "db.sqlite", "case_id": 7, "saved_at": "2026-11-20T09:30:00+00:00",
                             "values": {"city": "<b>Oslo</b>\u202e"}}).encode())
def test_recovery_files_never_stop_a_start_and_yield_only_text_values(content) -> None:
    from wizard.store.files import find_recoveries

    with tempfile.TemporaryDirectory(prefix="hostile-recovery-") as name:
        _write(Path(name), "unsaved-case-7-20261120-093000.json", content)
        found = find_recoveries([Path(name)], "db.sqlite", 7)  # never raises
    for recovery in found:
        assert recovery.case_id == 7 and recovery.values
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in recovery.values.items())
        json.dumps(recovery.values, ensure_ascii=False).encode("utf-8")  # storable text, no lone surrogates
