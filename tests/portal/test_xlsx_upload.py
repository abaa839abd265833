"""XLSX over the web: a formula saved without its result is refused with its row and field,
through the intake API and the office upload form, and nothing is stored."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from publisher.models import RawDecision
from publisher.office import tokens
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NEW = "测市监罚决〔2026〕77号"
SHEET = "xl/worksheets/sheet1.xml"


def workbook(tmp_path: Path, **overrides: Any) -> bytes:
    """One decision of the market regulator as an XLSX written by a script (openpyxl)."""
    return f.write_xlsx(tmp_path / "decisions.xlsx", [f.decision(id=NEW, **overrides)]).read_bytes()


def stored(rt: Runtime) -> list[str]:
    with rt.sessions() as s:
        return list(s.scalars(select(RawDecision.doc_no).where(RawDecision.doc_no == NEW)))


@pytest.fixture
def token(published: Runtime) -> str:
    with published.sessions() as s, s.begin():
        _row, secret = tokens.create(s, "T-SCJG", "办案系统", "admin", at("2026-11-01"))
    return secret


def submit(client: Any, token: str, body: bytes) -> Any:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": XLSX}
    return client.post("/api/v1/intake/decisions", data=body, headers=headers)


def test_the_api_refuses_a_formula_saved_without_its_result(
    client: Any, published: Runtime, token: str, tmp_path: Path
) -> None:
    response = submit(client, token, workbook(tmp_path, fine_amount="=25000*2"))
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert (problem["row"], problem["field"], problem["code"]) == (2, "fine_amount", "formula_without_value")
    assert problem["message_en"].startswith("'fine_amount' (cell M2) is a formula saved without its result")
    assert stored(published) == []


def test_the_api_stores_the_same_workbook_with_values(
    client: Any, published: Runtime, token: str, tmp_path: Path
) -> None:
    response = submit(client, token, workbook(tmp_path))
    assert response.status_code == 201 and response.get_json()["added"] == 1
    assert stored(published) == [NEW]


@pytest.mark.parametrize(
    "body",
    [b"not a workbook", b"PK\x03\x04" + b"\x00" * 64, b""],
    ids=["text", "broken-zip", "empty"],
)
def test_the_api_refuses_a_file_that_is_no_workbook(
    client: Any, published: Runtime, token: str, body: bytes
) -> None:
    response = submit(client, token, body)
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert (problem["row"], problem["code"]) == (0, "bad_file")
    assert "not a readable XLSX workbook" in problem["message_en"]
    assert stored(published) == []


def test_the_api_refuses_a_sheet_that_breaks_off(
    client: Any, published: Runtime, token: str, tmp_path: Path
) -> None:
    path = f.write_xlsx(
        tmp_path / "decisions.xlsx", [f.decision(id=NEW), f.decision(id="测市监罚决〔2026〕78号")]
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts[SHEET]
    parts[SHEET] = sheet[: sheet.index(b'<row r="3"')] + b'<row r="3"><c r="A3" t="inlineStr"><is>'
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    response = submit(client, token, path.read_bytes())
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert problem["code"] == "bad_row" and "the sheet cannot be read to its end" in problem["message_en"]
    assert stored(published) == []  # not even the row before the break


def test_the_office_upload_refuses_a_formula_saved_without_its_result(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    f.add_staff(published)
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    response = client.post(
        "/office/records/upload",
        data={
            "csrf_token": csrf_token(client, "/office/records/upload"),
            "file": (io.BytesIO(workbook(tmp_path, target_name="=A2")), "decisions.xlsx"),
        },
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "“target_name”（单元格 F2）是公式，但文件中没有保存其计算结果" in page
    assert stored(published) == []
