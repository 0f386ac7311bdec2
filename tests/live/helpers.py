"""Building a LiveSession against the fake, with waits recorded instead of slept."""

from __future__ import annotations

from pathlib import Path

from wizard.backends.live.config import LiveConfig
from wizard.backends.live.http import LiveHttp
from wizard.backends.live.session import LiveSession


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def live_session(data_dir: Path, browser=None, **kwargs) -> tuple[LiveSession, Sleeps]:
    sleeps = Sleeps()
    session = LiveSession(LiveConfig.load(), data_dir, open_browser=browser, broker=False,
                          http=LiveHttp(sleep=sleeps), **kwargs)
    return session, sleeps


def device_sign_in(session: LiveSession):
    code = session.start_device_code()
    assert code.user_code and code.verification_uri
    return session.finish_device_code()
