"""Welcome: what to gather before enrolling (the seed's "Before you begin")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from wizard.ui.pages.base import StepPage


class WelcomePage(StepPage):
    key = "welcome"

    def _build(self) -> None:
        self.setSubTitle(self.tr("Enroll your company in the Cloud Solution Provider program as an indirect reseller."))
        intro = QLabel(
            self.tr(
                "<p>As an indirect reseller you work with an indirect provider (a distributor) who buys "
                "cloud services from Microsoft and supports you with billing and customer support. "
                "Take a few minutes to gather these items before you start:</p>"
                "<ul>"
                "<li><b>Global administrator credentials for your work account</b> — the user name and "
                "password you use to sign in to Office 365, Microsoft Azure or Microsoft Dynamics CRM. "
                "If you don't have a work account, you can create one in the next step.</li>"
                "<li><b>Your Partner Membership Center user name and password</b> — used to link your "
                "company's MPN ID with your new Partner Center account.</li>"
                "<li><b>Your company's legal business name, address, primary contact and customer "
                "support details</b> — used to confirm that your company has an established profile "
                "with Microsoft and that you may act on its behalf.</li>"
                "</ul>"
                "<p>Reviewing and verifying your information can take several days. We'll email your "
                "primary contact when the review is complete.</p>"
                "<p>Your answers are saved as you type: you can close the wizard at any time and "
                "continue later from the same step.</p>"
            )
        )
        intro.setObjectName("welcome_text")
        intro.setTextFormat(Qt.TextFormat.RichText)  # our own static text, never user input
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addStretch(1)
