"""The window that shows why an answers file (`--answers FILE`) was not used.

Started from a desktop launcher there is no console: without this window the wizard would simply not
open, and the reason would be lost in a log nobody reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox

OBJECT_NAME = "answers_problem"


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def problem_lines(error: Exception) -> list[str]:
    """One line per problem, in the UI's language: "Field: message" for invalid values, else the error."""
    from wizard.ui.audit_view import field_label
    from wizard.ui.messages import error_text, problem_text

    problems = getattr(error, "problems", None)
    if problems:
        return [f"{_capitalized(field_label(p.field))}: {problem_text(p)}" for p in problems]
    return [error_text(error)]


def build_answers_problem(path: Path, error: Exception) -> QMessageBox:
    """The message box, not yet shown (plain text: a file's contents are never taken as markup)."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("AnswersProblem", "CSP onboarding wizard"), "")
    box.setObjectName(OBJECT_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("AnswersProblem", "The answers file %1 was not used.").replace("%1", path.name))
    lines = problem_lines(error)
    shown = lines[:12]
    if len(lines) > 12:  # the whole list is on stderr and in `validate FILE`
        shown.append(QCoreApplication.translate("AnswersProblem", "Problems shown: %1 of %2.")
                     .replace("%1", "12").replace("%2", str(len(lines))))
    box.setInformativeText(
        "\n".join(f"• {line}" for line in shown)
        + "\n\n"
        + QCoreApplication.translate("AnswersProblem", "Nothing was created. Fix the file and start the wizard again.")
    )
    box.setDetailedText(str(path.resolve()))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_answers_problem(path: Path, error: Exception) -> None:
    """Show the box and wait until it is closed (a local event loop: not exec(), so tests can press OK)."""
    box = build_answers_problem(path, error)
    loop = QEventLoop()
    box.finished.connect(loop.quit)
    box.open()
    loop.exec()
    box.deleteLater()
