"""Many random cases for the case-list tests and benchmark, written in one transaction (the Store API would take minutes)."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from wizard.domain.lifecycle import State
from wizard.domain.steps import STEP_KEYS
from wizard.store.case_list import case_search_key

COMPANIES = ["Contoso", "Fabrikam", "Northwind", "Adventure Works", "Tailspin", "Litware", "Wingtip", "Straße Bau",
             "Łódź Logistyka", "Ærø Fisk", "<b>Bold</b> & Co", "ÉCOLE Élan", "Margie's Travel", "100% Tech_Lab"]
FIRST = ["Ana", "Émile", "Zoë", "bob", "ÅSA", "Ian", "Ngozi", ""]
LAST = ["García", "O'Brien", "Müller", "smith", "Łukasz", "", "Ng"]
OWNERS = ["alice", "Bob Staff", "carol", "DÉSIRÉE", "support-7"]
EXTRA_KEYS = ["work_account", "address_line1", "address_line2", "city", "state", "postal_code", "country",
              "contact_phone", "support_email", "support_phone", "tenant_country"]
"""With legal_name, mpn_id and the three contact keys: 15 fields per case at most."""


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy's DateTime stores a naive UTC time on SQLite."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def random_cases(n: int, seed: int = 1) -> list[dict]:
    """n cases as dicts: id, owner, step, status, updated_at (aware), archived, fields (some missing)."""
    rng = random.Random(seed)
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    cases = []
    for i in range(n):
        fields: dict[str, str] = {}
        if rng.random() > 0.05:
            fields["legal_name"] = f"{rng.choice(COMPANIES)} {rng.randrange(10_000):04d} {rng.choice(['Ltd', 'GmbH', 'SA'])}"
        if rng.random() > 0.1:
            fields["mpn_id"] = str(rng.randrange(1_000_000, 9_999_999))
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if first:
            fields["contact_first_name"] = first
        if last:
            fields["contact_last_name"] = last
        if rng.random() > 0.1:
            fields["contact_email"] = f"{(first or 'x').lower()}.{i}@example{rng.randrange(50)}.com"
        for key in EXTRA_KEYS:
            fields[key] = f"{key} {rng.randrange(1000)}"
        cases.append({
            "id": i + 1,
            "owner": rng.choice(OWNERS),
            "step": rng.choice(STEP_KEYS),
            "status": rng.choice([s.value for s in State]),
            # a few identical times, so ties are broken by id
            "updated_at": base + timedelta(seconds=rng.randrange(20_000_000) if rng.random() > 0.02 else 0),
            "archived": rng.random() < 0.15,
            "fields": fields,
        })
    return cases


def fill(path: Path, cases: list[dict]) -> None:
    """Insert the cases (with their fields, search key and one 'create' audit row each) into a store at head."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO cases (id, created_at, updated_at, step, status, owner, enrollment_id, archived,"
                " search_key) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                [(c["id"], _stamp(c["updated_at"]), _stamp(c["updated_at"]), c["step"], c["status"],
                  c["owner"], int(c["archived"]), case_search_key(c["fields"], c["owner"])) for c in cases],
            )
            conn.executemany(
                "INSERT INTO case_fields (case_id, key, value, updated_at) VALUES (?, ?, ?, ?)",
                [(c["id"], key, value, _stamp(c["updated_at"])) for c in cases for key, value in c["fields"].items()],
            )
            conn.executemany(
                "INSERT INTO audit_log (case_id, at, actor, action, detail) VALUES (?, ?, ?, 'create', '{}')",
                [(c["id"], _stamp(c["updated_at"]), c["owner"]) for c in cases],
            )
    finally:
        conn.close()
