"""`live-check`: sign in to Microsoft and run the live checks headless (DESIGN.md contract).

    python -m wizard live-check [--device-code] [--json] [--contact-email EMAIL] [--support-email EMAIL]

Prints {"ok", "user", "tenant_id", "tenant_country", "global_admin", "verified_domains", "vetting",
"problems", "notices"} with --json, else plain text; exit 0 ok, 1 problems, 2 usage or configuration.
The device code's instructions go to stderr, so stdout stays the report. A sign-in that fails is the
problem sign_in_failed (or network_error); the report still prints, with what is known.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE

EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT (outside the contract's outcomes: no report printed)

log = logging.getLogger(__name__)


def live_check(args: argparse.Namespace) -> int:
    from wizard.backends.live.config import LiveConfig, LiveConfigError, saved_settings
    from wizard.backends.live.session import LiveSession
    from wizard.settings import data_dir

    try:
        config = LiveConfig.load(saved_settings())
    except LiveConfigError as error:
        print(f"csp-wizard: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    session = LiveSession(config, data_dir())  # the app's own token cache, never beside a shared --database
    if session.notice:
        print(session.notice, file=sys.stderr)
    try:
        report = _sign_in_and_check(session, args)
    except KeyboardInterrupt:  # Ctrl-C while waiting for the browser or the code: said, no traceback
        print("live-check: cancelled.", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        session.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_text(report)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _sign_in_and_check(session, args: argparse.Namespace):
    """Sign in (browser or device code), then the checks; a failed sign-in is the report's problem."""
    from wizard.backends.live.checks import CheckReport, Finding
    from wizard.backends.live.errors import LiveError

    try:
        if args.device_code:
            code = session.start_device_code()
            print(code.message or f"Open {code.verification_uri} and enter the code {code.user_code}.",
                  file=sys.stderr, flush=True)
            session.finish_device_code()
        else:
            print("Signing in: finish in the browser window that opens.", file=sys.stderr, flush=True)
            session.sign_in_interactive()
    except LiveError as error:
        log.info("live-check: sign-in failed (%s)", error.code)
        code_ = "network_error" if error.code == "network_error" else "sign_in_failed"
        return CheckReport(problems=[Finding(code_, error.message)])
    return session.checks(args.contact_email, args.support_email)


def _print_text(report) -> None:
    vetting = report.vetting.to_json() if report.vetting is not None else None
    lines = [
        f"User:             {report.user or '-'}",
        f"Tenant:           {report.tenant_id or '-'}",
        f"Country:          {report.tenant_country or 'unknown'}",
        f"Global admin:     {'yes' if report.global_admin else 'no'}",
        f"Verified domains: {', '.join(report.verified_domains) or '-'}",
        f"Vetting:          {vetting['status'] + ' / ' + vetting['sub_status'] if vetting else '-'}",
    ]
    print("\n".join(lines))
    for title, findings in (("Problems", report.problems), ("Notices", report.notices)):
        if findings:
            print(f"\n{title}:")
            for finding in findings:
                print(f"- {finding.code}: {finding.message}")
    print("\nOK: nothing blocks the enrollment." if report.ok else "\nNot ready: see the problems above.")
