"""Command line: the GUI by default, plus headless subcommands for support staff and scripts.

Exit codes (contract): 0 success, 1 problems in the user's input (all listed), 2 usage errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


class UsageError(Exception):
    """Bad command line or unreadable input file: exit code 2 with this message."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csp-wizard",
        description="Enroll as an indirect reseller in the Microsoft Cloud Solution Provider program.",
    )
    parser.add_argument("--database", metavar="PATH", help="SQLite database file (default: per-user data folder; env WIZARD_DB)")
    parser.add_argument("--sandbox-scenario", metavar="FILE", help="sandbox scenario JSON (env WIZARD_SANDBOX_SCENARIO)")
    parser.add_argument("--verbose", action="store_true", help="debug logging")
    parser.add_argument(
        "--answers", metavar="FILE",
        help="prefill a new case from an answers file (JSON or TOML) and open the wizard on it",
    )
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    validate = sub.add_parser(
        "validate", help="check a case file (flat JSON object of field keys) or an answers file (JSON or TOML)"
    )
    validate.add_argument("file", metavar="CASE.json")
    validate.add_argument("--json", action="store_true", help="print a JSON report")

    cases = sub.add_parser("cases", help="list the cases in the database")
    cases.add_argument("--json", action="store_true", help="print JSON")

    open_link = sub.add_parser(
        "open-link", help="open a csp-sandbox:// link from a sandbox email and record the case's new status"
    )
    open_link.add_argument(
        "url", metavar="URL", help="the link, e.g. csp-sandbox://verify-email?enrollment=...&code=..."
    )
    open_link.add_argument("--json", action="store_true", help="print a JSON report")

    status = sub.add_parser("status", help="show a case: company, step, lifecycle status and its timeline")
    status.add_argument("case_id", metavar="ID", type=int, help="the case number (see 'cases')")
    status.add_argument("--json", action="store_true", help="print JSON")

    sub.add_parser(
        "relationships", help="open the relationships window: indirect providers, invitations, customers (GUI)"
    )

    export = sub.add_parser("export", help="write a case to a handover packet (versioned JSON, no secrets)")
    export.add_argument("case_id", metavar="ID", type=int, help="the case number (see 'cases')")
    export.add_argument("file", metavar="FILE", help="the packet to write, e.g. case-12.json")
    export.add_argument("--json", action="store_true", help="print a JSON report")

    import_ = sub.add_parser("import", help="import a handover packet made by 'export'")
    import_.add_argument("file", metavar="FILE", help="the packet")
    conflict = import_.add_mutually_exclusive_group()
    conflict.add_argument("--overwrite", action="store_true",
                          help="replace the local case even if it changed after the packet was made")
    conflict.add_argument("--as-copy", action="store_true", help="import as a new case, leaving any local one alone")
    import_.add_argument("--json", action="store_true", help="print a JSON report")

    save_answers = sub.add_parser("save-answers", help="save a case as an answers file (no secrets)")
    save_answers.add_argument("case_id", metavar="ID", type=int, help="the case number (see 'cases')")
    save_answers.add_argument("file", metavar="FILE", help="answers file to write: .toml for TOML, else JSON")
    save_answers.add_argument("--json", action="store_true", help="print a JSON report")

    summary = sub.add_parser(
        "summary", help="write a printable PDF summary of a case (company, contacts, MPN profile, timeline)"
    )
    summary.add_argument("case_id", metavar="ID", type=int, help="the case number (see 'cases')")
    summary.add_argument("file", metavar="FILE.pdf", help="the PDF to write")
    summary.add_argument("--json", action="store_true", help="print a JSON report")

    demo = sub.add_parser("demo", help="drive the real wizard offscreen through the whole flow on the sandbox")
    demo.add_argument("--screenshots", metavar="DIR", required=True, help="folder for one PNG per page")
    demo.add_argument("--scenario", metavar="FILE", help="sandbox scenario JSON (default: the built-in demo)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse already printed the usage message
        return EXIT_USAGE if exit_.code else EXIT_OK
    try:
        if args.answers and args.command is not None:
            raise UsageError("--answers prefills a case for the wizard window; it can't be combined with a subcommand")
        if args.command == "validate":
            return _validate(Path(args.file), args.json)
        if args.command == "cases":
            return _cases(args)
        if args.command == "open-link":
            return _open_link(args)
        if args.command == "status":
            return _status(args)
        if args.command == "relationships":
            return _gui(args, relationships=True)
        if args.command == "demo":
            return _demo(args)
        if args.command == "export":
            return _export(args)
        if args.command == "import":
            return _import(args)
        if args.command == "save-answers":
            return _save_answers(args)
        if args.command == "summary":
            return _summary(args)
        return _gui(args)
    except UsageError as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _Exit as exit_:
        return exit_.code


# ----- validate ------------------------------------------------------------------------------
def _read_case_file(path: Path) -> dict[str, str]:
    from wizard.json_files import read_json

    data = read_json(path, UsageError, "case file")
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object of field keys, got {type(data).__name__}")
    return {str(key): "" if value is None else str(value) for key, value in data.items()}


def _answers_problems(path: Path):
    """Problems of an answers file (TOML, or JSON using answers-only keys); None if it is a case file."""
    from wizard.json_files import read_json
    from wizard.services import answers

    if path.suffix.lower() != ".toml":
        try:
            data = read_json(path, UsageError, "case file")
        except UsageError:
            if path.suffix.lower() == ".json" or not path.exists():
                raise
            try:  # not JSON and not named .json: perhaps TOML
                return answers.read_answers(path)[1]
            except answers.AnswersFileError:
                raise UsageError(f"{path}: neither valid JSON nor valid TOML") from None
        if not (isinstance(data, dict) and answers.looks_like_answers(data)):
            return None
    try:
        return answers.read_answers(path)[1]
    except answers.AnswersFileError as error:
        raise UsageError(str(error)) from None


def _validate(path: Path, as_json: bool) -> int:
    from wizard.domain import rules
    from wizard.domain.model import FIELD_KEYS, Problem

    answers_problems = _answers_problems(path)
    if answers_problems is not None:
        return _report_problems(path, answers_problems, as_json)
    case = _read_case_file(path)
    problems = [
        Problem(key, "unknown_field", f"'{key}' is not a field of a case; known fields: {', '.join(FIELD_KEYS)}.")
        for key in case
        if key not in FIELD_KEYS
    ]
    problems += rules.validate(case)
    return _report_problems(path, problems, as_json)


def _report_problems(path: Path, problems: list, as_json: bool) -> int:
    if as_json:
        report = {"ok": not problems, "problems": [{"field": p.field, "code": p.code, "message": p.message} for p in problems]}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif problems:
        print(f"{path}: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem.field}: {problem.message} [{problem.code}]")
    else:
        print(f"{path}: OK")
    return EXIT_PROBLEMS if problems else EXIT_OK


# ----- cases ---------------------------------------------------------------------------------
def _settings(args: argparse.Namespace, scenario: str | None = None):
    from wizard.settings import load_settings

    return load_settings(args.database, scenario or args.sandbox_scenario)


def _cases(args: argparse.Namespace) -> int:
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    settings = _settings(args)
    if not settings.database.exists():
        rows: list = []
    else:
        try:
            store = Store.open(settings.database)
        except StoreError as error:
            print(f"csp-wizard: {error}", file=sys.stderr)
            return EXIT_PROBLEMS
        try:
            rows = store.list_cases()
        finally:
            store.close()
    if args.json:
        print(json.dumps([_case_json(case) for case in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"No cases in {settings.database}.")
    for case in rows:
        company = case.fields.get("legal_name") or "(no company yet)"
        print(f"{case.id:>5}  {case.step:<14} {case.status:<10} {case.updated_at:%Y-%m-%d %H:%M}  {company}")
    return EXIT_OK


def _case_json(case) -> dict:
    return {
        "id": case.id,
        "step": case.step,
        "status": case.status,
        "owner": case.owner,
        "legal_name": case.fields.get("legal_name", ""),
        "mpn_id": case.fields.get("mpn_id", ""),
        "enrollment_id": case.enrollment_id,
        "updated_at": case.updated_at.isoformat(),
    }


# ----- open-link and status ------------------------------------------------------------------
SERVICE_ACTOR = "Partner Center"  # who moves a case along its lifecycle (as AccountService records it)


def _refuse(as_json: bool, code: str, message: str) -> int:
    """A problem with what the user gave us (unknown case, refused link): exit 1, nothing changed."""
    if as_json:
        print(json.dumps({"ok": False, "code": code, "message": message}, ensure_ascii=False, indent=2))
    else:
        print(f"csp-wizard: {message}", file=sys.stderr)
    return EXIT_PROBLEMS


class _Exit(Exception):
    """Leave the subcommand with this exit code (the message is already printed)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _with_case(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """Open the database, run `work(store)` for case `args.case_id`, close it again.

    A missing or unusable database and an unknown case end the subcommand with exit 1 and a message."""
    from wizard.store.errors import CaseNotFound

    settings = _settings(args)
    store, failed = _open_store(settings, args.json)
    if failed is not None:
        raise _Exit(failed)
    unknown = f"There is no case number {args.case_id} in {settings.database}. List the cases with 'cases'."
    if store is None:
        raise _Exit(_refuse(args.json, "unknown_case", unknown))
    try:
        return work(store)
    except CaseNotFound:
        raise _Exit(_refuse(args.json, "unknown_case", unknown)) from None
    finally:
        store.close()


def _open_store(settings, as_json: bool):
    """The case database, or (None, exit code) when it is missing or unusable; never creates one."""
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    if not settings.database.exists():
        return None, None
    try:
        return Store.open(settings.database), None
    except StoreError as error:
        return None, _refuse(as_json, "store_unusable", str(error))


def _link_enrollment(url: str) -> str:
    """The `enrollment` parameter of a csp-sandbox:// link ("" if it has none: the sandbox judges it)."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        parts = urlsplit(url.strip())
        params = dict(parse_qsl(parts.query))
    except ValueError:
        return ""
    if parts.scheme.lower() != "csp-sandbox":
        return ""
    return params.get("enrollment", "").strip().upper()


def _case_of_enrollment(store, enrollment_id: str):
    """The case (most recently updated first) whose enrollment is `enrollment_id`."""
    for case in store.list_cases():
        mine = (case.enrollment_id or case.fields.get("enrollment_id", "")).strip().upper()
        if mine and mine == enrollment_id:
            return case
    return None


def _open_link(args: argparse.Namespace) -> int:
    from wizard.backends.base import BackendError, ScenarioError

    settings = _settings(args)
    theirs = _link_enrollment(args.url)
    store, failed = _open_store(settings, args.json)
    if failed is not None:
        return failed
    try:
        case = _case_of_enrollment(store, theirs) if (store is not None and theirs) else None
        if theirs and case is None:
            return _refuse(
                args.json, "unknown_enrollment",
                f"This link is for enrollment {theirs}, which no case in {settings.database} has.",
            )
        try:
            from wizard.app import make_backend

            backend = make_backend(settings)
        except (BackendError, ScenarioError) as error:
            return _refuse(args.json, getattr(error, "code", "sandbox_unusable"), getattr(error, "message", str(error)))
        try:
            outcome = backend.open_link(args.url)  # a refused link raises and changes nothing
            if case is None and store is not None:  # a link without an enrollment parameter that still worked
                case = _case_of_enrollment(store, outcome.enrollment_id.upper())
            state = _record_link(store, case, backend, outcome, settings.actor) if case is not None else None
        except BackendError as error:
            return _refuse(args.json, error.code, error.message)
        finally:
            backend.close()
    finally:
        if store is not None:
            store.close()
    if args.json:
        report = {
            "ok": True, "kind": outcome.kind, "enrollment_id": outcome.enrollment_id,
            "tenant_domain": outcome.tenant_domain, "message": outcome.message,
            "case_id": case.id if case is not None else None, "status": state,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(outcome.message)
        if case is not None:
            print(f"Case {case.id} ({_company(case)}) is now {state}.")
        else:
            print(f"No case in {settings.database} has enrollment {outcome.enrollment_id}; nothing was recorded.")
    return EXIT_OK


def _record_link(store, case, backend, outcome, actor: str) -> str:
    """Audit the opened link and move the case to the enrollment's new lifecycle state (token-free read)."""
    from wizard.backends.sandbox_timeline import LEGACY_STATUS

    store.add_audit(case.id, actor, "link_opened", {"kind": outcome.kind, "via": "command line"})
    summary = backend.enrollment(outcome.tenant_domain)
    states = {legacy: str(state) for state, legacy in LEGACY_STATUS.items()}
    state = states.get(summary.status, case.status)
    if state not in ("draft", case.status):
        store.set_status(case.id, state, SERVICE_ACTOR, {
            "title": f"Link opened from the command line ({outcome.kind})", "at": backend.now().isoformat(),
        })
    return store.get_case(case.id).status


def _company(case) -> str:
    return case.fields.get("legal_name") or "no company yet"


def _status(args: argparse.Namespace) -> int:
    from wizard.domain import lifecycle

    case, entries = _with_case(args, lambda store: (store.get_case(args.case_id), store.audit(args.case_id)))
    enrollment_id = case.enrollment_id or case.fields.get("enrollment_id") or None
    try:
        words = lifecycle.PLAIN_WORDS[lifecycle.State(case.status)].title
    except (ValueError, KeyError):
        words = ""
    if args.json:
        report = {
            "id": case.id, "company": case.fields.get("legal_name", ""), "step": case.step, "status": case.status,
            "status_title": words, "enrollment_id": enrollment_id, "owner": case.owner,
            "archived": case.archived, "updated_at": case.updated_at.isoformat(),
            "timeline": [
                {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail} for e in entries
            ],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    print(f"Case {case.id}: {_company(case)}")
    print(f"  Step:        {case.step}")
    print(f"  Status:      {case.status}" + (f" ({words})" if words else ""))
    print(f"  Enrollment:  {enrollment_id or 'not submitted yet'}")
    print(f"  Owner:       {case.owner}" + ("  (archived)" if case.archived else ""))
    print("Timeline (oldest first, UTC):")
    for e in entries:
        detail = _detail_text(e.detail)
        print(f"  {e.at:%Y-%m-%d %H:%M}  {e.action:<18} {e.actor}" + (f": {detail}" if detail else ""))
    return EXIT_OK


def _detail_text(detail: dict) -> str:
    if "from" in detail and "to" in detail:
        rest = {k: v for k, v in detail.items() if k not in ("from", "to", "at", "sub_status")}
        text = f"{detail['from']} -> {detail['to']}"
        title = rest.pop("title", "")
        if title:
            text += f" ({title})"
        return "; ".join([text, *(f"{k}={v}" for k, v in rest.items())])
    title = detail.get("title")
    rest = {k: v for k, v in detail.items() if k not in ("title", "at", "sub_status")}
    return "; ".join(([str(title)] if title else []) + [f"{k}={v}" for k, v in rest.items()])


# ----- handover: export / import ------------------------------------------------------------
def _export(args: argparse.Namespace) -> int:
    from wizard.services.handover import export_case

    target = Path(args.file)
    try:
        packet = _with_case(args, lambda store: export_case(store, args.case_id, target))
    except OSError as error:
        return _refuse(args.json, "cannot_write", f"{target}: cannot write the packet ({error.strerror or error}).")
    if args.json:
        print(json.dumps({"ok": True, "case_id": args.case_id, "file": str(target),
                          "handover_id": packet["handover_id"]}, ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} exported to {target} (handover id {packet['handover_id']}; no secrets).")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from wizard.services.handover import (
        ImportConflict,
        PacketError,
        import_packet,
        read_packet,
    )
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    settings = _settings(args)
    try:
        packet = read_packet(Path(args.file))
    except PacketError as error:
        if args.json:
            print(json.dumps({"ok": False, "code": "invalid_packet", "message": error.message,
                              "problems": error.problems}, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {error.message}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        store = Store.open(settings.database)
    except StoreError as error:
        return _refuse(args.json, "store_unusable", str(error))
    mode = "overwrite" if args.overwrite else "copy" if args.as_copy else "ask"
    try:
        result = import_packet(store, packet, mode, actor=settings.actor)
    except ImportConflict as conflict:
        advice = ("Re-run with --overwrite to replace the local case with the packet, "
                  "or with --as-copy to import the packet as a new case.")
        if args.json:
            print(json.dumps({
                "ok": False, "code": "conflict", "message": f"{conflict} {advice}", "case_id": conflict.case_id,
                "local_updated_at": conflict.local_updated_at.isoformat(),
                "packet_updated_at": conflict.packet_updated_at.isoformat(),
                "differences": [{"key": k, "local": mine, "packet": theirs}
                                for k, (mine, theirs) in conflict.differences.items()],
            }, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {conflict}", file=sys.stderr)
            for key, (mine, theirs) in conflict.differences.items():
                print(f"  {key}: here {mine!r}, in the packet {theirs!r}", file=sys.stderr)
            print(advice, file=sys.stderr)
        return EXIT_PROBLEMS
    except StoreError as error:
        return _refuse(args.json, "store_unusable", str(error))
    finally:
        store.close()
    if args.json:
        print(json.dumps({"ok": True, "case_id": result.case_id, "mode": result.mode, "changed": result.changed},
                         ensure_ascii=False, indent=2))
    else:
        words = {"new": "imported as case", "update": "updated case", "overwrite": "overwrote case",
                 "copy": "imported as a copy: case"}[result.mode]
        print(f"{args.file}: {words} {result.case_id}.")
    return EXIT_OK


# ----- printable summary --------------------------------------------------------------------
def _summary(args: argparse.Namespace) -> int:
    from wizard.services.summary import summary_of

    target = Path(args.file)
    summary = _with_case(args, lambda store: summary_of(store, args.case_id))
    problem = _unwritable(target)
    if problem is None:
        _ensure_gui_application()
        from wizard.ui.summary_pdf import write_summary_pdf

        try:
            write_summary_pdf(summary, target)
        except OSError as error:
            problem = error.strerror or str(error)
    if problem is not None:
        message = f"{target}: cannot write the PDF ({problem}). Choose a file in a folder you can write to."
        if args.json:
            print(json.dumps({"ok": False, "code": "cannot_write", "message": message}, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps({"ok": True, "case_id": args.case_id, "file": str(target)}, ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} summary written to {target}.")
    return EXIT_OK


def _unwritable(target: Path) -> str | None:
    """Why `target` can't be written (checked before any rendering), or None."""
    if target.is_dir():
        return "it is a folder"
    folder = target.parent
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return "permission denied"
    return None


def _ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; offscreen when there is no display."""
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _QT_APP
        _QT_APP = QGuiApplication(["csp-wizard"])


_QT_APP = None


# ----- answers files -------------------------------------------------------------------------
def _save_answers(args: argparse.Namespace) -> int:
    from wizard.services.answers import save_answers

    target = Path(args.file)
    try:
        values = _with_case(args, lambda store: save_answers(store.get_case(args.case_id).fields, target))
    except OSError as error:
        return _refuse(args.json, "cannot_write", f"{target}: cannot write the answers file ({error.strerror or error}).")
    if args.json:
        print(json.dumps({"ok": True, "case_id": args.case_id, "file": str(target), "keys": sorted(values)},
                         ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} saved as answers file {target} ({len(values)} values, no secrets).")
    return EXIT_OK


def _prefill_from_answers(args: argparse.Namespace) -> int | None:
    """`--answers FILE`: validate it, create the prefilled case; an exit code if that failed, else None."""
    from wizard.services.answers import (
        AnswersFileError,
        AnswersInvalid,
        apply_answers,
        load_answers,
    )
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    try:
        answers = load_answers(Path(args.answers))
    except AnswersFileError as error:
        raise UsageError(str(error)) from None
    except AnswersInvalid as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        print("Nothing was created; fix the answers file and try again.", file=sys.stderr)
        return EXIT_PROBLEMS
    settings = _settings(args)
    try:
        store = Store.open(settings.database)
    except StoreError as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        case_id = apply_answers(store, answers, settings.actor)
        step = store.get_case(case_id).step
    finally:
        store.close()
    print(f"Case {case_id} prefilled from {args.answers} ({len(answers.values)} values); it opens on {step}.")
    return None


# ----- GUI and demo --------------------------------------------------------------------------
def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _gui(args: argparse.Namespace, relationships: bool = False) -> int:
    if getattr(args, "answers", None) and not relationships:
        failed = _prefill_from_answers(args)
        if failed is not None:
            return failed
        if not has_display():
            print("No display found (DISPLAY/WAYLAND_DISPLAY are not set): the case is saved; "
                  "run the wizard where there is a display to continue it.")
            return EXIT_OK
    if relationships and not has_display():
        print("csp-wizard: the relationships window needs a display (DISPLAY/WAYLAND_DISPLAY are not set).",
              file=sys.stderr)
        return EXIT_PROBLEMS
    if not has_display():
        folder = Path("demo-screenshots")
        print(
            "No display found (DISPLAY/WAYLAND_DISPLAY are not set): running the headless demo instead.\n"
            f"It drives the whole enrollment on the sandbox and writes a screenshot per page to {folder.resolve()}."
        )
        args.screenshots, args.scenario = str(folder), None
        return _demo(args)
    from wizard.gui import run_gui

    return run_gui(_settings(args), verbose=args.verbose, relationships=relationships)


def _demo(args: argparse.Namespace) -> int:
    from wizard.demo import run_demo

    return run_demo(Path(args.screenshots), args.scenario or args.sandbox_scenario, args.database)
