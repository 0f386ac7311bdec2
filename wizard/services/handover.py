"""Handover packets: export a case to a versioned JSON file and import it on another machine (Qt-free).

Packet, version 1 (every key required unless noted; no other key is accepted):

    {"format": "csp-wizard-case", "version": 1,
     "exported_at": "<ISO 8601>", "handover_id": "<uuid: the case's identity across machines>",
     "case": {"id": int, "step": str, "status": str, "owner": str, "enrollment_id": str | null,
              "updated_at": "<ISO 8601>", "fields": {str: str}},
     "audit": [{"at": "<ISO 8601>", "actor": str, "action": str, "detail": {...}}]}

- Never a secret: the store never holds one, and export still drops any secret-like key (fields and
  audit details, at any depth); `read_packet` refuses a packet that has one.
- `handover_id` is the case's `handover_id` field when it has one (an imported case), else derived from
  the exporting database path, the case id and its creation time (so exporting writes nothing).
  An imported case keeps it in its `handover_id` field, so a packet coming back finds its case.
- Import keeps the packet's `updated_at`, so "changed here since the packet was made" is simply
  `local.updated_at > packet.case.updated_at`. When that holds and the two versions differ, the import is
  a conflict: with on_conflict="ask" `ImportConflict` is raised (both versions' differing values) and
  nothing changes; "overwrite" replaces the local case (its audit trail is kept, merged with the
  packet's); "copy" always imports as a new case with a new handover_id. Otherwise a matching case is
  updated in place and an unknown one is created. Every import appends an "import" audit entry.
- The local database is written in one transaction: an import happens completely or not at all.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from wizard.domain.audit import AuditRecord
from wizard.domain.steps import STEP_KEYS
from wizard.domain.times import parse_utc, utc_text
from wizard.json_files import one_line
from wizard.services.answers import atomic_write_text
from wizard.store.keys import MAX_KEY_LENGTH, is_secret_like

FORMAT = "csp-wizard-case"
VERSION = 1
MAX_BYTES = 5 * 1024 * 1024
HANDOVER_FIELD = "handover_id"
STATUSES = ("draft", "email_verification", "in_review", "needs_info", "rejected", "approved")

OnConflict = Literal["ask", "overwrite", "copy"]


class PacketError(Exception):
    """A refused packet: `message` names the file; `problems` lists every '<key path>: <what>'."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.message = message
        self.problems = list(problems or [])
        super().__init__(message)


class ImportConflict(Exception):
    """The local case changed after the packet was made; nothing was imported."""

    def __init__(self, case_id: int, local_updated_at: datetime, packet_updated_at: datetime,
                 differences: dict[str, tuple[str | None, str | None]]) -> None:
        self.case_id = case_id
        self.local_updated_at = local_updated_at
        self.packet_updated_at = packet_updated_at
        self.differences = differences  # key -> (local value, packet value); fields as "fields.<key>"
        super().__init__(
            f"Case {case_id} here was changed ({local_updated_at:%Y-%m-%d %H:%M:%S} UTC) after this packet "
            f"was made ({packet_updated_at:%Y-%m-%d %H:%M:%S} UTC) and {len(differences)} value(s) differ: "
            f"{', '.join(differences)}. Nothing was imported."
        )


@dataclass(frozen=True)
class PacketCase:
    id: int
    step: str
    status: str
    owner: str
    enrollment_id: str | None
    updated_at: datetime
    fields: dict[str, str]


@dataclass(frozen=True)
class Packet:
    path: Path
    exported_at: datetime
    handover_id: str
    case: PacketCase
    audit: list[AuditRecord]


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    mode: Literal["new", "update", "overwrite", "copy"]
    changed: list[str]  # keys that differed from the local case ("step", "fields.city", ...)


# ----- export ------------------------------------------------------------------------------------
def _iso(moment: datetime) -> str:
    return utc_text(moment)


def _scrub(value: Any) -> Any:
    """A JSON-ready copy without secret-like keys at any depth."""
    if isinstance(value, dict):
        return {str(k): _scrub(v) for k, v in value.items() if not is_secret_like(str(k))}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def handover_id_of(store: Any, case: Any) -> str:
    """The case's identity across machines (its field, else derived from database, id, creation time)."""
    own = case.fields.get(HANDOVER_FIELD, "").strip()
    if own:
        return own
    origin = f"csp-wizard:{Path(store.path).resolve()}#{case.id}@{_iso(case.created_at)}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, origin))


def packet_of(store: Any, case_id: int) -> dict[str, Any]:
    """The packet of one case as a JSON-ready dict (raises CaseNotFound)."""
    case = store.get_case(case_id)
    entries = store.audit(case_id)
    fields = {k: v for k, v in case.fields.items() if k != HANDOVER_FIELD and not is_secret_like(k)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _iso(datetime.now(UTC)),
        "handover_id": handover_id_of(store, case),
        "case": {
            "id": case.id, "step": case.step, "status": case.status, "owner": case.owner,
            "enrollment_id": case.enrollment_id, "updated_at": _iso(case.updated_at), "fields": fields,
        },
        "audit": [
            {"at": _iso(e.at), "actor": e.actor, "action": e.action, "detail": _scrub(e.detail)} for e in entries
        ],
    }


def export_case(store: Any, case_id: int, path: Path) -> dict[str, Any]:
    """Write the case's packet to `path` atomically (temp file + os.replace); returns the packet."""
    packet = packet_of(store, case_id)
    atomic_write_text(Path(path), json.dumps(packet, ensure_ascii=False, indent=2) + "\n")
    return packet


# ----- reading and validating --------------------------------------------------------------------
_JSON_KINDS: tuple[tuple[type, str], ...] = (  # bool before int: a bool is an int to isinstance
    (type(None), "null"),
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a number"),
    (str, "a string"),
    (list, "an array"),
    (dict, "an object"),
)


def _kind(value: Any) -> str:
    """What a JSON value is, in the words of a packet error ("a string", "null")."""
    return next((kind for python_type, kind in _JSON_KINDS if isinstance(value, python_type)), type(value).__name__)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(one_line(f"{path}: {message}"))  # a key with a line break stays on its line

    def keys(self, obj: dict, path: str, allowed: tuple[str, ...]) -> None:
        prefix = f"{path}." if path else ""
        for key in obj:
            if key not in allowed:
                self.add(f"{prefix}{key}", f"unknown key (expected only {', '.join(allowed)})")
        for key in allowed:
            if key not in obj:
                self.add(f"{prefix}{key}", "missing")

    def typed(self, obj: dict, key: str, path: str, kind: type | tuple, wanted: str) -> Any:
        if key not in obj:
            return None
        value = obj[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.add(path, f"expected {wanted}, got {_kind(value)}")
            return None
        return value

    def moment(self, obj: dict, key: str, path: str) -> datetime | None:
        text = self.typed(obj, key, path, str, "a date and time (ISO 8601 string)")
        if text is None:
            return None
        try:
            return parse_utc(text)  # in UTC, as the store keeps it: 9999-12-31T23:59-05:00 does not fit
        except ValueError:
            self.add(path, f"not an ISO 8601 date and time: {text!r}")
        except OverflowError:
            self.add(path, f"date and time out of range: {text!r}")
        return None


def _secret_paths(value: Any, path: str) -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            here = f"{path}.{k}"
            if is_secret_like(str(k)):
                found.append(here)
            else:
                found += _secret_paths(v, here)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _secret_paths(v, f"{path}[{i}]")
    return found


def read_packet(path: Path) -> Packet:
    """The validated packet at `path`; raises PacketError naming the file and every problem's key path."""
    from wizard.json_files import parse_json, read_text

    path = Path(path)
    text = read_text(path, PacketError, "case packet", MAX_BYTES,
                     "refused: the file is over 5 MB ({size} bytes); a case packet is much smaller")
    data = parse_json(path, text, PacketError)
    if not isinstance(data, dict):
        raise PacketError(f"{path}: not a case packet: expected a JSON object, got {_kind(data)}")
    if data.get("format") != FORMAT:
        raise PacketError(f"{path}: not a case packet: format: expected {FORMAT!r}, got {data.get('format')!r}")
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        raise PacketError(
            f"{path}: version: case packet version {version!r} is not supported (this wizard reads version {VERSION})"
        )

    c = _Checker()
    c.keys(data, "", ("format", "version", "exported_at", "handover_id", "case", "audit"))
    exported_at = c.moment(data, "exported_at", "exported_at")
    handover_id = c.typed(data, "handover_id", "handover_id", str, "a string")
    if handover_id is not None and not handover_id.strip():
        c.add("handover_id", "must not be empty")

    case = c.typed(data, "case", "case", dict, "an object")
    packet_case = None
    if case is not None:
        c.keys(case, "case", ("id", "step", "status", "owner", "enrollment_id", "updated_at", "fields"))
        case_id = c.typed(case, "id", "case.id", int, "an integer")
        step = c.typed(case, "step", "case.step", str, "a string")
        if step is not None and step not in STEP_KEYS:
            c.add("case.step", f"unknown step {step!r} (expected one of {', '.join(STEP_KEYS)})")
        status = c.typed(case, "status", "case.status", str, "a string")
        if status is not None and status not in STATUSES:
            c.add("case.status", f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
        owner = c.typed(case, "owner", "case.owner", str, "a string")
        enrollment_id = c.typed(case, "enrollment_id", "case.enrollment_id", (str, type(None)), "a string or null")
        updated_at = c.moment(case, "updated_at", "case.updated_at")
        fields = c.typed(case, "fields", "case.fields", dict, "an object")
        clean: dict[str, str] = {}
        if fields is not None:
            for key, value in fields.items():
                here = f"case.fields.{key}"
                if is_secret_like(key):
                    c.add(here, "secret-like key refused (secrets never travel in a packet)")
                elif not key or len(key) > MAX_KEY_LENGTH:
                    c.add(here, f"a field key has 1 to {MAX_KEY_LENGTH} characters")
                elif not isinstance(value, str):
                    c.add(here, f"expected a string, got {_kind(value)}")
                else:
                    clean[key] = value
        if not c.problems:
            packet_case = PacketCase(case_id, step, status, owner, enrollment_id, updated_at, clean)

    audit = c.typed(data, "audit", "audit", list, "an array")
    entries: list[AuditRecord] = []
    for i, entry in enumerate(audit or []):
        here = f"audit[{i}]"
        if not isinstance(entry, dict):
            c.add(here, f"expected an object, got {_kind(entry)}")
            continue
        c.keys(entry, here, ("at", "actor", "action", "detail"))
        at = c.moment(entry, "at", f"{here}.at")
        actor = c.typed(entry, "actor", f"{here}.actor", str, "a string")
        action = c.typed(entry, "action", f"{here}.action", str, "a string")
        detail = c.typed(entry, "detail", f"{here}.detail", dict, "an object")
        for secret in _secret_paths(detail or {}, f"{here}.detail"):
            c.add(secret, "secret-like key refused (secrets never travel in a packet)")
        if None not in (at, actor, action, detail):
            entries.append(AuditRecord(at, actor, action, detail))

    if c.problems or packet_case is None or exported_at is None or handover_id is None:
        raise PacketError(
            f"{path}: not a valid case packet ({len(c.problems)} problem(s)):\n"
            + "\n".join(f"  {p}" for p in c.problems),
            c.problems,
        )
    return Packet(path, exported_at, handover_id.strip(), packet_case, entries)


# ----- import ------------------------------------------------------------------------------------
def _differences(local: Any, packet: PacketCase) -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for key in ("step", "status", "enrollment_id"):
        mine, theirs = getattr(local, key), getattr(packet, key)
        if mine != theirs:
            out[key] = (mine, theirs)
    mine_fields = {k: v for k, v in local.fields.items() if k != HANDOVER_FIELD}
    for key in sorted(set(mine_fields) | set(packet.fields)):
        if mine_fields.get(key) != packet.fields.get(key):
            out[f"fields.{key}"] = (mine_fields.get(key), packet.fields.get(key))
    return out


def find_local(store: Any, handover_id: str) -> Any:
    """The local case (most recently updated) with this handover identity, or None."""
    for case in store.list_cases():
        if handover_id_of(store, case) == handover_id:
            return case
    return None


def import_packet(store: Any, packet: Packet, on_conflict: OnConflict = "ask", actor: str = "") -> ImportResult:
    """Import a validated packet (see the module docstring); raises ImportConflict with "ask"."""
    if on_conflict not in ("ask", "overwrite", "copy"):
        raise ValueError(f"on_conflict must be 'ask', 'overwrite' or 'copy', not {on_conflict!r}")
    pc = packet.case
    actor = actor or pc.owner
    local = None if on_conflict == "copy" else find_local(store, packet.handover_id)
    changed: list[str] = []
    if on_conflict == "copy":
        mode, handover_id = "copy", str(uuid.uuid4())
    elif local is None:
        mode, handover_id = "new", packet.handover_id
    else:
        diffs = _differences(local, pc)
        changed = list(diffs)
        newer_here = local.updated_at > pc.updated_at
        if newer_here and diffs and on_conflict == "ask":
            raise ImportConflict(local.id, local.updated_at, pc.updated_at, diffs)
        mode, handover_id = ("overwrite" if newer_here and diffs else "update"), packet.handover_id

    fields = {k: v for k, v in pc.fields.items() if not is_secret_like(k)}
    fields[HANDOVER_FIELD] = handover_id
    incoming = [(a.at, a.actor, a.action, _scrub(a.detail)) for a in packet.audit]
    existing = [] if local is None else [(e.at, e.actor, e.action, dict(e.detail)) for e in store.audit(local.id)]
    if local is None:
        entries = incoming
    else:
        seen = {(_iso(a), b, c, json.dumps(d, sort_keys=True, default=str)) for a, b, c, d in existing}
        entries = existing + [
            e for e in incoming if (_iso(e[0]), e[1], e[2], json.dumps(e[3], sort_keys=True, default=str)) not in seen
        ]
        entries.sort(key=lambda e: e[0])
    detail: dict[str, Any] = {
        "file": packet.path.name, "mode": mode, "handover_id": handover_id,
        "exported_at": _iso(packet.exported_at), "packet_updated_at": _iso(pc.updated_at),
    }
    if mode == "copy":
        detail["copied_from"] = packet.handover_id
    if changed:
        detail["changed"] = changed
    case_id = store.write_case(  # one transaction: all or nothing
        None if local is None else local.id,
        owner=pc.owner, step=pc.step, status=pc.status, enrollment_id=pc.enrollment_id,
        created_at=min((a.at for a in packet.audit), default=pc.updated_at), updated_at=pc.updated_at,
        fields=fields, audit=entries, final_entry=(datetime.now(UTC), actor, "import", detail),
    )
    return ImportResult(case_id, mode, changed)  # type: ignore[arg-type]
