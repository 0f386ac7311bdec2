"""`save-answers ID FILE` and the `--answers FILE` prefill: answers files, like Anaconda's kickstart."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, UsageError, refuse, settings_of, with_case


def save_answers(args: argparse.Namespace) -> int:
    from wizard.services.answers import save_answers as write_answers

    target = Path(args.file)
    try:
        values = with_case(args, lambda store: write_answers(store.get_case(args.case_id).fields, target))
    except OSError as error:
        return refuse(args.json, "cannot_write",
                      f"{target}: cannot write the answers file ({error.strerror or error}).")
    if args.json:
        print(json.dumps({"ok": True, "case_id": args.case_id, "file": str(target), "keys": sorted(values)},
                         ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} saved as answers file {target} ({len(values)} values, no secrets).")
    return EXIT_OK


def prefill(args: argparse.Namespace, show: Callable[[Exception], None] | None = None) -> int | None:
    """`--answers FILE`: validate it, create the prefilled case; an exit code if that failed, else None.

    Every problem is printed; `show`, when given (no console to read it), also shows it in a window."""
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
        if show is not None:
            show(error)
        raise UsageError(str(error)) from None
    except AnswersInvalid as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        print("Nothing was created; fix the answers file and try again.", file=sys.stderr)
        if show is not None:
            show(error)
        return EXIT_PROBLEMS
    settings = settings_of(args)
    try:
        store = Store.open(settings.database)
    except StoreError as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        if show is not None:
            show(error)
        return EXIT_PROBLEMS
    try:
        case_id = apply_answers(store, answers, settings.actor)
        step = store.get_case(case_id).step
    finally:
        store.close()
    print(f"Case {case_id} prefilled from {args.answers} ({len(answers.values)} values); it opens on {step}.")
    return None
