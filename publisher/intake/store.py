"""Storing validated intake records: one upsert per record kind, keyed and digested.

Officers' private fields (ID number, phone) are dropped here, before anything is
stored or digested: the portal never needs them, so the database never holds them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from publisher import audit, clock
from publisher.audit import digest
from publisher.intake import schemas
from publisher.intake.validate import Record, natural_key
from publisher.lifecycle import corrections
from publisher.models import Agency, Officer, OfficerStatusChange, PowerItem, RawDecision, RegistryChange
from publisher.models.registry import GUIDE_FIELDS
from publisher.office.cases import entry as case_entry

Key = tuple[str, ...]


def local_date(now: dt.datetime) -> dt.date:
    """Return the agencies' local calendar date at the instant ``now`` (settings: TIMEZONE)."""
    return clock.local_date(now)


def jsonable(record: Record) -> dict[str, Any]:
    """Return the record with dates as ISO strings and amounts as decimal strings."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = format(value.normalize(), "f")
        out[key] = value
    return out


def stored_fields(kind: str, record: Record) -> dict[str, Any]:
    """Return the JSON form of the fields that are kept (officers' private ones are not)."""
    if kind == "officers":
        private = set(schemas.load(kind).names("private"))
        record = {k: v for k, v in record.items() if k not in private}
    return jsonable(record)


@dataclass(frozen=True)
class UpsertResult:
    """What storing one record did."""

    action: str  # added | corrected | unchanged
    before: str | None
    after: str
    agency_code: str | None
    row: Any = None  # the stored row, when one was added or corrected


def existing(session: Session, kind: str, keys: Sequence[Key]) -> dict[Key, Any]:
    """Load the stored rows for a batch of natural keys."""
    firsts = [k[0] for k in keys]
    if kind in case_entry.KINDS:
        return case_entry.existing(session, kind, keys)
    if kind == "agencies":
        agencies = session.scalars(select(Agency).where(Agency.code.in_(firsts)))
        return {(a.code,): a for a in agencies}
    if kind == "decisions":
        decisions = session.scalars(select(RawDecision).where(RawDecision.doc_no.in_(firsts)))
        return {(d.doc_no,): d for d in decisions}
    if kind == "officers":
        pair = tuple_(Officer.issuing_authority, Officer.credential_no)
        officers = session.scalars(select(Officer).where(pair.in_(keys)))
        return {(o.issuing_authority, o.credential_no): o for o in officers}
    powers = session.execute(
        select(PowerItem, Agency.code).join(Agency).where(tuple_(Agency.code, PowerItem.code).in_(keys))
    )
    return {(code, p.code): p for p, code in powers}


OWNED = ("decisions", "officers")  # kinds whose natural key does not include the agency


def owners(session: Session, kind: str, keys: Sequence[Key]) -> dict[Key, set[str]]:
    """The agencies holding each record of ``keys``: decisions by document number, officers by
    credential number whatever authority issued it (the public page and the card's QR code
    find a credential by its number alone)."""
    held: dict[str, set[str]] = {}
    if kind == "decisions":
        numbers, position = [k[0] for k in keys], 0
        stmt = select(RawDecision.doc_no, Agency.code).join(Agency, Agency.id == RawDecision.agency_id)
        found = session.execute(stmt.where(RawDecision.doc_no.in_(numbers)))
    else:
        numbers, position = [k[1] for k in keys], 1
        stmt = select(Officer.credential_no, Agency.code).join(Agency, Agency.id == Officer.agency_id)
        found = session.execute(stmt.where(Officer.credential_no.in_(numbers)))
    for number, code in found:
        held.setdefault(number, set()).add(code)
    return {k: held[k[position]] for k in keys if k[position] in held}


def upsert(session: Session, kind: str, record: Record, old: Any, now: dt.datetime) -> UpsertResult:
    """Insert the record, update it as a correction, or leave it unchanged."""
    fields = stored_fields(kind, record)
    new_digest = digest(fields)
    agency_code = record.get("agency") or record.get("code")
    if old is not None and old.digest == new_digest:
        if kind in REQUESTED:  # the live version sent again takes back a change still waiting
            _close_pending(session, kind, record, now, "withdrawn", "the agency sent the live version again")
        return UpsertResult("unchanged", old.digest, new_digest, agency_code)
    if old is not None and kind in REQUESTED:  # basic information changes once approved (seed 002)
        return _request(session, kind, record, old, fields, new_digest, now)
    before = old.digest if old is not None else None
    row = old if old is not None else _new(session, kind, now)
    _APPLY[kind](session, row, record, fields, now)
    row.digest, row.updated_at = new_digest, now
    session.add(row)
    return UpsertResult("corrected" if old is not None else "added", before, new_digest, agency_code, row)


REQUESTED = ("agencies", "power_items")
AGENCY_FIELDS = (
    "code",
    "name",
    "name_en",
    "level",
    "authority_basis",
    "address",
    "hotline",
    "review_body",
    "court",
)
POWER_FIELDS = ("code", "name", "category", "legal_basis", "discretion_standard")


def public_form(kind: str, row: Any) -> dict[str, Any]:
    """What a stored agency or power item shows the public (a version of its history)."""
    if kind == "agencies":
        return {**{n: getattr(row, n) for n in AGENCY_FIELDS}, **(row.extra or {})}
    return {"agency": row.agency.code, **{n: getattr(row, n) for n in POWER_FIELDS}, **(row.guide or {})}


def _request(
    session: Session,
    kind: str,
    record: Record,
    old: Any,
    fields: dict[str, Any],
    new_digest: str,
    now: dt.datetime,
) -> UpsertResult:
    """Open a change request for the legal office instead of changing a live record; the same
    change sent again is nothing new, a different one replaces the pending request."""
    key = "/".join(natural_key(kind, record))
    agency_code = str(record.get("agency") or record.get("code"))
    audit.lock(session)  # one request at a time per database: two senders cannot both leave one pending
    pending = _pending(session, kind, key)
    if len(pending) == 1 and pending[0].digest == new_digest:
        return UpsertResult("unchanged", old.digest, new_digest, agency_code)
    _close_pending(session, kind, record, now, "superseded", "replaced by a later request")
    session.add(
        RegistryChange(
            kind=kind,
            key=key,
            agency_id=_agency_id(session, agency_code),
            before=jsonable(public_form(kind, old)),
            after=fields,
            digest=new_digest,
            status="pending",
            requested_at=now,
            requested_by=session.info.get("actor", "intake"),
        )
    )
    return UpsertResult("requested", old.digest, new_digest, agency_code)


def _pending(session: Session, kind: str, key: str) -> list[RegistryChange]:
    stmt = select(RegistryChange).where(
        RegistryChange.kind == kind, RegistryChange.key == key, RegistryChange.status == "pending"
    )
    return list(session.scalars(stmt))


def _close_pending(
    session: Session, kind: str, record: Record, now: dt.datetime, status: str, why: str
) -> None:
    """Close every request still waiting for this record (so only the newest can be decided)."""
    for change in _pending(session, kind, "/".join(natural_key(kind, record))):
        change.status, change.decided_at, change.note = status, now, why


def apply_change(session: Session, change: RegistryChange, now: dt.datetime) -> Any:
    """Make an approved change live on its stored row."""
    row = existing(session, change.kind, [tuple(change.key.split("/"))])[tuple(change.key.split("/"))]
    _APPLY[change.kind](session, row, dict(change.after), dict(change.after), now)
    row.digest, row.updated_at = change.digest, now
    return row


def _new(session: Session, kind: str, now: dt.datetime) -> Any:
    if kind in case_entry.KINDS:
        return case_entry.new(kind, now, session.info.get("actor", "intake"))
    if kind == "decisions":
        return RawDecision(received_at=now, state="received")
    return {"agencies": Agency, "officers": Officer, "power_items": PowerItem}[kind]()


def _agency_id(session: Session, code: str) -> int:
    """Return an agency's id, cached for the length of the session."""
    cache: dict[str, int] = session.info.setdefault("agency_ids", {})
    if code not in cache:
        cache[code] = session.execute(select(Agency.id).where(Agency.code == code)).scalar_one()
    return cache[code]


def _apply_agency(
    session: Session, row: Agency, record: Record, fields: dict[str, Any], now: dt.datetime
) -> None:
    for name in AGENCY_FIELDS:
        setattr(row, name, record.get(name))
    row.extra = {k: fields[k] for k in ("parent", "website", "procedures", "service_guide") if k in fields}


def _apply_power(
    session: Session, row: PowerItem, record: Record, fields: dict[str, Any], now: dt.datetime
) -> None:
    row.agency_id = _agency_id(session, record["agency"])
    for name in POWER_FIELDS:
        setattr(row, name, record.get(name))
    row.guide = {name: str(fields[name]) for name in GUIDE_FIELDS if fields.get(name)}


def _apply_officer(
    session: Session, row: Officer, record: Record, fields: dict[str, Any], now: dt.datetime
) -> None:
    first = row.status is None
    changed = first or row.status != record["status"]
    shown = None if first else corrections.officer_snapshot(row)
    row.agency_id = _agency_id(session, record["agency"])
    for name in (
        "credential_no",
        "issuing_authority",
        "name",
        "category",
        "area",
        "valid_from",
        "valid_until",
        "status",
    ):
        setattr(row, name, record[name])
    if shown is not None:
        corrections.log_officer(session, row, shown, now)
    if changed:
        effective = record.get("status_date") or (record["valid_from"] if first else local_date(now))
        row.history.append(
            OfficerStatusChange(
                status=record["status"],
                effective=effective,
                reason=record.get("status_reason"),
                recorded_at=now,
            )
        )


def _apply_decision(
    session: Session, row: RawDecision, record: Record, fields: dict[str, Any], now: dt.datetime
) -> None:
    row.doc_no = record["id"]
    row.agency_id = _agency_id(session, record["agency"])
    row.category = record["category"]
    row.decision_date = record["decision_date"]
    row.target_type = record["target_type"]
    row.record = fields
    if row.state == "published":
        row.state_reason = "correction_pending"  # the next publish run refreshes the public form
    elif row.state not in (None, "received"):
        row.state, row.state_reason, row.state_note = "received", "corrected", None


_APPLY: dict[str, Callable[..., None]] = {
    "agencies": _apply_agency,
    "power_items": _apply_power,
    "officers": _apply_officer,
    "decisions": _apply_decision,
    "case_stages": case_entry.apply,
    "av_records": case_entry.apply,
}


def finish(session: Session, kind: str) -> None:
    """Resolve what needs the whole file: agencies' parents."""
    if kind != "agencies":
        return
    session.flush()
    ids = {code: id_ for code, id_ in session.execute(select(Agency.code, Agency.id))}
    for agency in session.scalars(select(Agency)):
        parent = agency.extra.get("parent") if agency.extra else None
        agency.parent_id = ids.get(str(parent)) if parent else None
