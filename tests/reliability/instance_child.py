"""One real wizard process for tests/reliability/test_two_instances.py, started through the real CLI entry.

    python instance_child.py hold DB    run the wizard on DB; print READY once its window is up and its
                                        store is open; quit cleanly on a `quit` line on stdin
    python instance_child.py probe DB   start the wizard on DB and report what happened: BOX <text> for a
                                        message box, OPENED when it got a working window; then it quits

Either prints `EXIT <code>` with the CLI's exit code at the end. Lines go to stdout, unbuffered.
"""

from __future__ import annotations

import os
import select
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def say(text: str) -> None:
    os.write(1, (text.replace("\n", " | ") + "\n").encode("utf-8"))


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.cli import main as cli_main
    from wizard.ui.main_window import MainWindow

    mode, db = sys.argv[1], sys.argv[2]
    app = QApplication(["csp-wizard"])
    state = {"ready": False}

    def working_window() -> MainWindow | None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.session.store is not None:
                return widget
        return None

    def watch() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                say(f"BOX {widget.text()}")
                widget.done(0)
                if mode == "probe":  # seen what it says: quit (the box may belong to the main window)
                    app.closeAllWindows()
                return
        if not state["ready"] and working_window() is not None:
            state["ready"] = True
            if mode == "probe":
                say("OPENED")
                app.closeAllWindows()
                return
            say("READY")
        if mode == "hold" and select.select([sys.stdin], [], [], 0)[0] and sys.stdin.readline().strip() == "quit":
            app.closeAllWindows()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    code = cli_main(["--database", db])
    say(f"EXIT {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
