"""Records handed in over the web (the office upload form and the intake API).

The bytes go to a private temporary file under DATA_DIR (intake streams files and
detects encodings), through exactly the validation of ``publisher ingest``, limited to
the sender's agency; what was stored is then assessed and published as the tick would
(that agency's records only, not the district-wide periodic work), so the sender sees
deadlines, redactions and late case records at once.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from publisher import clock
from publisher.intake import ingest as intake
from publisher.intake.ingest import IngestReport
from publisher.lifecycle.tick import publish_due
from publisher.models import Agency
from publisher.office import cases
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime

SUFFIXES = {".csv", ".xlsx", ".jsonl"}
KINDS = ("decisions", "officers", "power_items", *cases.KINDS)


def ingest_bytes(
    rt: Runtime,
    data: bytes,
    suffix: str,
    *,
    kind: str | None,
    actor: str,
    agency_scope: str | None,
    partial: bool = False,
    refused_action: str = "access.denied",
) -> IngestReport:
    """Validate and store an uploaded file; assess, publish and refresh when anything was stored."""
    folder = Path(rt.config["DATA_DIR"]) / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    now = clock.now()
    with tempfile.NamedTemporaryFile(dir=folder, suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        report = intake.ingest(
            rt.sessions,
            handle.name,
            now=now,
            kind=kind,
            actor=actor,
            agency_scope=agency_scope,
            partial=partial,
            refused_action=refused_action,
            rules=intake.Rules(rt.config, rt.calendar),
        )
    if report.stored and (report.added or report.corrected):
        with rt.sessions() as session, session.begin():
            agency_id = session.scalars(select(Agency.id).where(Agency.code == agency_scope)).first()
            publish_due(session, now, rt.calendar, rt.config, agency_id)
            if report.kind in cases.KINDS:  # late entries and missing AV records show at once
                cases.assess(session, now, rt.calendar, rt.config, agency_id)
        outputs.after_request_change(rt)
    return report


def report_dict(report: IngestReport) -> dict[str, Any]:
    """The report as JSON: counts, and every problem in both languages (never a private value)."""
    return {
        "kind": report.kind,
        "rows": report.rows,
        "added": report.added,
        "corrected": report.corrected,
        "unchanged": report.unchanged,
        "requested": report.requested,
        "stored": report.stored,
        "problems": [
            {
                "row": p.row,
                "field": p.field,
                "code": p.code,
                "message_zh": p.message_zh,
                "message_en": p.message_en,
            }
            for p in report.problems
        ],
    }
