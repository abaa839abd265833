"""XLSX formulas: one saved without its result is refused with its row and field, never stored
empty; one saved with its result (as Excel saves) keeps what Excel shows."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.models import RawDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.conftest import NOW

SHEET = "xl/worksheets/sheet1.xml"


def saved_by_excel(path: Path, results: dict[str, str]) -> Path:
    """Store each formula's result in the file, as Excel does on saving (openpyxl stores none).

    ``results`` maps a formula's text to its result; an empty result is saved the way Excel
    saves an empty text: type "str" and an empty value.
    """
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts[SHEET].decode()
    for formula, result in results.items():
        kind = ' t="str"' if result == "" or not result.replace(".", "").isdigit() else ""
        sheet, count = re.subn(
            rf'<c r="([A-Z]+\d+)"><f>{re.escape(formula)}</f><v\s*/?>(</v>)?',
            rf'<c r="\1"{kind}><f>{formula}</f><v>{result}</v>',
            sheet,
        )
        assert count == 1, formula
    parts[SHEET] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def stored(rt: Runtime) -> list[RawDecision]:
    with rt.sessions() as s:
        return list(s.scalars(select(RawDecision).order_by(RawDecision.doc_no)))


@pytest.fixture
def with_agency(rt: Runtime, tmp_path: Path) -> Runtime:
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "agencies.jsonl", [f.agency()]), now=NOW).ok
    return rt


@pytest.fixture
def cli(with_agency: Runtime, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``publisher …`` on the test database."""
    for key, value in with_agency.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    return lambda *args: CliRunner().invoke(main, [*args, "--now", "2026-11-20"])


def test_the_cli_refuses_a_formula_saved_without_its_result(
    cli: Any, with_agency: Runtime, tmp_path: Path
) -> None:
    path = f.write_xlsx(tmp_path / "decisions.xlsx", [f.decision(fine_amount="=25000*2")])
    result = cli("ingest", str(path))
    assert result.exit_code == 1
    assert (
        "第 2 行 / row 2, fine_amount: “fine_amount”（单元格 M2）是公式，但文件中没有保存其计算结果"
        in result.output
    )
    assert "'fine_amount' (cell M2) is a formula saved without its result" in result.output
    assert stored(with_agency) == []


def test_partial_stores_the_other_rows_and_never_the_formula_row_empty(
    cli: Any, with_agency: Runtime, tmp_path: Path
) -> None:
    rows = [f.decision(), f.decision(id="测市监罚决〔2026〕2号", fine_amount="=1+1")]
    result = cli("ingest", str(f.write_xlsx(tmp_path / "decisions.xlsx", rows)), "--partial")
    assert "row 3, fine_amount" in result.output
    assert [d.doc_no for d in stored(with_agency)] == ["测市监罚决〔2026〕1号"]


def test_every_formula_of_a_row_is_named_even_when_nothing_else_is_filled(
    with_agency: Runtime, tmp_path: Path
) -> None:
    path = f.write_xlsx(
        tmp_path / "decisions.xlsx",
        [f.decision(), {"id": None, "target_name": "=A2", "result": '=CONCATENATE("罚款","五万元")'}],
    )
    report = intake.ingest(with_agency.sessions, path, now=NOW, kind="decisions")
    formulas = [(p.row, p.field, p.value) for p in report.problems if p.code == "formula_without_value"]
    assert formulas == [(3, "target_name", "F3"), (3, "result", "K3")]
    assert not report.stored and stored(with_agency) == []


def test_a_formula_saved_with_its_result_keeps_what_excel_shows(with_agency: Runtime, tmp_path: Path) -> None:
    path = f.write_xlsx(
        tmp_path / "decisions.xlsx",
        [f.decision(fine_amount="=25000*2", result="=K1", legal_representative='=IF(FALSE,"x","")')],
    )
    saved_by_excel(path, {"25000*2": "50000", "K1": "罚款人民币五万元", 'IF(FALSE,"x","")': ""})
    report = intake.ingest(with_agency.sessions, path, now=NOW)
    assert report.ok, report.problems
    [decision] = stored(with_agency)
    assert decision.record["fine_amount"] == "50000" and decision.record["result"] == "罚款人民币五万元"
    assert "legal_representative" not in decision.record  # Excel showed an empty cell


def test_text_that_merely_starts_with_an_equals_sign_is_text(with_agency: Runtime, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = f.write_xlsx(tmp_path / "decisions.xlsx", [f.decision()])
    book = load_workbook(path)
    cell = book.active["K2"]
    cell.value, cell.data_type = "=罚款人民币五万元", "s"  # typed text, not a formula
    book.save(path)
    report = intake.ingest(with_agency.sessions, path, now=NOW)
    assert report.ok, report.problems
    assert stored(with_agency)[0].record["result"] == "=罚款人民币五万元"
