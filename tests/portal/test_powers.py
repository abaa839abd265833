"""Agencies and their powers lists are searchable and dated (issue 16, point 1, in part):
`/agencies?q=`, `/powers` with its twins, and the API's powers."""

from __future__ import annotations

import csv
import io
from typing import Any

from publisher.runtime import Runtime


def test_agencies_are_found_by_their_name_or_by_a_power_of_theirs(client: Any, published: Runtime) -> None:
    # both fixture agencies cite the food safety law as their basis; one lists the power
    assert len(client.get("/agencies.json?q=食品安全法").get_json()["agencies"]) == 2
    assert [a["code"] for a in client.get("/agencies.json?q=过期食品").get_json()["agencies"]] == ["T-SCJG"]
    assert [a["code"] for a in client.get("/agencies.json?q=应急").get_json()["agencies"]] == ["T-YJGL"]
    assert client.get("/agencies.json?q=%").get_json()["agencies"] == []  # a wildcard is a plain character
    assert len(client.get("/agencies.json").get_json()["agencies"]) == 2
    page = client.get("/agencies?q=过期食品").get_data(as_text=True)
    assert 'role="search"' in page and "测试区市场监督管理局" in page and "测试区应急管理局" not in page
    nothing = client.get("/agencies?q=航天").get_data(as_text=True)
    assert "没有找到与“航天”有关的执法机关" in nothing
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/agencies.csv?q=过期食品").get_data(as_text=True).lstrip("\ufeff"))
        )
    )
    assert [r["code"] for r in rows] == ["T-SCJG"]


def test_every_agency_and_power_item_says_when_it_last_changed(client: Any, published: Runtime) -> None:
    agency = client.get("/agencies/T-SCJG.json").get_json()
    assert agency["updated_at"].startswith("2026-05-08") and agency["updated_at"].endswith("+08:00")
    (power,) = agency["powers"]
    assert power["code"] == "P-001" and power["updated_at"].startswith("2026-05-08")
    page = client.get("/agencies/T-SCJG").get_data(as_text=True)
    assert "信息更新日期" in page and 'id="power-P-001"' in page and "2026年5月8日" in page


def test_the_powers_list_filters_by_words_agency_and_category_in_three_formats(
    client: Any, published: Runtime
) -> None:
    assert [p["code"] for p in client.get("/powers.json?q=过期食品").get_json()["powers"]] == ["P-001"]
    assert client.get("/powers.json?agency=T-YJGL").get_json()["powers"] == []
    assert client.get("/powers.json?category=license").get_json()["powers"] == []
    assert len(client.get("/powers.json?category=penalty").get_json()["powers"]) == 1
    assert (
        len(client.get("/powers.json?category=nonsense").get_json()["powers"]) == 1
    )  # an unknown code filters nothing
    csv_rows = list(
        csv.DictReader(io.StringIO(client.get("/powers.csv?q=食品").get_data(as_text=True).lstrip("\ufeff")))
    )
    assert csv_rows[0]["legal_basis"] == "《食品安全法》第一百二十四条"
    english = client.get("/powers?lang=en").get_data(as_text=True)
    assert "Administrative penalty" in english and "对销售过期食品的行政处罚" in english
    assert client.get("/agencies").get_data(as_text=True).count('href="/powers"') == 1  # linked from a page


def test_the_api_carries_each_agencys_powers_and_pages_through_all_of_them(
    client: Any, published: Runtime
) -> None:
    agency = client.get("/api/v1/agencies/T-SCJG").get_json()
    assert [p["code"] for p in agency["powers"]] == ["P-001"]
    first = client.get("/api/v1/powers?limit=1").get_json()
    assert [p["code"] for p in first["data"]] == ["P-001"] and first["next_cursor"] is None
    assert client.get("/api/v1/powers?cursor=nonsense").status_code == 400
    assert client.get("/api/v1/powers?limit=0").status_code == 400


def test_a_power_item_shows_its_discretion_standard_in_full_and_its_service_guide(
    client: Any, published: Runtime, tmp_path: Any
) -> None:
    from publisher.intake import ingest as intake
    from tests import factories as f
    from tests.publisher.lifecycle_helpers import at

    item = {
        "agency": "T-SCJG",
        "code": "L-002",
        "name": "食品经营许可",
        "category": "license",
        "legal_basis": "《食品安全法》第三十五条",
        "discretion_standard": "轻微：首次违法｜不予处罚\n一般：无从轻从重情节｜罚款5000元以上2万元以下",
        "guide_office": "测试区行政服务中心3号窗口",
        "guide_materials": "申请书；营业执照",
        "guide_time_limit": "20个工作日",
        "guide_fees": "不收费",
        "guide_phone": "12345",
    }
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "p.jsonl", [item]), now=at("2026-06-01")
    ).ok
    page = client.get("/agencies/T-SCJG/powers/L-002").get_data(as_text=True)
    assert '<th scope="row">一般：无从轻从重情节</th><td>罚款5000元以上2万元以下</td>' in page
    assert "测试区行政服务中心3号窗口" in page and "申请书；营业执照" in page and "不收费" in page
    data = client.get("/agencies/T-SCJG/powers/L-002.json").get_json()
    assert data["guide_time_limit"] == "20个工作日" and data["guide_conditions"] is None
    english = client.get("/agencies/T-SCJG/powers/L-002?lang=en").get_data(as_text=True)
    assert "Discretion standard" in english and "Service guide" in english
    assert client.get("/agencies/T-SCJG/powers/NOPE").status_code == 404
    assert 'href="/agencies/T-SCJG/powers/L-002"' in client.get("/agencies/T-SCJG").get_data(as_text=True)


def test_the_agencys_procedure_is_a_flowchart_with_a_text_alternative(
    client: Any, published: Runtime, tmp_path: Any
) -> None:
    from publisher.intake import ingest as intake
    from tests import factories as f
    from tests.publisher.lifecycle_helpers import at

    agency = f.agency(
        code="T-NEW", name="测试区新设局", procedures="立案—调查取证—法制审核（重大执法决定）—决定—送达"
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "a.jsonl", [agency]), now=at("2026-06-01")
    ).ok
    page = client.get("/agencies/T-NEW").get_data(as_text=True)
    svg = page.split('<svg class="flowchart"')[1].split("</svg>")[0]
    assert 'role="img"' in svg and svg.count("<rect") == 5 and svg.count("<line") == 4
    assert "1. 立案；2. 调查取证；3. 法制审核（重大执法决定）；4. 决定；5. 送达" in svg  # the description
    listed = page.split('class="flow-text"')[1].split("</ol>")[0]
    assert listed.count("<li>") == 5 and "<li>法制审核（重大执法决定）</li>" in listed
