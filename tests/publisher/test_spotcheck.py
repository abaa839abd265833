"""Random inspections in the database: the pool, the directory, verification, results, ownership."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM, Actor, NotAllowed
from publisher.models import AuditEvent, InspectionTask, Officer, OfficerStatusChange
from publisher.office import supervision
from publisher.runtime import Runtime
from publisher.spotcheck import directory, plans, results, run
from tests import factories as f
from tests import spotcheck_helpers as h
from tests.publisher.lifecycle_helpers import at


def test_the_draw_never_picks_an_invalid_credential_or_another_agencys_officer(
    rt: Runtime, tmp_path: Path
) -> None:
    h.district(rt, tmp_path)
    h.load_directory(rt, tmp_path, h.companies(60), at("2026-03-01"))
    numbers = [h.add_plan(rt, seed=f"seed-{n}", ratio=h.Decimal("0.5")) for n in range(6)]
    used: set[str] = set()
    with rt.sessions() as s, s.begin():
        for plan_no in numbers:
            drawn = run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
            assert drawn.inspectors == sorted(h.VALID)
            for task in drawn.tasks:
                used |= {task.inspector1.credential_no, task.inspector2.credential_no}
                assert task.inspector1_id != task.inspector2_id
    assert used == set(h.VALID)  # every valid officer was drawn somewhere, nobody else ever


def test_the_pool_follows_the_credentials_status_on_the_draw_date(rt: Runtime, tmp_path: Path) -> None:
    h.district(rt, tmp_path)
    late_cancel = h.VALID[0]
    with rt.sessions() as s, s.begin():
        officer = s.scalars(select(Officer).where(Officer.credential_no == late_cancel)).one()
        s.add(
            OfficerStatusChange(
                officer=officer,
                status="cancelled",
                effective=dt.date(2026, 4, 1),
                recorded_at=at("2026-03-05"),
            )
        )
    plan_no = h.add_plan(rt)
    later = h.add_plan(rt, draw_date=dt.date(2026, 4, 2))
    with rt.sessions() as s:
        assert late_cancel in plans.inspector_pool(s, plans.plan(s, plan_no))  # cancelled only from 1 April
        assert late_cancel not in plans.inspector_pool(s, plans.plan(s, later))


def test_verify_reproduces_the_draw_and_notices_tampering(rt: Runtime, tmp_path: Path) -> None:
    plan_no = h.drawn_plan(rt, tmp_path)
    with rt.sessions() as s:
        checked = run.verify(s, plan_no)
        assert checked.ok and checked.drawn == 4  # ceil(40 × 0.1)
        assert run.stored_picks(plans.plan(s, plan_no)) == run.published_draw(plans.plan(s, plan_no))["picks"]  # type: ignore[index]
    with rt.sessions() as s, s.begin():  # an officer swapped in afterwards
        task = s.scalars(select(InspectionTask).where(InspectionTask.rank == 1)).one()
        others = [
            o
            for o in s.scalars(select(Officer).where(Officer.credential_no.in_(h.VALID)))
            if o.id not in (task.inspector1_id, task.inspector2_id)
        ]
        task.inspector1_id = others[0].id
    with rt.sessions() as s:
        assert "differs from a re-run" in run.verify(s, plan_no).problems[0]


def test_verify_notices_a_credential_change_dated_back_before_the_draw(rt: Runtime, tmp_path: Path) -> None:
    plan_no = h.drawn_plan(rt, tmp_path)
    with rt.sessions() as s, s.begin():
        officer = s.scalars(select(Officer).where(Officer.credential_no == h.VALID[2])).one()
        s.add(
            OfficerStatusChange(
                officer=officer,
                status="suspended",
                effective=dt.date(2026, 3, 1),
                recorded_at=at("2026-03-20"),
            )
        )
    with rt.sessions() as s:
        problems = run.verify(s, plan_no).problems
    assert len(problems) == 1 and "credentials valid on the draw date differ" in problems[0]


def test_the_directory_is_taken_as_it_stood_when_the_seed_was_published(rt: Runtime, tmp_path: Path) -> None:
    h.district(rt, tmp_path)
    h.load_directory(
        rt, tmp_path, h.companies(10) + h.companies(5, sector="餐饮服务", start=100), at("2026-03-01")
    )
    plan_no = h.add_plan(rt, ratio=h.Decimal("1"))
    h.load_directory(
        rt, tmp_path, [{**h.companies(1)[0], "removed": True}, *h.companies(3, start=50)], at("2026-03-05")
    )
    with rt.sessions() as s, s.begin():
        drawn = run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
        assert drawn.population == sorted(h.credit_code(n) for n in range(1, 11))  # its sector, listed then
        assert len(drawn.tasks) == 10


def test_the_directory_holds_valid_organisations_only_and_stores_nothing_otherwise(
    rt: Runtime, tmp_path: Path
) -> None:
    h.district(rt, tmp_path)
    individual = "92320102MA1XYW123" + "0"
    individual = individual[:17] + directory.uscc.calc_check_digit(individual[:17])
    rows = [
        *h.companies(2),
        {**h.companies(1, start=9)[0], "credit_code": "91320102000000009A"},
        {**h.companies(1, start=8)[0], "credit_code": individual},
    ]
    with rt.sessions() as s, s.begin():
        report = directory.load_objects(
            s, f.write_jsonl(tmp_path / "bad.jsonl", rows), "T-SCJG", now=at("2026-03-01"), actor=SYSTEM
        )
    assert [p.code for p in report.problems] == ["bad_credit_code", "not_an_organisation"]
    assert report.added == 0
    with rt.sessions() as s:
        assert list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "inspection_object"))) == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"draw_date": dt.date(2026, 3, 2)}, "after the plan's publication"),
        ({"ratio": h.Decimal("0")}, "ratio"),
        ({"period_end": dt.date(2026, 3, 1)}, "ends before it starts"),
        ({"agency": "T-NONE"}, "unknown agency"),
        ({"ratio": h.Decimal("0.010102")}, "four decimals"),  # stored as 0.0101: fewer drawn than asked
        ({"ratio": h.Decimal("0.0000001")}, "four decimals"),  # stored as 0: no draw would ever run
        ({"ratio": h.Decimal("Infinity")}, "ratio"),
    ],
    ids=[
        "draw-on-publication-day",
        "zero-ratio",
        "period-order",
        "unknown-agency",
        "ratio-beyond-its-column",
        "ratio-rounding-to-zero",
        "infinite-ratio",
    ],
)
def test_a_plan_that_breaks_a_rule_is_refused(
    rt: Runtime, tmp_path: Path, overrides: dict, message: str
) -> None:
    h.district(rt, tmp_path)
    with pytest.raises((ValueError, LookupError), match=message):
        h.add_plan(rt, **overrides)


def test_the_draw_waits_for_its_date_and_happens_once(rt: Runtime, tmp_path: Path) -> None:
    h.district(rt, tmp_path)
    plan_no = h.add_plan(rt)
    with rt.sessions() as s, s.begin(), pytest.raises(ValueError, match="not before"):
        run.run_draw(s, plan_no, now=at("2026-03-09"), actor=SYSTEM)
    with rt.sessions() as s, s.begin():
        run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
    with rt.sessions() as s, s.begin(), pytest.raises(ValueError, match="was drawn"):
        run.run_draw(s, plan_no, now=at("2026-03-11"), actor=SYSTEM)


def _first(rt: Runtime, plan_no: str) -> str:
    with rt.sessions() as s:
        return plans.plan(s, plan_no).tasks[0].object.credit_code


def _record(
    s: Any, rt: Runtime, plan_no: str, code: str, result: str, now: str, actor: Actor = SYSTEM
) -> Any:
    """Record a result of an inspection that concluded on 1 April 2026."""
    return results.record_result(
        s, rt.calendar, plan_no=plan_no, credit_code=code, result=result, result_date=dt.date(2026, 4, 1),
        now=at(now), actor=actor,
    )  # fmt: skip


def test_results_are_due_in_20_working_days_and_late_ones_reach_the_dashboard(
    rt: Runtime, tmp_path: Path
) -> None:
    plan_no = h.drawn_plan(rt, tmp_path)
    with rt.sessions() as s:
        codes = [t.object.credit_code for t in plans.plan(s, plan_no).tasks]
    with rt.sessions() as s, s.begin():
        on_time = _record(s, rt, plan_no, codes[0], "no_problem", "2026-04-20", SYSTEM)
        # 1 April + 20 working days, past Qingming (4–6 April)
        assert on_time.deadline == dt.date(2026, 4, 30) and on_time.late_days == 0
        late = _record(s, rt, plan_no, codes[1], "rectify", "2026-05-07", SYSTEM)
        assert late.late_days == 2  # 6 and 7 May
    with rt.sessions() as s:
        rows = supervision.TABLES["inspections"](s, dt.date(2026, 8, 31), rt.calendar)
    by_state = {(r["credit_code"], r["state"]) for r in rows}
    assert (codes[1], "late") in by_state and all((c, "overdue") in by_state for c in codes[2:])
    assert codes[0] not in {r["credit_code"] for r in rows}
    overdue = next(r for r in rows if r["state"] == "overdue")
    assert overdue["due"] == dt.date(2026, 7, 28)  # 30 June + 20 working days


def test_an_agency_never_touches_another_agencys_inspections(rt: Runtime, tmp_path: Path) -> None:
    plan_no = h.drawn_plan(rt, tmp_path)
    code = _first(rt, plan_no)
    stranger = Actor("clerk_yjgl", "clerk", "T-YJGL")
    with rt.sessions() as s, s.begin():
        with pytest.raises(NotAllowed):
            plans.add_plan(s, h.plan_input(), now=at("2026-03-02"), actor=stranger)
        with pytest.raises(NotAllowed):
            directory.load_objects(
                s,
                f.write_jsonl(tmp_path / "o.jsonl", h.companies(1)),
                "T-SCJG",
                now=at("2026-03-02"),
                actor=stranger,
            )
        with pytest.raises(NotAllowed):
            _record(s, rt, plan_no, code, "no_problem", "2026-04-02", stranger)
        with pytest.raises(NotAllowed):
            plans.add_plan(s, h.plan_input(), now=at("2026-03-02"), actor=Actor("sup1", "supervisor"))
    own = Actor("clerk_scjg", "clerk", "T-SCJG")
    with rt.sessions() as s, s.begin():
        assert _record(s, rt, plan_no, code, "no_problem", "2026-04-02", own).result == "no_problem"


def test_a_case_links_only_its_own_agencys_decision(rt: Runtime, tmp_path: Path) -> None:
    h.district(rt, tmp_path)
    rows = [
        f.decision(id="测应急罚决〔2026〕3号", agency="T-YJGL", decision_date="2026-04-03"),
        f.decision(id="测市监罚决〔2026〕5号", decision_date="2026-04-03"),
    ]
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "d.jsonl", rows), now=at("2026-04-10")).ok
    h.load_directory(rt, tmp_path, h.companies(20), at("2026-03-01"))
    plan_no = h.add_plan(rt)
    with rt.sessions() as s, s.begin():
        run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
    code = _first(rt, plan_no)
    common = {
        "plan_no": plan_no,
        "credit_code": code,
        "result_date": dt.date(2026, 4, 2),
        "now": at("2026-04-10"),
        "actor": SYSTEM,
    }
    with rt.sessions() as s, s.begin():
        with pytest.raises(NotAllowed, match="another agency"):
            results.record_result(s, rt.calendar, result="case", decision="测应急罚决〔2026〕3号", **common)
        with pytest.raises(ValueError, match="only a result"):
            results.record_result(
                s, rt.calendar, result="rectify", decision="测市监罚决〔2026〕5号", **common
            )
        task = results.record_result(
            s, rt.calendar, result="case", decision="测市监罚决〔2026〕5号", **common
        )
        assert task.decision_doc_no == "测市监罚决〔2026〕5号"


def test_a_credential_not_yet_valid_on_the_draw_date_never_inspects(rt: Runtime, tmp_path: Path) -> None:
    """Attack round: a card issued for next year was drawn as an inspector (and shown as 有效)."""
    h.district(rt, tmp_path)
    future = f.officer(
        credential_no="JN2027000001", name="明年员", valid_from="2027-01-01", valid_until="2031-01-01"
    )
    assert intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "future.jsonl", [future]), now=at("2026-03-01")
    ).ok
    plan_no = h.add_plan(rt)
    with rt.sessions() as s:
        officer = s.scalars(select(Officer).where(Officer.credential_no == "JN2027000001")).one()
        assert officer.status_on(dt.date(2026, 3, 10)) == "not_yet_valid"
        assert officer.status_on(dt.date(2027, 1, 1)) == "valid"
        assert "JN2027000001" not in plans.inspector_pool(s, plans.plan(s, plan_no))
