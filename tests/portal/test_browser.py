"""A citizen's walk in Debian's Chromium: search → decision → agency → officer, in both
languages and in 关怀版, with an axe-core check of every page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page

from publisher.runtime import Runtime
from tests.browser_helpers import browser_page, serious_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def page(app: Any, published: Runtime) -> Iterator[tuple[Page, str]]:
    with browser_page(app, locale="zh-CN", viewport={"width": 1280, "height": 900}) as opened:
        yield opened


def check(page: Page, where: str) -> None:
    assert serious_violations(page) == [], where


def test_walk_search_decision_agency_officer(page: tuple[Page, str]) -> None:
    tab, base = page
    tab.goto(base + "/")
    check(tab, "home")
    tab.get_by_label("关键词、当事人或决定书文号").fill("过期食品")
    tab.get_by_role("button", name="查询", exact=True).first.click()
    assert "共找到 12 件决定" in tab.locator("h2#results-heading").inner_text()
    check(tab, "search")
    tab.get_by_role("link", name="行政处罚 (12)").click()
    assert "category=penalty" in tab.url
    tab.locator("ol.hits a").first.click()
    assert tab.locator("h1").inner_text().startswith("测市监罚决")
    assert tab.locator(".doc-text").inner_text()
    check(tab, "decision")
    tab.locator("dl.facts a").first.click()
    assert tab.locator("h1").inner_text().startswith("测试区市场监督管理局")
    check(tab, "agency")
    tab.get_by_role("link", name="赵执法").click()
    assert tab.locator(".big-status .status").inner_text() == "有效"
    check(tab, "officer")


def test_language_and_care_mode_are_kept_across_pages(page: tuple[Page, str]) -> None:
    tab, base = page
    tab.goto(base + "/decisions?q=过期食品")
    tab.get_by_role("link", name="English").click()
    assert tab.locator("html").get_attribute("lang") == "en"
    assert "12 decisions found" in tab.locator("h2#results-heading").inner_text()
    check(tab, "search in English")
    tab.get_by_role("button", name="Large text (Care mode)").click()
    assert "care" in (tab.locator("body").get_attribute("class") or "")
    tab.get_by_role("link", name="Agencies").click()
    assert tab.locator("html").get_attribute("lang") == "en"
    assert "care" in (tab.locator("body").get_attribute("class") or "")
    size = tab.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 19  # 125 % of 16 px
    check(tab, "agencies in care mode")


def test_works_on_a_phone_without_javascript(app: Any, published: Runtime) -> None:
    with browser_page(app, java_script_enabled=False, viewport={"width": 375, "height": 740}) as (tab, base):
        tab.goto(base + "/officers")
        tab.get_by_label("执法证号或姓名").fill("JN2024000002")
        tab.get_by_role("button", name="核验", exact=True).click()
        tab.get_by_role("link", name="钱暂扣").click()
        assert tab.locator(".big-status .status").inner_text() == "暂扣"
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 375  # nothing overflows sideways
