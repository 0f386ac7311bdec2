"""The composition root: settings, store, vault, backend, session and window are wired here and only here.

One module per concern: `instance` (AppInstance: the lock and the wiring), `startup` (the fast first
paint, then the store, sandbox and keyring on a worker; Try again, Start fresh), `cases` (the case list,
switching case on a worker), `recovery` (recovery files), `closing` (close and unsaved changes),
`language_switch`, `file_actions` and `look` (theme, staff name). The parts receive the instance they
serve (`contracts.Instance`) and never import `instance`, so no import circle forms."""

from wizard.app.contracts import AlreadyRunning, Services
from wizard.app.instance import AppInstance
from wizard.app.startup import default_vault, make_backend, start_services

__all__ = ["AlreadyRunning", "AppInstance", "Services", "default_vault", "make_backend", "start_services"]
