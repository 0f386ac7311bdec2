"""`open-link URL` (a sandbox email's link moves its case along) and `status ID` (a case and its timeline)."""

from __future__ import annotations

import argparse
import json

from wizard.cli.common import EXIT_OK, open_store, refuse, settings_of, with_case

SERVICE_ACTOR = "Partner Center"  # who moves a case along its lifecycle (as AccountService records it)


def link_enrollment(url: str) -> str:
    """The `enrollment` parameter of a csp-sandbox:// link ("" if it has none: the sandbox judges it)."""
    from urllib.parse import parse_qsl, urlsplit

    try:
        parts = urlsplit(url.strip())
        params = dict(parse_qsl(parts.query))
    except ValueError:
        return ""
    if parts.scheme.lower() != "csp-sandbox":
        return ""
    return params.get("enrollment", "").strip().upper()


def case_of_enrollment(store, enrollment_id: str):
    """The case (most recently updated first) whose enrollment is `enrollment_id`."""
    for case in store.list_cases():
        mine = (case.enrollment_id or case.fields.get("enrollment_id", "")).strip().upper()
        if mine and mine == enrollment_id:
            return case
    return None


def open_link(args: argparse.Namespace) -> int:
    from wizard.backends.base import BackendError, ScenarioError

    settings = settings_of(args)
    theirs = link_enrollment(args.url)
    store, failed = open_store(settings, args.json)
    if failed is not None:
        return failed
    try:
        case = case_of_enrollment(store, theirs) if (store is not None and theirs) else None
        if theirs and case is None:
            return refuse(
                args.json, "unknown_enrollment",
                f"This link is for enrollment {theirs}, which no case in {settings.database} has.",
            )
        try:
            from wizard.app import make_backend

            backend = make_backend(settings)
        except (BackendError, ScenarioError) as error:
            return refuse(args.json, getattr(error, "code", "sandbox_unusable"),
                          getattr(error, "message", str(error)))
        try:
            outcome = backend.open_link(args.url)  # a refused link raises and changes nothing
            if case is None and store is not None:  # a link without an enrollment parameter that still worked
                case = case_of_enrollment(store, outcome.enrollment_id.upper())
            state = record_link(store, case, backend, outcome, settings.actor) if case is not None else None
        except BackendError as error:
            return refuse(args.json, error.code, error.message)
        finally:
            backend.close()
    finally:
        if store is not None:
            store.close()
    if args.json:
        report = {
            "ok": True, "kind": outcome.kind, "enrollment_id": outcome.enrollment_id,
            "tenant_domain": outcome.tenant_domain, "message": outcome.message,
            "case_id": case.id if case is not None else None, "status": state,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(outcome.message)
        if case is not None:
            print(f"Case {case.id} ({company(case)}) is now {state}.")
        else:
            print(f"No case in {settings.database} has enrollment {outcome.enrollment_id}; "
                  "nothing was recorded.")
    return EXIT_OK


def record_link(store, case, backend, outcome, actor: str) -> str:
    """Audit the opened link and move the case to the enrollment's new lifecycle state (token-free read)."""
    from wizard.backends.sandbox.timeline import LEGACY_STATUS

    store.add_audit(case.id, actor, "link_opened", {"kind": outcome.kind, "via": "command line"})
    summary = backend.enrollment(outcome.tenant_domain)
    states = {legacy: str(state) for state, legacy in LEGACY_STATUS.items()}
    state = states.get(summary.status, case.status)
    if state not in ("draft", case.status):
        store.set_status(case.id, state, SERVICE_ACTOR, {
            "title": f"Link opened from the command line ({outcome.kind})", "at": backend.now().isoformat(),
        })
    return store.get_case(case.id).status


def company(case) -> str:
    return case.fields.get("legal_name") or "no company yet"


def status(args: argparse.Namespace) -> int:
    from wizard.domain import lifecycle

    case, entries = with_case(args, lambda store: (store.get_case(args.case_id), store.audit(args.case_id)))
    enrollment_id = case.enrollment_id or case.fields.get("enrollment_id") or None
    try:
        words = lifecycle.PLAIN_WORDS[lifecycle.State(case.status)].title
    except (ValueError, KeyError):
        words = ""
    if args.json:
        report = {
            "id": case.id, "company": case.fields.get("legal_name", ""), "step": case.step,
            "status": case.status,
            "status_title": words, "enrollment_id": enrollment_id, "owner": case.owner,
            "archived": case.archived, "updated_at": case.updated_at.isoformat(),
            "timeline": [
                {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail}
                for e in entries
            ],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    print(f"Case {case.id}: {company(case)}")
    print(f"  Step:        {case.step}")
    print(f"  Status:      {case.status}" + (f" ({words})" if words else ""))
    print(f"  Enrollment:  {enrollment_id or 'not submitted yet'}")
    print(f"  Owner:       {case.owner}" + ("  (archived)" if case.archived else ""))
    print("Timeline (oldest first, UTC):")
    for e in entries:
        detail = detail_text(e.detail)
        print(f"  {e.at:%Y-%m-%d %H:%M}  {e.action:<18} {e.actor}" + (f": {detail}" if detail else ""))
    return EXIT_OK


def detail_text(detail: dict) -> str:
    if "from" in detail and "to" in detail:
        rest = {k: v for k, v in detail.items() if k not in ("from", "to", "at", "sub_status")}
        text = f"{detail['from']} -> {detail['to']}"
        title = rest.pop("title", "")
        if title:
            text += f" ({title})"
        return "; ".join([text, *(f"{k}={v}" for k, v in rest.items())])
    title = detail.get("title")
    rest = {k: v for k, v in detail.items() if k not in ("title", "at", "sub_status")}
    return "; ".join(([str(title)] if title else []) + [f"{k}={v}" for k, v in rest.items()])
