"""The GUI tests' fixtures (open_app, driver, db_path), shared with the reliability tests."""

from tests.gui.conftest import db_path, driver, open_app  # noqa: F401 - pytest finds fixtures by name
