"""The annual statistics page: SVG charts with text alternatives, the same figures as a table,
CSV and JSON twins, the data-package resource, and 履职比例 on the agency page."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from publisher.runtime import Runtime


def test_the_year_page_has_charts_a_table_and_twins(client: Any, published: Runtime) -> None:
    latest = client.get("/statistics")
    assert latest.status_code == 302 and latest.headers["Location"].endswith("/statistics/2025")
    page = client.get("/statistics/2025").get_data(as_text=True)
    charts = re.findall(r'<svg class="chart"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"', page)
    assert len(charts) == 3
    for ids in charts:
        for part in ids.split():
            assert f'id="{part}"' in page  # a title and a description for each chart
    assert "行政处罚：12" in page  # the bar's own <title>, as a screen reader reads it
    assert "测试区市场监督管理局" in page and "600,000" in page  # the table beside the charts
    with client.get("/statistics/2025.csv") as response:
        rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    by_agency = {r["agency"]: r for r in rows}
    assert by_agency["T-SCJG"]["decisions"] == "12" and by_agency[""]["agency_name"] == "全区合计"
    data = client.get("/statistics/2025.json").get_json()
    assert data["district"]["by_category"] == {"penalty": 12}
    assert client.get("/statistics/1999").status_code == 404


def test_the_agency_page_shows_its_performance_ratio(client: Any, published: Runtime) -> None:
    page = client.get("/agencies/T-SCJG").get_data(as_text=True)
    table = page.split('id="performance-table"')[1].split("</table>")[0]
    assert "2025" in table and "对销售过期食品的行政处罚" in table  # never exercised in the fixture
    assert "不作为" in table
    data = client.get("/agencies/T-SCJG.json").get_json()
    assert data["performance"][1] == {"year": 2025, "listed": 1, "used": 0, "ratio": 0.0, "flag": "inaction"}
