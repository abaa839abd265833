"""Complaint handling: deadlines on the working-day calendar, roles, routing without identity,
the one extension, warnings on a simulated clock, the audit trail and the public counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
from sqlalchemy import select

from publisher import audit
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import NotAllowed, RuleError
from publisher.models import AuditEvent, Complaint, ComplaintFiler, ComplaintWarning, User
from publisher.office import complaints
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick

PASSWORD = f.STAFF_PASSWORD
FILER = {
    "name": "欧阳明月",
    "phone": "13812345678",
    "email": "mingyue@example.cn",
    "address": "测试区幸福路88号3栋502室",
}
FACTS = (
    "2026年9月1日上午，我（欧阳明月，电话13812345678）在幸福路88号开的小店被执法人员检查，"
    "执法人员未出示证件就扣押了货物，也没有给我任何文书。"
)


@pytest.fixture
def district(rt: Runtime, tmp_path: Path) -> Runtime:
    """Two agencies and one account of every kind."""
    agencies = [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")]
    report = intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "agencies.jsonl", agencies), now=at("2026-01-05")
    )
    assert report.ok, report.problems
    f.add_staff(rt)
    return rt


def next_workday(day: dt.date) -> dt.date:
    """The independent oracle: chinesecalendar's view of the official calendar."""
    while not chinese_calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day


def workdays_after(day: dt.date, n: int) -> dt.date:
    while n:
        day += dt.timedelta(days=1)
        n -= chinese_calendar.is_workday(day)
    return day


def user(s: Any, name: str) -> User:
    return s.scalars(select(User).where(User.username == name)).one()


def filing(**overrides: Any) -> complaints.Filing:
    values: dict[str, Any] = {
        "kind": "complaint",
        "agency_code": "T-SCJG",
        "facts": FACTS,
        "request": "请确认扣押违法，退还货物。联系我：mingyue@example.cn",
        "submission_key": "key-1",
        **FILER,
    }
    values.update(overrides)
    return complaints.Filing(**values)


def submit(rt: Runtime, now: dt.datetime, **overrides: Any) -> complaints.Receipt:
    with rt.sessions() as s, s.begin():
        return complaints.submit(s, filing(**overrides), now, rt.calendar, rt.config)


def step(rt: Runtime, tracking_no: str, who: str, action: str, *args: Any) -> None:
    with rt.sessions() as s, s.begin():
        c = s.scalars(select(Complaint).where(Complaint.tracking_no == tracking_no)).one()
        fn = getattr(complaints, action)
        if action in ("accept", "approve_extension"):
            fn(s, c, user(s, who), *args, rt.calendar, rt.config)
        else:
            fn(s, c, user(s, who), *args)


def get(rt: Runtime, tracking_no: str) -> Complaint:
    with rt.sessions() as s:
        return s.scalars(select(Complaint).where(Complaint.tracking_no == tracking_no)).one()


def test_receipt_gives_codes_that_track_and_stores_only_the_hash(district: Runtime) -> None:
    receipt = submit(district, at("2026-09-30", 16))  # the day before the National Day break
    assert receipt.accept_due == workdays_after(dt.date(2026, 9, 30), 5)
    assert receipt.accept_due > dt.date(2026, 10, 8)
    with district.sessions() as s:
        stored = s.scalars(select(Complaint)).one()
        assert receipt.access_code not in (stored.access_hash, stored.tracking_no)
        assert complaints.track(s, receipt.tracking_no, receipt.access_code) is not None
        formatted = "-".join(receipt.access_code[i : i + 4] for i in range(0, 16, 4)).lower()
        assert complaints.track(s, receipt.tracking_no.lower(), formatted) is not None
        assert complaints.track(s, receipt.tracking_no, "A" * 16) is None
        assert complaints.track(s, "TS20260930XXXXXX", receipt.access_code) is None


def test_the_same_form_twice_is_stored_once(district: Runtime) -> None:
    first = submit(district, at("2026-09-01"))
    again = submit(district, at("2026-09-01", 11))
    assert again.duplicate and again.tracking_no == first.tracking_no and again.access_code == ""
    with district.sessions() as s:
        assert len(s.scalars(select(Complaint)).all()) == 1


def test_a_complaint_needs_contact_details_but_a_report_may_be_anonymous(district: Runtime) -> None:
    anonymous = {"name": "", "phone": "", "email": "", "address": ""}
    with pytest.raises(RuleError):
        submit(district, at("2026-09-01"), **anonymous)
    receipt = submit(district, at("2026-09-01"), kind="report", **anonymous)
    with district.sessions() as s:
        stored = s.scalars(select(Complaint).where(Complaint.tracking_no == receipt.tracking_no)).one()
        assert stored.anonymous
        assert s.get(ComplaintFiler, stored.id) is None


def test_full_handling_on_time_with_routing_that_hides_the_filer(district: Runtime) -> None:
    no = submit(district, at("2026-09-01")).tracking_no
    step(district, no, "sup1", "take", at("2026-09-02"))
    step(district, no, "sup1", "accept", at("2026-09-03"))
    accepted = get(district, no)
    assert accepted.decided_on_time and accepted.status == "accepted"
    # 3 Sep + 30 days = 3 Oct, inside the National Day break → the first working day after it
    assert accepted.conclude_due == next_workday(dt.date(2026, 10, 3)) == dt.date(2026, 10, 8)
    step(district, no, "sup1", "route", "T-SCJG", "请核查并于10日内报送结果", at("2026-09-04"))
    routed = get(district, no)
    for private in ("欧阳明月", "13812345678", "幸福路88号3栋502室", "mingyue@example.cn"):
        assert private not in (routed.routed_facts or "") + (routed.routed_request or "")
    assert "未出示证件就扣押了货物" in (routed.routed_facts or "")
    with pytest.raises(NotAllowed):
        step(district, no, "clerk_yjgl", "agency_reply", "不是我们的", at("2026-09-10"))
    step(
        district, no, "clerk_scjg", "agency_reply", "经核查，已退还货物并批评教育执法人员。", at("2026-09-15")
    )
    step(district, no, "sup1", "answer", "经调查，扣押程序违法，已责令退还。", at("2026-09-20"))
    closed = get(district, no)
    assert closed.status == "closed" and closed.closed_on_time
    with district.sessions() as s:
        (counts,) = complaints.counts(s, 2026)
        assert (counts.received, counts.accepted, counts.closed, counts.closed_on_time) == (1, 1, 1, 1)


def test_only_the_handler_sees_the_filer_and_every_view_is_audited(district: Runtime) -> None:
    no = submit(district, at("2026-09-01")).tracking_no
    step(district, no, "sup1", "take", at("2026-09-01", 11))
    with district.sessions() as s, s.begin():
        c = s.scalars(select(Complaint)).one()
        for other in ("sup2", "admin", "clerk_scjg"):
            with pytest.raises(NotAllowed):
                complaints.filer(s, c, user(s, other), at("2026-09-02"))
        person = complaints.filer(s, c, user(s, "sup1"), at("2026-09-02"))
        assert person is not None and person.phone == FILER["phone"]
    with district.sessions() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.action == "complaint.identity_viewed")).all()
        assert [(v.actor, v.entity_id) for v in views] == [("sup1", no)]
        trail = " ".join(str(e.detail) + e.actor for e in s.scalars(select(AuditEvent)))
        for private in FILER.values():
            assert private not in trail
        assert audit.verify(s).ok


def test_steps_belong_to_the_handler_and_follow_the_order(district: Runtime) -> None:
    no = submit(district, at("2026-09-01")).tracking_no
    with pytest.raises(NotAllowed):
        step(district, no, "sup1", "accept", at("2026-09-02"))  # nobody has taken it yet
    step(district, no, "sup1", "take", at("2026-09-02"))
    with pytest.raises(RuleError):
        step(district, no, "sup2", "take", at("2026-09-02"))
    with pytest.raises(NotAllowed):
        step(district, no, "sup2", "accept", at("2026-09-02"))
    with pytest.raises(NotAllowed):
        step(district, no, "clerk_scjg", "take", at("2026-09-02"))
    with pytest.raises(RuleError):
        step(district, no, "sup1", "answer", "太早了", at("2026-09-02"))  # not accepted yet
    with pytest.raises(RuleError):
        step(district, no, "sup1", "refuse", "  ", at("2026-09-02"))  # a refusal needs a reason
    step(district, no, "sup1", "refuse", "不属于行政执法监督范围，请向法院起诉。", at("2026-09-02"))
    refused = get(district, no)
    assert refused.status == "refused" and refused.decided_on_time and refused.closed_at is not None


def test_one_extension_approved_by_someone_else(district: Runtime) -> None:
    no = submit(district, at("2026-09-01")).tracking_no
    step(district, no, "sup1", "take", at("2026-09-01"))
    step(district, no, "sup1", "accept", at("2026-09-01"))
    due = get(district, no).conclude_due
    assert due == next_workday(dt.date(2026, 10, 1))
    step(district, no, "sup1", "request_extension", "需要现场勘验", at("2026-09-20"))
    with pytest.raises(NotAllowed):
        step(district, no, "sup1", "approve_extension", at("2026-09-21"))
    with pytest.raises(NotAllowed):
        step(district, no, "clerk_scjg", "approve_extension", at("2026-09-21"))
    step(district, no, "sup2", "approve_extension", at("2026-09-21"))
    assert due is not None
    assert get(district, no).conclude_due == next_workday(due + dt.timedelta(days=30))
    with pytest.raises(RuleError):
        step(district, no, "sup1", "request_extension", "还要再延", at("2026-10-20"))
    with pytest.raises(RuleError):
        step(district, no, "admin", "approve_extension", at("2026-10-20"))


def test_overdue_steps_raise_warnings_that_escalate_and_resolve(district: Runtime) -> None:
    receipt = submit(district, at("2026-09-01"))
    assert receipt.accept_due == workdays_after(dt.date(2026, 9, 1), 5) == dt.date(2026, 9, 8)
    run_tick(district, at("2026-09-08", 23))
    with district.sessions() as s:
        assert s.scalars(select(ComplaintWarning)).all() == []
    run_tick(district, at("2026-09-09"))
    run_tick(district, at("2026-09-11"))  # 3 working days past → level 2
    with district.sessions() as s:
        (warning,) = s.scalars(select(ComplaintWarning)).all()
        assert (warning.step, warning.level) == ("accept", 2)
    run_tick(district, at("2026-09-16"))  # 6 working days past → level 3 (the city)
    with district.sessions() as s:
        assert s.scalars(select(ComplaintWarning)).one().level == 3
    step(district, receipt.tracking_no, "sup1", "take", at("2026-09-16", 11))
    step(district, receipt.tracking_no, "sup1", "accept", at("2026-09-16", 12))
    late = get(district, receipt.tracking_no)
    assert late.decided_on_time is False
    with district.sessions() as s:
        assert s.scalars(select(ComplaintWarning)).one().resolved_at is not None
    run_tick(district, at("2026-10-20"))  # conclusion due 16 Oct + … passed
    with district.sessions() as s:
        open_ = s.scalars(select(ComplaintWarning).where(ComplaintWarning.resolved_at.is_(None))).one()
        assert open_.step == "conclude"
    step(district, receipt.tracking_no, "sup1", "answer", "已办结", at("2026-10-21"))
    assert get(district, receipt.tracking_no).closed_on_time is False
    with district.sessions() as s:
        assert s.scalars(select(ComplaintWarning).where(ComplaintWarning.resolved_at.is_(None))).all() == []


def test_periods_can_be_set_per_agency(district: Runtime) -> None:
    district.config["COMPLAINT_DEADLINES"] = {"T-YJGL": {"accept_workdays": 7}}
    scjg = submit(district, at("2026-09-01"))
    yjgl = submit(district, at("2026-09-01"), agency_code="T-YJGL", submission_key="key-2")
    assert scjg.accept_due == dt.date(2026, 9, 8)
    assert yjgl.accept_due == dt.date(2026, 9, 10)


def test_a_deadline_in_an_unknown_year_is_the_earlier_safe_day(district: Runtime) -> None:
    no = submit(district, at("2026-12-21")).tracking_no
    step(district, no, "sup1", "take", at("2026-12-21"))
    step(district, no, "sup1", "accept", at("2026-12-21"))
    # 20 Jan 2027: the 2027 notice is not loaded, so the day is not moved past any holiday
    assert get(district, no).conclude_due == dt.date(2027, 1, 20)
