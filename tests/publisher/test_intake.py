"""``publisher ingest``: formats, encodings, every row-level problem, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select, text

from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.models import Agency, AuditEvent, Officer, RawDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.conftest import NOW


def ingest(rt: Runtime, path: Path, **kwargs: object) -> intake.IngestReport:
    return intake.ingest(rt.sessions, path, now=NOW, **kwargs)  # type: ignore[arg-type]


def count(rt: Runtime, model: type) -> int:
    with rt.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def with_agency(rt: Runtime, tmp_path: Path) -> Runtime:
    report = ingest(rt, f.write_jsonl(tmp_path / "agencies.jsonl", [f.agency()]))
    assert report.ok and report.added == 1
    return rt


def test_jsonl_round_trip_keeps_every_field(with_agency: Runtime, tmp_path: Path) -> None:
    report = ingest(
        with_agency,
        f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision(), f.person_decision()]),
    )
    assert (report.kind, report.added, report.stored) == ("decisions", 2, True)
    with with_agency.sessions() as s:
        stored = s.scalars(select(RawDecision).order_by(RawDecision.doc_no)).all()
    assert [d.doc_no for d in stored] == ["测市监罚决〔2026〕1号", "测市监罚决〔2026〕2号"]
    assert stored[0].record["fine_amount"] == "50000"
    assert stored[1].record["id_number"] == f.PERSON_ID  # raw side keeps it; only the redactor crosses
    assert stored[0].state == "received"


BAD_ROWS = [
    (
        "unknown_category",
        {"category": "行政罚款"},
        "category",
        "未知的执法类别“行政罚款”",
        "Unknown category",
    ),
    (
        "impossible_date",
        {"decision_date": "2025-02-30"},
        "decision_date",
        "不是有效日期",
        "not a valid date",
    ),
    (
        "missing_required",
        {"target_name": ""},
        "target_name",
        "必填字段“target_name”为空",
        "Required field",
    ),
    (
        "bad_credit_code",
        {"credit_code": f.COMPANY_CODE[:-1] + ("0" if f.COMPANY_CODE[-1] != "0" else "1")},
        "credit_code",
        "GB 32100",
        "check digit",
    ),
    (
        "bad_id_number",
        {
            "target_type": "natural_person",
            "id_number": f.PERSON_ID[:-1] + ("1" if f.PERSON_ID[-1] != "1" else "2"),
        },
        "id_number",
        "身份证号码校验失败",
        "checksum",
    ),
    ("unknown_agency", {"agency": "NOPE"}, "agency", "未知的执法机关代码“NOPE”", "Unknown agency"),
    ("future_date", {"decision_date": "2027-01-05"}, "decision_date", "晚于今天", "in the future"),
]


@pytest.mark.parametrize(("code", "change", "field", "zh", "en"), BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_each_problem_is_reported_and_nothing_is_stored(
    with_agency: Runtime,
    tmp_path: Path,
    code: str,
    change: dict[str, str],
    field: str,
    zh: str,
    en: str,
) -> None:
    good = f.decision(id="测市监罚决〔2026〕9号")
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [good, f.decision(**change)])
    report = ingest(with_agency, path)
    assert not report.ok and not report.stored
    [problem] = report.problems
    assert (problem.row, problem.field) == (2, field)
    assert zh in problem.message_zh and en in problem.message_en
    assert count(with_agency, RawDecision) == 0


def test_duplicate_id_names_the_first_row(with_agency: Runtime, tmp_path: Path) -> None:
    path = f.write_csv(tmp_path / "decisions.csv", [f.decision(), f.decision(result="另一个")])
    [problem] = ingest(with_agency, path).problems
    assert problem.code == "duplicate_id" and problem.row == 3
    assert "首次出现在第 2 行" in problem.message_zh


def test_id_number_is_never_echoed_in_problems(with_agency: Runtime, tmp_path: Path) -> None:
    bad = f.PERSON_ID[:-1] + ("1" if f.PERSON_ID[-1] != "1" else "2")
    report = ingest(with_agency, f.write_jsonl(tmp_path / "d.jsonl", [f.person_decision(id_number=bad)]))
    assert report.problems and all(bad not in str(p) for p in report.problems)


def test_partial_stores_good_rows_and_lists_the_rest(with_agency: Runtime, tmp_path: Path) -> None:
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision(), f.person_decision(category="??")])
    report = ingest(with_agency, path, partial=True)
    assert report.stored and report.added == 1 and report.rejected == 1
    assert count(with_agency, RawDecision) == 1


def test_reingest_is_idempotent_and_a_change_is_an_audited_correction(
    with_agency: Runtime, tmp_path: Path
) -> None:
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision()])
    ingest(with_agency, path)
    events = count(with_agency, AuditEvent)
    again = ingest(with_agency, path)
    assert (again.added, again.unchanged, again.corrected) == (0, 1, 0)
    assert count(with_agency, AuditEvent) == events and count(with_agency, RawDecision) == 1

    changed = ingest(
        with_agency,
        f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision(result="罚款人民币六万元")]),
    )
    assert changed.corrected == 1 and count(with_agency, RawDecision) == 1
    with with_agency.sessions() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        stored = s.scalars(select(RawDecision)).one()
    assert last is not None and last.action == "intake.corrected"
    assert last.before and last.after and last.before != last.after == stored.digest
    assert stored.record["result"] == "罚款人民币六万元"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"], ids=["gb18030", "utf8-bom", "utf8"])
def test_csv_encodings_with_chinese_headers_and_names(
    with_agency: Runtime, tmp_path: Path, encoding: str
) -> None:
    record = f.decision(category="行政处罚", target_type="法人", procedure="普通程序")
    chinese = {"id": "决定书文号", "target_name": "执法对象名称", "decision_date": "决定日期"}
    path = f.write_csv(tmp_path / "决定.csv", [{chinese.get(k, k): v for k, v in record.items()}], encoding)
    report = ingest(with_agency, path, kind="decisions")
    assert report.ok, report.problems
    with with_agency.sessions() as s:
        stored = s.scalars(select(RawDecision)).one()
    assert (stored.category, stored.target_type, stored.record["procedure"]) == (
        "penalty",
        "legal_person",
        "ordinary",
    )
    assert stored.record["target_name"] == "测试食品有限公司" and stored.doc_no == "测市监罚决〔2026〕1号"


def test_xlsx_with_date_cells_and_numbers(with_agency: Runtime, tmp_path: Path) -> None:
    record = {**f.decision(), "fine_amount": 50000}
    path = f.write_xlsx(tmp_path / "decisions.xlsx", [record], headers={"decision_date": "决定日期"})
    report = ingest(with_agency, path)
    assert report.ok, report.problems
    with with_agency.sessions() as s:
        stored = s.scalars(select(RawDecision)).one()
    assert stored.decision_date.isoformat() == "2026-11-02" and stored.record["fine_amount"] == "50000"


def test_officer_private_fields_are_never_stored(with_agency: Runtime, tmp_path: Path) -> None:
    report = ingest(with_agency, f.write_csv(tmp_path / "officers.csv", [f.officer()]))
    assert report.ok, report.problems
    with with_agency.engine.connect() as conn:
        dump = " ".join(
            str(row) for t in ("officers", "audit_events") for row in conn.execute(text(f"SELECT * FROM {t}"))
        )
    assert "赵执法" in dump and f.PERSON_ID not in dump and "13800000000" not in dump
    with with_agency.sessions() as s:
        officer = s.scalars(select(Officer)).one()
        assert [h.status for h in officer.history] == ["valid"]


def test_agency_parent_is_resolved(rt: Runtime, tmp_path: Path) -> None:
    rows = [f.agency(code="CITY", level="市级"), f.agency(code="DIST", parent="CITY")]
    assert ingest(rt, f.write_jsonl(tmp_path / "agencies.jsonl", rows)).ok
    with rt.sessions() as s:
        child = s.scalars(select(Agency).where(Agency.code == "DIST")).one()
        parent = s.scalars(select(Agency).where(Agency.code == "CITY")).one()
    assert child.parent_id == parent.id and parent.level == "city"


def test_cli_exits_non_zero_and_prints_bilingual_problems(
    with_agency: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in with_agency.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision(category="罚款")])
    result = CliRunner().invoke(main, ["ingest", str(path), "--now", "2026-11-20"])
    assert result.exit_code == 1
    assert "第 2 行" not in result.output  # JSONL rows are line numbers
    assert "第 1 行 / row 1, category: 未知的执法类别“罚款” / Unknown category '罚款'" in result.output
    assert "nothing stored" in result.output
    ok = CliRunner().invoke(main, ["ingest", str(f.write_jsonl(path, [f.decision()])), "--now", "2026-11-20"])
    assert ok.exit_code == 0 and "1 added" in ok.output
