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
