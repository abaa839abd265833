"""Legal review and filing (备案) of major decisions: each agency's catalogue flags decisions at
intake, a review dated after its decision is refused, the filing day counted in N日 on the
official calendar, warnings by level on a simulated clock, who may file and acknowledge, and
the audit events of every step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import AuditEvent, DisclosureWarning, FilingWarning, MajorDecision
from publisher.office import filings
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, raw, run_tick

DOC = "测市监罚决〔2026〕1号"
REVIEW = {"review_reviewer": "法制审核员甲", "review_date": "2026-10-30", "review_opinion": "同意"}
CLERK = Actor("clerk_scjg", "clerk", "T-SCJG")
FOREIGN = Actor("clerk_yjgl", "clerk", "T-YJGL")
SUPERVISOR = Actor("sup1", "supervisor")


def send(
    rt: Runtime, tmp_path: Path, *decisions: dict[str, Any], now: str = "2026-11-20"
) -> intake.IngestReport:
    """Ingest the two test agencies and these decisions with the runtime's settings."""
    rules = intake.Rules(rt.config, rt.calendar)
    agencies = [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", name_en="Test Emergency")]
    path = f.write_jsonl(tmp_path / "agencies.jsonl", agencies)
    assert intake.ingest(rt.sessions, path, now=at(now), rules=rules).ok
    path = f.write_jsonl(tmp_path / "decisions.jsonl", list(decisions))
    return intake.ingest(rt.sessions, path, now=at(now), rules=rules)


def flagged(rt: Runtime, doc_no: str = DOC) -> MajorDecision | None:
    with rt.sessions() as s:
        item = s.scalars(select(MajorDecision).where(MajorDecision.raw_id == raw(s, doc_no).id)).first()
        s.expunge_all()
        return item


def events(rt: Runtime, prefix: str) -> list[AuditEvent]:
    with rt.sessions() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.action.like(f"{prefix}%")).order_by(AuditEvent.seq))
        )


MAJOR = [
    ("large fine", {"fine_amount": "150000"}, ["large_fine"]),
    ("hearing", {"hearing_held": True}, ["hearing_held"]),
    ("revocation", {"penalty_types": "fine;revocation"}, ["revocation"]),
    ("business suspended", {"penalty_types": "restriction"}, ["restriction"]),
    (
        "large confiscation",
        {"penalty_types": "fine;confiscation", "confiscation_amount": "120000"},
        ["large_confiscation"],
    ),
    ("complex", {"complex_case": True}, ["complex_case"]),
    ("declared", {"is_major": True}, ["declared"]),
]


@pytest.mark.parametrize(("why", "change", "reasons"), MAJOR, ids=[m[0] for m in MAJOR])
def test_the_district_catalogue_flags_a_major_decision_at_intake(
    rt: Runtime, tmp_path: Path, why: str, change: dict[str, Any], reasons: list[str]
) -> None:
    assert send(rt, tmp_path, f.decision(**change, **REVIEW)).ok
    item = flagged(rt)
    assert item is not None and item.reasons == reasons
    assert [e.detail["reasons"] for e in events(rt, "filing.flagged")] == [reasons]


def test_an_ordinary_decision_is_not_flagged(rt: Runtime, tmp_path: Path) -> None:
    assert send(rt, tmp_path, f.decision()).ok
    assert flagged(rt) is None and events(rt, "filing.") == []


def test_each_agency_has_its_own_catalogue_over_the_district_default(rt: Runtime, tmp_path: Path) -> None:
    rt.config["LEGAL_REVIEW_CATALOGUE"] = {
        "default": {"categories": ["coercion"]},
        "T-YJGL": {"fine_at_least": {"legal_person": 30000}},
    }
    other = f.decision(id="测应急罚决〔2026〕1号", agency="T-YJGL", **REVIEW)  # a 50,000 fine
    sealing = f.decision(id="测市监强〔2026〕1号", category="coercion", penalty_types="", fine_amount="")
    assert send(rt, tmp_path, f.decision(**REVIEW), other, sealing).ok
    assert flagged(rt) is None  # 50,000 is below the district's 100,000
    assert flagged(rt, "测应急罚决〔2026〕1号").reasons == ["large_fine"]  # type: ignore[union-attr]
    assert flagged(rt, "测市监强〔2026〕1号").reasons == ["category"]  # type: ignore[union-attr]


def test_a_review_dated_after_the_decision_is_refused_at_intake(rt: Runtime, tmp_path: Path) -> None:
    late_review = {**REVIEW, "review_date": "2026-11-03"}  # the decision is of 2 November
    report = send(rt, tmp_path, f.decision(fine_amount="150000", **late_review))
    assert not report.stored
    [problem] = report.problems
    assert (problem.row, problem.field, problem.code) == (1, "review_date", "review_after_decision")
    assert "法制审核日期 2026-11-03 晚于决定日期 2026-11-02" in problem.message_zh
    assert "dated 2026-11-03, after the decision date 2026-11-02" in problem.message_en


def test_a_review_on_the_decision_day_and_a_late_one_of_an_ordinary_decision_pass(
    rt: Runtime, tmp_path: Path
) -> None:
    same_day = f.decision(fine_amount="150000", **{**REVIEW, "review_date": "2026-11-02"})
    ordinary = f.decision(id="测市监罚决〔2026〕2号", **{**REVIEW, "review_date": "2026-11-05"})
    assert send(rt, tmp_path, same_day, ordinary).ok


@pytest.mark.parametrize("writer", ["csv", "xlsx"])
def test_files_of_every_format_are_checked_and_flagged_alike(
    rt: Runtime, tmp_path: Path, writer: str
) -> None:
    rules = intake.Rules(rt.config, rt.calendar)
    assert intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "agencies.jsonl", [f.agency()]), now=at("2026-11-20")
    ).ok
    write = f.write_csv if writer == "csv" else f.write_xlsx
    late = f.decision(
        id="测市监罚决〔2026〕2号", fine_amount="150000", **{**REVIEW, "review_date": "2026-11-09"}
    )
    bad = intake.ingest(
        rt.sessions, write(tmp_path / f"bad.{writer}", [late]), now=at("2026-11-20"), rules=rules
    )
    assert [p.code for p in bad.problems] == ["review_after_decision"]
    good = write(tmp_path / f"decisions.{writer}", [f.decision(fine_amount="150000", **REVIEW)])
    assert intake.ingest(rt.sessions, good, now=at("2026-11-20"), rules=rules).ok
    assert flagged(rt) is not None


PERIODS = [
    # (decision date, configured days, due): N日 counted from the day after, moved past rest days
    ("2026-11-02", None, "2026-11-12"),  # 10 days (seeds 000, 002), a Thursday
    ("2026-09-21", None, "2026-10-08"),  # 1 October is National Day: the first working day after
    ("2026-11-04", None, "2026-11-16"),  # 14 November is a Saturday: Monday
    ("2026-11-02", 15, "2026-11-17"),  # seed 003 art. 19: 15 days
]


@pytest.mark.parametrize(("decided", "days", "due"), PERIODS, ids=["10", "national-day", "weekend", "15"])
def test_the_filing_day_is_counted_in_calendar_days_moved_past_rest_days(
    rt: Runtime, tmp_path: Path, decided: str, days: int | None, due: str
) -> None:
    if days:
        rt.config["FILING_DEADLINES"] = {
            "default": {"file_days": days, "source": "昌吉州行政执法监督办法第十九条"}
        }
    review = {**REVIEW, "review_date": decided}
    assert send(rt, tmp_path, f.decision(decision_date=decided, fine_amount="150000", **review)).ok
    item = flagged(rt)
    assert item is not None and item.filing_due == dt.date.fromisoformat(due)
    assert chinese_calendar.is_workday(item.filing_due)  # the independent calendar agrees
    assert item.period_days == (days or 10)
    assert item.period_source.startswith("昌吉州" if days else "武清区")


def test_one_agency_may_have_its_own_period(rt: Runtime) -> None:
    rt.config["FILING_DEADLINES"] = {"T-YJGL": {"file_days": 15}}
    assert filings.period(rt.config, "T-SCJG")[0] == 10
    assert filings.period(rt.config, "T-YJGL") == (15, "PORTAL_FILING_DEADLINES (T-YJGL)")


def test_a_filing_not_made_escalates_to_level_three_and_filing_late_resolves_it(
    rt: Runtime, tmp_path: Path
) -> None:
    assert send(rt, tmp_path, f.decision(fine_amount="150000", **REVIEW), now="2026-11-02").ok
    levels = {}
    # due Thursday 12 November; level 2 after 3 working days (13, 16, 17), level 3 after 6 (…18, 19, 20)
    for day in ("2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17", "2026-11-19", "2026-11-20"):
        run_tick(rt, at(day))
        with rt.sessions() as s:
            warning = s.scalars(select(FilingWarning)).first()
            levels[day] = warning.level if warning else None
    assert levels == {
        "2026-11-12": None,
        "2026-11-13": 1,
        "2026-11-16": 1,
        "2026-11-17": 2,
        "2026-11-19": 2,
        "2026-11-20": 3,
    }
    with rt.sessions() as s, s.begin():
        item = s.scalars(select(MajorDecision)).one()
        assert filings.status(item, dt.date(2026, 11, 20)) == "overdue"
        filings.file(s, item, CLERK, ["现场检查笔录", "询问笔录"], "", at("2026-11-23"))
        assert (filings.status(item, dt.date(2026, 11, 23)), filings.late_days(item)) == ("filed", 11)
        assert s.scalars(select(FilingWarning)).one().resolved_at is not None
    assert [(e.action, e.detail) for e in events(rt, "filing.")][1:] == [
        ("filing.warning_raised", {"level": 1}),
        ("filing.warning_escalated", {"from": 1, "to": 2}),
        ("filing.warning_escalated", {"from": 2, "to": 3}),
        ("filing.filed", {"evidence": 2, "late_days": 11}),
    ]


def test_only_the_deciding_agency_files_with_its_review_and_evidence(rt: Runtime, tmp_path: Path) -> None:
    no_review = f.decision(id="测市监罚决〔2026〕2号", fine_amount="150000")
    assert send(rt, tmp_path, f.decision(fine_amount="150000", **REVIEW), no_review).ok
    with rt.sessions() as s, s.begin():
        item, unreviewed = s.scalars(select(MajorDecision).order_by(MajorDecision.id)).all()
        with pytest.raises(NotAllowed):
            filings.file(s, item, FOREIGN, ["询问笔录"], "", at("2026-11-20"))
        with pytest.raises(NotAllowed):
            filings.file(s, item, SUPERVISOR, ["询问笔录"], "", at("2026-11-20"))
        with pytest.raises(RuleError, match="list the main evidence"):
            filings.file(s, item, CLERK, filings.evidence_list("\n  \n"), "", at("2026-11-20"))
        with pytest.raises(RuleError, match="includes the legal review"):
            filings.file(s, unreviewed, CLERK, ["询问笔录"], "", at("2026-11-20"))
        with pytest.raises(RuleError, match="nothing has been filed"):
            filings.acknowledge(s, item, SUPERVISOR, "", at("2026-11-20"))
        filings.file(
            s, item, CLERK, filings.evidence_list("询问笔录\n\n检验报告\n"), "按期备案", at("2026-11-10")
        )
        assert item.evidence == ["询问笔录", "检验报告"] and filings.late_days(item) == 0
        with pytest.raises(RuleError, match="already been filed"):
            filings.file(s, item, CLERK, ["询问笔录"], "", at("2026-11-20"))
        with pytest.raises(NotAllowed):
            filings.acknowledge(s, item, CLERK, "", at("2026-11-20"))
        filings.acknowledge(s, item, SUPERVISOR, "材料齐全", at("2026-11-20"))
        assert filings.status(item, dt.date(2026, 11, 20)) == "acknowledged"
        with pytest.raises(RuleError, match="already been acknowledged"):
            filings.acknowledge(s, item, SUPERVISOR, "", at("2026-11-21"))
    [acknowledged] = events(rt, "filing.acknowledged")
    assert (acknowledged.actor, acknowledged.entity_id, acknowledged.agency_code) == ("sup1", DOC, "T-SCJG")


def test_a_correction_moves_the_filing_day_or_clears_a_flag_it_no_longer_meets(
    rt: Runtime, tmp_path: Path
) -> None:
    assert send(rt, tmp_path, f.decision(fine_amount="150000", **REVIEW), now="2026-11-02").ok
    run_tick(rt, at("2026-11-16"))  # past the 12th: a warning
    moved = f.decision(fine_amount="150000", decision_date="2026-11-04", **REVIEW)
    assert send(rt, tmp_path, moved, now="2026-11-16").ok
    assert flagged(rt).filing_due == dt.date(2026, 11, 16)  # type: ignore[union-attr]
    assert send(rt, tmp_path, f.decision(decision_date="2026-11-04", **REVIEW), now="2026-11-16").ok
    assert flagged(rt) is None
    with rt.sessions() as s:
        assert s.scalars(select(FilingWarning)).all() == []
    assert [e.action for e in events(rt, "filing.")][-1] == "filing.cleared"


def test_a_missing_review_warning_escalates_like_every_other(rt: Runtime, tmp_path: Path) -> None:
    """Held for its missing review on 3 November: level 2 after 3 working days, level 3 after 6."""
    assert send(rt, tmp_path, f.decision(fine_amount="150000"), now="2026-11-02").ok
    levels = {}
    for day in ("2026-11-03", "2026-11-05", "2026-11-06", "2026-11-10", "2026-11-11"):
        run_tick(rt, at(day))
        with rt.sessions() as s:
            stmt = select(DisclosureWarning).where(DisclosureWarning.kind == "review_missing")
            levels[day] = s.scalars(stmt).one().level
    assert levels == {"2026-11-03": 1, "2026-11-05": 1, "2026-11-06": 2, "2026-11-10": 2, "2026-11-11": 3}
    escalations = [e.detail for e in events(rt, "warning.escalated") if e.detail["kind"] == "review_missing"]
    assert escalations == [
        {"kind": "review_missing", "from": 1, "to": 2},
        {"kind": "review_missing", "from": 2, "to": 3},
    ]
