"""Hypothesis settings for the hostile suite: fast and deterministic in CI, thorough on demand.

HOSTILE_PROFILE=ci (default): each property runs its own `examples(n)` count, derandomized so CI is
stable and the suite stays within seconds. HOSTILE_PROFILE=thorough multiplies every count by 20 and
draws fresh random examples each run (use it locally after touching a rule or an importer):

    HOSTILE_PROFILE=thorough .venv/bin/python -m pytest tests/hostile -q -p no:cacheprovider --timeout=0
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "hostile-ci", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "hostile-thorough", deadline=None, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
PROFILE = os.environ.get("HOSTILE_PROFILE", "ci")
_FACTOR = 20 if PROFILE == "thorough" else 1


def examples(count: int) -> settings:
    """Settings for one property: `count` examples in CI (times 20 with HOSTILE_PROFILE=thorough)."""
    return settings(settings.get_profile(f"hostile-{PROFILE}"), max_examples=count * _FACTOR)
