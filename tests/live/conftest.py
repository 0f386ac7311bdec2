"""Fixtures: a private CA (trustme), the fake Microsoft on HTTPS trusted through REQUESTS_CA_BUNDLE and
SSL_CERT_FILE, the live mode's configuration pointing at it, and the scripted browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.live.fake_microsoft import FakeMicrosoft, ScriptedBrowser


@pytest.fixture(scope="session")
def certificate_authority():
    import trustme

    return trustme.CA()


@pytest.fixture
def ca_file(certificate_authority, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ca") / "fake-microsoft-ca.pem"
    certificate_authority.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def fake(certificate_authority, ca_file: str, monkeypatch: pytest.MonkeyPatch):
    """The fake Microsoft, running, with the environment set as a live user's would be."""
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = FakeMicrosoft(context).start()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_file)
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    yield server
    server.stop()


@pytest.fixture
def browser(ca_file: str) -> ScriptedBrowser:
    return ScriptedBrowser(ca_file)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
