"""Start the GUI application: QApplication, the one instance per database, the event loop."""

from __future__ import annotations

import sys

from wizard.settings import Settings, setup_logging


def run_gui(settings: Settings, verbose: bool = False, relationships: bool = False) -> int:
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
    from wizard.ui.first_paint import watch_first_paint

    watch_first_paint(instance.window.wizard.currentPage())
    instance.show()
    if relationships:
        instance.open_relationships()  # opens once the store is up, on the last case
    code = app.exec()
    from wizard.ui.tasks import wait_for_tasks

    wait_for_tasks()
    instance.close()
    return code
