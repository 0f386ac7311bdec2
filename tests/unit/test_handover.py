"""Handover packets: export/import round trip, every refusal, conflicts (ask / --overwrite / --as-copy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.cli import main
from wizard.services.handover import (
    MAX_BYTES,
    ImportConflict,
    PacketError,
    export_case,
    import_packet,
    read_packet,
)
from wizard.store.repository import Store

FIELDS = {
    "work_account": "admin@contosoiberia.onmicrosoft.com",
    "mpn_id": "4567890",
    "legal_name": "Contoso Iberia S.L.",
    "city": "Madrid",
    "country": "ES",
    "contact_email": "lucia@contoso-iberia.es",
    "pmc_user": "pmc@contosoiberia.es",
}


@pytest.fixture()
def origin(tmp_path: Path):
    store = Store.open(tmp_path / "a.sqlite")
    case_id = store.create_case("ana")
    store.save_fields(case_id, FIELDS)
    store.set_step(case_id, "legal_profile", "ana")
    store.mark_submitted(case_id, "ENR-1", "ana")
    store.set_status(case_id, "in_review", "Partner Center", {"title": "review", "more": {"token": "t0p"}})
    store.set_step(case_id, "status", "ana")
    yield store, case_id
    store.close()


@pytest.fixture()
def other(tmp_path: Path):
    store = Store.open(tmp_path / "b.sqlite")
    yield store
    store.close()


def _audit(store: Store, case_id: int) -> list[tuple]:
    return [(e.at, e.actor, e.action, e.detail) for e in store.audit(case_id)]


def test_round_trip_keeps_fields_step_status_and_audit(origin, other, tmp_path) -> None:
    store, case_id = origin
    path = tmp_path / "packet.json"
    packet = export_case(store, case_id, path)
    assert packet["format"] == "csp-wizard-case" and packet["version"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left
    result = import_packet(other, read_packet(path), actor="ben")
    assert result.mode == "new"
    mine, theirs = store.get_case(case_id), other.get_case(result.case_id)
    assert {k: v for k, v in theirs.fields.items() if k != "handover_id"} == mine.fields
    assert theirs.fields["handover_id"] == packet["handover_id"]
    assert (theirs.step, theirs.status, theirs.enrollment_id, theirs.owner) == ("status", "in_review", "ENR-1", "ana")
    assert theirs.updated_at == mine.updated_at
    imported = _audit(other, result.case_id)
    original = _audit(store, case_id)
    original[3] = (*original[3][:3], {k: v for k, v in original[3][3].items() if k != "more"} | {"more": {}})
    assert imported[:-1] == original
    last = other.audit(result.case_id)[-1]
    assert (last.action, last.actor, last.detail["mode"], last.detail["file"]) == ("import", "ben", "new", "packet.json")


def test_export_drops_secret_like_keys_at_any_depth(origin, tmp_path) -> None:
    store, case_id = origin
    export_case(store, case_id, tmp_path / "p.json")
    text = (tmp_path / "p.json").read_text(encoding="utf-8")
    assert "t0p" not in text and "token" not in text
    status = next(e for e in json.loads(text)["audit"] if e["action"] == "status")
    assert status["detail"]["more"] == {}


def _packet(origin, tmp_path) -> dict:
    store, case_id = origin
    export_case(store, case_id, tmp_path / "good.json")
    return json.loads((tmp_path / "good.json").read_text())


def _refusal(tmp_path: Path, content: str | dict) -> PacketError:
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(PacketError) as caught:
        read_packet(path)
    return caught.value


def test_refuses_a_file_that_is_not_json(tmp_path) -> None:
    error = _refusal(tmp_path, "{not json")
    assert error.message == (
        f"{tmp_path / 'bad.json'}: not valid JSON: invalid JSON at line 1, column 2: "
        "Expecting property name enclosed in double quotes"
    )


def test_refuses_a_file_over_5_mb_before_reading_it(tmp_path, monkeypatch) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(PacketError) as caught:
        read_packet(path)
    assert caught.value.message == (
        f"{path}: refused: the file is over 5 MB ({MAX_BYTES + 1} bytes); a case packet is much smaller"
    )


def test_refuses_another_version_and_another_format(origin, tmp_path) -> None:
    packet = _packet(origin, tmp_path)
    error = _refusal(tmp_path, dict(packet, version=2))
    assert error.message == (
        f"{tmp_path / 'bad.json'}: version: case packet version 2 is not supported (this wizard reads version 1)"
    )
    error = _refusal(tmp_path, dict(packet, format="kickstart"))
    assert error.message.endswith("not a case packet: format: expected 'csp-wizard-case', got 'kickstart'")


def test_refuses_unknown_keys_naming_them(origin, tmp_path) -> None:
    packet = _packet(origin, tmp_path)
    packet["colour"] = "blue"
    packet["case"]["priority"] = 1
    packet["audit"][0]["note"] = "x"
    error = _refusal(tmp_path, packet)
    assert error.problems == [
        "colour: unknown key (expected only format, version, exported_at, handover_id, case, audit)",
        "case.priority: unknown key (expected only id, step, status, owner, enrollment_id, updated_at, fields)",
        "audit[0].note: unknown key (expected only at, actor, action, detail)",
    ]
    assert "colour: unknown key" in error.message and "audit[0].note" in error.message


def test_refuses_wrong_types_listing_every_one_with_its_key_path(origin, tmp_path) -> None:
    packet = _packet(origin, tmp_path)
    packet["case"]["id"] = "1"
    packet["case"]["fields"]["city"] = 28
    packet["case"]["updated_at"] = "yesterday"
    packet["case"]["step"] = "nowhere"
    packet["audit"][1]["detail"] = []
    del packet["case"]["owner"]
    error = _refusal(tmp_path, packet)
    assert error.problems == [
        "case.owner: missing",
        "case.id: expected an integer, got a string",
        "case.step: unknown step 'nowhere' (expected one of welcome, sign_in, mpn, legal_profile, enroll, status, overview)",
        "case.updated_at: not an ISO 8601 date and time: 'yesterday'",
        "case.fields.city: expected a string, got an integer",
        "audit[1].detail: expected an object, got an array",
    ]
    assert error.message.startswith(f"{tmp_path / 'bad.json'}: not a valid case packet (6 problem(s)):")


def test_refuses_secrets_in_a_packet(origin, tmp_path) -> None:
    packet = _packet(origin, tmp_path)
    packet["case"]["fields"]["pmc_password"] = "x"
    error = _refusal(tmp_path, packet)
    assert error.problems == ["case.fields.pmc_password: secret-like key refused (secrets never travel in a packet)"]


def _changed_copy(origin, other, tmp_path) -> tuple[Path, int]:
    store, case_id = origin
    path = tmp_path / "packet.json"
    export_case(store, case_id, path)
    copy_id = import_packet(other, read_packet(path)).case_id
    other.save_fields(copy_id, {"city": "Barcelona"})  # changed here after the packet was made
    return path, copy_id


def test_conflict_raises_with_both_versions_and_changes_nothing(origin, other, tmp_path) -> None:
    path, copy_id = _changed_copy(origin, other, tmp_path)
    before, audit_before = other.get_case(copy_id), _audit(other, copy_id)
    with pytest.raises(ImportConflict) as caught:
        import_packet(other, read_packet(path), "ask")
    assert caught.value.case_id == copy_id
    assert caught.value.differences == {"fields.city": ("Barcelona", "Madrid")}
    assert other.get_case(copy_id) == before and _audit(other, copy_id) == audit_before
    assert len(other.list_cases()) == 1


def test_reimporting_an_unchanged_case_updates_it_without_asking(origin, other, tmp_path) -> None:
    store, case_id = origin
    path = tmp_path / "p.json"
    export_case(store, case_id, path)
    first = import_packet(other, read_packet(path))
    again = import_packet(other, read_packet(path))
    assert (again.case_id, again.mode, again.changed) == (first.case_id, "update", [])
    assert len(other.list_cases()) == 1


def test_a_packet_coming_back_updates_the_original_case(origin, other, tmp_path) -> None:
    store, case_id = origin
    export_case(store, case_id, tmp_path / "out.json")
    theirs = import_packet(other, read_packet(tmp_path / "out.json")).case_id
    other.save_fields(theirs, {"legal_name": "Contoso Iberia SL"})
    export_case(other, theirs, tmp_path / "back.json")
    result = import_packet(store, read_packet(tmp_path / "back.json"))
    assert (result.case_id, result.mode, result.changed) == (case_id, "update", ["fields.legal_name"])
    assert store.get_case(case_id).fields["legal_name"] == "Contoso Iberia SL"
    assert len(store.list_cases()) == 1


def test_overwrite_replaces_the_local_case_and_keeps_its_audit(origin, other, tmp_path) -> None:
    path, copy_id = _changed_copy(origin, other, tmp_path)
    audit_before = _audit(other, copy_id)
    result = import_packet(other, read_packet(path), "overwrite", actor="ben")
    assert (result.case_id, result.mode, result.changed) == (copy_id, "overwrite", ["fields.city"])
    assert other.get_case(copy_id).fields["city"] == "Madrid"
    after = _audit(other, copy_id)
    assert after[:-1] == audit_before  # nothing lost, nothing duplicated
    assert after[-1][1:3] == ("ben", "import") and after[-1][3]["changed"] == ["fields.city"]


def test_as_copy_imports_a_new_case_and_leaves_the_local_one(origin, other, tmp_path) -> None:
    path, copy_id = _changed_copy(origin, other, tmp_path)
    result = import_packet(other, read_packet(path), "copy")
    assert result.mode == "copy" and result.case_id != copy_id
    assert other.get_case(copy_id).fields["city"] == "Barcelona"
    new = other.get_case(result.case_id)
    assert new.fields["city"] == "Madrid"
    assert new.fields["handover_id"] != other.get_case(copy_id).fields["handover_id"]


# ----- CLI -----------------------------------------------------------------------------------
def test_cli_export_then_import_with_conflict_overwrite_and_copy(origin, tmp_path, capsys) -> None:
    _, case_id = origin
    a, b, packet = str(tmp_path / "a.sqlite"), str(tmp_path / "b2.sqlite"), str(tmp_path / "cli.json")
    assert main(["--database", a, "export", str(case_id), packet]) == 0
    assert "exported to" in capsys.readouterr().out
    assert main(["--database", b, "import", packet, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["mode"] == "new"
    with Store.open(Path(b)) as there:
        there.save_fields(report["case_id"], {"city": "Sevilla"})
    assert main(["--database", b, "import", packet]) == 1
    err = capsys.readouterr().err
    assert "fields.city: here 'Sevilla', in the packet 'Madrid'" in err
    assert "--overwrite" in err and "--as-copy" in err and "Nothing was imported" in err
    assert main(["--database", b, "import", packet, "--json"]) == 1
    conflict = json.loads(capsys.readouterr().out)
    assert conflict["code"] == "conflict"
    assert conflict["differences"] == [{"key": "fields.city", "local": "Sevilla", "packet": "Madrid"}]
    assert main(["--database", b, "import", packet, "--as-copy", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "copy"
    assert main(["--database", b, "import", packet, "--overwrite", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "overwrite"
    with Store.open(Path(b)) as there:
        assert sorted(c.fields["city"] for c in there.list_cases()) == ["Madrid", "Madrid"]
    assert main(["--database", b, "import", packet, "--overwrite", "--as-copy"]) == 2


def test_cli_import_refuses_a_bad_packet_with_exit_1(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "csp-wizard-case", "version": 7}), encoding="utf-8")
    assert main(["--database", str(tmp_path / "w.sqlite"), "import", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["code"] == "invalid_packet" and "version 7 is not supported" in report["message"]


def test_cli_export_of_an_unknown_case_exits_1(origin, tmp_path, capsys) -> None:
    assert main(["--database", str(tmp_path / "a.sqlite"), "export", "99", str(tmp_path / "x.json")]) == 1
    assert "no case number 99" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
