"""Agencies' duties through the portal: a clerk confirms their own agency's quarterly table
(another agency's is a 404), the public sees confirmed figures only, the supervisor's dashboard
lists duty warnings and missing special statements, training is typed in or imported and
published as figures per agency, and the data packages carry both datasets and validate."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import frictionless
import pytest
from sqlalchemy import select

from publisher import clock
from publisher.models import (
    Agency,
    AuditEvent,
    CaseReview,
    Officer,
    QuarterlyTable,
    SpecialStatement,
    TrainingRecord,
)
from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at, run_tick


@pytest.fixture(autouse=True)
def pinned() -> Any:
    with clock.pin(at("2026-05-12")):
        yield


@pytest.fixture
def staff(published: Runtime) -> Runtime:
    """The published district (Q1 2026's tables built by its tick on 8 May, due 10 April) with staff."""
    f.add_staff(published)
    return published


def table_id(rt: Runtime, code: str) -> int:
    with rt.sessions() as s:
        stmt = select(QuarterlyTable.id).join(Agency).where(Agency.code == code, QuarterlyTable.year == 2026)
        return s.scalars(stmt.where(QuarterlyTable.quarter == 1)).one()


def confirm(client: Any, path: str) -> Any:
    page = client.get(path).get_data(as_text=True)
    digest = re.search(r'name="digest" type="hidden" value="([0-9a-f]{64})"', page)
    assert digest, "no confirmation form"
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    return client.post(f"{path}/confirm", data={"csrf_token": token, "digest": digest.group(1)})


def test_clerk_confirms_own_table_and_the_public_sees_confirmed_figures(client: Any, staff: Runtime) -> None:
    mine, theirs = table_id(staff, "T-SCJG"), table_id(staff, "T-YJGL")
    login(client, "clerk_scjg")
    assert "2026 年第 1 季度" in client.get("/office/duties/").get_data(as_text=True)
    assert client.get(f"/office/duties/quarterly/{theirs}").status_code == 404
    token = csrf_token(client, f"/office/duties/quarterly/{mine}")
    assert (
        client.post(f"/office/duties/quarterly/{theirs}/confirm", data={"csrf_token": token}).status_code
        == 404
    )
    assert confirm(client, f"/office/duties/quarterly/{mine}").status_code == 302
    with staff.sessions() as s:
        table = s.get(QuarterlyTable, mine)
        assert table is not None and table.confirmed_by == "clerk_scjg" and table.confirmed_on_time is False
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "quarterly_table.confirmed")).one()
        assert event.actor == "clerk_scjg" and event.entity_id == "T-SCJG:2026Q1"
    page = client.get("/statistics/quarterly").get_data(as_text=True)
    assert "逾期确认" in page and "逾期未确认" in page and "未确认，不公开数字" in page
    rows = list(csv.DictReader(io.StringIO(client.get("/statistics/quarterly.csv").get_data(as_text=True))))
    assert [(r["agency"], r["status"]) for r in rows] == [("T-SCJG", "confirmed_late")]
    tables = client.get("/statistics/quarterly.json").get_json()["tables"]
    assert {t["agency"]: t["penalties"] for t in tables if t["year"] == 2026} == {"T-SCJG": 0, "T-YJGL": None}


def test_roles_on_the_duties(client: Any, staff: Runtime) -> None:
    mine = table_id(staff, "T-SCJG")
    login(client, "sup1")
    page = client.get(f"/office/duties/quarterly/{mine}").get_data(as_text=True)
    assert "确认以上数字" not in page  # a supervisor reads, never confirms
    token = csrf_token(client, "/office/duties/")
    assert (
        client.post(f"/office/duties/quarterly/{mine}/confirm", data={"csrf_token": token}).status_code == 403
    )
    dashboard = client.get("/office/supervision/").get_data(as_text=True)
    warnings = dashboard.split('id="warnings-table"')[1].split("</table>")[0]
    assert "行政处罚统计表逾期未确认" in warnings and "/office/duties/?agency=T-YJGL" in warnings
    assert "专项说明逾期未提交" in warnings  # T-YJGL made no penalty or licence in 2025
    statements = dashboard.split('id="statements-table"')[1].split("</table>")[0]
    assert "测试区应急管理局" in statements and "逾期未提交" in statements
    assert client.get("/office/supervision/special_statements.csv").status_code == 200


def test_statement_filed_by_the_agency_resolves_its_warning(client: Any, staff: Runtime) -> None:
    login(client, "clerk_yjgl")
    page = client.get("/office/duties/?year=2025").get_data(as_text=True)
    assert "提交 2025 年专项说明" in page
    token = csrf_token(client, "/office/duties/?year=2025")
    text = "本局2025年度辖区内未发现应予行政处罚的违法行为，也未收到行政许可申请。"
    answer = client.post("/office/duties/statement", data={"csrf_token": token, "year": "2025", "text": text})
    assert answer.status_code == 302
    with staff.sessions() as s:
        statement = s.scalars(select(SpecialStatement)).one()
        assert statement.year == 2025 and statement.filed_by == "clerk_yjgl" and not statement.on_time
    login(client, "sup1")
    warnings = client.get("/office/supervision/").get_data(as_text=True).split('id="warnings-table"')[1]
    assert "专项说明逾期未提交" not in warnings.split("</table>")[0]
    assert text not in client.get("/statistics/quarterly").get_data(as_text=True)


def test_training_typed_in_imported_and_published_as_figures(client: Any, staff: Runtime) -> None:
    with staff.sessions() as s:
        ids = {o.credential_no: o.id for o in s.scalars(select(Officer))}
    login(client, "clerk_scjg")
    token = csrf_token(client, "/office/duties/")
    entry = {"csrf_token": token, "attended_on": "2026-03-02", "hours": "40", "course": "行政处罚法专题"}
    assert (
        client.post("/office/duties/training", data={**entry, "officer": ids["JN2024000001"]}).status_code
        == 302
    )
    bad = (
        "执法证号,培训日期,学时,培训内容\r\n"
        "JN2024000001,2026-04-01,8,行政许可法\r\n"
        "JN9999,2026-04-01,8,行政许可法\r\n"
    )
    sent = {"csrf_token": token, "kind": "training", "file": (io.BytesIO(bad.encode()), "training.csv")}
    answer = client.post("/office/duties/import", data=sent, content_type="multipart/form-data")
    assert answer.status_code == 422 and "JN9999" in answer.get_data(as_text=True)
    with staff.sessions() as s:
        assert len(list(s.scalars(select(TrainingRecord)))) == 1  # nothing of the bad file
    login(client, "clerk_yjgl")  # another agency's officer is not among its choices: nothing stored
    other = {**entry, "csrf_token": csrf_token(client, "/office/duties/"), "officer": ids["JN2024000001"]}
    assert (
        client.post("/office/duties/training", data={**other, "attended_on": "2026-03-03"}).status_code == 302
    )
    with staff.sessions() as s:
        assert len(list(s.scalars(select(TrainingRecord)))) == 1
    run_tick(staff, at("2026-05-12"))
    page = client.get("/statistics/training/2026").get_data(as_text=True)
    assert "测试区市场监督管理局" in page and "赵执法" not in page and "40.0" not in page  # his own hours
    figures = client.get("/statistics/training/2026.json").get_json()["agencies"]
    scjg = next(r for r in figures if r["agency"] == "T-SCJG")
    assert (scjg["officers"], scjg["meeting_hours"], scjg["complete"]) == (1, None, False)  # one valid card


def test_packages_carry_both_datasets_and_validate(client: Any, staff: Runtime) -> None:
    login(client, "clerk_scjg")
    assert confirm(client, f"/office/duties/quarterly/{table_id(staff, 'T-SCJG')}").status_code == 302
    run_tick(staff, at("2026-05-12"))
    root = Path(staff.config["DATA_DIR"]) / "packages"
    with staff.sessions() as s:
        packages.export_all(s, root, at("2026-05-12"), staff.config)
    path = root / "full" / "latest"
    assert frictionless.validate(str(path / "datapackage.json")).valid
    names = [
        r["name"] for r in json.loads((path / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    ]
    assert {"quarterly_penalties", "training"} <= set(names)
    quarterly = list(
        csv.DictReader(io.StringIO((path / "quarterly_penalties.csv").read_text(encoding="utf-8")))
    )
    assert [(r["year"], r["quarter"], r["agency"]) for r in quarterly] == [("2026", "1", "T-SCJG")]
    training = list(csv.DictReader(io.StringIO((path / "training.csv").read_text(encoding="utf-8"))))
    assert {r["agency"] for r in training} == {"T-SCJG", "T-YJGL"} and "name" not in training[0]


def test_case_review_from_the_draw_to_the_public_figure(client: Any, staff: Runtime) -> None:
    login(client, "clerk_scjg")
    assert client.get("/office/case-review/").status_code == 403
    login(client, "sup1")
    token = csrf_token(client, "/office/case-review/")
    started = client.post(
        "/office/case-review/start", data={"csrf_token": token, "year": "2025", "seed": "公开种子"}
    )
    assert started.status_code == 302
    assert client.get("/statistics/case-review/2025").status_code == 404  # not published yet
    page = client.get("/office/case-review/2025").get_data(as_text=True)
    assert "公开种子" in page and "执法主体合法" in page
    with staff.sessions() as s:
        review = s.scalars(select(CaseReview)).one()
        ids = [c.id for c in review.cases]
        codes = [item["code"] for item in review.sheet]
    assert ids  # T-SCJG's 2025 decisions were drawn
    token = csrf_token(client, "/office/case-review/2025")
    refused = client.post(
        "/office/case-review/2025/publish", data={"csrf_token": token}, follow_redirects=True
    )
    assert "未评分" in refused.get_data(as_text=True)
    for case_id in ids:
        marks = {f"c{case_id}-item_{code}": "8" for code in codes}
        sent = {"csrf_token": token, **marks, f"c{case_id}-remarks": "文书基本规范"}
        assert client.post(f"/office/case-review/2025/cases/{case_id}", data=sent).status_code == 302
    assert client.post("/office/case-review/2025/publish", data={"csrf_token": token}).status_code == 302
    public = client.get("/statistics/case-review").headers["Location"]
    assert public.endswith("/statistics/case-review/2025")
    page = client.get("/statistics/case-review/2025").get_data(as_text=True)
    assert "56.0" in page and "裁量适当" in page and "文书基本规范" not in page  # 7 items × 8
    rows = client.get("/statistics/case-review/2025.json").get_json()["agencies"]
    assert [(r["agency"], r["cases"]) for r in rows] == [("T-SCJG", len(ids))]
