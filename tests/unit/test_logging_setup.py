"""The log file: rotation switched on after the first paint keeps every record in the same file."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard.settings import enable_rotation, setup_logging


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    """Give the test the root logger's handlers to itself, and put the session's back after."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    root.handlers = []
    yield root
    for handler in root.handlers:
        handler.close()
    root.handlers = saved
    root.setLevel(level)


def test_rotation_enabled_later_appends_to_the_same_file(tmp_path: Path, clean_root: logging.Logger) -> None:
    path = setup_logging(tmp_path / "logs", rotate=False)
    assert path is not None
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in clean_root.handlers)
    logging.getLogger("wizard.test").info("before the first paint")

    enable_rotation()

    rotating = [h for h in clean_root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(rotating) == 1 and Path(rotating[0].baseFilename) == path
    assert len([h for h in clean_root.handlers if isinstance(h, logging.FileHandler)]) == 1  # the plain one is gone
    logging.getLogger("wizard.test").info("after the first paint")
    for handler in clean_root.handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["before the first paint", "after the first paint"]


def test_rotation_rolls_an_oversized_log_over(tmp_path: Path, clean_root: logging.Logger) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "wizard.log").write_text("x" * 1_100_000, encoding="utf-8")  # over the 1 MB limit
    setup_logging(logs, rotate=False)
    enable_rotation()
    logging.getLogger("wizard.test").info("fresh")
    assert (logs / "wizard.log.1").stat().st_size == 1_100_000
    assert "fresh" in (logs / "wizard.log").read_text(encoding="utf-8")


def test_enable_rotation_without_a_plain_file_changes_nothing(tmp_path: Path, clean_root: logging.Logger) -> None:
    setup_logging(tmp_path / "logs")  # rotating from the start (command line, tests)
    before = list(clean_root.handlers)
    enable_rotation()
    assert clean_root.handlers == before
