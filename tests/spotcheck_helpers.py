"""A random-inspection setting for tests: officers of two agencies, a directory and a plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from stdnum.cn import uscc

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM
from publisher.runtime import Runtime
from publisher.spotcheck import directory, plans
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

SEED = "2026-03-公开种子-7f3a"
VALID = [f"JN20261000{n}" for n in range(1, 6)]  # T-SCJG, valid on the draw date
INVALID = {
    "JN202620001": {"status": "suspended", "status_date": "2026-02-01", "status_reason": "涉嫌违纪"},
    "JN202620002": {"status": "revoked", "status_date": "2026-01-15"},
    "JN202620003": {"status": "cancelled", "status_date": "2026-02-20", "status_reason": "调离"},
    "JN202620004": {"valid_from": "2021-01-01", "valid_until": "2026-01-01"},  # expired
}
OTHER_AGENCY = "JN202630001"  # valid, but an officer of T-YJGL


def credit_code(n: int) -> str:
    """A valid 统一社会信用代码 of an enterprise, numbered ``n``."""
    body = f"91320102{n:09d}"
    return body + uscc.calc_check_digit(body)


def officers() -> list[dict[str, Any]]:
    """Five valid officers of T-SCJG, four invalid ones, and one valid officer of T-YJGL."""
    rows = [f.officer(credential_no=no, name=f"检查员{n}") for n, no in enumerate(VALID, start=1)]
    rows += [
        f.officer(credential_no=no, name=f"无效{n}", **extra) for n, (no, extra) in enumerate(INVALID.items())
    ]
    rows.append(f.officer(credential_no=OTHER_AGENCY, name="他局员", agency="T-YJGL"))
    return rows


def companies(count: int, sector: str = "食品经营", start: int = 1) -> list[dict[str, Any]]:
    """Directory rows of ``count`` organisations."""
    return [
        {
            "credit_code": credit_code(n),
            "name": f"测试{sector}公司{n}",
            "address": f"测试区人民路{n}号",
            "sector": sector,
        }
        for n in range(start, start + count)
    ]


def district(rt: Runtime, tmp_path: Path, *, with_agencies: bool = True) -> None:
    """Ingest the agencies (unless already there) and the officers on 2026-03-01."""
    files: dict[str, list[dict[str, Any]]] = {"officers": officers()}
    if with_agencies:
        files = {
            "agencies": [
                f.agency(),
                f.agency(code="T-YJGL", name="测试区应急管理局", name_en="Test Emergency"),
            ],
            **files,
        }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"sc-{kind}.jsonl", rows), now=at("2026-03-01")
        )
        assert report.ok, report.problems


def load_directory(
    rt: Runtime, tmp_path: Path, rows: list[dict[str, Any]], now: dt.datetime, agency: str = "T-SCJG"
) -> None:
    """Load directory rows for an agency at ``now``."""
    with rt.sessions() as s, s.begin():
        report = directory.load_objects(
            s, f.write_jsonl(tmp_path / "objects.jsonl", rows), agency, now=now, actor=SYSTEM
        )
    assert not report.problems, report.problems


def plan_input(**overrides: Any) -> plans.PlanInput:
    """A plan of T-SCJG drawing 10 % on 2026-03-10, published with SEED."""
    given: dict[str, Any] = {
        "agency": "T-SCJG",
        "title": "2026年食品经营者双随机抽查",
        "scope": "辖区内食品经营者",
        "ratio": Decimal("0.1"),
        "period_start": dt.date(2026, 3, 10),
        "period_end": dt.date(2026, 6, 30),
        "draw_date": dt.date(2026, 3, 10),
        "items": ["食品经营许可情况", "进货查验记录"],
        "sectors": ["食品经营"],
        "basis": "《食品安全法》第一百一十条",
        "seed": SEED,
        "seed_source": "计划公布时公开",
    }
    return plans.PlanInput(**{**given, **overrides})


def add_plan(rt: Runtime, now: dt.datetime | None = None, **overrides: Any) -> str:
    """Publish a plan; return its number."""
    with rt.sessions() as s, s.begin():
        return plans.add_plan(s, plan_input(**overrides), now=now or at("2026-03-02"), actor=SYSTEM).plan_no


def drawn_plan(rt: Runtime, tmp_path: Path, objects: int = 40) -> str:
    """The district, a directory of ``objects`` organisations, a plan published and drawn."""
    from publisher.spotcheck import run

    district(rt, tmp_path)
    load_directory(rt, tmp_path, companies(objects), at("2026-03-01"))
    plan_no = add_plan(rt)
    with rt.sessions() as s, s.begin():
        run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
    return plan_no


CASE_DECISION = "测市监罚决〔2025〕3号"


def inspected(rt: Runtime, tmp_path: Path) -> str:
    """On the published district: a drawn plan with three results (one a case, one late) and a
    second plan still waiting for its draw. Returns the drawn plan's number."""
    from publisher.spotcheck import results, run

    district(rt, tmp_path, with_agencies=False)
    load_directory(rt, tmp_path, companies(30), at("2026-03-01"))
    plan_no = add_plan(rt)
    add_plan(
        rt,
        title="2026年下半年餐饮服务抽查",
        draw_date=dt.date(2026, 12, 1),
        period_end=dt.date(2026, 12, 31),
        seed=None,
        sectors=[],
    )
    with rt.sessions() as s, s.begin():
        drawn = run.run_draw(s, plan_no, now=at("2026-03-10"), actor=SYSTEM)
        codes = [t.object.credit_code for t in drawn.tasks]
        outcomes = [
            ("no_problem", None, "2026-04-20"),
            ("case", CASE_DECISION, "2026-04-20"),
            ("rectify", None, "2026-05-07"),
        ]
        for code, (result, decision, day) in zip(codes, outcomes, strict=False):
            note = "责令于30日内整改" if result == "rectify" else None
            common = {
                "plan_no": plan_no,
                "credit_code": code,
                "result": result,
                "decision": decision,
                "note": note,
            }
            results.record_result(
                s, rt.calendar, result_date=dt.date(2026, 4, 1), now=at(day), actor=SYSTEM, **common
            )
    return plan_no
