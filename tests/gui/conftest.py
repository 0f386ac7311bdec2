"""Open the real application (store, sandbox, keyring) on a fresh database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.driver import WizardDriver
from wizard.app import AppInstance
from wizard.settings import load_settings
from wizard.ui.tasks import wait_for_tasks


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "wizard.sqlite"


@pytest.fixture
def open_app(qtbot, db_path):
    """Open the app on `db_path` (or another database) and wait until the store and sandbox are up."""
    opened: list[AppInstance] = []

    def _open(path: Path | None = None, wait: bool = True, **kwargs) -> AppInstance:
        instance = AppInstance(load_settings(str(path or db_path)), **kwargs)
        # not qtbot.addWidget: switching cases replaces (and deletes) the window; teardown closes the current one
        instance.show()
        qtbot.waitExposed(instance.window)
        if wait:
            qtbot.waitUntil(lambda: instance.services is not None, timeout=20000)
        opened.append(instance)
        return instance

    yield _open
    wait_for_tasks()
    for instance in opened:
        instance.window.close()
        instance.close()


@pytest.fixture
def driver(qtbot, open_app) -> WizardDriver:
    return WizardDriver(qtbot, open_app())


def reopen(qtbot, open_app, instance: AppInstance, path: Path) -> WizardDriver:
    """Close the app the way a user does and start it again on the same database."""
    wait_for_tasks()
    instance.window.close()
    instance.close()
    return WizardDriver(qtbot, open_app(path))
