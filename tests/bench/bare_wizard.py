"""Baseline for bench_startup.py: a bare PySide6 QWizard shaped like the app's, no app code at all.

Five pages with similar widgets (a label page, a two-line-edit form, a list page, a 14-line-edit
form, a review page), shown at 1280x800. Like the app under WIZARD_EXIT_AFTER_FIRST_PAINT=1 it
prints `first_paint_epoch=<time.time()>` when the first page first paints, then quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)


class FirstPaint(QObject):
    def __init__(self, target: QObject) -> None:
        super().__init__(target)
        self._done = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print(f"first_paint_epoch={time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def label_page() -> QWizardPage:
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    for text in (
        "Enroll as an indirect reseller in the Cloud Solution Provider program.",
        "You need a work account that is a global admin of your tenant, and your company's MPN ID.",
        "Your progress is saved as you go.",
    ):
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addStretch()
    return page


def form_page(title: str, labels: list[str]) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    form = QFormLayout(page)
    for text in labels:
        edit = QLineEdit()
        if "password" in text.lower():
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(f"{text}:", edit)
    return page


def list_page() -> QWizardPage:
    page = QWizardPage()
    page.setTitle("Choose your MPN ID")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Company profiles of your Partner Membership Center account:"))
    profiles = QListWidget()
    profiles.addItems([f"{1234560 + i}  Contoso location {i}" for i in range(5)])
    layout.addWidget(profiles)
    return page


def review_page() -> QWizardPage:
    page = QWizardPage()
    page.setTitle("Review and enroll")
    layout = QVBoxLayout(page)
    summary = QLabel("\n".join(f"Field {i}: value {i}" for i in range(17)))
    layout.addWidget(summary)
    layout.addStretch()
    return page


LEGAL = [
    "Legal business name", "Address line 1", "Address line 2", "City", "State/province",
    "Postal code", "Country/region", "First name", "Last name", "Email", "Phone",
    "Support email", "Support phone", "Support website",
]  # fmt: skip


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.setWindowTitle("CSP onboarding wizard (bare baseline)")
    first = label_page()
    for page in (first, form_page("Sign in", ["Work account", "Password"]), list_page(),
                 form_page("Legal business profile", LEGAL), review_page()):  # fmt: skip
        wizard.addPage(page)
    FirstPaint(first)
    wizard.resize(1280, 800)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
