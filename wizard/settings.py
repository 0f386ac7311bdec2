"""Where the wizard keeps its data and logs, with the env overrides support staff rely on."""

from __future__ import annotations

import getpass
import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "csp-wizard"
APP_AUTHOR = "CspWizard"


@dataclass(frozen=True)
class Settings:
    database: Path
    sandbox_state: Path
    sandbox_scenario: Path | None
    log_dir: Path
    actor: str


def _data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def _log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def load_settings(database: str | None = None, scenario: str | None = None) -> Settings:
    """Resolve paths: command-line option, then WIZARD_DB / WIZARD_SANDBOX_SCENARIO, then platformdirs."""
    db_text = database or os.environ.get("WIZARD_DB")
    db = Path(db_text).expanduser() if db_text else _data_dir() / "wizard.sqlite"
    scenario_text = scenario or os.environ.get("WIZARD_SANDBOX_SCENARIO")
    scenario_path = Path(scenario_text).expanduser() if scenario_text else None
    # The sandbox's own state sits beside the database it serves, so each database has its own world.
    sandbox_state = db.with_name(db.stem + ".sandbox.sqlite")
    log_text = os.environ.get("WIZARD_LOG_DIR")
    log_dir = Path(log_text).expanduser() if log_text else _log_dir()
    return Settings(db, sandbox_state, scenario_path, log_dir, _actor())


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something honest
        return "unknown"


def setup_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Log to a rotating file; never log field values that could hold secrets (we log only keys)."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "wizard.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        path, handler = None, logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
