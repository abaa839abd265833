"""A small published district for portal tests: known decisions, officers and one withdrawal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.tick import tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

OFFICERS = [
    f.officer(credential_no="JN2024000001", name="赵执法", status="valid"),
    f.officer(
        credential_no="JN2024000002",
        name="钱暂扣",
        status="suspended",
        status_date="2026-03-01",
        status_reason="涉嫌违纪",
    ),
    f.officer(credential_no="JN2024000003", name="孙吊销", status="revoked", status_date="2026-04-01"),
    f.officer(credential_no="JN2024000004", name="李注销", status="cancelled", status_date="2026-05-01"),
    f.officer(
        credential_no="JN2020000005",
        name="周过期",
        status="valid",
        valid_from="2020-01-01",
        valid_until="2025-01-01",
        id_number=f.PERSON_ID[:-1] + "0",
        phone="13700000000",
    ),
]


def decisions() -> list[dict[str, Any]]:
    """Twelve company penalties, a licence, an inspection, a person's penalty and one to withdraw."""
    rows = [
        f.decision(
            id=f"测市监罚决〔2025〕{n}号",
            decision_date=f"2025-06-{n + 1:02d}",
            text=f"当事人销售过期食品第{n}批。本局决定罚款人民币五万元。",
        )
        for n in range(1, 13)
    ]
    rows += [
        f.decision(
            id="测市监许〔2026〕1号",
            category="license",
            decision_date="2026-03-02",
            penalty_types="",
            fine_amount="",
            text="准予食品经营许可，有效期五年。",
            result="准予许可",
        ),
        f.decision(
            id="测应急检〔2026〕1号",
            agency="T-YJGL",
            category="inspection",
            decision_date="2026-04-01",
            penalty_types="",
            fine_amount="",
            text="对安全生产条件进行检查，未发现违法行为。",
            result="未发现违法",
        ),
        f.person_decision(decision_date="2026-05-06"),
        f.decision(
            id="测市监罚决〔2026〕9号", decision_date="2026-05-07", text="当事人虚假宣传。罚款人民币二万元。"
        ),
    ]
    return rows


@pytest.fixture
def published(app: Any, tmp_path: Path) -> Runtime:
    """Ingest, publish on simulated dates, withdraw one decision, and index everything."""
    rt: Runtime = app.extensions["gongshi"]
    files = {
        "agencies": [
            f.agency(),
            f.agency(
                code="T-YJGL", name="测试区应急管理局", name_en="Test Emergency Management", hotline="12350"
            ),
        ],
        "power_items": [
            {
                "agency": "T-SCJG",
                "code": "P-001",
                "name": "对销售过期食品的行政处罚",
                "category": "penalty",
                "legal_basis": "《食品安全法》第一百二十四条",
                "discretion_standard": "裁量基准第3项",
            }
        ],
        "officers": OFFICERS,
        "decisions": decisions(),
    }
    for kind, rows in files.items():
        report = intake.ingest(
            rt.sessions, f.write_jsonl(tmp_path / f"{kind}.jsonl", rows), now=at("2026-05-08")
        )
        assert report.ok, report.problems
    with rt.sessions() as s, s.begin():
        tick(s, at("2026-05-08"), rt.calendar, rt.config)
        gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == "测市监罚决〔2026〕9号")).one()
        Lifecycle(s, rt.calendar, rt.config).withdraw(
            gone, "revoked", "测试区人民政府行政复议决定", dt.date(2026, 5, 20), at("2026-05-21"), SYSTEM
        )
    outputs.refresh(rt)
    return rt


def public_id(rt: Runtime, doc_no: str) -> str:
    with rt.sessions() as s:
        return s.scalars(select(PublicDecision.public_id).where(PublicDecision.doc_no == doc_no)).one()


@pytest.fixture
def cli(published: Runtime, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `publisher` with its arguments on the published district's database and data."""
    from click.testing import CliRunner

    from publisher.cli import main

    for key, value in published.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    return lambda *args: CliRunner().invoke(main, list(args))
