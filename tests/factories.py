"""Small factories for intake records and the files agencies send."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from stdnum.cn import ric, uscc

COMPANY_CODE = "91320102MA1XYW1234"
COMPANY_CODE = COMPANY_CODE[:17] + uscc.calc_check_digit(COMPANY_CODE[:17])
_ID_BODY = "32010219850312123"
PERSON_ID = _ID_BODY + ric.calc_check_digit(_ID_BODY + "0")
PERSON_PHONE = "13912345678"


def agency(**overrides: Any) -> dict[str, Any]:
    """Return a valid agency intake record."""
    record = {
        "code": "T-SCJG",
        "name": "测试区市场监督管理局",
        "name_en": "Test Market Regulation",
        "level": "district",
        "authority_basis": "《中华人民共和国食品安全法》第六条",
        "address": "测试区政务大道1号",
        "hotline": "12315",
        "review_body": "测试区人民政府",
        "court": "测试区人民法院",
    }
    return {**record, **overrides}


def decision(**overrides: Any) -> dict[str, Any]:
    """Return a valid decision intake record about a company."""
    record = {
        "id": "测市监罚决〔2026〕1号",
        "agency": "T-SCJG",
        "category": "penalty",
        "decision_date": "2026-11-02",
        "target_type": "legal_person",
        "target_name": "测试食品有限公司",
        "credit_code": COMPANY_CODE,
        "legal_representative": "王建国",
        "address": "测试区人民路1号",
        "legal_basis": "《中华人民共和国食品安全法》第一百二十四条",
        "result": "罚款人民币五万元",
        "penalty_types": "fine",
        "fine_amount": "50000",
        "procedure": "ordinary",
        "severity": "general",
        "text": "当事人：测试食品有限公司\n经查，当事人销售过期食品。本局决定罚款人民币五万元。",
    }
    return {**record, **overrides}


def person_decision(**overrides: Any) -> dict[str, Any]:
    """Return a valid decision about a natural person, carrying private data."""
    record = decision(
        id="测市监罚决〔2026〕2号",
        target_type="natural_person",
        target_name="李明华",
        credit_code="",
        legal_representative="",
        id_number=PERSON_ID,
        phone=PERSON_PHONE,
        address="测试区江滨街道人民路12号3幢201室",
        text=(
            f"当事人：李明华，公民身份号码：{PERSON_ID}，住址：测试区江滨街道人民路12号3幢201室，"
            f"联系电话：{PERSON_PHONE}。\n经查，当事人无证经营。本局决定罚款人民币五千元。"
        ),
        fine_amount="5000",
    )
    return {**record, **overrides}


def officer(**overrides: Any) -> dict[str, Any]:
    """Return a valid officer credential record, with private fields that must be dropped."""
    record = {
        "credential_no": "JN2024000001",
        "issuing_authority": "江南省人民政府",
        "name": "赵执法",
        "agency": "T-SCJG",
        "category": "市场监管",
        "area": "测试区",
        "valid_from": "2024-01-01",
        "valid_until": "2029-01-01",
        "status": "valid",
        "id_number": PERSON_ID,
        "phone": "13800000000",
    }
    return {**record, **overrides}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write records as JSON lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def write_csv(path: Path, records: list[dict[str, Any]], encoding: str = "utf-8") -> Path:
    """Write records as CSV in the given encoding (utf-8-sig adds a BOM)."""
    headers = list(dict.fromkeys(k for r in records for k in r))
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=headers)
        writer.writeheader()
        writer.writerows(records)
    return path


def write_xlsx(path: Path, records: list[dict[str, Any]], headers: dict[str, str] | None = None) -> Path:
    """Write records to the first sheet of a workbook, dates as real date cells."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    names = list(dict.fromkeys(k for r in records for k in r))
    sheet.append([(headers or {}).get(n, n) for n in names])
    for record in records:
        sheet.append([_cell(record.get(n)) for n in names])
    book.save(path)
    return path


def _cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return dt.datetime.fromisoformat(value)
    return value


STAFF_PASSWORD = "correct-horse-42"
STAFF = [
    ("sup1", "supervisor", None),
    ("sup2", "supervisor", None),
    ("admin", "admin", None),
    ("clerk_scjg", "clerk", "T-SCJG"),
    ("reviewer_scjg", "reviewer", "T-SCJG"),
    ("clerk_yjgl", "clerk", "T-YJGL"),
]


def add_staff(rt: Any) -> None:
    """One back-office account of each kind for the test agencies T-SCJG and T-YJGL."""
    from publisher.office import accounts

    with rt.sessions() as s, s.begin():
        for username, role, agency_code in STAFF:
            accounts.create_user(
                s,
                username=username,
                password=STAFF_PASSWORD,
                role=role,
                agency_code=agency_code,
                now=dt.datetime(2026, 1, 5, 2, tzinfo=dt.UTC),
            )
