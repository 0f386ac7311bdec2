"""What the subcommands share: exit codes, usage errors, settings, opening the database for one case."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


class UsageError(Exception):
    """Bad command line or unreadable input file: exit code 2 with this message."""


class Exit(Exception):
    """Leave the subcommand with this exit code (the message is already printed)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def settings_of(args: argparse.Namespace, scenario: str | None = None):
    """The settings for these arguments (--database, --sandbox-scenario, then the environment)."""
    from wizard.settings import load_settings

    return load_settings(args.database, scenario or args.sandbox_scenario)


def refuse(as_json: bool, code: str, message: str) -> int:
    """A problem with what the user gave us (unknown case, refused link): exit 1, nothing changed."""
    if as_json:
        print(json.dumps({"ok": False, "code": code, "message": message}, ensure_ascii=False, indent=2))
    else:
        print(f"csp-wizard: {message}", file=sys.stderr)
    return EXIT_PROBLEMS


def with_case(args: argparse.Namespace, work: Callable[[Any], T]) -> T:
    """Open the database, run `work(store)` for case `args.case_id`, close it again.

    A missing or unusable database and an unknown case end the subcommand with exit 1 and a message."""
    from wizard.store.errors import CaseNotFound

    settings = settings_of(args)
    store, failed = open_store(settings, args.json)
    if failed is not None:
        raise Exit(failed)
    unknown = f"There is no case number {args.case_id} in {settings.database}. List the cases with 'cases'."
    if store is None:
        raise Exit(refuse(args.json, "unknown_case", unknown))
    try:
        return work(store)
    except CaseNotFound:
        raise Exit(refuse(args.json, "unknown_case", unknown)) from None
    finally:
        store.close()


def open_store(settings, as_json: bool):
    """The case database, or (None, exit code) when it is missing or unusable; never creates one."""
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    if not settings.database.exists():
        return None, None
    try:
        return Store.open(settings.database), None
    except StoreError as error:
        return None, refuse(as_json, "store_unusable", str(error))


def console_attached() -> bool:
    """Whether someone can read stderr: False when started from a desktop launcher or a windowed bundle
    (no stderr at all, or one that is not a terminal), where problems must be shown in a window."""
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # a closed or odd stream
        return False


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True
