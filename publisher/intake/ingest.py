"""``publisher ingest``: validate a whole file, then store it in one transaction.

Pass one validates every row (streaming) and reports every problem. Pass two stores
the rows, all or nothing (or only the good ones with ``partial``). Storing is
idempotent: a record identical to the stored one changes nothing; a changed record is
a correction, recorded in the audit trail with the digests before and after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from publisher import audit, settings
from publisher.intake import schemas, store
from publisher.intake.problems import Problem
from publisher.intake.readers import ReadError, RowSource, open_rows
from publisher.intake.validate import ANY_AGENCY, Record, natural_key, validate_row
from publisher.office import filings
from publisher.office.cases import entry as case_entry
from publisher.rules import calendar as calendars
from publisher.rules import major
from publisher.rules.calendar import Calendar

BATCH = 500
ENDED = ("withdrawn", "expired", "repaired")  # a tombstoned decision never changes again
Progress = Callable[[int], None]

_KIND_HINTS = {  # in this order: "decision_stages" holds stages
    "stage": "case_stages",
    "av_record": "av_records",
    "audiovisual": "av_records",
    "decision": "decisions",
    "officer": "officers",
    "power": "power_items",
    "agenc": "agencies",
}
_HEADER_HINTS = (
    ("decision_date", "decisions"),
    ("credential_no", "officers"),
    ("discretion_standard", "power_items"),
    ("level", "agencies"),
    ("stage", "case_stages"),
    ("kept_at", "av_records"),
)


@dataclass(frozen=True)
class Rules:
    """The settings and calendar intake applies: legal-review catalogues and filing periods."""

    config: Mapping[str, Any]
    calendar: Calendar

    @classmethod
    def shipped(cls) -> Rules:
        """The default settings and the shipped calendar (for callers without a runtime)."""
        return cls(settings.DEFAULTS, calendars.load())


@dataclass
class IngestReport:
    """What an ingest did, row by row."""

    path: str
    kind: str = ""
    rows: int = 0
    added: int = 0
    corrected: int = 0
    unchanged: int = 0
    requested: int = 0  # changes of basic information waiting for the legal office (seed 002)
    stored: bool = False
    problems: list[Problem] = field(default_factory=list)
    refused_while_storing: list[Problem] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        """Count the rows with at least one problem."""
        return len({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        """True when no row was rejected."""
        return not self.problems


def detect_kind(source: RowSource) -> str | None:
    """Guess the record kind from the file name, else from its headers."""
    stem = source.path.stem.lower()
    for hint, kind in _KIND_HINTS.items():
        if hint in stem:
            return kind
    rows = iter(source)
    first = next(rows, None)
    rows.close()  # type: ignore[attr-defined]  # closes the file at once
    if first is None:
        return None
    names = {
        schemas.load(k).header_map().get(schemas.norm_header(h)) for k in schemas.KINDS for h in first[1]
    }
    for name, kind in _HEADER_HINTS:
        if name in names:
            return kind
    return None


def ingest(
    factory: sessionmaker[Session],
    path: Path | str,
    *,
    now: dt.datetime,
    kind: str | None = None,
    partial: bool = False,
    actor: str = "cli",
    progress: Progress | None = None,
    agency_scope: str | None = None,
    refused_action: str = "intake.refused",
    rules: Rules | None = None,
) -> IngestReport:
    """Validate and store one file of agencies, power items, officers or decisions.

    A stored decision or officer belongs to its agency: a row that would re-send it under
    another agency is a problem on every channel (moving it is ``publisher move``). With
    ``agency_scope`` (an agency's clerk or API token) only that agency's decisions,
    officers and power items are accepted; every other row is a problem. Rows refused for
    either reason are written to the audit trail as ``refused_action``. A decision that its
    agency's legal-review catalogue makes major is refused when its review is dated after it,
    and flagged for filing (备案) when stored (``rules``: the runtime's settings and calendar).
    """
    rules = rules or Rules.shipped()
    report = IngestReport(str(path))
    try:
        source = open_rows(path)
        report.kind = kind or detect_kind(source) or ""
    except ReadError as exc:
        report.problems.append(Problem(0, "*", "bad_file", extra=str(exc)))
        return report
    if not report.kind:
        report.problems.append(Problem(0, "*", "unknown_kind"))
        return report
    if agency_scope is not None and report.kind == "agencies":
        report.problems.append(Problem(0, "*", "kind_not_allowed", report.kind))
        _audit_refusals(factory, report, now, actor, agency_scope, refused_action)
        return report
    with factory() as session:
        agencies = set(session.scalars(select(store.Agency.code)))
    bad_rows = _validate_all(factory, source, report, agencies, now, progress, agency_scope, rules)
    _audit_refusals(factory, report, now, actor, agency_scope, refused_action)
    if report.problems and not partial:
        return report
    try:
        with factory() as session, session.begin():
            for batch in _batches(_good_records(source, report.kind, bad_rows, now)):
                _store_batch(session, report, batch, now, actor, partial, rules)
            store.finish(session, report.kind)
    except _Refused as refused:  # found while storing: nothing was stored
        report.added = report.corrected = report.unchanged = report.requested = 0
        report.problems.extend(refused.problems)
        _audit_refusals(factory, report, now, actor, agency_scope, refused_action, refused.problems)
        return report
    except IntegrityError:  # another sender stored one of these records a moment ago
        report.added = report.corrected = report.unchanged = report.requested = 0
        report.problems.append(Problem(0, "*", "conflict"))
        return report
    report.stored = True
    _audit_refusals(factory, report, now, actor, agency_scope, refused_action, report.refused_while_storing)
    return report


class _Refused(Exception):
    """Rows refused while storing (a record another agency stored meanwhile, an ended decision)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def _validate_all(
    factory: sessionmaker[Session],
    source: RowSource,
    report: IngestReport,
    agencies: set[str],
    now: dt.datetime,
    progress: Progress | None,
    agency_scope: str | None,
    rules: Rules,
) -> set[int]:
    schema = schemas.load(report.kind)
    today = store.local_date(now)
    seen: dict[tuple[str, ...], int] = {}
    known = set(agencies)  # plus codes defined earlier in an agencies file
    claims: dict[tuple[str, ...], tuple[int, str]] = {}  # key -> (row, agency) to check against owners
    varied: dict[tuple[str, ...], tuple[int, str]] = {}  # decisions that rows vary (变更), likewise
    case_rows: list[tuple[int, Record]] = []  # stages and AV records, checked against their decisions
    for row, raw in source:
        report.rows += 1
        record, problems = validate_row(schema, row, raw, known, today)
        key = natural_key(report.kind, record)
        if not problems and key in seen:
            problems.append(
                Problem(
                    row,
                    schema.descriptor["primaryKey"][-1],
                    "duplicate_id",
                    "/".join(key),
                    str(seen[key]),
                )
            )
        seen.setdefault(key, row)
        if agency_scope is not None and record.get("agency") not in (None, agency_scope):
            problems.append(Problem(row, "agency", "agency_not_allowed", record["agency"], agency_scope))
        if report.kind == "decisions" and not problems:
            problems.extend(_review_problems(row, record, rules))
        if report.kind == "agencies" and record.get("code"):
            known.add(record["code"])
        report.problems.extend(problems)
        if not problems and report.kind in store.OWNED:
            claims[key] = (row, record["agency"])
            if record.get("varies") and record.get("varies") == record.get("id"):
                problems.append(Problem(row, "varies", "varies_itself", str(record["id"])))
                report.problems.append(problems[-1])
            elif record.get("varies"):
                varied[(str(record["varies"]),)] = (row, record["agency"])
            if len(claims) >= BATCH:
                report.problems.extend(_foreign(factory, report.kind, claims))
                report.problems.extend(_foreign(factory, report.kind, varied, "varies"))
        if not problems and report.kind in case_entry.KINDS:
            case_rows.append((row, record))
        if progress and report.rows % 200 == 0:
            progress(source.position())
    report.problems.extend(_foreign(factory, report.kind, claims))
    report.problems.extend(_foreign(factory, report.kind, varied, "varies"))
    if case_rows:
        with factory() as session:
            report.problems.extend(case_entry.check_rows(session, report.kind, case_rows))
    if progress:
        progress(source.size)
    return {p.row for p in report.problems}


def _review_problems(row: int, record: Record, rules: Rules) -> list[Problem]:
    """A major decision's legal review must be dated on or before the decision (行政处罚法第五十八条)."""
    if major.review_too_late(record) and major.reasons(
        record, major.catalogue(rules.config, record["agency"])
    ):
        return [
            Problem(
                row,
                "review_date",
                "review_after_decision",
                str(record["review_date"]),
                str(record["decision_date"]),
            )
        ]
    return []


def _foreign(
    factory: sessionmaker[Session],
    kind: str,
    claims: dict[tuple[str, ...], tuple[int, str]],
    field: str = "agency",
) -> list[Problem]:
    """Problems for rows whose record (or the decision they vary) is another agency's; empties ``claims``."""
    if not claims:
        return []
    with factory() as session:
        owners = store.owners(session, kind, list(claims))
    problems = [
        Problem(row, field, "owned_by_other_agency", "/".join(key), agency)
        for key, (row, agency) in claims.items()
        if owners.get(key, set()) - {agency}
    ]
    claims.clear()
    return problems


REFUSALS = ("agency_not_allowed", "owned_by_other_agency", "kind_not_allowed", "case_of_other_agency")


def _audit_refusals(
    factory: sessionmaker[Session],
    report: IngestReport,
    now: dt.datetime,
    actor: str,
    agency_scope: str | None,
    action: str,
    problems: list[Problem] | None = None,
) -> None:
    """Write one audit event naming the rows refused for ownership (of ``problems``, or all), if any."""
    refused = [p for p in (report.problems if problems is None else problems) if p.code in REFUSALS]
    if not refused:
        return
    with factory() as session, session.begin():
        audit.record(
            session,
            now=now,
            actor=actor,
            action=action,
            entity=report.kind or "file",
            entity_id=Path(report.path).name[:120],
            agency_code=agency_scope,
            detail={
                "rows": len(refused),
                "refused": [{"row": p.row, "code": p.code, "key": p.value} for p in refused[:50]],
            },
        )


def _good_records(
    source: RowSource, kind: str, bad_rows: set[int], now: dt.datetime
) -> Iterator[tuple[int, Record]]:
    """Re-read the file and yield the row numbers and parsed records of rows that passed validation."""
    schema = schemas.load(kind)
    today = store.local_date(now)
    for row, raw in source:
        if row not in bad_rows:
            record, _ = validate_row(schema, row, raw, ANY_AGENCY, today)
            yield row, record


def _batches(records: Iterator[tuple[int, Record]]) -> Iterator[list[tuple[int, Record]]]:
    batch: list[tuple[int, Record]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_batch(
    session: Session,
    report: IngestReport,
    batch: list[tuple[int, Record]],
    now: dt.datetime,
    actor: str,
    partial: bool,
    rules: Rules,
) -> None:
    keys = [natural_key(report.kind, record) for _row, record in batch]
    if report.kind in store.OWNED:
        audit.lock(session)  # so that no other agency stores one of these between this read and our write
    existing = store.existing(session, report.kind, keys)
    session.info["actor"] = actor  # who requested a change of basic information
    # Owners again, inside the storing transaction: another agency may have stored one meanwhile.
    owners = store.owners(session, report.kind, keys) if report.kind in store.OWNED else {}
    refused = []
    for (row, record), key in zip(batch, keys, strict=True):
        old = existing.get(key)
        problem = _refusal(report.kind, row, record, key, old, owners.get(key, set()))
        if problem is not None:
            refused.append(problem)
            continue
        result = store.upsert(session, report.kind, record, old, now)
        if result.action == "unchanged":
            report.unchanged += 1
            continue
        if result.action == "added":
            report.added += 1
        elif result.action == "requested":
            report.requested += 1
        else:
            report.corrected += 1
        audit.record(
            session,
            now=now,
            actor=actor,
            action=f"intake.{result.action}",
            entity=report.kind,
            entity_id="/".join(key),
            agency_code=result.agency_code,
            before=result.before,
            after=result.after,
        )
        if report.kind == "decisions":  # a major decision is flagged for filing as it is stored
            filings.flag(session, result.row, rules.calendar, rules.config, now, actor)
    if refused and not partial:
        raise _Refused(refused)
    report.problems.extend(refused)
    report.refused_while_storing.extend(refused)
    audit.release(session)


def _refusal(
    kind: str, row: int, record: Record, key: tuple[str, ...], old: Any, owners: set[str]
) -> Problem | None:
    """Why a validated row cannot be stored over what is stored now, if it cannot."""
    if owners - {record.get("agency")}:
        return Problem(row, "agency", "owned_by_other_agency", "/".join(key), str(record.get("agency")))
    if kind == "decisions" and old is not None and old.state in ENDED:
        if old.digest != audit.digest(store.stored_fields(kind, record)):
            return Problem(row, "id", "decision_ended", "/".join(key), old.state)
    return None
