"""The yearly case-file review (案卷评查): a reproducible seeded sample per agency (the 双随机
draw's ranking), scores bounded by the sheet's weights, supervisors only, publication only
once every drawn case is scored, every step audited."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import AuditEvent, CaseReview
from publisher.office.duties import casefiles
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

SUPERVISOR = Actor("sup1", "supervisor")
DOCS = [f"测市监罚决〔2025〕{n}号" for n in range(1, 9)]
FULL = {
    "authority": 10,
    "facts": 25,
    "basis": 15,
    "procedure": 20,
    "discretion": 10,
    "documents": 10,
    "archive": 10,
}


@pytest.fixture
def cases(rt: Runtime, tmp_path: Path) -> Runtime:
    """Eight decisions of T-SCJG in 2025, one in 2026; none of T-YJGL."""
    files = {
        "agencies": [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")],
        "decisions": [f.decision(id=d, decision_date=f"2025-0{1 + n % 9}-10") for n, d in enumerate(DOCS)]
        + [f.decision(id="测市监罚决〔2026〕1号", decision_date="2026-01-10")],
    }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"{kind}.jsonl", rows), now=at("2026-02-01")
        )
        assert report.ok, report.problems
    return rt


def test_the_sample_is_the_draws_ranking_anyone_can_recompute() -> None:
    picked = casefiles.sample("种子-2025", "T-SCJG", list(reversed(DOCS)), 3)
    by_hand = sorted(DOCS, key=lambda d: hashlib.sha256(f"种子-2025|case|T-SCJG|{d}".encode()).hexdigest())[
        :3
    ]
    assert picked == by_hand == casefiles.sample("种子-2025", "T-SCJG", DOCS, 3)
    assert casefiles.sample("另一个种子", "T-SCJG", DOCS, 3) != picked
    assert sorted(casefiles.sample("种子-2025", "T-SCJG", DOCS[:2], 5)) == sorted(
        DOCS[:2]
    )  # fewer than asked: all


def test_start_draws_each_agencys_cases_of_the_year(cases: Runtime) -> None:
    with cases.sessions() as s, s.begin():
        with pytest.raises(NotAllowed):
            casefiles.start(
                s, 2025, Actor("clerk_scjg", "clerk", "T-SCJG"), at("2026-02-02"), cases.config, "s"
            )
        review = casefiles.start(s, 2025, SUPERVISOR, at("2026-02-02"), cases.config, "种子-2025")
        drawn = [c.decision.doc_no for c in review.cases]
        assert drawn == casefiles.sample("种子-2025", "T-SCJG", DOCS, 5)  # 5 of 8; the 2026 one never
        assert [c.rank for c in review.cases] == [1, 2, 3, 4, 5]
        with pytest.raises(RuleError, match="already started"):
            casefiles.start(s, 2025, SUPERVISOR, at("2026-02-03"), cases.config, "again")
    with cases.sessions() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "case_review.started")).all()
        assert event.detail["drawn"]["T-SCJG"] == {"cases": 8, "drawn": drawn}
        assert event.detail["drawn"]["T-YJGL"] == {"cases": 0, "drawn": []}


def test_scores_within_the_sheet_then_publication(cases: Runtime) -> None:
    with cases.sessions() as s, s.begin():
        review = casefiles.start(s, 2025, SUPERVISOR, at("2026-02-02"), cases.config, "种子-2025")
        first, *rest = review.cases
        with pytest.raises(RuleError, match="between 0 and 25"):
            casefiles.score(s, first, SUPERVISOR, {**FULL, "facts": 26}, "", at("2026-02-03"))
        with pytest.raises(NotAllowed):
            casefiles.score(
                s, first, Actor("reviewer_scjg", "reviewer", "T-SCJG"), FULL, "", at("2026-02-03")
            )
        casefiles.score(s, first, SUPERVISOR, {**FULL, "facts": "20.5"}, "证据目录不完整", at("2026-02-03"))
        assert first.total == Decimal("95.5") and first.remarks == "证据目录不完整"
        with pytest.raises(RuleError, match="4 case file"):
            casefiles.publish(s, review, SUPERVISOR, at("2026-02-04"))
        for n, case in enumerate(rest):
            casefiles.score(s, case, SUPERVISOR, {**FULL, "archive": n}, "", at("2026-02-04"))
        casefiles.publish(s, review, SUPERVISOR, at("2026-02-05"))
        with pytest.raises(RuleError, match="published"):
            casefiles.score(s, first, SUPERVISOR, FULL, "", at("2026-02-06"))
    with cases.sessions() as s:
        review = s.scalars(select(CaseReview)).one()
        (result,) = casefiles.results(review)
        # (95.5 + 90 + 91 + 92 + 93) / 5 = 92.3
        assert (result["agency"], result["cases"], result["average_score"]) == ("T-SCJG", 5, Decimal("92.3"))
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "case_review"))]
        assert actions == ["case_review.started", *["case_review.scored"] * 5, "case_review.published"]


def test_the_sheet_is_data_and_checked(tmp_path: Path, rt: Runtime) -> None:
    assert [i["weight"] for i in casefiles.sheet(rt.config)] == ["10", "25", "15", "20", "10", "10", "10"]
    other = tmp_path / "sheet.json"
    other.write_text(
        json.dumps({"items": [{"code": "a", "zh": "甲", "en": "A", "weight": 0}]}), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="positive weights"):
        casefiles.sheet({"CASE_REVIEW_SHEET": str(other)})
