"""`validate FILE`: check a case file (flat JSON of field keys) or an answers file (JSON or TOML)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, UsageError


def validate(args: argparse.Namespace) -> int:
    """Every problem of the file, as text or a JSON report; exit 1 if there are any."""
    return check_file(Path(args.file), args.json)


def read_case_file(path: Path) -> dict[str, str]:
    from wizard.json_files import read_json

    data = read_json(path, UsageError, "case file")
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object of field keys, got {type(data).__name__}")
    return {str(key): "" if value is None else str(value) for key, value in data.items()}


def answers_file_problems(path: Path):
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


def check_file(path: Path, as_json: bool) -> int:
    from wizard.domain import rules
    from wizard.domain.model import FIELD_KEYS, Problem

    answers_problems = answers_file_problems(path)
    if answers_problems is not None:
        return report_problems(path, answers_problems, as_json)
    case = read_case_file(path)
    problems = [
        Problem(key, "unknown_field",
                f"'{key}' is not a field of a case; known fields: {', '.join(FIELD_KEYS)}.")
        for key in case
        if key not in FIELD_KEYS
    ]
    problems += rules.validate(case)
    return report_problems(path, problems, as_json)


def report_problems(path: Path, problems: list, as_json: bool) -> int:
    if as_json:
        report = {"ok": not problems,
                  "problems": [{"field": p.field, "code": p.code, "message": p.message} for p in problems]}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    elif problems:
        print(f"{path}: {len(problems)} problem(s)")
        for problem in problems:
            print(f"  {problem.field}: {problem.message} [{problem.code}]")
    else:
        print(f"{path}: OK")
    return EXIT_PROBLEMS if problems else EXIT_OK
