"""The command line's parser: every option and subcommand, built in one function (build_parser)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence


class ParseProblem(Exception):
    """What `argparse` would print and exit for, raised instead (the global-options parser, see parse)."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override] - raises instead of printing and exiting
        raise ParseProblem(message)


def parse(argv: Sequence[str], subcommand_names: Iterable[str]) -> argparse.Namespace:
    """`build_parser().parse_args(argv)`, sparing the window's start the ~5 ms of building the subcommands.

    Without a subcommand (the wizard window: every start) the global options alone give the same
    namespace, so they are tried first: only when argv names a subcommand or help, or the short parse
    finds anything it can't take, does the whole parser run (which prints the usual messages)."""
    words = set(argv)
    if not words & {*subcommand_names, "-h", "--help"}:
        try:
            args, rest = build_parser(subcommands=False).parse_known_args(argv)
        except ParseProblem:
            pass  # the whole parser says what is wrong, as usual
        else:
            if not rest:
                args.command = None
                return args
    return build_parser().parse_args(argv)


def build_parser(subcommands: bool = True) -> argparse.ArgumentParser:
    """The whole parser: global options first, then one subparser per subcommand (see wizard.cli.COMMANDS).

    `subcommands=False`: the global options only, raising ParseProblem instead of exiting (see parse)."""
    parser = (argparse.ArgumentParser if subcommands else _QuietParser)(
        prog="csp-wizard",
        description="Enroll as an indirect reseller in the Microsoft Cloud Solution Provider program.",
    )
    parser.add_argument("--database", metavar="PATH",
                        help="SQLite database file (default: per-user data folder; env WIZARD_DB)")
    parser.add_argument("--sandbox-scenario", metavar="FILE",
                        help="sandbox scenario JSON (env WIZARD_SANDBOX_SCENARIO)")
    parser.add_argument("--verbose", action="store_true", help="debug logging")
    parser.add_argument("--language", choices=("en", "es"),
                        help="language of the window, the demo's screenshots (default: the one chosen in "
                             "View → Language, else the system's) and the summary PDF (default: English); "
                             "the command line itself stays English")
    parser.add_argument(
        "--answers", metavar="FILE",
        help="prefill a new case from an answers file (JSON or TOML) and open the wizard on it",
    )
    if not subcommands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    validate = sub.add_parser(
        "validate",
        help="check a case file (flat JSON object of field keys) or an answers file (JSON or TOML)",
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
        "relationships",
        help="open the relationships window: indirect providers, invitations, customers (GUI)",
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
    conflict.add_argument("--as-copy", action="store_true",
                          help="import as a new case, leaving any local one alone")
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

    live_check = sub.add_parser(
        "live-check", help="sign in to Microsoft and check the tenant before enrolling (global admin, country, "
                           "verified domains, vetting status); live mode's settings come from the environment")
    live_check.add_argument("--device-code", action="store_true",
                            help="sign in with a code on another device (printed on stderr) instead of the browser")
    live_check.add_argument("--contact-email", metavar="EMAIL",
                            help="the primary contact's email: its domain must be verified in the tenant")
    live_check.add_argument("--support-email", metavar="EMAIL",
                            help="the support email: its domain must be verified in the tenant")
    live_check.add_argument("--json", action="store_true", help="print a JSON report")

    demo = sub.add_parser("demo",
                          help="drive the real wizard offscreen through the whole flow on the sandbox")
    demo.add_argument("--screenshots", metavar="DIR", required=True, help="folder for one PNG per page")
    demo.add_argument("--scenario", metavar="FILE", help="sandbox scenario JSON (default: the built-in demo)")
    demo.add_argument("--theme", choices=("light", "dark", "high_contrast", "system"), default="light",
                      help="the palette of the screenshots (default: light)")
    demo.add_argument("--scale", type=float, choices=(1.0, 1.5, 2.0), default=1.0,
                      help="device pixel ratio of the screenshots, e.g. 2 for a high-DPI screen")
    demo.add_argument("--windows", action="store_true",
                      help="also shoot the outbox, relationships, case list, audit trail and notes windows")
    demo.add_argument("--minimum-size", action="store_true", help="shoot every window at its minimum size")
    return parser
