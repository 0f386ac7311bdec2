"""The CSP overview of a live case (issue 15, item 5): the acts after approval that exist only on the web.

No API sets the admin agent role or accepts the Microsoft Partner Agreement for an indirect reseller, so
the page links the Partner Center pages (the hand-off's web acts) and the partner ticks each act once done
there. A tick is kept with the case (the date and who), written to the audit trail, and shown again when
the case is reopened. Partner Center's own Partner ID is read where its API answers: best effort.

Qt-free; `record` and `partner_id` run on workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from wizard.domain import fields as model

if TYPE_CHECKING:
    from wizard.services.case_session import CaseSession

ADMIN_AGENT = "admin_agent"
MPA = "mpa"
ACTS = (ADMIN_AGENT, MPA)
CONFIRMED_ACTION = "web_act_confirmed"  # the audit trail's action for a tick
UNCONFIRMED_ACTION = "web_act_unconfirmed"  # and for taking one back


def _on_key(act: str) -> str:
    return f"{act}_confirmed_on"  # stored with the case: the ISO date


def _by_key(act: str) -> str:
    return f"{act}_confirmed_by"  # who ticked it


MPA_REGION = "mpa_confirmed_region"  # the CSP region the agreement was ticked for


@dataclass(frozen=True)
class Confirmation:
    on: date
    by: str
    region: str = ""


@dataclass(frozen=True)
class PartnerIdRead:
    """Partner Center's answer about the linked Partner ID: `partner_id` ("" when none is linked), or the
    `notice` (a LiveError's message) when it didn't answer."""

    partner_id: str = ""
    answered: bool = False
    notice: str = ""


class LiveOverview:
    def __init__(self, session: "CaseSession") -> None:
        self.session = session

    def region(self) -> str:
        """The case's CSP region (its legal country's, or the tenant's); "" where none is known."""
        from wizard.domain import regions

        country = self.session.value("country") or self.session.value(model.TENANT_COUNTRY)
        if not country or not regions.is_country(country):
            return ""
        return regions.region_of(country) or ""

    def confirmation(self, act: str) -> Confirmation | None:
        """The recorded tick of `act`; for the agreement only when it was ticked for the case's region."""
        try:
            on = date.fromisoformat(self.session.value(_on_key(act)))
        except ValueError:
            return None
        region = self.session.value(MPA_REGION) if act == MPA else ""
        if act == MPA and region != self.region():
            return None
        return Confirmation(on, self.session.value(_by_key(act)), region)

    def record(self, act: str, done: bool, today: date | None = None) -> Confirmation | None:
        """Tick (or untick) `act` as done on the web: kept with the case and audited (who, when, the region
        for the agreement). On a worker."""
        if act not in ACTS:
            raise ValueError(act)
        session, writer = self.session, self.session.writer
        region = self.region() if act == MPA else ""
        if done:
            on = today or datetime.now(UTC).date()
            by = writer.actor
            session.set_values({_on_key(act): on.isoformat(), _by_key(act): by,
                                **({MPA_REGION: region} if act == MPA else {})})
        else:
            session.set_values({_on_key(act): "", _by_key(act): "", **({MPA_REGION: ""} if act == MPA else {})})
        session.flush()
        detail = {"act": act, **({"region": region} if act == MPA else {})}
        if done:
            detail.update(on=on.isoformat(), by=by)
        writer.audit(CONFIRMED_ACTION if done else UNCONFIRMED_ACTION, detail)
        return self.confirmation(act)

    def partner_id(self) -> PartnerIdRead:
        """The Partner ID Partner Center has linked to the account (`GET /profiles/mpn`), best effort: any
        refusal or failure is a notice, never an error. On a worker."""
        from wizard.backends.base import BackendError

        try:
            found = self.session.live_case().live.partner_center.partner_id()
        except BackendError as error:
            return PartnerIdRead(notice=error.message)
        except Exception as error:  # noqa: BLE001 - best effort: the page works without it
            import logging

            logging.getLogger(__name__).info("Partner ID not read: %s", type(error).__name__)
            return PartnerIdRead(notice="")
        return PartnerIdRead(found or "", True)
