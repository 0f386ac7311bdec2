"""Start the GUI application: QApplication, the one instance per database, the event loop."""

from __future__ import annotations

import sys

from wizard.settings import Settings, setup_logging


def run_gui(settings: Settings, verbose: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.app import AlreadyRunning, AppInstance

    setup_logging(settings.log_dir, verbose)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CSP onboarding wizard")
    app.setOrganizationName("CspWizard")
    try:
        instance = AppInstance(settings)
    except AlreadyRunning as error:
        QMessageBox.critical(None, "CSP onboarding wizard", str(error))
        print(f"csp-wizard: {error}", file=sys.stderr)
        return 1
    instance.show()
    code = app.exec()
    instance.close()
    return code
