"""Annual statistics: rebuilt by every tick in January, then kept; figures from every decision."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.models import AnnualReport
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick


def ingest(rt: Runtime, tmp_path: Path, name: str, *records: dict[str, object], day: str) -> None:
    assert intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / f"{name}.jsonl", list(records)), now=at(day)
    ).ok


def report(rt: Runtime, year: int) -> dict[str, object]:
    with rt.sessions() as s:
        row = s.get(AnnualReport, year)
        assert row is not None
        return row.data


def test_january_ticks_follow_late_records_then_the_report_stays(rt: Runtime, tmp_path: Path) -> None:
    ingest(rt, tmp_path, "agencies", f.agency(), day="2025-12-01")
    ingest(
        rt,
        tmp_path,
        "a",
        f.decision(id="测市监罚决〔2025〕900号", decision_date="2025-12-29"),
        day="2026-01-05",
    )
    run_tick(rt, at("2026-01-05"))
    assert report(rt, 2025)["district"]["decisions"] == 1  # type: ignore[index]
    ingest(
        rt,
        tmp_path,
        "b",
        f.decision(
            id="测市监罚决〔2025〕901号", decision_date="2025-12-31", fine_amount="2000", category="penalty"
        ),
        f.decision(
            id="测市监许〔2025〕902号",
            decision_date="2025-12-31",
            category="license",
            penalty_types="",
            fine_amount="",
        ),
        day="2026-01-09",
    )
    run_tick(rt, at("2026-01-09"))
    district = report(rt, 2025)["district"]
    assert district["decisions"] == 3 and district["penalties"] == 2  # type: ignore[index]
    assert district["by_category"] == {"license": 1, "penalty": 2}  # type: ignore[index]
    assert district["fines"] == "52000.00"  # type: ignore[index]
    ingest(
        rt,
        tmp_path,
        "c",
        f.decision(id="测市监罚决〔2025〕903号", decision_date="2025-12-31"),
        day="2026-02-03",
    )
    run_tick(rt, at("2026-02-03"))
    assert report(rt, 2025)["district"]["decisions"] == 3  # type: ignore[index]  # published by 31 January, kept
    with rt.sessions() as s:
        assert s.scalars(select(AnnualReport.year)).all() == [2025]
