"""Supervision notices (seed 003 arts. 23–25): each period counted by hand on the 2026 calendar
(N日: calendar days, moved past rest days), warnings raised and escalated by the tick on
working days, who may do each step, the audit events, the decision's preconditions and the
yearly counts of the annual statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import AuditEvent, SupervisionNotice, SupervisionWarning
from publisher.office import attachments, supervision, supervision_notices
from publisher.outputs import annual
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick

SUPERVISOR = Actor("sup1", "supervisor")
ADMIN = Actor("admin", "admin")
CLERK = Actor("clerk_scjg", "clerk", "T-SCJG")
REVIEWER = Actor("reviewer_scjg", "reviewer", "T-SCJG")
FOREIGN = Actor("clerk_yjgl", "clerk", "T-YJGL")
FACTS = "抽查 2026 年第二季度行政处罚案卷 20 件，其中 6 件未告知当事人陈述、申辩权利。"
ASK = "对上述案件逐件评查，依法补正程序，并建立告知环节的审核制度。"


@pytest.fixture
def district(rt: Runtime, tmp_path: Path) -> Runtime:
    """Two agencies."""
    rows = [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")]
    report = intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "agencies.jsonl", rows), now=at("2026-01-05")
    )
    assert report.ok, report.problems
    return rt


def issue(rt: Runtime, day: str, doc_no: str = "测司监通〔2026〕1号", **overrides: Any) -> int:
    values: dict[str, Any] = {
        "agency_code": "T-SCJG",
        "doc_no": doc_no,
        "ground": "procedure_violated",
        "facts": FACTS,
        "requirement": ASK,
    }
    values.update(overrides)
    actor = values.pop("actor", SUPERVISOR)
    with rt.sessions() as s, s.begin():
        notice = supervision_notices.issue(
            s, actor, now=at(day), calendar=rt.calendar, config=rt.config, **values
        )
        return notice.id


def step(rt: Runtime, action: Any, notice_id: int, *args: Any, **kwargs: Any) -> None:
    with rt.sessions() as s, s.begin():
        action(s, *args[:1], s.get(SupervisionNotice, notice_id), *args[1:], **kwargs)


def ask(rt: Runtime, notice_id: int, actor: Actor, reason: str, now: dt.datetime) -> None:
    """The agency asks for a review of the notice."""
    step(rt, supervision_notices.request_review, notice_id, actor, reason, now, rt.calendar, rt.config)


def answer(rt: Runtime, notice_id: int, actor: Actor, outcome: str, text: str, now: dt.datetime) -> None:
    """The office answers the request for review."""
    step(rt, supervision_notices.answer_review, notice_id, actor, outcome, text, now)


def get(rt: Runtime, notice_id: int) -> SupervisionNotice:
    with rt.sessions() as s:
        notice = s.get(SupervisionNotice, notice_id)
        assert notice is not None
        s.expunge(notice)
        return notice


def actions(rt: Runtime) -> list[tuple[str, str, dict[str, Any]]]:
    with rt.sessions() as s:
        stmt = select(AuditEvent).where(AuditEvent.entity == "supervision_notice").order_by(AuditEvent.seq)
        return [(e.action, e.actor, e.detail) for e in s.scalars(stmt)]


# -- periods, counted by hand --------------------------------------------------------------


def test_thirty_days_to_rectify_ending_on_national_day_move_to_the_next_working_day(
    district: Runtime,
) -> None:
    """Issued Tue 1 Sep 2026: day 30 is Thu 1 Oct, a rest day (1–7 Oct, 国办发明电〔2025〕7号),
    so the period ends on Thu 8 Oct. Day 7 is Tue 8 Sep, a working day: not moved."""
    notice = get(district, issue(district, "2026-09-01"))
    assert notice.received_on == dt.date(2026, 9, 1)
    assert notice.rectify_due == dt.date(2026, 10, 8)
    assert notice.review_request_due == dt.date(2026, 9, 8)


def test_periods_that_end_on_working_days_are_not_moved(district: Runtime) -> None:
    """Issued Mon 2 Mar 2026: day 30 is Wed 1 Apr, day 7 is Mon 9 Mar, both working days."""
    notice = get(district, issue(district, "2026-03-02"))
    assert (notice.rectify_due, notice.review_request_due) == (dt.date(2026, 4, 1), dt.date(2026, 3, 9))


def test_the_review_answer_period_of_fifteen_days_ending_on_mid_autumn_moves_to_monday(
    district: Runtime,
) -> None:
    """Review asked for on Thu 10 Sep 2026 (within 7 days of Thu 3 Sep): day 15 is Fri 25 Sep,
    the first day of the 25–27 Sep rest block, so the office answers by Mon 28 Sep."""
    notice_id = issue(district, "2026-09-03")
    ask(district, notice_id, CLERK, "程序并无违法。", at("2026-09-10"))
    assert get(district, notice_id).review_answer_due == dt.date(2026, 9, 28)


def test_a_review_is_refused_after_its_seven_days(district: Runtime) -> None:
    notice_id = issue(district, "2026-09-01")
    with pytest.raises(RuleError, match="2026-09-08"):
        ask(district, notice_id, CLERK, "有异议", at("2026-09-09"))
    ask(district, notice_id, CLERK, "有异议", at("2026-09-08", 23))
    assert get(district, notice_id).review_pending


def test_periods_are_settings_per_agency(district: Runtime) -> None:
    district.config["SUPERVISION_DEADLINES"] = {"T-SCJG": {"rectify_days": 20}}
    notice = get(district, issue(district, "2026-03-02"))
    assert notice.rectify_due == dt.date(2026, 3, 23)  # Mon 2 Mar + 20 = Sun 22 Mar → Mon 23 Mar


# -- warnings ------------------------------------------------------------------------------


def warning_of(rt: Runtime, notice_id: int, step_name: str) -> SupervisionWarning | None:
    with rt.sessions() as s:
        stmt = select(SupervisionWarning).where(
            SupervisionWarning.notice_id == notice_id, SupervisionWarning.step == step_name
        )
        found = s.scalars(stmt).first()
        if found is not None:
            s.expunge(found)
        return found


def test_a_notice_not_rectified_warns_and_escalates_on_working_days(district: Runtime) -> None:
    """Due Thu 8 Oct 2026. Level 1 the next day; level 2 after 3 working days past (Fri 9,
    Sat 10 Oct — a make-up working day — and Mon 12); level 3 after 3 more (Tue 13 – Thu 15)."""
    notice_id = issue(district, "2026-09-01")
    run_tick(district, at("2026-10-08", 23))
    assert warning_of(district, notice_id, "rectify") is None
    for day, level in (
        ("2026-10-09", 1),
        ("2026-10-11", 1),
        ("2026-10-12", 2),
        ("2026-10-14", 2),
        ("2026-10-15", 3),
    ):
        run_tick(district, at(day))
        warning = warning_of(district, notice_id, "rectify")
        assert warning is not None and warning.level == level, day
    with district.sessions() as s:
        rows = supervision.warnings(s, dt.date(2026, 10, 15), district.calendar)
    assert [(r["kind"], r["agency"], r["record"], r["level"]) for r in rows] == [
        ("supervision_rectify", "T-SCJG", "测司监通〔2026〕1号", 3)
    ]
    step(district, supervision_notices.rectify, notice_id, CLERK, "已逐件补正。", at("2026-10-16"))
    assert warning_of(district, notice_id, "rectify").resolved_at is not None  # type: ignore[union-attr]
    notice = get(district, notice_id)
    assert notice.status == "rectified" and notice.rectified_on_time is False
    raised = [(a, d.get("level"), d.get("to")) for a, _who, d in actions(district) if "warning" in a]
    assert raised == [
        ("supervision_notice.warning_raised", 1, None),
        ("supervision_notice.warning_escalated", None, 2),
        ("supervision_notice.warning_escalated", None, 3),
    ]


def test_an_unanswered_review_warns_the_office(district: Runtime) -> None:
    notice_id = issue(district, "2026-09-03")
    ask(district, notice_id, CLERK, "有异议", at("2026-09-10"))
    run_tick(district, at("2026-09-28", 23))
    assert warning_of(district, notice_id, "review_answer") is None
    run_tick(district, at("2026-09-29"))
    assert warning_of(district, notice_id, "review_answer").level == 1  # type: ignore[union-attr]
    answer(district, notice_id, SUPERVISOR, "upheld", "维持。", at("2026-09-30"))
    notice = get(district, notice_id)
    assert notice.review_outcome == "upheld" and notice.review_answered_on_time is False
    assert warning_of(district, notice_id, "review_answer").resolved_at is not None  # type: ignore[union-attr]


def test_a_rectification_on_the_last_day_is_on_time_and_raises_nothing(district: Runtime) -> None:
    notice_id = issue(district, "2026-09-01")
    step(district, supervision_notices.rectify, notice_id, REVIEWER, "已整改。", at("2026-10-08", 22))
    run_tick(district, at("2026-10-20"))
    assert get(district, notice_id).rectified_on_time is True
    assert warning_of(district, notice_id, "rectify") is None


# -- review outcomes and decisions -----------------------------------------------------------


def test_a_review_may_follow_a_rectification_report_within_the_seven_days(district: Runtime) -> None:
    """The agency reports what it corrected and disputes the rest; the report stands whatever
    the answer, and a closed notice cannot be reviewed."""
    notice_id = issue(district, "2026-03-02")
    step(
        district,
        supervision_notices.rectify,
        notice_id,
        CLERK,
        "已补正 4 件，其余 2 件有异议。",
        at("2026-03-05"),
    )
    ask(district, notice_id, CLERK, "其余 2 件已告知。", at("2026-03-06"))
    answer(district, notice_id, SUPERVISOR, "withdrawn", "撤回。", at("2026-03-10"))
    notice = get(district, notice_id)
    assert (notice.status, notice.review_outcome, notice.rectified_on_time) == (
        "rectified",
        "withdrawn",
        True,
    )
    other = issue(district, "2026-03-02", "测司监通〔2026〕2号")
    decide(district, other, "2026-04-02", kind="revoke")
    with pytest.raises(RuleError, match="已办结"):
        ask(district, other, CLERK, "其余 2 件已告知。", at("2026-03-06"))


def test_a_withdrawn_notice_is_closed_and_its_warning_resolved(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02")
    ask(district, notice_id, CLERK, "所列案件不属于本机关。", at("2026-03-05"))
    run_tick(district, at("2026-04-02"))
    answer(district, notice_id, SUPERVISOR, "withdrawn", "经复查，撤回。", at("2026-04-03"))
    assert get(district, notice_id).status == "withdrawn"
    assert warning_of(district, notice_id, "rectify").resolved_at is not None  # type: ignore[union-attr]
    with pytest.raises(RuleError, match="已办结"):
        step(district, supervision_notices.rectify, notice_id, CLERK, "晚了", at("2026-04-04"))


def decide(rt: Runtime, notice_id: int, day: str, kind: str = "perform", **kwargs: Any) -> None:
    with rt.sessions() as s, s.begin():
        notice = s.get(SupervisionNotice, notice_id)
        supervision_notices.decide(
            s,
            kwargs.pop("actor", SUPERVISOR),
            notice,
            kwargs.pop("doc_no", "测司监决〔2026〕1号"),
            kind,
            "逾期未整改。",
            "责令于期限内补正 6 件案卷的告知程序。",
            at(day),
            rt.calendar,
            rt.config,
            **kwargs,
        )


def test_a_decision_comes_only_after_the_period_without_a_pending_review_or_a_party_remedy(
    district: Runtime,
) -> None:
    notice_id = issue(district, "2026-03-02")  # rectify by Wed 1 Apr
    with pytest.raises(RuleError, match="2026-04-01"):
        decide(district, notice_id, "2026-04-01")
    with pytest.raises(RuleError, match="行政复议"):
        decide(district, notice_id, "2026-04-02", party_sought_remedy=True)
    with pytest.raises(NotAllowed):
        decide(district, notice_id, "2026-04-02", actor=ADMIN)
    run_tick(district, at("2026-04-02", 1))  # the notice is late: a warning
    decide(district, notice_id, "2026-04-02", days=10)  # Thu 2 Apr + 10 = Sun 12 Apr → Mon 13 Apr
    notice = get(district, notice_id)
    assert notice.status == "decided"
    with district.sessions() as s:
        decision = s.get(SupervisionNotice, notice_id).decision  # type: ignore[union-attr]
        assert decision is not None and decision.perform_due == dt.date(2026, 4, 13)
    run_tick(district, at("2026-04-14"))
    assert warning_of(district, notice_id, "perform").level == 1  # type: ignore[union-attr]
    assert warning_of(district, notice_id, "rectify").resolved_at is not None  # type: ignore[union-attr]
    step(district, supervision_notices.perform, notice_id, CLERK, "已补正。", at("2026-04-15"))
    assert warning_of(district, notice_id, "perform").resolved_at is not None  # type: ignore[union-attr]


def test_a_pending_review_holds_the_decision_back(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02")
    ask(district, notice_id, CLERK, "有异议", at("2026-03-09"))
    with pytest.raises(RuleError, match="复查"):
        decide(district, notice_id, "2026-04-02")


def test_a_revocation_orders_nothing_and_has_no_deadline(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02")
    decide(district, notice_id, "2026-04-02", kind="revoke")
    with district.sessions() as s:
        assert s.get(SupervisionNotice, notice_id).decision.perform_due is None  # type: ignore[union-attr]
    with pytest.raises(RuleError):
        step(district, supervision_notices.perform, notice_id, CLERK, "已履行", at("2026-04-03"))


# -- roles, ownership, audit ------------------------------------------------------------------


@pytest.mark.parametrize("actor", [CLERK, REVIEWER, ADMIN], ids=["clerk", "reviewer", "admin"])
def test_only_the_legal_office_issues(district: Runtime, actor: Actor) -> None:
    with pytest.raises(NotAllowed):
        issue(district, "2026-03-02", actor=actor)


def test_only_the_notified_agency_answers_and_only_the_office_answers_reviews(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02")
    for actor in (FOREIGN, SUPERVISOR, ADMIN):
        with pytest.raises(NotAllowed):
            step(district, supervision_notices.rectify, notice_id, actor, "整改", at("2026-03-03"))
        with pytest.raises(NotAllowed):
            ask(district, notice_id, actor, "异议", at("2026-03-03"))
    ask(district, notice_id, CLERK, "异议", at("2026-03-03"))
    for actor in (CLERK, REVIEWER, ADMIN):
        with pytest.raises(NotAllowed):
            answer(district, notice_id, actor, "upheld", "维持", at("2026-03-04"))
    notice = get(district, notice_id)
    with district.sessions() as s:
        notice = s.get(SupervisionNotice, notice_id)  # type: ignore[assignment]
        seen = {
            a.name: supervision_notices.may_see(a, notice)
            for a in (CLERK, REVIEWER, FOREIGN, SUPERVISOR, ADMIN)
        }
    assert seen == {
        "clerk_scjg": True,
        "reviewer_scjg": True,
        "clerk_yjgl": False,
        "sup1": True,
        "admin": True,
    }


def test_every_step_is_audited_without_the_free_text(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02")
    ask(district, notice_id, CLERK, "异议理由", at("2026-03-03"))
    answer(district, notice_id, SUPERVISOR, "changed", "变更为：补正 4 件。", at("2026-03-10"))
    png = attachments.check("照片.png", _png())
    step(district, supervision_notices.rectify, notice_id, CLERK, "已补正 4 件。", at("2026-03-20"), [png])
    trail = actions(district)
    assert [(a, who) for a, who, _d in trail] == [
        ("supervision_notice.issued", "sup1"),
        ("supervision_notice.review_requested", "clerk_scjg"),
        ("supervision_notice.review_answered", "sup1"),
        ("supervision_notice.rectified", "clerk_scjg"),
    ]
    assert trail[0][2] == {"ground": "procedure_violated", "rectify_due": "2026-04-01"}
    assert trail[2][2] == {"outcome": "changed", "on_time": True}
    assert trail[3][2] == {"on_time": True, "files": [png.sha256]}
    assert not any(text in str(trail) for text in (FACTS, ASK, "异议理由", "已补正"))
    with district.sessions() as s:
        assert [a.filename for a in s.get(SupervisionNotice, notice_id).attachments] == ["照片.png"]  # type: ignore[union-attr]


def test_free_text_is_stored_as_plain_text_and_a_document_number_is_used_once(district: Runtime) -> None:
    notice_id = issue(district, "2026-03-02", facts="<script>alert(1)</script>案卷<b>不全</b>")
    assert get(district, notice_id).facts == "alert(1)案卷不全"
    with pytest.raises(RuleError, match="已经使用"):
        issue(district, "2026-03-03")
    with pytest.raises(RuleError, match="监督事由"):
        issue(district, "2026-03-03", doc_no="测司监通〔2026〕2号", ground="bad")


# -- annual statistics ------------------------------------------------------------------------


def test_the_annual_statistics_count_notices_reviews_and_decisions_per_agency(district: Runtime) -> None:
    on_time = issue(district, "2026-03-02", "通〔2026〕1号")
    step(district, supervision_notices.rectify, on_time, CLERK, "已整改", at("2026-03-20"))
    late = issue(district, "2026-03-02", "通〔2026〕2号", ground="wrong_basis")
    ask(district, late, CLERK, "异议", at("2026-03-04"))
    answer(district, late, SUPERVISOR, "upheld", "维持", at("2026-03-12"))
    step(district, supervision_notices.rectify, late, CLERK, "已整改", at("2026-04-10"))
    decided = issue(district, "2026-03-02", "通〔2026〕3号", agency_code="T-YJGL")
    decide(district, decided, "2026-04-02", kind="confirm_unlawful")
    with district.sessions() as s, s.begin():
        data = annual.build(s, 2026, at("2027-01-02")).data
    scjg, yjgl = (next(a for a in data["agencies"] if a["agency"] == code) for code in ("T-SCJG", "T-YJGL"))
    assert (
        scjg["supervision_notices"],
        scjg["notices_rectified_on_time"],
        scjg["notices_rectified_late"],
    ) == (2, 1, 1)
    assert scjg["by_ground"] == {"procedure_violated": 1, "wrong_basis": 1}
    assert (scjg["supervision_reviews"], scjg["by_review_outcome"]) == (1, {"upheld": 1})
    assert (yjgl["supervision_decisions"], yjgl["by_decision_kind"]) == (1, {"confirm_unlawful": 1})
    assert data["district"]["supervision_notices"] == 3
    assert data["district"]["by_ground"] == {"procedure_violated": 2, "wrong_basis": 1}
    assert FACTS not in str(data) and "通〔2026〕" not in str(data)  # figures only
    with district.sessions() as s, s.begin():
        assert annual.build(s, 2025, at("2026-01-02")).data["district"]["supervision_notices"] == 0


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


# -- the command line ---------------------------------------------------------------------------


def test_the_cli_lists_open_notices_with_the_step_due_at_now(
    district: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from publisher.cli import main

    for key, value in district.config.items():
        if isinstance(value, str):
            monkeypatch.setenv(f"PORTAL_{key}", value)
    late = issue(district, "2026-09-01")
    reviewed = issue(district, "2026-09-03", "测司监通〔2026〕2号", agency_code="T-YJGL")
    ask(district, reviewed, FOREIGN, "异议", at("2026-09-10"))
    run_tick(district, at("2026-10-12"))
    # working days after Mon 28 Sep: 29, 30 Sep, 8, 9, Sat 10 (make-up) and 12 Oct = 6
    result = CliRunner().invoke(main, ["supervision", "notices", "--now", "2026-10-12"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "测司监通〔2026〕2号  T-YJGL  违反法定程序  答复复查 / Answer to the review 2026-09-28  "
        "逾期 6 个工作日 / 6 working days late  预警 3 级 / level 3",
        "测司监通〔2026〕1号  T-SCJG  违反法定程序  整改 / Rectification 2026-10-08  "
        "逾期 3 个工作日 / 3 working days late  预警 2 级 / level 2",
    ]
    only = CliRunner().invoke(main, ["supervision", "notices", "--agency", "T-SCJG", "--now", "2026-10-12"])
    assert only.output.count("\n") == 1 and late
