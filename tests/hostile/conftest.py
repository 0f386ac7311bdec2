"""Hostile-input and secrets tests: the GUI fixtures (open_app, driver) are shared with tests/gui."""

from __future__ import annotations

from tests.gui.conftest import db_path, driver, open_app  # noqa: F401  (pytest fixtures)
