"""Command line: the GUI by default, plus headless subcommands for support staff and scripts.

Exit codes (contract): 0 success, 1 problems in the user's input (all listed), 2 usage errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


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
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    validate = sub.add_parser("validate", help="check a case file (flat JSON object of field keys)")
    validate.add_argument("file", metavar="CASE.json")
    validate.add_argument("--json", action="store_true", help="print a JSON report")

    cases = sub.add_parser("cases", help="list the cases in the database")
    cases.add_argument("--json", action="store_true", help="print JSON")

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
        if args.command == "validate":
            return _validate(Path(args.file), args.json)
        if args.command == "cases":
            return _cases(args)
        if args.command == "demo":
            return _demo(args)
        return _gui(args)
    except UsageError as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        return EXIT_USAGE


# ----- validate ------------------------------------------------------------------------------
def _read_case_file(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the file ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object of field keys, got {type(data).__name__}")
    return {str(key): "" if value is None else str(value) for key, value in data.items()}


def _validate(path: Path, as_json: bool) -> int:
    from wizard.domain import rules
    from wizard.domain.model import FIELD_KEYS, Problem

    case = _read_case_file(path)
    problems = [
        Problem(key, "unknown_field", f"'{key}' is not a field of a case; known fields: {', '.join(FIELD_KEYS)}.")
        for key in case
        if key not in FIELD_KEYS
    ]
    problems += rules.validate(case)
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


# ----- GUI and demo --------------------------------------------------------------------------
def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _gui(args: argparse.Namespace) -> int:
    if not has_display():
        folder = Path("demo-screenshots")
        print(
            "No display found (DISPLAY/WAYLAND_DISPLAY are not set): running the headless demo instead.\n"
            f"It drives the whole enrollment on the sandbox and writes a screenshot per page to {folder.resolve()}."
        )
        args.screenshots, args.scenario = str(folder), None
        return _demo(args)
    from wizard.gui import run_gui

    return run_gui(_settings(args), verbose=args.verbose)


def _demo(args: argparse.Namespace) -> int:
    from wizard.demo import run_demo

    return run_demo(Path(args.screenshots), args.scenario or args.sandbox_scenario, args.database)
