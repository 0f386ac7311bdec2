"""csp-sandbox:// links: parsing them for the dispatcher, and email verification codes with their expiry.

A verification link works once, only while its enrollment waits for email verification, and for
VERIFICATION_LINK_LIFETIME (14 sandbox days) after it was sent; sending it again supersedes every
earlier link of that enrollment and starts a new 14 days. Refusals raise BackendError and change nothing.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Mapping
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy import Connection, RowMapping, select, update

from wizard.backends.base import BackendError
from wizard.backends.sandbox import state as st
from wizard.domain.texts import QT_TRANSLATE_NOOP, Moment

SCHEME = "csp-sandbox"
VERIFY_EMAIL = "verify-email"
VERIFICATION_LINK_LIFETIME = timedelta(days=14)


def parse(url: str, kinds: Mapping[str, tuple[str, ...]]) -> tuple[str, dict[str, str]]:
    """(kind, parameters) of a link; `kinds` maps each known kind (the URL's path) to its required
    parameters. Raises BackendError link_malformed for anything else."""
    def malformed(why: str) -> BackendError:
        return BackendError(
            "link_malformed",
            QT_TRANSLATE_NOOP("Backend", "This isn't a link the sandbox Partner Center can open: {why}.").format(why=why),
        )

    if not isinstance(url, str) or not url.strip():
        raise malformed("the link is empty")
    try:
        parts = urlsplit(url.strip())
        pairs = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise malformed("its parameters can't be read") from None
    if parts.scheme.lower() != SCHEME:
        raise malformed(f"it doesn't start with {SCHEME}://")
    kind = (parts.netloc + parts.path).strip("/").lower()
    if kind not in kinds:
        raise malformed(f"'{kind or '(nothing)'}' is not a kind of link it sends")
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            raise malformed(f"the parameter '{key}' appears twice")
        params[key] = value.strip()
    missing = [key for key in kinds[kind] if not params.get(key)]
    if missing:
        raise malformed("it lacks " + ", ".join(missing) + " (was the link copied completely?)")
    return kind, params


def verification_link(enrollment_id: str, code: str) -> str:
    return f"{SCHEME}://{VERIFY_EMAIL}?enrollment={enrollment_id}&code={code}"


def issue_verification(conn: Connection, enrollment_id: str, now: datetime) -> str:
    """A new verification link; every earlier link of the enrollment still open is superseded."""
    links = st.verification_links.c
    open_links = (links.enrollment_id == enrollment_id) & links.used_at.is_(None) & links.superseded_at.is_(None)
    conn.execute(update(st.verification_links).where(open_links).values(superseded_at=now))
    code = secrets.token_urlsafe(16)
    conn.execute(
        st.verification_links.insert().values(
            code_hash=st.hash_token(code), enrollment_id=enrollment_id, issued_at=now,
            expires_at=now + VERIFICATION_LINK_LIFETIME,
        )
    )
    return verification_link(enrollment_id, code)


def check_verification(conn: Connection, enrollment_id: str, code: str, now: datetime) -> RowMapping:
    """The link row if this code may verify the enrollment now; BackendError otherwise."""
    links = st.verification_links.c
    link = conn.execute(
        select(st.verification_links).where(
            (links.code_hash == st.hash_token(code)) & (links.enrollment_id == enrollment_id)
        )
    ).mappings().first()
    if link is None:
        raise BackendError(
            "link_unknown",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This verification link doesn't belong to any enrollment ({enrollment}). Open the link from the "
                "newest verification email, and copy it completely.",
            ).format(enrollment=enrollment_id),
        )
    if link["used_at"] is not None:
        raise BackendError(
            "link_used",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This verification link was already used on {when}: the email address "
                "is verified. Check the enrollment's status instead.",
            ).format(when=Moment(link["used_at"])),
        )
    if link["superseded_at"] is not None:
        raise BackendError(
            "link_superseded",
            QT_TRANSLATE_NOOP(
                "Backend",
                "A newer verification email was sent on {when}, which replaces "
                "this one. Open the link in the newest email.",
            ).format(when=Moment(link["superseded_at"])),
        )
    if now >= link["expires_at"]:
        days = VERIFICATION_LINK_LIFETIME.days
        raise BackendError(
            "link_expired",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This verification link expired on {when} ({days} days after it "
                "was sent). Resend the verification email and open the new link.",
            ).format(when=Moment(link["expires_at"]), days=days),
        )
    return link


def mark_used(conn: Connection, link: RowMapping, now: datetime) -> None:
    update_link = update(st.verification_links).where(st.verification_links.c.code_hash == link["code_hash"])
    conn.execute(update_link.values(used_at=now))
