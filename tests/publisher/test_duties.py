"""Agencies' duties to the district legal office (seed 000): the quarterly penalty table built
from the data, due by the 10th of the next quarter's first month (moved past rest days),
confirmed by the agency's own staff, warned of by level when late; training hours and exams
entered or imported; special statements of a year without penalties or licences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.intake.readers import open_rows
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import (
    Agency,
    AuditEvent,
    DutyWarning,
    ExamRecord,
    Officer,
    QuarterlyTable,
    TrainingRecord,
)
from publisher.office import duties, supervision
from publisher.office.duties import hours, quarterly, statements, training
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, run_tick

CLERK = Actor("clerk_scjg", "clerk", "T-SCJG")
REVIEWER = Actor("reviewer_scjg", "reviewer", "T-SCJG")
FOREIGN = Actor("clerk_yjgl", "clerk", "T-YJGL")
SUPERVISOR = Actor("sup1", "supervisor")


@pytest.fixture
def district(rt: Runtime, tmp_path: Path) -> Runtime:
    """Two agencies; T-SCJG made two penalties and a licence in Q4 2025, T-YJGL nothing in 2025."""
    files = {
        "agencies": [f.agency(), f.agency(code="T-YJGL", name="测试区应急管理局", hotline="12350")],
        "officers": [
            f.officer(),
            f.officer(credential_no="JN2024000002", name="钱培训"),
            f.officer(credential_no="JN2024000009", name="孙应急", agency="T-YJGL"),
        ],
        "decisions": [
            f.decision(id="测市监罚决〔2025〕1号", decision_date="2025-10-09", fine_amount="50000"),
            f.decision(
                id="测市监罚决〔2025〕2号",
                decision_date="2025-12-30",
                penalty_types="fine;confiscation",
                fine_amount="3000",
                confiscation_amount="1200.50",
            ),
            f.decision(id="测市监许〔2025〕1号", category="license", decision_date="2025-11-03"),
        ],
    }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"{kind}.jsonl", rows), now=at("2025-12-31")
        )
        assert report.ok, report.problems
    return rt


def table(s: object, code: str = "T-SCJG", year: int = 2025, quarter: int = 4) -> QuarterlyTable:
    stmt = (
        select(QuarterlyTable)
        .join(Agency)
        .where(Agency.code == code, QuarterlyTable.year == year, QuarterlyTable.quarter == quarter)
    )
    return s.scalars(stmt).one()  # type: ignore[attr-defined]


def events(s: object, action: str) -> list[AuditEvent]:
    return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("year", "quarter", "due"),
    [
        (2025, 4, "2026-01-12"),  # 10 January 2026 is a Saturday: the next working day, Monday the 12th
        (2026, 1, "2026-04-10"),  # a Friday
        (2026, 3, "2026-10-10"),  # a Saturday, but a make-up working day of the National Day holiday
        (2026, 4, "2027-01-10"),  # 2027's calendar is unknown: not moved (the earlier day is safe)
    ],
    ids=["rest-day-moved", "working-day", "makeup-saturday", "unknown-year"],
)
def test_quarterly_due_day(rt: Runtime, year: int, quarter: int, due: str) -> None:
    assert quarterly.due_date(rt.calendar, year, quarter, rt.config) == dt.date.fromisoformat(due)


def test_statement_due_day_moves_past_the_national_day_holiday(rt: Runtime) -> None:
    config = {**rt.config, "SPECIAL_STATEMENT_DUE": "10-03"}
    assert statements.due_date(rt.calendar, 2026, config) == dt.date(2026, 10, 8)
    assert statements.due_date(rt.calendar, 2025, rt.config) == dt.date(2025, 12, 31)


def test_tick_builds_the_last_quarter_from_the_data(district: Runtime, tmp_path: Path) -> None:
    assert "quarterly_table.built" not in run_tick(district, at("2025-12-31")).counts  # Q4 not over
    assert run_tick(district, at("2026-01-05")).counts["quarterly_table.built"] == 2
    with district.sessions() as s:
        mine, other = table(s), table(s, "T-YJGL")
        assert mine.figures == {
            "penalties": 2,  # the licence is not a penalty
            "by_type": {"confiscation": 1, "fine": 2},
            "fines": "53000.00",
            "confiscations": "1200.50",
        }
        assert mine.due == dt.date(2026, 1, 12) and mine.confirmed_at is None
        assert other.figures["penalties"] == 0
        assert len(events(s, "quarterly_table.built")) == 2
    assert "quarterly_table.built" not in run_tick(district, at("2026-01-06")).counts  # nothing new
    late = f.decision(id="测市监罚决〔2025〕3号", decision_date="2025-12-31", fine_amount="100")
    intake.ingest(district.sessions, f.write_jsonl(tmp_path / "late.jsonl", [late]), now=at("2026-01-06"))
    assert run_tick(district, at("2026-01-07")).counts["quarterly_table.built"] == 1
    with district.sessions() as s:
        assert table(s).figures["penalties"] == 3 and table(s).figures["fines"] == "53100.00"


def test_a_quarter_in_which_no_tick_ran_still_gets_its_tables(district: Runtime) -> None:
    run_tick(district, at("2026-01-05"))  # 2025 Q4 built
    # no tick from then until August: 2026 Q1 ended and was due on 10 April unseen
    assert run_tick(district, at("2026-08-03")).counts["quarterly_table.built"] == 4  # Q1 and Q2
    with district.sessions() as s:
        built = sorted({(y, q) for y, q in s.execute(select(QuarterlyTable.year, QuarterlyTable.quarter))})
        assert built == [(2025, 4), (2026, 1), (2026, 2)]
        missed = s.scalars(select(QuarterlyTable).where(QuarterlyTable.quarter == 1)).all()
        assert {t.due for t in missed} == {dt.date(2026, 4, 10)}
        late = s.scalars(select(DutyWarning).where(DutyWarning.subject.contains("2026Q1"))).all()
        assert late and all(w.level == 3 for w in late)  # months past its day: escalated


def test_only_the_agencys_own_staff_confirm_what_they_saw(district: Runtime) -> None:
    run_tick(district, at("2026-01-05"))
    with district.sessions() as s, s.begin():
        mine = table(s)
        for stranger in (FOREIGN, SUPERVISOR, Actor("admin", "admin")):
            with pytest.raises(NotAllowed):
                quarterly.confirm(
                    s, mine, stranger, mine.digest, at("2026-01-08"), district.calendar, district.config
                )
        with pytest.raises(RuleError, match="figures changed"):
            quarterly.confirm(s, mine, CLERK, "0" * 64, at("2026-01-08"), district.calendar, district.config)
    with district.sessions() as s, s.begin():  # on the moved day itself: on time
        mine = table(s)
        quarterly.confirm(
            s, mine, REVIEWER, mine.digest, at("2026-01-12", 17), district.calendar, district.config
        )
    with district.sessions() as s, s.begin():
        mine = table(s)
        assert mine.confirmed_by == "reviewer_scjg" and mine.confirmed_on_time
        assert quarterly.status(mine, dt.date(2026, 2, 1)) == "confirmed"
        (event,) = events(s, "quarterly_table.confirmed")
        assert event.entity_id == "T-SCJG:2025Q4" and event.detail["on_time"] is True
        with pytest.raises(RuleError, match="already confirmed"):
            quarterly.confirm(
                s, mine, CLERK, mine.digest, at("2026-01-13"), district.calendar, district.config
            )


def test_late_confirmation_warns_by_level_until_confirmed(district: Runtime) -> None:
    run_tick(district, at("2026-01-12"))  # due today: no warning yet
    levels = {}
    # Hand-counted working days after Monday 12 January: Tue 13 = 1, Thu 15 = 3, Tue 20 = 6.
    for day in ("2026-01-13", "2026-01-15", "2026-01-20"):
        run_tick(district, at(day))
        with district.sessions() as s:
            levels[day] = {
                w.agency.code: w.level
                for w in duties.warnings.open_warnings(s)
                if w.kind == "quarterly_table"
            }
    assert levels == {
        "2026-01-13": {"T-SCJG": 1, "T-YJGL": 1},
        "2026-01-15": {"T-SCJG": 2, "T-YJGL": 2},
        "2026-01-20": {"T-SCJG": 3, "T-YJGL": 3},
    }
    with district.sessions() as s, s.begin():
        listed = supervision.warnings(s, dt.date(2026, 1, 20), district.calendar)
        assert {(w["kind"], w["agency"], w["record"], w["level"]) for w in listed} == {
            ("quarterly_table", "T-SCJG", "2025Q4", 3),
            ("quarterly_table", "T-YJGL", "2025Q4", 3),
            ("special_statement", "T-YJGL", "2025", 3),
        }
        mine = table(s)
        quarterly.confirm(s, mine, CLERK, mine.digest, at("2026-01-21"), district.calendar, district.config)
    with district.sessions() as s:
        assert table(s).confirmed_on_time is False
        assert quarterly.status(table(s), dt.date(2026, 1, 21)) == "confirmed_late"
        assert quarterly.status(table(s, "T-YJGL"), dt.date(2026, 1, 21)) == "overdue"
        assert {(w.kind, w.agency.code) for w in duties.warnings.open_warnings(s)} == {
            ("quarterly_table", "T-YJGL"),
            ("special_statement", "T-YJGL"),
        }
        actions = [
            e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "quarterly_table"))
        ]
        assert actions.count("duty.warning_raised") == 2 and actions.count("duty.warning_escalated") == 4
        assert actions.count("duty.warning_resolved") == 1


def _officer(s: object, number: str = "JN2024000001") -> Officer:
    return s.scalars(select(Officer).where(Officer.credential_no == number)).one()  # type: ignore[attr-defined]


def test_training_entered_by_the_officers_agency_only(district: Runtime) -> None:
    with district.sessions() as s, s.begin():
        zhao = _officer(s)
        with pytest.raises(NotAllowed):
            training.add_training(
                s, zhao, FOREIGN, dt.date(2026, 3, 2), Decimal(8), "行政处罚法", at("2026-03-03")
            )
        with pytest.raises(RuleError, match="not in the future"):
            training.add_training(
                s, zhao, CLERK, dt.date(2026, 3, 4), Decimal(8), "行政处罚法", at("2026-03-03")
            )
        assert training.add_training(
            s, zhao, CLERK, dt.date(2026, 3, 2), Decimal(8), "行政处罚法", at("2026-03-03")
        )
        assert not training.add_training(
            s, zhao, CLERK, dt.date(2026, 3, 2), Decimal(8), "行政处罚法", at("2026-03-04")
        )
        assert training.add_exam(
            s, zhao, REVIEWER, dt.date(2026, 6, 1), "pass", Decimal(88), at("2026-06-02")
        )
        with pytest.raises(RuleError):
            training.add_exam(s, zhao, REVIEWER, dt.date(2026, 6, 3), "maybe", None, at("2026-06-04"))
    with district.sessions() as s:
        assert [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "officer"))][
            -2:
        ] == [
            "training.recorded",
            "exam.recorded",
        ]


def test_import_is_all_or_nothing_and_not_counted_twice(district: Runtime, tmp_path: Path) -> None:
    rows = [
        {"执法证号": "JN2024000001", "培训日期": "2025-04-01", "学时": "24", "培训内容": "行政处罚法"},
        {"执法证号": "JN2024000001", "培训日期": "2025-09-01", "学时": "16", "培训内容": "行政许可法"},
        {"执法证号": "JN2024000002", "培训日期": "2025-09-01", "学时": "12.5", "培训内容": "行政许可法"},
    ]
    bad = [*rows, {"执法证号": "JN2024000009", "培训日期": "2025-13-01", "学时": "x", "培训内容": "其他"}]
    with district.sessions() as s, s.begin():
        scjg = s.scalars(select(Agency).where(Agency.code == "T-SCJG")).one()
        source = open_rows(f.write_csv(tmp_path / "bad.csv", bad))
        added, problems = training.import_rows(s, "training", source, scjg.id, CLERK, at("2026-01-05"))
        assert added == 0
        assert {(p.row, p.code) for p in problems} == {
            (5, "unknown_officer"),
            (5, "bad_date"),
            (5, "bad_number"),
        }
        assert s.scalar(select(func.count()).select_from(TrainingRecord)) == 0
        good = open_rows(f.write_csv(tmp_path / "good.csv", rows))
        assert training.import_rows(s, "training", good, scjg.id, CLERK, at("2026-01-05")) == (3, [])
        again = open_rows(f.write_csv(tmp_path / "good.csv", rows))
        assert training.import_rows(s, "training", again, scjg.id, CLERK, at("2026-01-06")) == (0, [])
    with district.sessions() as s:
        figures = {r["agency"]: r for r in hours.figures(s, 2025, dt.date(2026, 1, 6), district.config)}
        assert figures["T-SCJG"]["officers"] == 2 and figures["T-SCJG"]["meeting_hours"] == 1
        assert figures["T-SCJG"]["average_hours"] == Decimal("26.3")  # (40 + 12.5) / 2, half up
        assert (figures["T-YJGL"]["officers"], figures["T-YJGL"]["meeting_hours"]) == (1, 0)
        short = hours.short_last_year(s, dt.date(2026, 1, 6), district.config)
        assert [(r["credential_no"], r["hours"]) for r in short] == [
            ("JN2024000002", Decimal("12.5")),
            ("JN2024000009", Decimal(0)),
        ]


def test_special_statement_owed_warned_and_filed(district: Runtime) -> None:
    with district.sessions() as s:
        assert [a.code for a in statements.owing(s, 2025)] == ["T-YJGL"]
    run_tick(district, at("2025-12-31"))  # the day itself: not late
    with district.sessions() as s:
        assert not [w for w in duties.warnings.open_warnings(s) if w.kind == "special_statement"]
    # After Wednesday 31 December 2025: 1–3 January are rest days, Sunday 4 January a make-up
    # working day, so Monday the 5th is the 2nd working day late (level 1) and the 6th the 3rd.
    levels = []
    for day in ("2026-01-05", "2026-01-06"):
        run_tick(district, at(day))
        with district.sessions() as s:
            levels += [w.level for w in duties.warnings.open_warnings(s) if w.kind == "special_statement"]
    assert levels == [1, 2]
    with district.sessions() as s, s.begin():
        yjgl = s.scalars(select(Agency).where(Agency.code == "T-YJGL")).one()
        scjg = s.scalars(select(Agency).where(Agency.code == "T-SCJG")).one()
        args = (at("2026-01-07"), district.calendar, district.config)
        with pytest.raises(NotAllowed):
            statements.file(s, yjgl, 2025, "本年度未发生违法行为。", CLERK, *args)
        with pytest.raises(RuleError, match="no statement is needed"):
            statements.file(s, scjg, 2025, "说明", CLERK, *args)
        done = statements.file(
            s, yjgl, 2025, "本年度辖区内未发现应予处罚的违法行为，亦无许可申请。", FOREIGN, *args
        )
        assert done.on_time is False
        with pytest.raises(RuleError, match="already filed"):
            statements.file(s, yjgl, 2025, "再次", FOREIGN, *args)
    with district.sessions() as s:
        assert (
            s.scalar(
                select(func.count()).where(
                    DutyWarning.kind == "special_statement", DutyWarning.resolved_at.is_(None)
                )
            )
            == 0
        )
        (event,) = events(s, "special_statement.filed")
        assert event.agency_code == "T-YJGL" and event.detail == {"year": 2025, "on_time": False}
        rows = statements.rows(s, dt.date(2026, 1, 7), district.calendar, district.config)
        assert {(r["year"], r["agency"], r["missing"]) for r in rows} >= {(2025, "T-YJGL", False)}


def test_command_line_import_and_table_list(
    district: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("DATABASE_URL", "DATA_DIR"):
        monkeypatch.setenv(f"PORTAL_{key}", str(district.config[key]))
    rows = [{"执法证号": "JN2024000009", "考试日期": "2025-11-20", "考试结果": "合格", "成绩": "91"}]
    path = f.write_csv(tmp_path / "exams.csv", rows)
    wrong = CliRunner().invoke(
        main, ["duties", "import", "exam", str(path), "--agency", "T-SCJG", "--now", "2025-12-01"]
    )
    assert wrong.exit_code == 1 and "JN2024000009" in wrong.output  # T-SCJG has no such officer
    done = CliRunner().invoke(
        main, ["duties", "import", "exam", str(path), "--agency", "T-YJGL", "--now", "2025-12-01"]
    )
    assert done.exit_code == 0 and "imported: 1" in done.output
    with district.sessions() as s:
        (exam,) = s.scalars(select(ExamRecord)).all()
        assert (exam.result, exam.score, exam.recorded_by) == ("pass", Decimal(91), "cli")
    run_tick(district, at("2026-01-05"))
    listed = CliRunner().invoke(main, ["duties", "tables", "--now", "2026-01-13"])
    assert "T-SCJG\t2025Q4\t2026-01-12\toverdue" in listed.output


def test_one_agency_confirms_while_another_made_penalties(district: Runtime, tmp_path: Path) -> None:
    other = f.decision(
        id="测应急罚决〔2025〕1号", agency="T-YJGL", decision_date="2025-11-11", fine_amount="800"
    )
    intake.ingest(district.sessions, f.write_jsonl(tmp_path / "other.jsonl", [other]), now=at("2025-12-31"))
    run_tick(district, at("2026-01-05"))
    with district.sessions() as s, s.begin():
        mine = table(s)
        quarterly.confirm(s, mine, CLERK, mine.digest, at("2026-01-06"), district.calendar, district.config)
        assert mine.figures["penalties"] == 2 and table(s, "T-YJGL").figures["fines"] == "800.00"
