"""A citizen's walk to what an agency may do (issue 16, point 1) in Chromium, on a phone:
agency search → agency page with its flowchart → a power item with its discretion standard
and service guide, in Chinese and English, each page checked with axe-core."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, sync_playwright

from publisher.intake import ingest as intake
from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serious_violations, serve
from tests.publisher.lifecycle_helpers import at

pytestmark = pytest.mark.browser
ITEM = {
    "agency": "T-WSJ",
    "code": "WS-LIC-01",
    "name": "公共场所卫生许可",
    "category": "license",
    "legal_basis": "《公共场所卫生管理条例》第八条",
    "discretion_standard": "轻微：首次、及时改正｜警告\n一般：无从轻从重情节｜罚款500元以上5000元以下",
    "guide_office": "测试区行政服务中心5号窗口",
    "guide_materials": "申请书；营业执照；卫生检测报告",
    "guide_time_limit": "20个工作日",
    "guide_fees": "不收费",
}


@pytest.fixture
def phone(app: Any, published: Runtime, tmp_path: Path) -> Iterator[tuple[Page, str]]:
    agency = f.agency(code="T-WSJ", name="测试区卫生健康局", procedures="受理—审查—现场核查—决定—送达")
    for kind, record in (("agencies", agency), ("power_items", ITEM)):
        path = f.write_jsonl(tmp_path / f"{kind}.jsonl", [record])
        assert intake.ingest(published.sessions, path, now=at("2026-06-01")).ok
    with serve(app) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="zh-CN", viewport={"width": 390, "height": 844})
        yield context.new_page(), base
        context.close()
        browser.close()


def test_walk_to_an_agencys_flowchart_and_a_power_items_guide(phone: tuple[Page, str]) -> None:
    tab, base = phone
    tab.goto(base + "/agencies")
    tab.get_by_label("机关名称、职责或权责事项").fill("卫生许可")
    tab.get_by_role("button", name="查询").click()
    assert tab.locator("table.data tbody tr").count() == 1
    assert serious_violations(tab) == [], "agency search"
    tab.get_by_role("link", name="测试区卫生健康局").click()
    flow = tab.get_by_role("img", name="测试区卫生健康局执法流程图")
    assert flow.is_visible() and tab.locator("ol.flow-text li").count() == 5
    assert serious_violations(tab) == [], "agency page"
    tab.get_by_role("link", name="公共场所卫生许可").click()
    assert tab.get_by_role("row", name="一般：无从轻从重情节 罚款500元以上5000元以下").is_visible()
    assert "测试区行政服务中心5号窗口" in tab.locator("dl.facts").last.inner_text()
    assert serious_violations(tab) == [], "power item"
    tab.get_by_role("link", name="English").click()
    assert tab.get_by_role("heading", name="Service guide").is_visible()
    assert serious_violations(tab) == [], "power item in English"
