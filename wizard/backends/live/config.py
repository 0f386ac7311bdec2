"""The live mode's configuration (DESIGN.md, "Live mode"): environment first, then the saved Settings.

    WIZARD_LIVE_CLIENT_ID      the Entra app registration's client ID (required)
    WIZARD_LIVE_AUTHORITY      default https://login.microsoftonline.com/organizations
    WIZARD_GRAPH_URL           default https://graph.microsoft.com/v1.0
    WIZARD_PARTNER_CENTER_URL  default https://api.partnercenter.microsoft.com/v1

TLS trust follows REQUESTS_CA_BUNDLE / SSL_CERT_FILE (read by requests and MSAL themselves). A
non-default authority (a sovereign cloud, a test's fake) is used with MSAL's instance_discovery=False.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from wizard.backends.live.errors import MESSAGES, LiveConfigError
from wizard.domain.texts import QT_TRANSLATE_NOOP

DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com/v1.0"
DEFAULT_PARTNER_CENTER_URL = "https://api.partnercenter.microsoft.com/v1"

ENV = {
    "client_id": "WIZARD_LIVE_CLIENT_ID",
    "authority": "WIZARD_LIVE_AUTHORITY",
    "graph_url": "WIZARD_GRAPH_URL",
    "partner_center_url": "WIZARD_PARTNER_CENTER_URL",
}
"""LiveConfig's field -> its environment variable. Saved Settings use the field names as keys (or live_<name>)."""


def saved_settings() -> dict[str, str]:
    """The live settings saved in the preferences file (Settings), without Qt: {} when there are none."""
    import json

    from wizard.settings import preferences_path

    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    nested = data.get("live") if isinstance(data.get("live"), dict) else {}
    return {key: str(value) for key, value in {**data, **nested}.items()
            if isinstance(value, str) and (key in ENV or key.removeprefix("live_") in ENV)}

_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass(frozen=True)
class LiveConfig:
    client_id: str
    authority: str = DEFAULT_AUTHORITY
    graph_url: str = DEFAULT_GRAPH_URL
    partner_center_url: str = DEFAULT_PARTNER_CENTER_URL

    @property
    def instance_discovery(self) -> bool:
        """MSAL's instance discovery asks login.microsoftonline.com about the authority: only for the default."""
        return self.authority.rstrip("/").lower() == DEFAULT_AUTHORITY

    @classmethod
    def load(cls, saved: Mapping[str, str] | None = None, environ: Mapping[str, str] | None = None) -> LiveConfig:
        """The configuration from the environment, then `saved` (Settings: keys client_id, authority, graph_url,
        partner_center_url), then the defaults. Raises LiveConfigError (not_configured, invalid_setting)."""
        environ = os.environ if environ is None else environ
        saved = saved or {}

        def value(name: str, default: str = "") -> str:
            stored = saved.get(name) or saved.get(f"live_{name}") or ""  # Settings may prefix the keys live_
            return (environ.get(ENV[name]) or str(stored)).strip() or default

        config = cls(value("client_id"), value("authority", DEFAULT_AUTHORITY).rstrip("/"),
                     value("graph_url", DEFAULT_GRAPH_URL).rstrip("/"),
                     value("partner_center_url", DEFAULT_PARTNER_CENTER_URL).rstrip("/"))
        config.check()
        return config

    def check(self) -> None:
        """Raises LiveConfigError when a value can't work: no or a malformed client ID, a URL that isn't https."""
        if not self.client_id:
            raise LiveConfigError("not_configured", MESSAGES["not_configured"])
        if not _GUID.match(self.client_id):
            raise LiveConfigError("invalid_setting", QT_TRANSLATE_NOOP(
                "Backend", "The client ID {value} is not an application ID: it looks like "
                "00000000-0000-0000-0000-000000000000 (Entra admin center, App registrations, Overview)."
            ).format(value=self.client_id[:60]))
        for name in ("authority", "graph_url", "partner_center_url"):
            url = getattr(self, name)
            parts = urlsplit(url)
            if parts.scheme != "https" or not parts.hostname:
                raise LiveConfigError("invalid_setting", QT_TRANSLATE_NOOP(
                    "Backend", "{setting} must be an https:// address; {value} is not.").format(
                    setting=ENV[name], value=url[:200]))
