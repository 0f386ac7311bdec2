"""An enrollment's record in the sandbox state: lifecycle moves with their events and emails, and its view."""

from __future__ import annotations

import json
import secrets
from datetime import datetime

from sqlalchemy import Connection, RowMapping, select, update

from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.rules import status_update_text
from wizard.domain.lifecycle import State, VettingSubStatus, move, vetting_of
from wizard.domain.model import EnrollmentEvent, EnrollmentView

ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

# tenants.csp_status, the summary the older enrollment() and is_enrolled() calls read.
LEGACY_STATUS: dict[State, str] = {
    State.DRAFT: "not_enrolled",
    State.EMAIL_VERIFICATION: "pending_email_verification",
    State.IN_REVIEW: "in_review",
    State.NEEDS_INFO: "needs_info",
    State.REJECTED: "rejected",
    State.APPROVED: "authorized",
}


def new_enrollment_id() -> str:
    return "ENR-" + "".join(secrets.choice(ID_ALPHABET) for _ in range(8))


def send(conn: Connection, now: datetime, to: str, kind: str, subject: str, body: str, links: list[str]) -> int:
    """Put a message in the outbox (the sandbox's mail never leaves the machine); returns its id."""
    row = {"to_addr": to, "subject": subject, "body": body, "kind": kind, "sent_at": now, "links": json.dumps(links)}
    key = conn.execute(st.emails.insert().values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def by_id(conn: Connection, enrollment_id: str) -> RowMapping | None:
    return conn.execute(select(st.enrollments).where(st.enrollments.c.id == enrollment_id)).mappings().first()


def of_tenant(conn: Connection, tenant_id: str) -> RowMapping | None:
    return conn.execute(select(st.enrollments).where(st.enrollments.c.tenant_id == tenant_id)).mappings().first()


def add_event(
    conn: Connection, enrollment_id: str, at: datetime, state: State, sub_status: VettingSubStatus, title: str,
    detail: str = "", emailed_to: str | None = None,
) -> None:
    conn.execute(
        st.enrollment_events.insert().values(
            enrollment_id=enrollment_id, at=at, state=state.value, sub_status=sub_status.value, title=title,
            detail=detail, emailed_to=emailed_to,
        )
    )


def note(conn: Connection, enrollment_id: str, at: datetime, title: str, detail: str = "") -> None:
    """An event that leaves the lifecycle where it is (admin agent, agreement, migration, support details)."""
    e = by_id(conn, enrollment_id)
    assert e is not None
    add_event(conn, enrollment_id, at, State(e["state"]), VettingSubStatus(e["sub_status"]), title, detail)


def change(
    conn: Connection, enrollment_id: str, at: datetime, state: State, sub_status: VettingSubStatus, title: str,
    detail: str, *, reason: str = "", notify: bool = True, **values: object,
) -> None:
    """Move the enrollment (a lifecycle move or a new review step), email the primary contact a status
    update, and record the event. An illegal move raises lifecycle.InvalidTransition: a sandbox bug."""
    e = by_id(conn, enrollment_id)
    assert e is not None
    if state is not State(e["state"]):
        move(State(e["state"]), state)
    conn.execute(
        update(st.enrollments)
        .where(st.enrollments.c.id == enrollment_id)
        .values(state=state.value, sub_status=sub_status.value, reason=reason, **values)
    )
    conn.execute(update(st.tenants).where(st.tenants.c.id == e["tenant_id"]).values(csp_status=LEGACY_STATUS[state]))
    emailed_to = None
    if notify and e["contact_email"]:
        emailed_to = e["contact_email"]
        subject, body = status_update_text(json.loads(e["fields"]), enrollment_id, state, title, detail)
        send(conn, at, emailed_to, "status_update", subject, body, [])
    add_event(conn, enrollment_id, at, state, sub_status, title, detail, emailed_to)


def view(conn: Connection, e: RowMapping) -> EnrollmentView:
    domain = conn.execute(select(st.tenants.c.domain).where(st.tenants.c.id == e["tenant_id"])).scalar_one()
    rows = conn.execute(
        select(st.enrollment_events)
        .where(st.enrollment_events.c.enrollment_id == e["id"])
        .order_by(st.enrollment_events.c.id)
    ).mappings()
    events = tuple(
        EnrollmentEvent(r["at"], State(r["state"]), VettingSubStatus(r["sub_status"]), r["title"], r["detail"],
                        r["emailed_to"])
        for r in rows
    )
    state = State(e["state"])
    vetting, sub_status = vetting_of(state, VettingSubStatus(e["sub_status"]))
    return EnrollmentView(
        enrollment_id=e["id"], tenant_domain=domain, state=state, vetting_status=vetting, sub_status=sub_status,
        reason=e["reason"], submitted_at=e["submitted_at"], events=events, contact_email=e["contact_email"],
        review_due=e["review_due_at"] if state is State.IN_REVIEW else None,
    )
