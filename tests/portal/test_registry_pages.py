"""Agency pages (事前公开) and officer credentials (事中公示) with their QR codes."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
import segno

from publisher.intake import ingest as intake
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at


def test_agency_page_has_powers_remedies_officers_and_timeliness(client: Any, published: Runtime) -> None:
    page = client.get("/agencies/T-SCJG").get_data(as_text=True)
    for expected in (
        "测试区市场监督管理局",
        "《中华人民共和国食品安全法》第六条",
        "对销售过期食品的行政处罚",
        "裁量基准第3项",
        "测试区人民政府",
        "测试区人民法院",
        "12315",
        "赵执法",
        "JN2024000001",
    ):
        assert expected in page, expected
    data = client.get("/agencies/T-SCJG.json").get_json()
    years = {t["year"]: t for t in data["timeliness"]}
    assert years[2025]["published"] == 12 and years[2026]["withdrawn"] == 1
    assert 0 <= years[2026]["on_time_share"] <= 1 and data["powers"][0]["code"] == "P-001"


def test_agency_list_and_twins(client: Any, published: Runtime) -> None:
    assert "测试区应急管理局" in client.get("/agencies").get_data(as_text=True)
    assert {a["code"] for a in client.get("/agencies.json").get_json()["agencies"]} == {"T-SCJG", "T-YJGL"}
    assert client.get("/agencies.csv").get_data(as_text=True).count("\n") == 3
    assert client.get("/agencies/NOPE").status_code == 404


@pytest.mark.parametrize(
    ("number", "word", "css"),
    [
        ("JN2024000001", "有效", "status-valid"),
        ("JN2024000002", "暂扣", "status-suspended"),
        ("JN2024000003", "吊销", "status-revoked"),
        ("JN2024000004", "注销", "status-cancelled"),
        ("JN2020000005", "过期", "status-expired"),
    ],
    ids=["valid", "suspended", "revoked", "cancelled", "expired"],
)
def test_credential_status_in_words_and_colour(
    client: Any, published: Runtime, number: str, word: str, css: str
) -> None:
    page = client.get(f"/officers/{number}").get_data(as_text=True)
    assert f'<span class="status {css}">{word}</span>' in page


def test_credential_history_and_english(client: Any, published: Runtime, tmp_path: Path) -> None:
    changed = f.officer(
        credential_no="JN2024000001",
        name="赵执法",
        status="暂扣",
        status_date="2026-06-01",
        status_reason="调查期间暂扣",
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "officers2.jsonl", [changed]), now=at("2026-06-02")
    ).ok
    page = client.get("/officers/JN2024000001").get_data(as_text=True)
    assert "2024年1月1日：有效" in page and "2026年6月1日：暂扣（调查期间暂扣）" in page
    english = client.get("/officers/JN2024000002?lang=en").get_data(as_text=True)
    assert ">Suspended</span>" in english and "Status history" in english


def test_lookup_by_number_or_name(client: Any, published: Runtime) -> None:
    by_number = client.get("/officers.json?q=JN2024000003").get_json()["results"]
    by_name = client.get("/officers.json?q=钱暂扣").get_json()["results"]
    assert [o["name"] for o in by_number] == ["孙吊销"] and [o["credential_no"] for o in by_name] == [
        "JN2024000002"
    ]
    assert "没有查到该证件" in client.get("/officers?q=JN0000").get_data(as_text=True)
    assert client.get("/officers/JN0000").status_code == 404


def test_qr_code_opens_the_credential_page(client: Any, published: Runtime) -> None:
    response = client.get("/officers/JN2024000001/qr.svg")
    assert response.mimetype == "image/svg+xml"
    target = "http://127.0.0.1:8000/officers/JN2024000001"
    expected = io.BytesIO()
    segno.make(target, error="m").save(
        expected,
        kind="svg",
        scale=6,
        border=2,
        xmldecl=False,
        title="执法证 JN2024000001 核验二维码",
        desc=target,
    )
    assert response.data == expected.getvalue()  # the same symbol as encoding the page's URL
    assert client.get(re.sub(r"^http://[^/]+", "", target)).status_code == 200


def test_officers_private_data_never_shown(client: Any, published: Runtime) -> None:
    for url in (
        "/officers/JN2020000005",
        "/officers/JN2020000005.json",
        "/officers.csv?q=周过期",
        "/agencies/T-SCJG",
    ):
        body = client.get(url).get_data(as_text=True)
        assert "13700000000" not in body and f.PERSON_ID[:-1] not in body
