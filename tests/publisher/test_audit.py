"""The hash-chained audit trail detects edits, deletions and reordering."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select, update

from publisher import audit
from publisher.cli import main
from publisher.models import AuditEvent
from publisher.runtime import Runtime
from tests.conftest import NOW


def append(rt: Runtime, count: int) -> None:
    with rt.sessions() as s, s.begin():
        for n in range(count):
            audit.record(
                s,
                now=NOW,
                actor="tester",
                action="test.event",
                entity="decision",
                entity_id=str(n),
                detail={"n": n},
            )


def verify(rt: Runtime) -> audit.Verification:
    with rt.sessions() as s:
        return audit.verify(s)


def test_intact_chain_verifies_across_transactions(rt: Runtime) -> None:
    append(rt, 3)
    append(rt, 2)
    result = verify(rt)
    assert result.ok and result.checked == 5


@pytest.mark.parametrize(
    ("tamper", "seq", "problem"),
    [
        (update(AuditEvent).where(AuditEvent.seq == 3).values(actor="someone else"), 3, "altered"),
        (update(AuditEvent).where(AuditEvent.seq == 2).values(detail={"n": 99}), 2, "altered"),
        (delete(AuditEvent).where(AuditEvent.seq == 2), 2, "missing"),
        (delete(AuditEvent).where(AuditEvent.seq == 5), 5, "removed"),
    ],
    ids=["edited-actor", "edited-detail", "deleted-middle", "deleted-last"],
)
def test_tampering_is_found_at_the_first_broken_link(
    rt: Runtime, tamper: object, seq: int, problem: str
) -> None:
    append(rt, 5)
    with rt.engine.begin() as conn:
        conn.execute(tamper)  # type: ignore[arg-type]
    result = verify(rt)
    assert not result.ok and result.broken_seq == seq and problem in (result.problem or "")


def test_cli_audit_verify_reports_the_break(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in rt.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    append(rt, 4)
    assert "intact: 4 events" in CliRunner().invoke(main, ["audit", "verify"]).output
    with rt.engine.begin() as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(action="forged"))
    result = CliRunner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1 and "BROKEN at event 2" in result.output


def test_sequence_has_no_gaps(rt: Runtime) -> None:
    append(rt, 4)
    with rt.sessions() as s:
        assert list(s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq))) == [1, 2, 3, 4]
