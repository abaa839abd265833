"""Scope rules and the legal-review gate: nothing excluded is published, nothing silently dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.models import DisclosureWarning, PublicDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, load, raw, run_tick

EXCLUSIONS = [
    ("warning_only", {"penalty_types": "warning", "fine_amount": "", "result": "警告"}),
    (
        "simplified_procedure",
        {"procedure": "简易程序", "fine_amount": "200", "penalty_types": "fine"},
    ),
    ("minor", {"involves_minor": "是"}),
    ("public_order_sealed", {"public_order": True, "decision_date": "2026-01-05"}),
    ("state_secret", {"state_secret": True}),
]


@pytest.mark.parametrize(("reason", "change"), EXCLUSIONS, ids=[e[0] for e in EXCLUSIONS])
def test_each_exclusion_is_recorded_and_never_published(
    rt: Runtime, tmp_path: Path, reason: str, change: dict[str, object]
) -> None:
    load(rt, tmp_path, f.decision(**change))
    run_tick(rt, at("2026-11-20"))
    with rt.sessions() as s:
        record = raw(s, "测市监罚决〔2026〕1号")
        assert (record.state, record.state_reason) == ("excluded", reason)
        assert record.state_note and "/" in record.state_note  # Chinese / English with source
        assert s.scalars(select(PublicDecision)).first() is None


def test_public_order_penalty_before_2026_is_still_published(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(public_order=True, decision_date="2025-12-30"))
    run_tick(rt, at("2026-01-05"))
    with rt.sessions() as s:
        assert raw(s, "测市监罚决〔2026〕1号").state == "published"


DOUBTFUL = [
    (
        "simplified_over_limit",
        {"procedure": "simplified", "fine_amount": "5000", "penalty_types": "fine"},
    ),
    ("possible_minor", {"text": "当事人雇佣未成年人从事危险作业。"}),
]


@pytest.mark.parametrize(("reason", "change"), DOUBTFUL, ids=[d[0] for d in DOUBTFUL])
def test_doubtful_cases_go_to_a_person(
    rt: Runtime, tmp_path: Path, reason: str, change: dict[str, object]
) -> None:
    load(rt, tmp_path, f.decision(**change))
    run_tick(rt, at("2026-11-20"))
    with rt.sessions() as s:
        assert (
            raw(s, "测市监罚决〔2026〕1号").state,
            raw(s, "测市监罚决〔2026〕1号").state_reason,
        ) == ("pending_review", reason)


MAJOR = [
    ("fine", {"fine_amount": "150000"}),
    ("hearing", {"hearing_held": True}),
    ("revocation", {"penalty_types": "fine;revocation"}),
    ("suspension", {"penalty_types": "restriction"}),
    ("complex", {"complex_case": True}),
]


@pytest.mark.parametrize(("why", "change"), MAJOR, ids=[m[0] for m in MAJOR])
def test_major_decision_without_legal_review_is_held_with_a_warning(
    rt: Runtime, tmp_path: Path, why: str, change: dict[str, object]
) -> None:
    load(rt, tmp_path, f.decision(**change))
    run_tick(rt, at("2026-11-03"))  # the day after the decision: not yet overdue
    with rt.sessions() as s:
        record = raw(s, "测市监罚决〔2026〕1号")
        assert (record.state, record.state_reason) == ("pending_review", "legal_review_missing")
        [warning] = s.scalars(select(DisclosureWarning)).all()
        assert (warning.kind, warning.level, warning.resolved_at) == ("review_missing", 1, None)


def test_major_decision_with_its_legal_review_is_published(rt: Runtime, tmp_path: Path) -> None:
    review = {
        "review_reviewer": "法制审核员甲",
        "review_date": "2026-10-30",
        "review_opinion": "同意",
    }
    load(rt, tmp_path, f.decision(fine_amount="150000", **review))
    run_tick(rt, at("2026-11-20"))
    with rt.sessions() as s:
        assert raw(s, "测市监罚决〔2026〕1号").state == "published"


def test_a_planted_identifier_blocks_publication_and_goes_to_review(rt: Runtime, tmp_path: Path) -> None:
    from tests.publisher.test_redact import slipping_id

    planted = slipping_id()
    # the text is redacted (a long number goes), but a public field holding one is not: the scan stops it
    load(rt, tmp_path, f.decision(result=f"罚款五万元。经办人证件编号{planted}。"))
    run_tick(rt, at("2026-11-03"))
    with rt.sessions() as s:
        record = raw(s, "测市监罚决〔2026〕1号")
        assert (record.state, record.state_reason) == ("pending_review", "leak_blocked")
        assert s.scalars(select(PublicDecision)).first() is None
        [warning] = s.scalars(select(DisclosureWarning)).all()
        assert warning.kind == "leak_blocked"
