"""`summary ID FILE.pdf`: a printable PDF of a case, made with Qt's own PDF support."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from wizard import cli
from wizard.cli.common import EXIT_OK, EXIT_USAGE, with_case

_QT_APP = None


def summary(args: argparse.Namespace) -> int:
    from wizard.services.summary import summary_of

    target = Path(args.file)
    summary = with_case(args, lambda store: summary_of(store, args.case_id))
    problem = unwritable(target)
    if problem is None:
        ensure_gui_application()
        from wizard.ui.i18n import DEFAULT_LANGUAGE, install_language
        from wizard.ui.summary_pdf import write_summary_pdf

        install_language(getattr(args, "language", None) or DEFAULT_LANGUAGE)  # the PDF's; the CLI stays English

        try:
            write_summary_pdf(summary, target)
        except OSError as error:
            problem = error.strerror or str(error)
    if problem is not None:
        message = f"{target}: cannot write the PDF ({problem}). Choose a file in a folder you can write to."
        if args.json:
            report = {"ok": False, "code": "cannot_write", "message": message}
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            print(f"csp-wizard: {message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        report = {"ok": True, "case_id": args.case_id, "file": str(target)}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"Case {args.case_id} summary written to {target}.")
    return EXIT_OK


def unwritable(target: Path) -> str | None:
    """Why `target` can't be written (checked before any rendering), or None."""
    if target.is_dir():
        return "it is a folder"
    folder = target.parent
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return "permission denied"
    return None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; offscreen when there is no display."""
    if not cli.has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _QT_APP
        _QT_APP = QGuiApplication(["csp-wizard"])
