"""The lifecycle on a simulated clock: publication, timeliness, warnings, withdrawal,
variation, expiry, repair, corrections and the calendar's unknown years."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from publisher import audit, integrity
from publisher.intake import ingest as intake
from publisher.lifecycle import review
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import Alert, AuditEvent, CorrectionRequest, DisclosureWarning, PublicDecision
from publisher.rules import calendar
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, life, load, public, raw, run_tick

DOC = "测市监罚决〔2026〕1号"


def test_published_on_time_with_its_day_of_window(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-11-02"))
    report = run_tick(rt, at("2026-11-05"))
    assert report.counts["published"] == 1
    with rt.sessions() as s:
        pub = public(s, DOC)
        assert pub.status == "published" and pub.public_id.startswith("d") and DOC not in pub.public_id
        assert (pub.deadline, pub.window_days, pub.day_of_window, pub.late_days) == (
            dt.date(2026, 11, 11),
            7,
            3,
            0,
        )
        assert pub.published_at == at("2026-11-05")
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == DOC).order_by(AuditEvent.seq)
        ).all()
        assert actions == ["intake.added", "decision.assess", "decision.publish"]


def test_late_publication_counts_working_days(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-09-28"), now=at("2026-09-28"))
    run_tick(rt, at("2026-10-16"))
    with rt.sessions() as s:
        pub = public(s, DOC)
        assert pub.deadline == dt.date(2026, 10, 13)  # 9/29, 9/30, 10/8, 10/9, make-up 10/10, 10/12, 10/13
        assert pub.late_days == 3  # 10/14, 10/15, 10/16


def test_warnings_escalate_through_three_levels_and_resolve_on_publication(
    rt: Runtime, tmp_path: Path
) -> None:
    load(
        rt,
        tmp_path,
        f.decision(decision_date="2026-11-02", fine_amount="150000"),
        now=at("2026-11-02"),
    )
    levels = {}
    for day in ("2026-11-11", "2026-11-12", "2026-11-16", "2026-11-19"):  # deadline 11-11
        run_tick(rt, at(day))
        with rt.sessions() as s:
            overdue = s.scalars(select(DisclosureWarning).where(DisclosureWarning.kind == "overdue")).all()
            levels[day] = [w.level for w in overdue]
    assert levels == {"2026-11-11": [], "2026-11-12": [1], "2026-11-16": [2], "2026-11-19": [3]}
    assert run_tick(rt, at("2026-11-19")).counts == {}  # idempotent
    record = f.decision(
        decision_date="2026-11-02",
        fine_amount="150000",
        review_reviewer="审核员",
        review_date="2026-10-30",
        review_opinion="同意",
    )
    intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "fix.jsonl", [record]), now=at("2026-11-20"))
    run_tick(rt, at("2026-11-20"))
    with rt.sessions() as s:
        assert public(s, DOC).late_days == 7
        assert (
            s.scalar(
                select(func.count())
                .select_from(DisclosureWarning)
                .where(DisclosureWarning.resolved_at.is_(None))
            )
            == 0
        )


@pytest.mark.parametrize(
    "reason", ["revoked", "confirmed_illegal", "confirmed_void", "ordered_redone", "varied"]
)
def test_withdrawal_leaves_a_tombstone_with_its_three_day_deadline(
    rt: Runtime, tmp_path: Path, reason: str
) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-09-01"), now=at("2026-09-01"))
    run_tick(rt, at("2026-09-02"))
    with rt.sessions() as s, s.begin():
        stone = life(rt, s).withdraw(
            public(s, DOC),
            reason,
            "区人民政府复议决定",
            dt.date(2026, 9, 30),
            at("2026-10-13"),
            Actor("clerk1", "clerk", "T-SCJG"),
        )
    with rt.sessions() as s:
        pub = public(s, DOC)
        assert (pub.status, pub.text) == ("withdrawn", None)
        assert (
            pub.tombstone is not None
            and pub.tombstone.reason == reason
            and pub.tombstone.basis == "区人民政府复议决定"
        )
        assert stone.deadline == dt.date(2026, 10, 10) and stone.late_days == 2  # 10/12, 10/13
        assert raw(s, DOC).state == "withdrawn"


def test_withdrawal_needs_its_basis_and_the_right_agency(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision())
    run_tick(rt, at("2026-11-03"))
    with rt.sessions() as s:
        with pytest.raises(RuleError, match="依据"):
            life(rt, s).withdraw(
                public(s, DOC),
                "revoked",
                " ",
                dt.date(2026, 11, 3),
                at("2026-11-03"),
                Actor("c", "clerk", "T-SCJG"),
            )
        with pytest.raises(NotAllowed):
            life(rt, s).withdraw(
                public(s, DOC),
                "revoked",
                "撤销",
                dt.date(2026, 11, 3),
                at("2026-11-03"),
                Actor("c", "clerk", "OTHER"),
            )
        with pytest.raises(NotAllowed):
            life(rt, s).withdraw(
                public(s, DOC),
                "revoked",
                "撤销",
                dt.date(2026, 11, 3),
                at("2026-11-03"),
                Actor("s", "supervisor"),
            )


def test_variation_withdraws_the_old_decision_and_links_both_ways(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-10-20"), now=at("2026-10-20"))
    run_tick(rt, at("2026-10-21"))
    new = f.decision(id="测市监罚决〔2026〕7号", decision_date="2026-11-02", varies=DOC, fine_amount="30000")
    intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "new.jsonl", [new]), now=at("2026-11-02"))
    run_tick(rt, at("2026-11-03"))
    with rt.sessions() as s:
        old, replacement = public(s, DOC), public(s, "测市监罚决〔2026〕7号")
        assert old.status == "withdrawn" and old.tombstone is not None
        assert (old.tombstone.reason, old.tombstone.replacement_id) == ("varied", replacement.id)
        assert replacement.supersedes_id == old.id and replacement.status == "published"
        assert replacement.deadline == dt.date(2026, 11, 11)  # its own window


def test_repair_ends_publication_early_only_after_the_minimum(rt: Runtime, tmp_path: Path) -> None:
    load(
        rt,
        tmp_path,
        f.decision(decision_date="2026-05-06", severity="serious"),
        now=at("2026-05-06"),
    )
    run_tick(rt, at("2026-05-07"))
    supervisor = Actor("sup", "supervisor")
    with rt.sessions() as s:
        pub = public(s, DOC)
        assert pub.expires_on == dt.date(2029, 5, 7)  # serious (credit rules from 2026-04-01): 1 to 3 years
        with pytest.raises(RuleError, match="最短公示期"):
            life(rt, s).repair(pub, "信用修复决定", at("2027-05-06"), supervisor)
    with rt.sessions() as s, s.begin():
        stone = life(rt, s).repair(public(s, DOC), "信用修复决定书〔2027〕1号", at("2027-05-07"), supervisor)
        assert (stone.kind, stone.reason, stone.effective) == (
            "repaired",
            "credit_repair",
            dt.date(2027, 5, 7),
        )
    with rt.sessions() as s:
        assert (public(s, DOC).status, public(s, DOC).text, raw(s, DOC).state) == (
            "repaired",
            None,
            "repaired",
        )


def test_low_fine_expires_three_months_after_publication(rt: Runtime, tmp_path: Path) -> None:
    load(
        rt,
        tmp_path,
        f.decision(decision_date="2025-06-03", fine_amount="5000"),
        now=at("2025-06-03"),
    )
    run_tick(rt, at("2025-06-05"))
    with rt.sessions() as s:
        assert public(s, DOC).expires_on == dt.date(2025, 9, 5)
    assert run_tick(rt, at("2025-09-04")).counts["expired"] == 0
    assert run_tick(rt, at("2025-09-05")).counts["expired"] == 1
    with rt.sessions() as s:
        pub = public(s, DOC)
        assert pub.status == "expired" and pub.tombstone is not None and pub.tombstone.kind == "expired"


def test_unknown_year_makes_the_deadline_provisional_until_the_calendar_is_added(
    rt: Runtime, tmp_path: Path
) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-12-28"), now=at("2026-12-28"))
    run_tick(rt, at("2026-12-28", 18))
    with rt.sessions() as s:
        record = raw(s, DOC)
        assert record.deadline is None and record.deadline_provisional
        [alert] = s.scalars(select(Alert)).all()
        assert alert.key == "calendar:2027" and alert.resolved_at is None and "2027" in alert.message
    notice = {
        "year": 2027,
        "notice": "测试通知",
        "rest_days": {"2027-01-01": "元旦", "2027-02-08": "春节"},
        "makeup_workdays": {},
    }
    source = tmp_path / "2027.json"
    source.write_text(json.dumps(notice, ensure_ascii=False), encoding="utf-8")
    calendar.add(source, rt.calendar_dir)
    del rt.__dict__["calendar"]  # a new process would load it afresh
    run_tick(rt, at("2026-12-29"))
    with rt.sessions() as s:
        assert public(s, DOC).deadline == dt.date(2027, 1, 7)
        assert s.scalars(select(Alert)).one().resolved_at is not None
        assert list(integrity.check_rows(s)) == []  # the new deadline is sealed in the audit trail


def test_correction_of_a_published_decision_is_applied_and_audited(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision())
    run_tick(rt, at("2026-11-03"))
    corrected = f.decision(
        text="当事人：测试食品有限公司\n经查，当事人销售过期食品。本局决定罚款人民币五万元，没收过期食品。"
    )
    intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "c.jsonl", [corrected]), now=at("2026-11-04"), actor="clerk1"
    )
    assert run_tick(rt, at("2026-11-04")).counts["correction_requested"] == 1
    assert run_tick(rt, at("2026-11-05")).counts["correction_requested"] == 0  # one request, not one per tick
    with rt.sessions() as s:
        assert "没收过期食品" not in (public(s, DOC).text or "")  # nothing public changes before approval
    with rt.sessions() as s, s.begin():
        request = s.scalars(select(CorrectionRequest)).one()
        assert request.requested_by == "clerk1" and request.status == "pending"
        with pytest.raises(NotAllowed):
            review.decide_correction(
                s, life(rt, s), request, True, Actor("clerk1", "reviewer", "T-SCJG"), at("2026-11-05")
            )
        review.decide_correction(
            s, life(rt, s), request, True, Actor("rev1", "reviewer", "T-SCJG"), at("2026-11-05")
        )
    with rt.sessions() as s:
        assert "没收过期食品" in (public(s, DOC).text or "")
        assert s.scalars(select(CorrectionRequest)).one().decided_by == "rev1"
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "decision.correct")).one()
        assert event.detail["why"] and event.before != event.after
        assert audit.verify(s).ok


def test_person_data_never_reaches_the_public_row(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.person_decision())
    run_tick(rt, at("2026-11-03"))
    with rt.sessions() as s:
        pub = public(s, "测市监罚决〔2026〕2号")
        row = " ".join(str(getattr(pub, c.key)) for c in PublicDecision.__table__.columns)
    assert f.PERSON_ID not in row and f.PERSON_PHONE not in row and "李明华" not in row
    assert "人民路12号" not in row and pub.target_name == "李某" and "测试区" in (pub.text or "")
