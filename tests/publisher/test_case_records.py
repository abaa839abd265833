"""Case records (执法全过程记录): entry periods counted by hand on the official calendar, late
entries and missing audio-visual records raising warnings that the tick escalates, validation of
stages at intake (each problem in Chinese and English), ownership, and the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import AuditEvent, AvRecord, CaseStage, CaseWarning
from publisher.office import cases
from publisher.office.cases import rules
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, raw, run_tick

DOC = "测市监罚决〔2026〕21号"
SEIZURE = "测市监强〔2026〕3号"
THEIRS = "测应急罚决〔2026〕4号"
REVIEWER = Actor("reviewer_scjg", "reviewer", "T-SCJG")
CLERK = Actor("clerk_scjg", "clerk", "T-SCJG")
FOREIGN_REVIEWER = Actor("reviewer_yjgl", "reviewer", "T-YJGL")
SUPERVISOR = Actor("sup1", "supervisor", None)


@pytest.fixture
def district(rt: Runtime, tmp_path: Path) -> Runtime:
    """Two agencies; a penalty and a seizure of T-SCJG, a penalty of T-YJGL."""
    files = {
        "agencies": [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")],
        "decisions": [
            f.decision(id=DOC, decision_date="2026-06-01"),
            f.decision(
                id=SEIZURE,
                category="coercion",
                decision_date="2026-06-01",
                penalty_types="",
                fine_amount="",
                coercive_measures="扣押",
                result="扣押涉案食品三十箱",
            ),
            f.decision(id=THEIRS, agency="T-YJGL", decision_date="2026-06-01"),
        ],
    }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"{kind}.jsonl", rows), now=at("2026-06-01")
        )
        assert report.ok, report.problems
    return rt


def stage(stage: str, happened: str, doc: str = DOC, agency: str = "T-SCJG", **extra: Any) -> dict[str, Any]:
    return {"decision": doc, "agency": agency, "stage": stage, "happened": happened, **extra}


def send(
    rt: Runtime,
    tmp_path: Path,
    rows: list[dict[str, Any]],
    now: dt.datetime,
    name: str = "stages.jsonl",
    **kw: Any,
) -> intake.IngestReport:
    """Ingest rows as a file, then assess them as the web channels and the tick do."""
    path = tmp_path / name
    writer = (
        f.write_csv if name.endswith(".csv") else f.write_xlsx if name.endswith(".xlsx") else f.write_jsonl
    )
    report = intake.ingest(rt.sessions, writer(path, rows), now=now, **kw)
    with rt.sessions() as s, s.begin():
        cases.assess(s, now, rt.calendar, rt.config)
    return report


def stored(rt: Runtime) -> list[CaseStage]:
    with rt.sessions() as s:
        return list(s.scalars(select(CaseStage).order_by(CaseStage.happened, CaseStage.id)))


def open_warnings(rt: Runtime, kind: str | None = None) -> list[tuple[str, str, int]]:
    with rt.sessions() as s:
        found = s.scalars(
            select(CaseWarning).where(CaseWarning.resolved_at.is_(None)).order_by(CaseWarning.id)
        )
        return [(w.raw.doc_no, w.kind, w.level) for w in found if kind in (None, w.kind)]


def events(rt: Runtime, action: str) -> list[AuditEvent]:
    with rt.sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


@pytest.mark.parametrize(
    ("category", "stage_code", "happened", "due"),
    [
        # Thu 24 Sep 2026; 25–27 Sep is the Mid-Autumn rest (国办发明电〔2025〕7号): Mon 28 Sep.
        ("penalty", "notice", "2026-09-24", "2026-09-28"),
        # Wed 30 Sep; 1–7 Oct rest; Thu 8, Fri 9, and Sat 10 Oct, a make-up working day.
        ("penalty", "investigation", "2026-09-30", "2026-10-10"),
        # An inspection case: every stage is an inspection record. Fri 5 Jun: Mon 8, Tue 9, Wed 10.
        ("inspection", "filing", "2026-06-05", "2026-06-10"),
        # Fri 5 Jun, a penalty stage: Mon 8 Jun.
        ("penalty", "filing", "2026-06-05", "2026-06-08"),
    ],
    ids=["across-mid-autumn", "inspection-record-ends-on-a-make-up-saturday", "inspection-case", "weekend"],
)
def test_entry_period_counted_by_hand(
    rt: Runtime, category: str, stage_code: str, happened: str, due: str
) -> None:
    days = rules.entry_period(rt.config, "T-SCJG", category, stage_code)
    assert rules.last_day(rt.calendar, dt.date.fromisoformat(happened), days) == dt.date.fromisoformat(due)


def test_an_unknown_year_has_no_last_day_yet(rt: Runtime) -> None:
    assert rules.last_day(rt.calendar, dt.date(2030, 3, 1), 1) is None


def test_an_agency_may_have_its_own_periods(rt: Runtime) -> None:
    rt.config["CASE_RECORD_DEADLINES"] = {"T-YJGL": {"stage_workdays": 2}}
    assert rules.entry_period(rt.config, "T-YJGL", "penalty", "notice") == 2
    assert rules.entry_period(rt.config, "T-SCJG", "penalty", "notice") == 1


def test_a_stage_entered_on_its_last_day_is_on_time_and_a_day_later_is_late(
    district: Runtime, tmp_path: Path
) -> None:
    send(district, tmp_path, [stage("filing", "2026-06-01")], at("2026-06-02", 17), "a.jsonl")
    assert open_warnings(district) == []
    send(district, tmp_path, [stage("investigation", "2026-06-01")], at("2026-06-04"), "b.jsonl")
    assert open_warnings(district) == []  # an inspection record: 3 working days
    report = send(district, tmp_path, [stage("notice", "2026-09-24")], at("2026-09-29"), "c.jsonl")
    assert report.stored and report.added == 1
    late = [s for s in stored(district) if s.stage == "notice"][0]
    assert (late.due, late.late_days, late.period) == (dt.date(2026, 9, 28), 1, 1)
    assert (DOC, "stage_late", 1) in open_warnings(district)
    raised = [e for e in events(district, "case_warning.raised") if e.detail["kind"] == "stage_late"][-1]
    assert (
        raised.agency_code == "T-SCJG"
        and raised.detail["stage"] == "notice"
        and raised.detail["late_days"] == 1
    )


def test_a_late_entry_escalates_until_the_agencys_legal_office_handles_it(
    district: Runtime, tmp_path: Path
) -> None:
    send(district, tmp_path, [stage("filing", "2026-06-01")], at("2026-06-03"))  # due Tue 2 Jun
    assert open_warnings(district, "stage_late") == [(DOC, "stage_late", 1)]
    run_tick(district, at("2026-06-04"))
    assert open_warnings(district, "stage_late") == [(DOC, "stage_late", 1)]
    run_tick(district, at("2026-06-05"))  # 3 working days past: the district legal office
    assert open_warnings(district, "stage_late") == [(DOC, "stage_late", 2)]
    run_tick(district, at("2026-06-10"))  # 6: the city
    assert open_warnings(district, "stage_late") == [(DOC, "stage_late", 3)]
    escalated = [
        e.detail["to"] for e in events(district, "case_warning.escalated") if e.detail["kind"] == "stage_late"
    ]
    assert escalated == [2, 3]
    with district.sessions() as s, s.begin():
        warning = s.scalars(select(CaseWarning).where(CaseWarning.kind == "stage_late")).one()
        with pytest.raises(NotAllowed):
            cases.handle(s, warning, CLERK, "补录", at("2026-06-10"))
        with pytest.raises(NotAllowed):
            cases.handle(s, warning, FOREIGN_REVIEWER, "补录", at("2026-06-10"))
        with pytest.raises(RuleError, match="处理情况"):
            cases.handle(s, warning, REVIEWER, "  ", at("2026-06-10"))
        cases.handle(s, warning, REVIEWER, "经办人休假未及时录入，已批评教育并补录。", at("2026-06-10", 15))
    assert open_warnings(district, "stage_late") == []
    run_tick(district, at("2026-06-15"))
    assert open_warnings(district, "stage_late") == []  # handled: never raised again
    handled = events(district, "case_warning.handled")[0]
    assert handled.actor == "reviewer_scjg" and handled.entity_id == DOC


def test_a_seizure_without_an_audio_visual_record_is_warned_until_one_is_listed(
    district: Runtime, tmp_path: Path
) -> None:
    run_tick(district, at("2026-06-04"))  # decided Mon 1 Jun; 3 working days: Thu 4 Jun
    assert open_warnings(district) == []
    run_tick(district, at("2026-06-05"))
    assert open_warnings(district) == [(SEIZURE, "av_missing", 1)]  # the penalty needs none
    run_tick(district, at("2026-06-09"))
    assert open_warnings(district) == [(SEIZURE, "av_missing", 2)]
    record = {
        "decision": SEIZURE,
        "agency": "T-SCJG",
        "what": "扣押现场执法记录仪视频",
        "recorded_on": "2026-06-01",
        "recorded_by": "张执法、李执法",
        "kept_at": "执法记录仪管理系统 2026-06-01 批次",
    }
    report = send(district, tmp_path, [record], at("2026-06-09", 15), "av_records.jsonl")
    assert report.kind == "av_records" and report.added == 1
    assert open_warnings(district) == []
    assert events(district, "case_warning.resolved")[0].entity_id == SEIZURE
    with district.sessions() as s:
        assert s.scalars(select(AvRecord)).one().entered_by == "cli"


def test_which_decisions_need_an_audio_visual_record(rt: Runtime) -> None:
    needs = lambda **r: rules.needs_av(r, rt.config)  # noqa: E731
    assert needs(coercive_measures="seal;freeze")
    assert needs(coercive_measures="强制拆除")
    assert not needs(coercive_measures="freeze")
    assert needs(category="coercion", result="查封经营场所")  # no field: the result names it
    assert not needs(category="penalty", result="没收扣押的物品")


@pytest.mark.parametrize("name", ["stages.csv", "stages.xlsx", "stages.jsonl"])
def test_stages_arrive_in_every_file_format_with_chinese_headers_and_labels(
    district: Runtime, tmp_path: Path, name: str
) -> None:
    rows = [
        {
            "决定书文号": DOC,
            "执法机关代码": "T-SCJG",
            "执法环节": "立案",
            "发生日期": "2026年6月1日",
            "文书名称": "立案审批表",
        },
        {"决定书文号": DOC, "执法机关代码": "T-SCJG", "执法环节": "调查取证", "发生日期": "2026-06-01"},
    ]
    report = send(district, tmp_path, rows, at("2026-06-02"), name)
    assert report.kind == "case_stages" and report.ok and report.added == 2
    assert [(s.stage, s.document) for s in stored(district)] == [
        ("filing", "立案审批表"),
        ("investigation", None),
    ]
    again = send(district, tmp_path, rows, at("2026-06-20"), name)
    assert again.unchanged == 2
    assert all(s.entered_at == at("2026-06-02") for s in stored(district))  # a re-send keeps the entry
    assert len(events(district, "intake.added")) >= 2


def problems(report: intake.IngestReport) -> list[tuple[int, str, str]]:
    return [(p.row, p.field, p.code) for p in report.problems]


def test_stages_that_cannot_be_are_refused_with_clear_problems(district: Runtime, tmp_path: Path) -> None:
    rows = [
        stage("arrest", "2026-06-01"),
        stage("notice", "2026-06-05"),
        stage("decision", "2026-06-03"),
        stage("service", "2026-06-30"),
        stage("filing", "1899-12-31"),
        stage("filing", "2026-06-01", doc="测市监罚决〔2026〕999号"),
    ]
    report = send(district, tmp_path, rows, at("2026-06-10"))
    assert not report.stored and stored(district) == []
    assert problems(report) == [
        (1, "stage", "not_in_enum"),
        (4, "happened", "after_entry"),
        (5, "happened", "date_out_of_range"),
        (6, "decision", "unknown_decision"),
        (3, "happened", "stage_order"),
    ]
    order = report.problems[-1]
    assert "告知 (notice) 2026-06-05" in order.message_zh and "决定 (decision) 2026-06-03" in order.message_zh
    assert "out of order" in order.message_en
    assert (
        "晚于录入日期" in report.problems[1].message_zh
        and "before it happens" in report.problems[1].message_en
    )


def test_a_new_stage_is_checked_against_the_stored_ones(district: Runtime, tmp_path: Path) -> None:
    assert send(district, tmp_path, [stage("decision", "2026-06-01")], at("2026-06-01", 18)).ok
    report = send(district, tmp_path, [stage("legal_review", "2026-06-02")], at("2026-06-02"), "late.jsonl")
    assert problems(report) == [(1, "happened", "stage_order")]
    assert send(district, tmp_path, [stage("legal_review", "2026-06-01")], at("2026-06-02"), "ok.jsonl").ok


def test_an_agency_cannot_send_another_agencys_case_and_the_refusal_is_audited(
    district: Runtime, tmp_path: Path
) -> None:
    report = send(district, tmp_path, [stage("filing", "2026-06-01", doc=THEIRS)], at("2026-06-02"))
    assert problems(report) == [(1, "decision", "case_of_other_agency")]
    scoped = send(
        district,
        tmp_path,
        [stage("filing", "2026-06-01", doc=THEIRS, agency="T-YJGL")],
        at("2026-06-02"),
        "scoped.jsonl",
        agency_scope="T-SCJG",
        actor="clerk_scjg",
    )
    assert ("agency_not_allowed" in {p.code for p in scoped.problems}) and not scoped.stored
    refused = events(district, "intake.refused")
    assert [e.detail["refused"][0]["code"] for e in refused] == ["case_of_other_agency", "agency_not_allowed"]
    assert stored(district) == []


def test_the_supervisors_warning_list_names_the_agency(district: Runtime, tmp_path: Path) -> None:
    from publisher.office import supervision

    send(district, tmp_path, [stage("filing", "2026-06-01")], at("2026-06-05"))
    with district.sessions() as s:
        found = supervision.warnings(s, dt.date(2026, 6, 5), district.calendar)
        rows = [r for r in found if r["kind"] == "stage_late"]
        case_id = raw(s, DOC).id
    assert rows == [
        {
            "level": 2,
            "kind": "stage_late",
            "entity": "case",
            "id": case_id,
            "record": DOC,
            "agency": "T-SCJG",
            "raised": "2026-06-05",
            "age_days": 0,
        }
    ]


def test_the_command_line_ingests_stages_by_kind(
    district: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in district.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    path = f.write_csv(
        tmp_path / "from-case-system.csv", [stage("立案", "2026-06-01"), stage("notice", "2026-06-02")]
    )
    result = CliRunner().invoke(
        main, ["ingest", str(path), "--kind", "case_stages", "--now", "2026-06-02T16:00"]
    )
    assert result.exit_code == 0 and "case_stages: 2 rows, 2 added" in result.output
    run_tick(district, at("2026-06-03"))  # the tick times what the command line stored
    assert [(s.stage, s.due, s.late_days) for s in stored(district)] == [
        ("filing", dt.date(2026, 6, 2), 0),
        ("notice", dt.date(2026, 6, 3), 0),
    ]
