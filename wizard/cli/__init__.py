"""Command line: the GUI by default, plus headless subcommands for support staff and scripts.

Exit codes (contract): 0 success, 1 problems in the user's input (all listed), 2 usage errors.

Layout: `parser.build_parser()` builds the whole parser (every option and subcommand, in one place);
`main()` parses and runs one command from `COMMANDS`, importing only that command's module, so
`python -m wizard` loads no more than it needs before the first paint. One module per group:
validate, cases, links (open-link, status), handover (export, import), answers (save-answers and
the `--answers` prefill), summary, gui (the window, relationships, demo); common.py holds what they
share (exit codes, errors, opening the database for one case).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module
from typing import Any

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Exit, UsageError, console_attached, has_display
from wizard.cli.parser import build_parser, parse

__all__ = ["COMMANDS", "EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "UsageError", "build_parser", "console_attached", "has_display",
           "main"]

COMMANDS: dict[str | None, tuple[str, str]] = {
    None: ("wizard.cli.gui", "gui"),  # no subcommand: the wizard window
    "validate": ("wizard.cli.validate", "validate"),
    "cases": ("wizard.cli.cases", "cases"),
    "open-link": ("wizard.cli.links", "open_link"),
    "status": ("wizard.cli.links", "status"),
    "relationships": ("wizard.cli.gui", "relationships"),
    "demo": ("wizard.cli.gui", "demo"),
    "export": ("wizard.cli.handover", "export"),
    "import": ("wizard.cli.handover", "import_case"),
    "save-answers": ("wizard.cli.answers", "save_answers"),
    "summary": ("wizard.cli.summary", "summary"),
    "live-check": ("wizard.cli.live", "live_check"),
}
"""Subcommand -> (module, function taking the parsed arguments and returning the exit code)."""


# Control characters other than tab and newline, and the bidi controls: written as \x1b, \u202e, ...
_ESCAPES = {code: ascii(chr(code))[1:-1] for code in (*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                                                      *range(0x2066, 0x206A)) if chr(code) not in "\n\t"}


class _Printable:
    """A text stream that writes control characters as escapes: a case value such as
    "Evil\x1b]0;title\x07" (packets and typed values may hold any text) can't drive the terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(_ESCAPES))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def _printable_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse(sys.argv[1:] if argv is None else list(argv), (name for name in COMMANDS if name))
    except SystemExit as exit_:  # argparse already printed the usage message
        return EXIT_USAGE if exit_.code else EXIT_OK
    try:
        if args.answers and args.command is not None:
            raise UsageError(
                "--answers prefills a case for the wizard window; it can't be combined with a subcommand"
            )
        module, function = COMMANDS[args.command]
        with _printable_output():
            return getattr(import_module(module), function)(args)
    except UsageError as error:
        print(f"csp-wizard: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Exit as exit_:
        return exit_.code
