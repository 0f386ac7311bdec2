"""Start the GUI application: QApplication, the one instance per database, the event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from wizard.settings import Settings, setup_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SWITCH_INTERVAL_S = 0.001


def prepare_application(settings: Settings, verbose: bool = False, language: str | None = None) -> QApplication:
    """Logging, the QApplication, the theme and the language: everything before the first window
    (the benchmarks in tests/bench start the app through this too, so they measure what users get)."""
    from PySide6.QtWidgets import QApplication

    # Workers (SQLAlchemy, the sandbox) run Python too: the GUI thread waits for the GIL up to one switch
    # interval each time it needs it back. 1 ms instead of Python's 5 ms keeps paints and input prompt
    # (tests/bench event-loop latency while the sandbox and store work: p99 ~11 ms -> ~4 ms).
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    # Rotation (logging.handlers, ~10 ms of imports) is switched on after the first paint: see run_gui.
    setup_logging(settings.log_dir, verbose, rotate=False)
    from wizard.ui.theme import FUSION_ARGS, apply_theme, started_on_fusion

    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv, *FUSION_ARGS])
        started_on_fusion()
    app.setApplicationName("CSP onboarding wizard")
    app.setOrganizationName("CspWizard")
    from wizard.settings import theme_preference

    apply_theme(theme_preference())  # before any window: every widget starts in the chosen palette
    from wizard.ui.i18n import choose_language, install_language

    install_language(choose_language(language))  # before any window: every text is made in it
    return app


def run_gui(settings: Settings, verbose: bool = False, relationships: bool = False, language: str | None = None) -> int:
    """`language`: the --language option ("en", "es"); None follows View → Language's choice, else the system."""
    from wizard.app import AlreadyRunning, AppInstance

    app = prepare_application(settings, verbose, language)
    try:
        instance = AppInstance(settings)
    except AlreadyRunning as error:
        from PySide6.QtWidgets import QMessageBox

        from wizard.ui.messages import text

        QMessageBox.critical(None, "CSP onboarding wizard", text(error.args[0]) if error.args else str(error))
        print(f"csp-wizard: {error}", file=sys.stderr)
        return 1
    from wizard.settings import enable_rotation
    from wizard.ui.first_paint import after_first_paint, watch_first_paint

    after_first_paint(instance.window.wizard.currentPage(), enable_rotation)
    instance.show()
    # Watched after show(): Qt asks the newest event filter first, so the benchmark's report runs before
    # the background start-up begins (its imports would hold the GIL and delay the report, not the paint).
    watch_first_paint(instance.window.wizard.currentPage())
    if relationships:
        instance.open_relationships()  # opens once the store is up, on the last case
    code = app.exec()
    from wizard.ui.tasks import wait_for_tasks

    wait_for_tasks()
    instance.close()
    return code
