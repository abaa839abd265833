"""Every public page on a phone in Chromium: nothing scrolls sideways at 320, 360 and 390 px in
Chinese, English and 关怀版, and axe-core finds no violation of any impact; then the layout
faults a new visitor saw (issue 18), each measured in the browser."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page

from publisher.runtime import Runtime
from tests.browser_helpers import browser_page, violations
from tests.portal.conftest import public_id

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# The outermost elements that reach past the viewport's right edge (outside scrolling boxes).
WIDEST = """width => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.table-scroll'))
  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 0.5)
  .slice(0, 3).map(e => `${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 40)}"`)"""


def public_pages(rt: Runtime) -> list[str]:
    """One of each public page of the published district."""
    decision = public_id(rt, "测市监罚决〔2025〕1号")
    return [
        "/",
        "/decisions",
        "/decisions?q=过期食品",
        f"/decisions/{decision}",
        f"/decisions/{public_id(rt, '测市监罚决〔2026〕9号')}",  # withdrawn: the tombstone
        f"/decisions/{decision}/report-error",
        "/agencies",
        "/agencies/T-SCJG",
        "/agencies/T-SCJG/history",
        "/agencies/T-SCJG/powers/P-001",
        "/powers",
        "/officers",
        "/officers?q=JN2024000002",
        "/officers/JN2024000001",
        "/inspections",
        "/complaints/new",
        "/complaints/track",
        "/complaints/stats",
        "/corrections",
        "/error-reports/track",
        "/statistics/2025",
        "/data",
    ]


def width_problems(tab: Page, where: str) -> list[str]:
    """The widths (320–390 px) at which the current page scrolls sideways."""
    wide = []
    for width in (320, 360, 390):
        tab.set_viewport_size({"width": width, "height": 740})
        scrolled = tab.evaluate("document.documentElement.scrollWidth")
        if scrolled > width:
            wide.append(f"{where} at {width} px is {scrolled} px wide: {tab.evaluate(WIDEST, width)}")
    tab.set_viewport_size(PHONE)
    return wide


@pytest.fixture
def phone(app: Any, published: Runtime) -> Iterator[tuple[Page, str]]:
    with browser_page(app, locale="zh-CN", viewport=PHONE) as opened:
        yield opened


def test_no_public_page_scrolls_sideways_on_a_phone(phone: tuple[Page, str], published: Runtime) -> None:
    tab, base = phone
    problems: list[str] = []
    for mode in ("zh", "en", "care-zh", "care-en"):
        if mode.startswith("care"):
            tab.goto(base + f"/?lang={mode[-2:].replace('zh', 'zh_CN')}")
            if tab.locator("body.care").count() == 0:
                tab.locator(".care-toggle button").click()
        for path in public_pages(published):
            separator = "&" if "?" in path else "?"
            tab.goto(base + path + separator + "lang=" + ("en" if mode.endswith("en") else "zh_CN"))
            assert ("care" in (tab.locator("body").get_attribute("class") or "")) == mode.startswith("care")
            problems += width_problems(tab, f"{path} ({mode})")
            if not mode.startswith("care"):  # axe once per page and language
                problems += [f"{path} ({mode}): {v}" for v in violations(tab)]
    assert not problems, "\n".join(problems)
