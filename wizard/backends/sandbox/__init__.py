"""The embedded sandbox Partner Center: one implementation of the PartnerCenter protocol (backends/base.py).

A local simulation that keeps its own state and enforces the service's rules. Its parts:

- center: SandboxPartnerCenter, the facade (work accounts, Partner Membership Center, outbox, listings)
- core: SandboxBase, the machinery shared by the parts (state engine, sandbox clock, transactions, sessions)
- enrollment, partner, providers, customers: the service's calls, one family each
- review, rules, links, invitations, directory, timeline, shared: what those calls decide and record
- state, seed: the sandbox's own SQLite state, and seeding it from a scenario
- scenario: the scenario file format (loads without the rest of the sandbox)

Exported lazily, like wizard.store, so reading a scenario or one part does not load the whole simulation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy_exports import lazy_getattr

if TYPE_CHECKING:
    from wizard.backends.sandbox.center import SandboxPartnerCenter, TenantInfo
    from wizard.backends.sandbox.core import SESSION_LIFETIME, SandboxBase
    from wizard.backends.sandbox.enrollment import PENDING_EMAIL_VERIFICATION, EnrollmentStatus
    from wizard.backends.sandbox.scenario import Scenario, demo_scenario_path, load_scenario

_EXPORTS: dict[str, str] = {
    "SandboxPartnerCenter": "wizard.backends.sandbox.center",
    "TenantInfo": "wizard.backends.sandbox.center",
    "SandboxBase": "wizard.backends.sandbox.core",
    "SESSION_LIFETIME": "wizard.backends.sandbox.core",
    "PENDING_EMAIL_VERIFICATION": "wizard.backends.sandbox.enrollment",
    "EnrollmentStatus": "wizard.backends.sandbox.enrollment",
    "Scenario": "wizard.backends.sandbox.scenario",
    "demo_scenario_path": "wizard.backends.sandbox.scenario",
    "load_scenario": "wizard.backends.sandbox.scenario",
}

__all__ = sorted(_EXPORTS)
__getattr__ = lazy_getattr(__name__, _EXPORTS)  # imports the defining module on first use
