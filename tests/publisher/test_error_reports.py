"""Error reports (纠错) and the public correction log: the answer period on the working-day
calendar, only the owning agency answers, the three outcomes, warnings by level on a simulated
clock, the contact kept apart and out of the audit trail, and corrections that name the public
fields that changed (never their values) with a redacted reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle import review
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import (
    AuditEvent,
    Correction,
    ErrorReport,
    ErrorReportContact,
    ErrorReportWarning,
    Officer,
)
from publisher.office import error_reports
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, life, public, raw, run_tick

DOC = "测市监罚决〔2026〕1号"
OTHER = "测应急罚决〔2026〕1号"
CONTACT = {"name": "纠错人欧阳", "phone": "13655554444", "email": "jiucuo@example.cn"}
WHAT = "罚款金额写错了，决定书上是五万元，页面上写成了五十万元。"
CLERK = Actor("clerk_scjg", "clerk", "T-SCJG")
REVIEWER = Actor("reviewer_scjg", "reviewer", "T-SCJG")
FOREIGN = Actor("clerk_yjgl", "clerk", "T-YJGL")


@pytest.fixture
def district(rt: Runtime, tmp_path: Path) -> Runtime:
    """Two agencies, a credential and a published decision of each."""
    files = {
        "agencies": [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")],
        "officers": [f.officer(), f.officer(credential_no="JN2024000009", name="钱应急", agency="T-YJGL")],
        "decisions": [
            f.decision(id=DOC, decision_date="2026-05-06"),
            f.decision(id=OTHER, agency="T-YJGL", decision_date="2026-05-06"),
        ],
    }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"{kind}.jsonl", rows), now=at("2026-05-07")
        )
        assert report.ok, report.problems
    run_tick(rt, at("2026-05-08"))
    f.add_staff(rt)
    return rt


def file(rt: Runtime, now: dt.datetime, doc_no: str = DOC, **overrides: Any) -> error_reports.Receipt:
    with rt.sessions() as s, s.begin():
        values: dict[str, Any] = {
            "subject": "decision",
            "record_id": public(s, doc_no).id,
            "description": WHAT,
            "submission_key": "key-1",
            "field": "fine_amount",
            **CONTACT,
        }
        values.update(overrides)
        return error_reports.submit(s, error_reports.Report(**values), now, rt.calendar, rt.config)


def report_of(s: Any, receipt: error_reports.Receipt) -> ErrorReport:
    return s.scalars(select(ErrorReport).where(ErrorReport.tracking_no == receipt.tracking_no)).one()


def workdays_after(day: dt.date, n: int) -> dt.date:
    """The independent oracle: chinesecalendar's view of the official calendar."""
    while n:
        day += dt.timedelta(days=1)
        n -= chinese_calendar.is_workday(day)
    return day


@pytest.mark.parametrize(
    ("filed", "setting", "days"),
    [("2026-09-30", {}, 5), ("2026-05-08", {}, 5), ("2026-05-08", {"T-SCJG": {"answer_workdays": 10}}, 10)],
    ids=["over-national-day", "friday", "agency-setting"],
)
def test_the_answer_is_due_after_working_days_counted_on_the_calendar(
    district: Runtime, filed: str, setting: dict, days: int
) -> None:
    district.config["ERROR_REPORT_DEADLINES"] = setting
    receipt = file(district, at(filed))
    assert receipt.answer_due == workdays_after(dt.date.fromisoformat(filed), days)
    assert receipt.tracking_no.startswith("JC" + filed.replace("-", "")) and len(receipt.access_code) == 16


def test_the_contact_is_stored_apart_and_never_in_the_audit_trail(district: Runtime) -> None:
    receipt = file(district, at("2026-06-01"))
    assert file(district, at("2026-06-01")).duplicate  # the same form again files nothing
    with district.sessions() as s:
        report = report_of(s, receipt)
        assert report.agency.code == "T-SCJG" and not report.anonymous
        assert s.get(ErrorReportContact, report.id).phone == CONTACT["phone"]
        assert len(list(s.scalars(select(ErrorReport)))) == 1
        trail = " ".join(str(e.detail) for e in s.scalars(select(AuditEvent)))
    assert not any(value in trail for value in [*CONTACT.values(), WHAT])
    with district.sessions() as s:
        assert error_reports.track(s, receipt.tracking_no, "WRONG") is None
        assert error_reports.track(s, receipt.tracking_no.lower(), receipt.access_code) is not None


def test_only_the_owning_agency_answers_and_reads_the_contact(district: Runtime) -> None:
    receipt = file(district, at("2026-06-01"), submission_key="k", **{k: "" for k in CONTACT})
    with district.sessions() as s, s.begin():
        report = report_of(s, receipt)
        assert report.anonymous and error_reports.contact(s, report, CLERK, at("2026-06-02")) is None
        for outsider in (FOREIGN, Actor("sup1", "supervisor"), Actor("admin", "admin")):
            with pytest.raises(NotAllowed):
                error_reports.answer(s, report, outsider, "not_error", "不是错误", at("2026-06-02"))
            with pytest.raises(NotAllowed):
                error_reports.contact(s, report, outsider, at("2026-06-02"))
        viewed = s.scalars(select(AuditEvent).where(AuditEvent.action == "error_report.contact_viewed")).all()
        assert [e.actor for e in viewed] == ["clerk_scjg"]


@pytest.mark.parametrize(
    ("outcome", "text", "forwarded", "problem"),
    [
        ("not_error", "", "", "say why it is not an error"),
        ("forwarded", "已转交", "", "say where"),
        ("corrected", "", "", "correct the record first"),
        ("unknown", "x", "", "unknown outcome"),
    ],
    ids=["not-error-without-reason", "forwarded-nowhere", "corrected-without-correction", "unknown"],
)
def test_an_incomplete_answer_is_refused(
    district: Runtime, outcome: str, text: str, forwarded: str, problem: str
) -> None:
    receipt = file(district, at("2026-06-01"))
    with district.sessions() as s:
        with pytest.raises(RuleError, match=problem):
            error_reports.answer(
                s, report_of(s, receipt), CLERK, outcome, text, at("2026-06-02"), forwarded_to=forwarded
            )


def test_a_correction_logs_the_changed_public_fields_and_a_redacted_reason(district: Runtime) -> None:
    receipt = file(district, at("2026-06-01"))
    why = "经群众纠错核实，罚款金额录入有误；联系人王小明电话13812345678。"
    with district.sessions() as s, s.begin():
        record = raw(s, DOC)
        request = review.request_correction(
            s, record, {"fine_amount": "5000", "result": "罚款人民币五千元"}, why, CLERK, at("2026-06-02")
        )
        review.decide_correction(s, life(district, s), request, True, REVIEWER, at("2026-06-03"))
        [entry] = s.scalars(
            select(Correction).where(Correction.public_decision_id == public(s, DOC).id)
        ).all()
        assert sorted(entry.fields) == ["fine_amount", "result"]
        assert "13812345678" not in entry.reason and "罚款金额录入有误" in entry.reason
        report = report_of(s, receipt)
        assert [c.id for c in error_reports.eligible_corrections(s, report)] == [entry.id]
        error_reports.answer(
            s, report, CLERK, "corrected", "已更正。", at("2026-06-03"), correction_id=entry.id
        )
    with district.sessions() as s:
        report = report_of(s, receipt)
        assert (report.status, report.outcome, report.correction_id, report.answered_on_time) == (
            "answered",
            "corrected",
            entry.id,
            True,
        )
        event = s.scalars(select(AuditEvent).where(AuditEvent.seq == entry.audit_seq)).one()
        assert event.action == "decision.correct"


def test_a_late_answer_raises_warnings_by_level_and_the_answer_resolves_them(district: Runtime) -> None:
    receipt = file(district, at("2026-06-01"))  # due 2026-06-08 (5 working days)
    levels = []
    for day in ("2026-06-08", "2026-06-09", "2026-06-12", "2026-06-17"):
        counts = run_tick(district, at(day)).counts
        with district.sessions() as s:
            warning = s.scalars(select(ErrorReportWarning)).first()
            levels.append(warning.level if warning else 0)
    assert levels == [0, 1, 2, 3] and counts["error_report_warning.level3"] == 1
    with district.sessions() as s, s.begin():
        error_reports.answer(
            s, report_of(s, receipt), CLERK, "forwarded", "", at("2026-06-18"), forwarded_to="区税务局"
        )
    with district.sessions() as s:
        assert s.scalars(select(ErrorReportWarning)).one().resolved_at is not None
        assert report_of(s, receipt).answered_on_time is False


def test_a_credentials_changed_details_are_logged_but_a_status_change_is_not(
    district: Runtime, tmp_path: Path
) -> None:
    changes = [
        f.officer(area="测试区全域", valid_until="2030-01-01"),
        f.officer(credential_no="JN2024000009", name="钱应急", agency="T-YJGL", status="suspended"),
    ]
    assert intake.ingest(
        district.sessions, f.write_jsonl(tmp_path / "o.jsonl", changes), now=at("2026-06-01")
    ).ok
    with district.sessions() as s:
        [entry] = s.scalars(select(Correction)).all()
        officer = s.get(Officer, entry.officer_id)
        assert (officer.credential_no, sorted(entry.fields)) == ("JN2024000001", ["area", "valid_until"])


def test_corrections_made_before_the_log_existed_are_entered_by_the_tick(district: Runtime) -> None:
    with district.sessions() as s, s.begin():
        request = review.request_correction(
            s, raw(s, DOC), {"text": "更正后的全文。"}, "笔误", CLERK, at("2026-06-02")
        )
        review.decide_correction(s, life(district, s), request, True, REVIEWER, at("2026-06-03"))
        s.execute(Correction.__table__.delete())  # as an older version left it
    assert run_tick(district, at("2026-06-04")).counts["correction_logged"] == 1
    assert run_tick(district, at("2026-06-05")).counts["correction_logged"] == 0
    with district.sessions() as s:
        [entry] = s.scalars(select(Correction)).all()
        assert (entry.fields, entry.reason) == (["text"], "笔误")


def test_only_a_published_decision_can_be_reported(district: Runtime) -> None:
    with district.sessions() as s, s.begin():
        gone = public(s, OTHER)
        life(district, s).withdraw(
            gone, "revoked", "复议决定", dt.date(2026, 5, 20), at("2026-05-21"), Actor("system", "system")
        )
    with pytest.raises(RuleError, match="only a published decision"):
        file(district, at("2026-06-01"), doc_no=OTHER)
    with pytest.raises(RuleError, match="unknown field"):
        file(district, at("2026-06-01"), field="id_number")


# --- found by the outside attack round on this feature ---------------------------------------


def test_a_correction_reason_never_names_the_private_party_or_the_person_who_reported(
    district: Runtime, tmp_path: Path
) -> None:
    """The reason was redacted without the decision's record: the party's full name, masked on
    the decision page, was public in the correction log, and the reporter's name with it."""
    person = f.person_decision(id="测市监罚决〔2026〕7号", target_name="金婷婷", decision_date="2026-05-06")
    assert intake.ingest(
        district.sessions, f.write_jsonl(tmp_path / "p.jsonl", [person]), now=at("2026-05-07")
    ).ok
    run_tick(district, at("2026-05-08"))
    why = "当事人金婷婷的罚款金额录入有误，纠错人王建国来电反映"
    with district.sessions() as s, s.begin():
        request = review.request_correction(
            s, raw(s, person["id"]), {"fine_amount": "5000"}, why, CLERK, at("2026-06-02")
        )
        review.decide_correction(s, life(district, s), request, True, REVIEWER, at("2026-06-03"))
        [entry] = s.scalars(
            select(Correction).where(Correction.public_decision_id == public(s, person["id"]).id)
        )
        assert "金婷婷" not in entry.reason and "婷婷" not in entry.reason and "王建国" not in entry.reason
        assert "罚款金额录入有误" in entry.reason


def test_a_withdrawn_decisions_corrections_leave_the_log_with_it(district: Runtime) -> None:
    from publisher.lifecycle.actors import SYSTEM
    from publisher.outputs import corrections as log

    with district.sessions() as s, s.begin():
        request = review.request_correction(
            s, raw(s, DOC), {"fine_amount": "5000"}, "金额录入有误", CLERK, at("2026-06-02")
        )
        review.decide_correction(s, life(district, s), request, True, REVIEWER, at("2026-06-03"))
    with district.sessions() as s:
        assert [r["doc_no"] for r in log.newest(s, "")] == [DOC]
    with district.sessions() as s, s.begin():
        life(district, s).withdraw(
            public(s, DOC), "revoked", "复议决定", dt.date(2026, 6, 10), at("2026-06-11"), SYSTEM
        )
    with district.sessions() as s:
        assert log.newest(s, "") == [] and list(log.package_rows(s, "", None)) == []


def test_a_moved_decisions_reports_and_contacts_go_to_the_new_owner(district: Runtime) -> None:
    from publisher import ownership

    receipt = file(district, at("2026-06-01"))
    with district.sessions() as s, s.begin():
        ownership.move(s, "decisions", DOC, "T-YJGL", "误报机关", "admin", at("2026-06-02"))
    with district.sessions() as s:
        report = report_of(s, receipt)
        assert report.agency.code == "T-YJGL"
        with pytest.raises(NotAllowed):
            error_reports.contact(s, report, CLERK, at("2026-06-02"))  # the old owner no longer reads it
        assert error_reports.contact(s, report, FOREIGN, at("2026-06-02")) is not None
