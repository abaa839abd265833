"""Demo data: realistic, valid, loadable twice without duplicates, and nothing private leaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text
from stdnum.cn import ric, uscc

from publisher import audit
from publisher.cli import main
from publisher.models import (
    AuditEvent,
    CaseStage,
    CaseWarning,
    Complaint,
    ComplaintWarning,
    Correction,
    ErrorReport,
    FilingWarning,
    InspectionPlan,
    InspectionTask,
    MajorDecision,
    PublicDecision,
    RawDecision,
    RegistryChange,
    SupervisionNotice,
    SupervisionWarning,
    Tombstone,
)
from publisher.office import filings
from publisher.runtime import Runtime
from publisher.spotcheck import run as spotcheck


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    out = tmp_path / "demo"
    result = CliRunner().invoke(
        main,
        ["demo-data", "--out", str(out), "--decisions", "400", "--officers", "60", "--now", "2026-11-20"],
    )
    assert result.exit_code == 0, result.output
    return out


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_generated_records_look_like_real_ones(demo_dir: Path) -> None:
    decisions = read(demo_dir / "decisions.jsonl")
    assert {d["category"] for d in decisions} == {
        "license",
        "penalty",
        "coercion",
        "inspection",
        "levy",
        "confirmation",
        "ruling",
        "other",
    }
    people = [d for d in decisions if d["target_type"] == "natural_person"]
    companies = [d for d in decisions if d["target_type"] != "natural_person"]
    assert people and companies
    assert all(ric.is_valid(str(d["id_number"])) and str(d["id_number"]) in str(d["text"]) for d in people)
    assert all(uscc.is_valid(str(d["credit_code"])) for d in companies)
    assert all(s in str(decisions[0]["text"]) for s in ("当事人", "依据", "行政复议", "行政诉讼"))
    assert any(d.get("is_major") for d in decisions) and read(demo_dir / "withdrawals.jsonl")


def test_loading_twice_adds_nothing_and_leaks_nothing(
    rt: Runtime, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in rt.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    first = CliRunner().invoke(main, ["demo", "load", str(demo_dir), "--now", "2026-11-20T12:00"])
    assert first.exit_code == 0, first.output
    with rt.sessions() as s:
        counts = (
            s.scalar(select(func.count()).select_from(PublicDecision)),
            s.scalar(select(func.count()).select_from(Tombstone)),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )
        states = dict(s.execute(select(RawDecision.state, func.count()).group_by(RawDecision.state)).all())
        complaint_states = dict(
            s.execute(select(Complaint.status, func.count()).group_by(Complaint.status)).all()
        )
        warned = s.scalar(select(func.count()).select_from(ComplaintWarning))
        outcomes = dict(
            s.execute(select(ErrorReport.outcome, func.count()).group_by(ErrorReport.outcome)).all()
        )
        logged = s.scalar(
            select(func.count()).select_from(Correction).where(Correction.subject == "decision")
        )
    assert counts[0] and counts[1] and states.get("excluded")
    assert {"corrected", "not_error", "forwarded", None} <= set(outcomes) and logged == outcomes["corrected"]
    assert {"closed", "refused", "received"} <= set(complaint_states) and warned
    assert "demo accounts supervisor, supervisor2, admin, clerk, reviewer" in first.output
    with rt.sessions() as s:  # random inspections: plans a year, reproducible draws, results
        drawn = list(s.scalars(select(InspectionPlan.plan_no).where(InspectionPlan.drawn_at.is_not(None))))
        assert len(drawn) >= 12 and all(spotcheck.verify(s, p).ok for p in drawn)
        assert s.scalars(select(InspectionPlan.id).where(InspectionPlan.drawn_at.is_(None))).first()
        outcomes = set(s.scalars(select(InspectionTask.result).where(InspectionTask.result.is_not(None))))
        assert {"no_problem", "rectify"} <= outcomes
        changes = list(s.scalars(select(RegistryChange.status)))  # basic information: history and a queue
        assert changes.count("approved") == 3 and changes.count("pending") == 2
        late = s.scalar(select(func.count()).select_from(CaseStage).where(CaseStage.late_days > 0))
        assert 0 < late < s.scalar(select(func.count()).select_from(CaseStage)) / 10  # most on time
        open_case = list(s.scalars(select(CaseWarning.kind).where(CaseWarning.resolved_at.is_(None))))
        assert open_case.count("av_missing") == 1 and "stage_late" in open_case  # one seizure without
        notices = list(s.scalars(select(SupervisionNotice)))  # supervision casework of a year
        assert {n.status for n in notices} == {"rectified", "withdrawn", "decided", "issued"}
        assert {n.rectified_on_time for n in notices} >= {True, False}
        assert {n.review_outcome for n in notices} >= {"changed", "withdrawn"}
        assert s.scalars(select(SupervisionWarning.id)).first() is not None
    with rt.sessions() as s:  # filings of major decisions: on time, late, acknowledged, one forgotten
        majors = list(s.scalars(select(MajorDecision)))
        filed = [m for m in majors if m.filed_at is not None]
        assert any(filings.late_days(m) for m in filed) and any(not filings.late_days(m) for m in filed)
        assert any(m.acknowledged_at for m in filed) and any(not m.acknowledged_at for m in filed)
        assert s.scalars(select(FilingWarning).where(FilingWarning.resolved_at.is_(None))).first()
    assert "filings of major decisions: " in first.output and "missing: 1" in first.output
    second = CliRunner().invoke(main, ["demo", "load", str(demo_dir), "--now", "2026-11-20T12:00"])
    assert second.exit_code == 0 and "400 unchanged" in second.output
    assert "complaints: 0 filed" in second.output and "demo accounts" not in second.output
    assert "error reports: 0 filed" in second.output and "case records: stages: 0" in second.output
    with rt.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(PublicDecision)),
            s.scalar(select(func.count()).select_from(Tombstone)),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        ) == counts
        assert audit.verify(s).ok
    private = {
        str(d[k]) for d in read(demo_dir / "decisions.jsonl") for k in ("id_number", "phone") if d.get(k)
    }
    private |= {str(o[k]) for o in read(demo_dir / "officers.jsonl") for k in ("id_number", "phone")}
    with rt.engine.connect() as conn:
        public_rows = " ".join(
            str(r)
            for t in (
                "public_decisions",
                "tombstones",
                "officers",
                "agencies",
                "inspection_objects",
                "corrections",
            )
            for r in conn.execute(text(f"SELECT * FROM {t}"))
        )
    assert not [value for value in private if value in public_rows]
    assert "demo-reporter@example.cn" not in public_rows and "纠错人" not in public_rows
