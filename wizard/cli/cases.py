"""`cases`: list the cases in the database (text or JSON)."""

from __future__ import annotations

import argparse
import json
import sys

from wizard.cli.common import EXIT_OK, EXIT_PROBLEMS, settings_of


def cases(args: argparse.Namespace) -> int:
    from wizard.store.errors import StoreError
    from wizard.store.repository import Store

    settings = settings_of(args)
    if not settings.database.exists():
        rows: list = []
    else:
        try:
            store = Store.open(settings.database)
        except StoreError as error:
            print(f"csp-wizard: {error}", file=sys.stderr)
            return EXIT_PROBLEMS
        try:
            rows = store.list_cases()
        finally:
            store.close()
    if args.json:
        print(json.dumps([case_json(case) for case in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"No cases in {settings.database}.")
    for case in rows:
        company = case.fields.get("legal_name") or "(no company yet)"
        print(f"{case.id:>5}  {case.step:<14} {case.status:<10} {case.updated_at:%Y-%m-%d %H:%M}  {company}")
    return EXIT_OK


def case_json(case) -> dict:
    return {
        "id": case.id,
        "step": case.step,
        "status": case.status,
        "owner": case.owner,
        "legal_name": case.fields.get("legal_name", ""),
        "mpn_id": case.fields.get("mpn_id", ""),
        "enrollment_id": case.enrollment_id,
        "updated_at": case.updated_at.isoformat(),
    }
