"""The wizard window (no subcommand, or `--answers FILE`), `relationships` and the headless `demo`.

`has_display` is looked up on the `wizard.cli` package at call time, so callers and tests can replace
it there."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard import cli
from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, settings_of


def relationships(args: argparse.Namespace) -> int:
    """`relationships`: the window for indirect providers, invitations and customers."""
    return gui(args, relationships=True)


def gui(args: argparse.Namespace, relationships: bool = False) -> int:
    if getattr(args, "answers", None) and not relationships:
        from wizard.cli.answers import prefill

        # From a desktop launcher nobody reads stderr: the problems are shown in a window too.
        show = None if cli.console_attached() or not cli.has_display() else _window_for(args)
        failed = prefill(args, show)
        if failed is not None:
            return failed
        if not cli.has_display():
            print("No display found (DISPLAY/WAYLAND_DISPLAY are not set): the case is saved; "
                  "run the wizard where there is a display to continue it.")
            return EXIT_OK
    if relationships and not cli.has_display():
        print("csp-wizard: the relationships window needs a display (DISPLAY/WAYLAND_DISPLAY are not set).",
              file=sys.stderr)
        return EXIT_PROBLEMS
    if not cli.has_display():
        folder = Path("demo-screenshots")
        print(
            "No display found (DISPLAY/WAYLAND_DISPLAY are not set): running the headless demo instead.\n"
            "It drives the whole enrollment on the sandbox and writes a screenshot per page to "
            f"{folder.resolve()}."
        )
        args.screenshots, args.scenario = str(folder), None
        return demo(args)
    from wizard.gui import run_gui

    return run_gui(settings_of(args), verbose=args.verbose, relationships=relationships,
                   language=getattr(args, "language", None))


def _window_for(args: argparse.Namespace):
    """Shows an answers-file problem in a window, in the UI's language and theme (blocks until closed)."""

    def show(error: Exception) -> None:
        from wizard.gui import prepare_application
        from wizard.ui.answers_problem import show_answers_problem

        prepare_application(settings_of(args), verbose=args.verbose, language=getattr(args, "language", None))
        show_answers_problem(Path(args.answers), error)

    return show


def demo(args: argparse.Namespace) -> int:
    from wizard.demo import Look, run_demo

    look = Look(theme=getattr(args, "theme", "light"), scale=getattr(args, "scale", 1.0),
                windows=getattr(args, "windows", False), minimum=getattr(args, "minimum_size", False),
                language=getattr(args, "language", None) or "")
    return run_demo(Path(args.screenshots), args.scenario or args.sandbox_scenario, args.database, look)
