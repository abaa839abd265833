"""Moving from SQLite to PostgreSQL: `publisher db copy` carries every row and the audit chain,
and the target goes on taking new records (its id sequences were moved past the copied ids)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from publisher import audit, migrate
from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.models import AuditEvent, Base, PublicDecision, RawDecision
from publisher.runtime import Runtime
from publisher.settings import DEFAULTS
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick


@pytest.fixture
def source(tmp_path: Path) -> Runtime:
    rt = Runtime({**DEFAULTS, "DATABASE_URL": "", "DATA_DIR": str(tmp_path / "old")})
    migrate.upgrade(rt.engine)
    assert intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "a.jsonl", [f.agency()]), now=at("2026-11-02")
    ).ok
    rows = [f.decision(id=f"测市监罚决〔2026〕{n}号") for n in (1, 3, 4, 5, 6)] + [f.person_decision()]
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "d.jsonl", rows), now=at("2026-11-02")).ok
    run_tick(rt, at("2026-11-03"))
    return rt


def counts(rt: Runtime) -> dict[str, int]:
    with rt.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def test_copy_carries_everything_and_the_target_keeps_working(
    source: Runtime, rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(source)
    for key, value in source.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    result = CliRunner().invoke(main, ["db", "copy", rt.config["DATABASE_URL"]])
    assert result.exit_code == 0, result.output
    assert counts(rt) == before
    with rt.sessions() as s:
        assert audit.verify(s).ok and audit.verify(s).checked == before["audit_events"]
    more = [f.decision(id="测市监罚决〔2026〕50号")]
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "more.jsonl", more), now=at("2026-11-04")).ok
    run_tick(rt, at("2026-11-05"))
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PublicDecision)) == before["public_decisions"] + 1
        assert s.scalar(select(func.max(RawDecision.id))) == before["raw_decisions"] + 1
        assert audit.verify(s).ok
    again = CliRunner().invoke(main, ["db", "copy", rt.config["DATABASE_URL"]])
    assert again.exit_code == 1 and "not empty" in again.output
    source.close()


def test_copy_refuses_to_mix_into_a_used_database(source: Runtime, rt: Any) -> None:
    migrate.copy(source.engine, rt.engine)
    with pytest.raises(ValueError, match="not empty"):
        migrate.copy(source.engine, rt.engine)
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == counts(source)["audit_events"]
    source.close()
