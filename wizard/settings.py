"""Where the wizard keeps its data and logs, with the env overrides support staff rely on."""

from __future__ import annotations

import getpass
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

APP_NAME = "csp-wizard"
APP_AUTHOR = "CspWizard"


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class DatabaseURL:
    """A shared (team) database given as a SQLAlchemy URL, e.g. `postgresql+psycopg://user:pw@host/db`.

    Stands where a database Path stands: `Store.open(settings.database)` opens it, `exists()` is
    True (the server owns it), and str() hides the password so messages can show it.
    """

    def __init__(self, url: str) -> None:
        self.url = url

    def __str__(self) -> str:
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return parts._replace(netloc=netloc).geturl()

    def __repr__(self) -> str:
        return f"DatabaseURL({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DatabaseURL) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    def exists(self) -> bool:
        return True

    @property
    def slug(self) -> str:
        """host-port-database, safe as a file name (for the per-database local files such as the sandbox)."""
        parts = urlsplit(self.url)
        text = f"{parts.hostname or 'local'}-{parts.port or ''}-{parts.path.lstrip('/')}"
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "team"


def is_database_url(text: str) -> bool:
    """True when `--database` / WIZARD_DB is a URL rather than a file path (sqlite:// URLs count as paths)."""
    return bool(_URL.match(text)) and not text.lower().startswith("sqlite")


@dataclass(frozen=True)
class Settings:
    database: Path | DatabaseURL
    """The SQLite case file, or a DatabaseURL for a shared team database (PostgreSQL)."""
    sandbox_state: Path
    sandbox_scenario: Path | None
    log_dir: Path
    actor: str


def _data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    """The app's own data folder (WIZARD_DATA_DIR overrides): e.g. live mode's encrypted token cache."""
    override = os.environ.get("WIZARD_DATA_DIR", "").strip()
    return Path(override).expanduser() if override else _data_dir()


def _log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def load_settings(database: str | None = None, scenario: str | None = None) -> Settings:
    """Resolve paths: command-line option, then WIZARD_DB / WIZARD_SANDBOX_SCENARIO, then platformdirs.

    The database may be a file path or a SQLAlchemy URL of a shared team database
    (`postgresql+psycopg://user:password@host/database`).
    """
    db_text = database or os.environ.get("WIZARD_DB")
    db: Path | DatabaseURL
    if db_text and is_database_url(db_text):
        db = DatabaseURL(db_text)
        # A team database has no folder of ours: the sandbox's state stays on this machine, one per database.
        sandbox_state = _data_dir() / f"team-{db.slug}.sandbox.sqlite"
    else:
        if db_text and db_text.lower().startswith("sqlite:///"):
            db_text = db_text[len("sqlite:///"):]
        db = Path(db_text).expanduser() if db_text else _data_dir() / "wizard.sqlite"
        # The sandbox's own state sits beside the database it serves, so each database has its own world.
        sandbox_state = db.with_name(db.stem + ".sandbox.sqlite")
    scenario_text = scenario or os.environ.get("WIZARD_SANDBOX_SCENARIO")
    scenario_path = Path(scenario_text).expanduser() if scenario_text else None
    log_text = os.environ.get("WIZARD_LOG_DIR")
    log_dir = Path(log_text).expanduser() if log_text else _log_dir()
    return Settings(db, sandbox_state, scenario_path, log_dir, staff_name() or _actor())


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some containers): still record something honest
        return "unknown"


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging(log_dir: Path, verbose: bool = False, rotate: bool = True) -> Path | None:
    """Log to a rotating file; never log field values that could hold secrets (we log only keys).

    `rotate=False` (the GUI before its first paint) appends to the same file with a plain FileHandler:
    importing logging.handlers costs ~10 ms of start-up (socket, pickle, queue); `enable_rotation()`
    swaps in the rotating handler once the window is up, and no record is lost in between.
    """
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "wizard.log"
        handler: logging.Handler = _rotating_handler(path) if rotate else _PlainLogFile(path, encoding="utf-8")
    except OSError:
        path, handler = None, logging.StreamHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


class _PlainLogFile(logging.FileHandler):
    """The log file before rotation is enabled (a distinct type, so `enable_rotation` finds exactly it)."""


def _rotating_handler(path: Path) -> logging.Handler:
    import logging.handlers

    return logging.handlers.RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                                encoding="utf-8")


def enable_rotation() -> None:
    """Replace the plain log file handler `setup_logging(rotate=False)` installed by the rotating one."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if not isinstance(handler, _PlainLogFile):
            continue
        try:
            rotating = _rotating_handler(Path(handler.baseFilename))
        except OSError:
            return  # keep appending to the plain file: logging must never stop the app
        rotating.setFormatter(handler.formatter)
        rotating.setLevel(handler.level)
        root.addHandler(rotating)
        root.removeHandler(handler)
        handler.close()


# ----- preferences -----------------------------------------------------------------------------
STAFF_ENV = "WIZARD_STAFF_NAME"


def preferences_path() -> Path:
    """A small JSON file of per-user preferences (WIZARD_CONFIG_DIR overrides the folder)."""
    folder = os.environ.get("WIZARD_CONFIG_DIR")
    if folder:
        return Path(folder).expanduser() / "preferences.json"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "preferences.json"


def _read_preferences() -> dict:
    import json

    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}  # no preferences yet, or a damaged file: defaults, never a crash
    return data if isinstance(data, dict) else {}


def staff_name() -> str:
    """The support agent's name recorded in audit trails ("who"), or "" to record the OS user."""
    name = os.environ.get(STAFF_ENV) or _read_preferences().get("staff_name", "")
    return _printable(str(name))


def _printable(name: str) -> str:
    """A name as recorded in audit trails: without control characters (a pasted NUL can't be stored on
    PostgreSQL, an escape sequence would reach terminals), trimmed, at most 100 characters."""
    return "".join(ch for ch in name if ch.isprintable() or ch == " ").strip()[:100]


def save_staff_name(name: str) -> None:
    _save_preference("staff_name", _printable(name))


THEMES = ("system", "light", "dark", "high_contrast")


def theme_preference() -> str:
    """The theme chosen in View → Theme; "system" (follow the OS colour scheme) until one is chosen."""
    value = _read_preferences().get("theme", "system")
    return value if value in THEMES else "system"


def save_theme_preference(theme: str) -> None:
    _save_preference("theme", theme if theme in THEMES else "system")


LANGUAGE_KEY = "language"


def saved_language() -> str:
    """The UI language chosen in the Language menu ("en", "es"), or "" to follow the system."""
    return str(_read_preferences().get(LANGUAGE_KEY, "")).strip()[:10]


def save_language(code: str) -> None:
    _save_preference(LANGUAGE_KEY, code)


def _save_preference(key: str, value: object) -> None:
    """Read-modify-write of the preferences file (it holds every preference), written atomically."""
    import json

    from wizard.atomic import write_atomic

    data = _read_preferences()
    data[key] = value
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))


# ----- live mode (issue 15; DESIGN.md "Live mode": the environment, and the same in Settings) ---------
@dataclass(frozen=True)
class LiveSetting:
    """One live-mode setting: its preferences key, its environment variable and its default."""

    key: str
    env: str
    default: str


LIVE_SETTINGS: tuple[LiveSetting, ...] = (
    LiveSetting("live_client_id", "WIZARD_LIVE_CLIENT_ID", ""),
    LiveSetting("live_authority", "WIZARD_LIVE_AUTHORITY", "https://login.microsoftonline.com/organizations"),
    LiveSetting("graph_url", "WIZARD_GRAPH_URL", "https://graph.microsoft.com/v1.0"),
    LiveSetting("partner_center_url", "WIZARD_PARTNER_CENTER_URL", "https://api.partnercenter.microsoft.com/v1"),
)


@dataclass(frozen=True)
class LiveConfig:
    """Where live mode signs in and which APIs it calls. The environment wins over the preferences file
    (Settings), which wins over the defaults; `from_env` names the settings the environment fixes."""

    client_id: str
    authority: str
    graph_url: str
    partner_center_url: str
    from_env: frozenset[str] = frozenset()

    @property
    def has_client_id(self) -> bool:
        return bool(self.client_id)

    def value(self, key: str) -> str:
        return getattr(self, _LIVE_ATTRIBUTES[key])


_LIVE_ATTRIBUTES = {"live_client_id": "client_id", "live_authority": "authority", "graph_url": "graph_url",
                    "partner_center_url": "partner_center_url"}


def live_config() -> LiveConfig:
    """The live settings in force now (read each time: Settings may have changed them)."""
    saved = _read_preferences()
    found: dict[str, str] = {}
    from_env: set[str] = set()
    for setting in LIVE_SETTINGS:
        env = os.environ.get(setting.env, "").strip()
        if env:
            from_env.add(setting.key)
        stored = saved.get(setting.key, "")
        text = env or (stored.strip() if isinstance(stored, str) else "") or setting.default
        found[_LIVE_ATTRIBUTES[setting.key]] = text
    return LiveConfig(**found, from_env=frozenset(from_env))


def save_live_settings(values: dict[str, str]) -> None:
    """Save the live settings edited in Settings (an empty value goes back to the default)."""
    known = {setting.key for setting in LIVE_SETTINGS}
    for key, value in values.items():
        if key in known:
            _save_preference(key, "".join(ch for ch in str(value) if ch.isprintable()).strip()[:500])
