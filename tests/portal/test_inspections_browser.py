"""A citizen's walk through a random inspection in Chromium: the plans, one plan's seed and
draw, a result's decision and an inspector's credential, then the same in English, with an
axe-core check of every page; the draw is re-run from the JSON the page links to."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from publisher.runtime import Runtime
from tests import spotcheck_helpers as h
from tests.browser_helpers import browser_page, serious_violations
from tests.publisher.test_spotcheck_draw import docs_redraw

pytestmark = pytest.mark.browser


@pytest.fixture
def page(app: Any, published: Runtime, tmp_path: Path) -> Iterator[tuple[Page, str]]:
    h.inspected(published, tmp_path)
    with browser_page(app, locale="zh-CN", viewport={"width": 1280, "height": 900}) as opened:
        yield opened


def check(tab: Page, where: str) -> None:
    assert serious_violations(tab) == [], where


def test_walk_a_plan_its_reproducible_draw_and_results(page: tuple[Page, str]) -> None:
    tab, base = page
    tab.goto(base + "/")
    tab.get_by_role("link", name="双随机抽查", exact=True).click()
    assert tab.locator("h1").inner_text() == "双随机、一公开抽查"
    check(tab, "plans")
    tab.get_by_role("link", name="2026年食品经营者双随机抽查").click()
    assert tab.locator("#seed").inner_text() == h.SEED
    assert tab.locator("#results-table tbody tr").count() == 3
    check(tab, "plan")
    json_link = tab.get_by_role("link", name="抽取的输入名单与结果（JSON），可自行复算")
    data = json.loads(tab.request.get(base + json_link.get_attribute("href")).text())  # type: ignore[operator]
    assert docs_redraw()(data) == data["draw"]["picks"]  # type: ignore[operator]
    tab.get_by_role("link", name=h.CASE_DECISION).click()
    assert tab.locator("h1").inner_text().startswith(h.CASE_DECISION)
    tab.go_back()
    tab.locator("#results-table tbody tr").first.locator("td a").first.click()
    assert tab.locator(".big-status .status").inner_text() == "有效"
    tab.go_back()
    tab.get_by_role("link", name="English").click()
    assert tab.locator("html").get_attribute("lang") == "en"
    assert "No problems found" in tab.locator("#results-table").inner_text()
    assert "Seed" in tab.locator("dl.facts").inner_text()
    check(tab, "plan in English")
    tab.get_by_role("link", name="Random inspections", exact=True).first.click()
    assert "not drawn yet" in tab.locator("#plans-table").inner_text()
    check(tab, "plans in English")
