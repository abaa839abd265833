"""An outsider's attack on issue 17's workflows: the same step taken twice at once by two
people (two sessions, the second read before the first committed) is done once; the second
is refused with the rule's message and leaves one audit event (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.lifecycle.actors import Actor, RuleError
from publisher.models import AuditEvent, CaseWarning, MajorDecision, SupervisionNotice
from publisher.office import cases, filings, supervision_notices
from publisher.office.duties import quarterly
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick
from tests.publisher.test_case_records import REVIEWER as CASE_REVIEWER
from tests.publisher.test_case_records import district as case_records_district
from tests.publisher.test_case_records import send as send_stages
from tests.publisher.test_case_records import stage
from tests.publisher.test_duties import CLERK as DUTY_CLERK
from tests.publisher.test_duties import REVIEWER, district, table
from tests.publisher.test_duties import events as events_of
from tests.publisher.test_filings import CLERK, REVIEW, SUPERVISOR, events, send
from tests.publisher.test_supervision_notices import CLERK as NOTICE_CLERK
from tests.publisher.test_supervision_notices import district as notices_district
from tests.publisher.test_supervision_notices import issue

CLERK2 = Actor("reviewer_scjg", "reviewer", "T-SCJG")
SUPERVISOR2 = Actor("sup2", "supervisor")
__all__ = ["district"]  # the fixture of tests/publisher/test_duties.py
case_records = pytest.fixture(case_records_district.__wrapped__, name="case_records")  # type: ignore[attr-defined]
notices = pytest.fixture(notices_district.__wrapped__, name="notices")  # type: ignore[attr-defined]


def test_two_filings_and_two_acknowledgements_at_once_happen_once(rt: Runtime, tmp_path: Path) -> None:
    assert send(rt, tmp_path, f.decision(fine_amount="150000", **REVIEW)).ok
    with rt.sessions() as first, rt.sessions() as second:
        mine, theirs = (s.scalars(select(MajorDecision)).one() for s in (first, second))
        assert theirs.raw.agency.code == "T-SCJG" and theirs.filed_at is None  # read before the first filed
        filings.file(first, mine, CLERK, ["询问笔录"], "", at("2026-11-10"))
        first.commit()
        with pytest.raises(RuleError, match="already been filed"):
            filings.file(second, theirs, CLERK2, ["现场检查笔录"], "", at("2026-11-10", 11))
        second.rollback()
        mine, theirs = (s.scalars(select(MajorDecision)).one() for s in (first, second))
        filings.acknowledge(first, mine, SUPERVISOR, "", at("2026-11-11"))
        first.commit()
        with pytest.raises(RuleError, match="already been acknowledged"):
            filings.acknowledge(second, theirs, SUPERVISOR2, "", at("2026-11-11", 11))
        second.rollback()
    assert [e.actor for e in events(rt, "filing.filed")] == ["clerk_scjg"]
    assert [e.actor for e in events(rt, "filing.acknowledged")] == ["sup1"]


def test_a_quarterly_table_confirmed_twice_at_once_is_confirmed_once(district: Runtime) -> None:
    run_tick(district, at("2026-01-05"))
    cal, config = district.calendar, district.config
    with district.sessions() as first, district.sessions() as second:
        mine, theirs = table(first), table(second)
        assert theirs.agency.code == "T-SCJG" and theirs.confirmed_at is None  # read before the first
        quarterly.confirm(first, mine, DUTY_CLERK, mine.digest, at("2026-01-08"), cal, config)
        first.commit()
        with pytest.raises(RuleError, match="already confirmed"):
            quarterly.confirm(second, theirs, REVIEWER, theirs.digest, at("2026-01-08", 11), cal, config)
        second.rollback()
        assert [e.actor for e in events_of(first, "quarterly_table.confirmed")] == ["clerk_scjg"]


def test_a_rectification_and_a_review_request_sent_twice_at_once_are_made_once(notices: Runtime) -> None:
    notice_id = issue(notices, "2026-09-01")
    cal, config = notices.calendar, notices.config
    with notices.sessions() as first, notices.sessions() as second:
        mine, theirs = first.get(SupervisionNotice, notice_id), second.get(SupervisionNotice, notice_id)
        assert mine is not None and theirs is not None and theirs.agency.code == "T-SCJG"
        supervision_notices.rectify(first, NOTICE_CLERK, mine, "已逐件补正。", at("2026-09-02"))
        supervision_notices.request_review(
            first, NOTICE_CLERK, mine, "部分不服。", at("2026-09-02"), cal, config
        )
        first.commit()
        with pytest.raises(RuleError, match="closed"):
            supervision_notices.rectify(second, REVIEWER, theirs, "另一份报告。", at("2026-09-02", 11))
        second.rollback()
        with pytest.raises(RuleError, match="already asked"):
            supervision_notices.request_review(
                second, REVIEWER, theirs, "再次申请。", at("2026-09-02", 11), cal, config
            )
        second.rollback()
        stmt = select(AuditEvent.actor).where(AuditEvent.action.like("supervision_notice.re%"))
        assert list(first.scalars(stmt)) == ["clerk_scjg", "clerk_scjg"]


def test_a_case_warning_handled_twice_at_once_is_handled_once(case_records: Runtime, tmp_path: Path) -> None:
    send_stages(case_records, tmp_path, [stage("filing", "2026-06-01")], at("2026-06-03"))  # entered late
    with case_records.sessions() as first, case_records.sessions() as second:
        mine, theirs = (s.scalars(select(CaseWarning)).one() for s in (first, second))
        assert theirs.raw.agency.code == "T-SCJG" and theirs.resolved_at is None  # read before the first
        cases.handle(first, mine, CASE_REVIEWER, "已补录。", at("2026-06-04"))
        first.commit()
        with pytest.raises(RuleError, match="already handled"):
            cases.handle(second, theirs, SUPERVISOR2, "另一种说法。", at("2026-06-04", 11))
        second.rollback()
        handled = first.scalars(select(AuditEvent.actor).where(AuditEvent.action == "case_warning.handled"))
        assert list(handled) == ["reviewer_scjg"]
