"""Live mode against the fake Microsoft: interactive sign-in (scripted browser) to the checks done.

    .venv/bin/python -m tests.bench.bench_live [RUNS]

Prints one JSON object: sign-in, checks and their sum in ms (median and best of RUNS), all on this machine's
loopback, so it measures the wizard's own cost (MSAL, requests, TLS handshakes), not Microsoft's latency.
Not part of run_all (no baseline to compare with)."""

from __future__ import annotations

import json
import os
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path


def run(runs: int = 10) -> dict[str, float]:
    import trustme

    from tests.live.fake_microsoft import FakeMicrosoft, ScriptedBrowser
    from wizard.backends.live.config import LiveConfig
    from wizard.backends.live.session import LiveSession

    ca = trustme.CA()
    folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    fake = FakeMicrosoft(context).start()
    os.environ.update(fake.env(), REQUESTS_CA_BUNDLE=str(ca_file), SSL_CERT_FILE=str(ca_file))
    sign_in, checks = [], []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            session = LiveSession(LiveConfig.load({}), folder, open_browser=ScriptedBrowser(str(ca_file)), broker=False)
            session.sign_in_interactive(timeout=30)
            signed = time.perf_counter()
            report = session.checks("ana@contoso.es", "soporte@contoso.es")
            done = time.perf_counter()
            assert report.ok, report.to_json()
            session.sign_out()
            session.close()
            sign_in.append((signed - started) * 1000)
            checks.append((done - signed) * 1000)
    finally:
        fake.stop()
    total = [a + b for a, b in zip(sign_in, checks)]
    return {"runs": runs, "sign_in_ms_median": round(statistics.median(sign_in), 1),
            "checks_ms_median": round(statistics.median(checks), 1),
            "sign_in_to_checks_ms_median": round(statistics.median(total), 1),
            "sign_in_to_checks_ms_best": round(min(total), 1)}


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 10), indent=2))
