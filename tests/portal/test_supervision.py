"""The supervision dashboard: figures per agency, warnings reaching level 3 on a simulated
clock, drill-down, CSV exports, and the performance ratio (履职比例) with its flags."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.models import (
    Agency,
    CaseWarning,
    DisclosureWarning,
    DutyWarning,
    FilingWarning,
    PublicDecision,
    RawDecision,
    Tombstone,
)
from publisher.office import supervision
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at, run_tick

LATE = "测市监罚决〔2026〕88号"


def held_and_forgotten(rt: Runtime, tmp_path: Path) -> None:
    """A major fine without its legal review: held, then nobody acts for weeks."""
    record = f.decision(id=LATE, decision_date="2026-06-01", fine_amount="500000", power_code="P-001")
    assert intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / "late.jsonl", [record]), now=at("2026-06-02")
    ).ok
    for day in ("2026-06-02", "2026-06-11", "2026-06-16", "2026-06-23"):
        run_tick(rt, at(day))


def test_warnings_reach_level_three_and_the_dashboard_shows_them(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    f.add_staff(published)
    held_and_forgotten(published, tmp_path)
    with published.sessions() as s:
        levels = {
            w.kind: w.level
            for w in s.scalars(select(DisclosureWarning).where(DisclosureWarning.resolved_at.is_(None)))
        }
    assert levels["overdue"] == 3 and levels["review_missing"] == 3  # a missing review escalates too
    login(client, "sup1", f.STAFF_PASSWORD)
    page = client.get("/office/supervision/").get_data(as_text=True)
    warnings_table = page.split('id="warnings-table"')[1].split("</table>")[0]
    assert LATE in warnings_table and "3 级" in warnings_table and "逾期未公示" in warnings_table
    assert LATE in page.split('id="overdue-table"')[1].split("</table>")[0]
    # drill down to the record
    assert "/office/records/" in warnings_table
    with client.get("/office/supervision/warnings.csv") as response:
        rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert any(r["record"] == LATE and r["level"] == "3" for r in rows)
    with client.get("/office/supervision/agencies.csv") as response:
        agencies = {
            r["agency"]: r
            for r in csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")))
        }
    # four warnings at level 3: not published in time, no legal review, not filed with the legal
    # office, and the quarter's penalty table not confirmed (its 10th passed during the months held)
    assert agencies["T-SCJG"]["overdue"] == "1" and agencies["T-SCJG"]["warnings_level3"] == "4"
    assert {r["kind"] for r in rows if r["agency"] == "T-SCJG" and r["level"] == "3"} == {
        "overdue",
        "review_missing",
        "filing_missing",
        "quarterly_table",
    }
    assert agencies["T-SCJG"]["withdrawn"] == "1"  # the fixture's withdrawn decision


def test_clerks_and_reviewers_do_not_see_the_dashboard(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    for username in ("clerk_scjg", "reviewer_scjg"):
        login(client, username, f.STAFF_PASSWORD)
        assert client.get("/office/supervision/").status_code == 403
        assert client.get("/office/supervision/warnings.csv").status_code == 403


def test_performance_ratio_flags_low_use_and_inaction(published: Runtime, tmp_path: Path) -> None:
    powers = [
        {
            "agency": "T-SCJG",
            "code": "P-002",
            "name": "对无证经营的行政处罚",
            "category": "penalty",
            "legal_basis": "《无证无照经营查处办法》第十三条",
        },
        {
            "agency": "T-YJGL",
            "code": "Y-001",
            "name": "对未落实安全生产责任的行政处罚",
            "category": "penalty",
            "legal_basis": "《安全生产法》第九十四条",
        },
    ]
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "powers.jsonl", powers), now=at("2026-06-01")
    ).ok
    used = f.decision(id="测市监罚决〔2026〕90号", decision_date="2026-06-01", power_code="P-001")
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "used.jsonl", [used]), now=at("2026-06-02")
    ).ok
    with published.sessions() as s:
        ids = dict(s.execute(select(Agency.code, Agency.id)).all())
        scjg = supervision.performance(s, ids["T-SCJG"], 2026)
        yjgl = supervision.performance(s, ids["T-YJGL"], 2026)
    assert (scjg.listed, scjg.used, scjg.ratio, scjg.flag) == (2, 1, 0.5, "below")
    assert scjg.unused == [("P-002", "对无证经营的行政处罚")]
    assert (yjgl.listed, yjgl.used, yjgl.flag) == (1, 0, "inaction")


def test_each_agency_row_counts_what_its_records_say(published: Runtime, tmp_path: Path) -> None:
    """The grouped counts agree with the records counted one by one."""
    held_and_forgotten(published, tmp_path)
    today = at("2026-06-23").date()
    with published.sessions() as s:
        rows = {r["agency"]: r for r in supervision.agencies(s, today, published.calendar)}
        assert set(rows) == set(s.scalars(select(Agency.code)))
        for agency in s.scalars(select(Agency)):
            raws = list(s.scalars(select(RawDecision).where(RawDecision.agency_id == agency.id)))
            public = list(s.scalars(select(PublicDecision).where(PublicDecision.agency_id == agency.id)))
            open_warnings = (
                [
                    w.level
                    for w in s.scalars(
                        select(DisclosureWarning).where(DisclosureWarning.resolved_at.is_(None))
                    )
                    if w.raw_id in {r.id for r in raws}
                ]
                + [
                    w.level
                    for w in s.scalars(select(FilingWarning).where(FilingWarning.resolved_at.is_(None)))
                    if w.major.raw_id in {r.id for r in raws}
                ]
                + [
                    w.level
                    for w in s.scalars(select(CaseWarning).where(CaseWarning.resolved_at.is_(None)))
                    if w.raw_id in {r.id for r in raws}
                ]
                + [
                    w.level
                    for w in s.scalars(select(DutyWarning).where(DutyWarning.resolved_at.is_(None)))
                    if w.agency_id == agency.id
                ]
            )
            row = rows[agency.code]
            assert row["received"] == len(raws)
            assert row["excluded"] == sum(r.state == "excluded" for r in raws)
            assert row["overdue"] == sum(
                r.state in supervision.UNPUBLISHED and r.deadline is not None and r.deadline < today
                for r in raws
            )
            assert row["published"] == len(public)
            assert row["on_time"] == sum(not d.late_days for d in public)
            assert row["withdrawn"] == sum(
                bool(s.scalars(select(Tombstone).where(Tombstone.public_decision_id == d.id)).first())
                and s.scalars(select(Tombstone.kind).where(Tombstone.public_decision_id == d.id)).first()
                == "withdrawn"
                for d in public
            )
            for level in (1, 2, 3):
                assert row[f"warnings_level{level}"] == open_warnings.count(level)
        assert rows["T-SCJG"]["received"] > rows["T-SCJG"]["published"] > 0  # the fixture is not empty
        assert rows["T-SCJG"]["withdrawn"] == 1 and rows["T-SCJG"]["overdue"] == 1
