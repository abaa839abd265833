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

# What is measured here is HTML and CSS in a browser, the same whichever database served it:
# these walks run on SQLite only (the workflows' browser walks run on both databases).
pytestmark = [pytest.mark.browser, pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# The operator's identity as a real district sets it: every footer field shown (issue 18 point 11).
IDENTITY = {
    "SITE_ADDRESS": "示范区人民大道1号政务服务中心三楼司法局",
    "SITE_PHONE": "0999-12345678",
    "SITE_ID_CODE": "6523000001",
    "SITE_ICP": "新ICP备12345678号-1",
    "SITE_PSB": "新公网安备65230102000001号",
}


@pytest.fixture
def config(config: dict[str, Any]) -> dict[str, Any]:
    return {**config, **IDENTITY}


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
        "/about/privacy",
        "/about/accessibility",
        "/sitemap",
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


def box(tab: Page, selector: str) -> dict[str, float]:
    """The first match's bounding box in CSS pixels."""
    found = tab.locator(selector).first.bounding_box()
    assert found is not None, selector
    return found


def lines_of(tab: Page, selector: str) -> list[int]:
    """For each match, on how many lines its text is laid out."""
    script = """els => els.map(e => { const r = document.createRange(); r.selectNodeContents(e);
      return new Set([...r.getClientRects()].map(q => Math.round(q.top))).size; })"""
    counts: list[int] = tab.locator(selector).evaluate_all(script)
    return counts


def font_px(tab: Page, selector: str) -> float:
    size: float = tab.locator(selector).first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    return size


def test_the_layout_faults_a_new_visitor_saw(app: Any, published: Runtime) -> None:
    decision = public_id(published, "测市监罚决〔2025〕1号")
    with browser_page(app, locale="zh-CN", viewport=PHONE) as (tab, base):
        for lang in ("zh_CN", "en"):  # menu labels never break inside (首/页, 执法/决定)
            tab.goto(f"{base}/?lang={lang}")
            assert set(lines_of(tab, ".site-header nav li a")) == {1}, lang
        tab.goto(base + "/decisions?q=过期食品&lang=zh_CN")
        assert not tab.locator("#agency").is_visible()  # the filters are folded on a phone…
        assert box(tab, "#facets-heading")["y"] < box(tab, "#results-heading")["y"]  # …and facets come first
        tab.get_by_text("筛选和排序").click()
        assert tab.locator("#agency").is_visible()
        tab.goto(base + "/powers")
        assert set(lines_of(tab, "td.code")) == {1}  # P-001, not P- / 001
        tab.goto(base + "/statistics/2025")
        assert font_px(tab, "h1") > 20
        label = tab.locator(".chart-label").first.bounding_box()
        assert label and label["height"] >= 11  # about 12 px glyphs at 360 px, not 7 px
        tab.goto(base + "/complaints/new")
        radio, text = box(tab, "#kind-0"), box(tab, "label[for=kind-0]")
        assert radio["width"] >= 20 and text["x"] > radio["x"] + radio["width"]  # big, and beside its label
        assert text["y"] < radio["y"] + radio["height"]
        assert box(tab, "#consent")["width"] >= 20

        tab.set_viewport_size(DESKTOP)
        tab.goto(base + "/decisions?q=过期食品")
        assert tab.locator("#agency").is_visible() and not tab.get_by_text("筛选和排序").is_visible()
        tab.locator("#agency").focus()  # shown on a wide screen, and reachable from the keyboard
        assert tab.evaluate("document.activeElement.id") == "agency"
        tab.goto(f"{base}/decisions/{decision}")
        assert (
            box(tab, ".crumbs")["y"] - (box(tab, ".site-header")["y"] + box(tab, ".site-header")["height"])
            >= 16
        )
        text_box, log = box(tab, ".doc-text"), box(tab, ".panel.corrections")
        remedies = box(tab, "section.panel:has(#remedy-heading)")
        assert log["y"] - (text_box["y"] + text_box["height"]) >= 16  # the full text no longer touches
        assert remedies["y"] - (log["y"] + log["height"]) >= 16
        tab.goto(base + "/agencies/T-SCJG")
        badges = [b for b in (s.bounding_box() for s in tab.locator(".officer-list .status").all()) if b]
        assert len(badges) >= 4
        assert all(b["y"] >= a["y"] + a["height"] + 4 for a, b in zip(badges, badges[1:], strict=False))
        tab.goto(base + "/statistics/2025?lang=en")
        svg = box(tab, "svg.chart")
        for name in tab.locator(".chart-label tspan").all():
            shown = name.bounding_box()
            assert shown and svg["x"] <= shown["x"] and shown["x"] + shown["width"] <= svg["x"] + svg["width"]
        tab.goto(base + "/error-reports/track?lang=zh_CN")  # a short page: no white band under the footer
        footer = box(tab, ".site-footer")
        assert abs(footer["y"] + footer["height"] - DESKTOP["height"]) <= 1

        toggle = tab.get_by_role("button", name="关怀版（大字）", exact=True)
        assert toggle.get_attribute("aria-pressed") == "false"
        standard = {tag: font_px(tab, tag) for tag in ("h1", "main p")}
        toggle.click()
        toggle = tab.get_by_role("button", name="关怀版（大字）", exact=True)  # the same name, now pressed
        assert toggle.get_attribute("aria-pressed") == "true"
        care = {tag: font_px(tab, tag) for tag in ("h1", "main p")}
        assert care["h1"] >= standard["h1"] * 1.2 and care["h1"] > care["main p"] * 1.4
        problems = []
        for path in (
            "/decisions?q=过期食品",
            f"/decisions/{decision}",
            "/agencies/T-SCJG",
            "/statistics/2025",
        ):
            tab.goto(base + path)
            problems += [f"{path} (care, 1280 px): {v}" for v in violations(tab)]
        assert not problems, "\n".join(problems)
