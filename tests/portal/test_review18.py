"""An outside review of issue 18 on real pages: what a citizen, a screen-reader user and an
English-speaking researcher still met after the fixes."""

from __future__ import annotations

from typing import Any

import pytest

from publisher.runtime import Runtime
from tests.browser_helpers import browser_page
from tests.portal.conftest import public_id


def test_statistics_pages_name_agencies_in_english(client: Any, published: Runtime) -> None:
    """The quarterly penalty tables and the training figures named each agency in Chinese on
    the English pages, while the annual statistics and every other page use its English name."""
    for path in ("/statistics/quarterly", "/statistics/training/2026"):
        page = client.get(path + "?lang=en").get_data(as_text=True)
        assert "Test Market Regulation" in page and "测试区市场监督管理局" not in page, path


# The narrowest row header of the page's data tables, in characters of its own font size.
NARROWEST_ROW_HEADER = """() => Math.min(...[...document.querySelectorAll('table.data th[scope=row]')]
  .map(th => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize)))"""


@pytest.mark.browser
def test_agency_names_in_statistics_tables_are_not_one_character_a_line_on_a_phone(
    app: Any, published: Runtime
) -> None:
    """On a 360 px phone the many-column statistics tables squeezed their agency column to one
    character, so 测试区市场监督管理局 read down the page a character a line; the table scrolls
    sideways in its own box instead, and a name keeps at least four characters a line."""
    with browser_page(app, locale="zh-CN", viewport={"width": 360, "height": 740}) as (tab, base):
        for mode in ("standard", "care"):
            for path in ("/statistics/quarterly", "/statistics/2025"):
                tab.goto(base + path)
                assert tab.evaluate(NARROWEST_ROW_HEADER) >= 4, f"{path} ({mode})"
            tab.locator(".care-toggle button").click()


def test_sitemap_reaches_the_training_and_case_review_statistics(client: Any, published: Runtime) -> None:
    """The site map listed the annual and quarterly statistics but not the officers' training
    figures (nor a published case-file review), which only a link inside another statistics
    page reached; and its English page counted the agencies in full-width brackets."""
    page = client.get("/sitemap?lang=en").get_data(as_text=True)
    assert 'href="/statistics/training/2026"' in page
    assert "（" not in page and "Agencies (2)" in page
    assert "/statistics/training/2026</loc>" in client.get("/sitemap.xml").get_data(as_text=True)


def test_training_years_read_as_english(client: Any, published: Runtime) -> None:
    """With two years of training figures the English page read "Other years:2025、2024": no
    space after the colon and a Chinese enumeration comma; it lists its years as the annual
    statistics do."""
    from publisher.models import TrainingFigures

    with published.sessions() as s, s.begin():
        newest = s.get(TrainingFigures, 2026)  # 2025 is there too
        day = newest.counted_on.replace(year=2024)
        s.add(TrainingFigures(year=2024, built_at=newest.built_at, counted_on=day, rows=newest.rows))
    page = client.get("/statistics/training/2026?lang=en").get_data(as_text=True)
    assert "、" not in page and 'href="/statistics/training/2025"' in page
    assert 'aria-current="page">2026' in page


def test_english_pages_use_english_brackets_and_colons(client: Any, published: Runtime) -> None:
    """Point 6 fixed /data, yet English pages still put Chinese brackets and colons around
    English words: "李某（Natural person）", "History of changes：Test Market Regulation",
    "May 8, 2026（History of changes）", "（Test Market Regulation）" on the error report form."""
    decision = public_id(published, "测市监罚决〔2026〕2号")
    pages = {
        f"/decisions/{decision}": "李某 (Natural person)",
        f"/decisions/{decision}/report-error": " (Test Market Regulation)",
        "/agencies/T-SCJG": ' (<a href="/agencies/T-SCJG/history">History of changes</a>)',
        "/agencies/T-SCJG/powers/P-001": ' (<a href="/agencies/T-SCJG/history">History of changes</a>)',
        "/agencies/T-SCJG/history": "History of changes: Test Market Regulation</h1>",
    }
    for path, english in pages.items():
        page = client.get(path + "?lang=en").get_data(as_text=True)
        assert english in page, path
    assert "李某（自然人）" in client.get(f"/decisions/{decision}?lang=zh_CN").get_data(as_text=True)


# The smallest text of the kinds that were sized against the root, not the body.
SMALLEST_TEXT = """() => Math.min(...[...document.querySelectorAll('.hint, .meta, .crumbs, .site-footer')]
  .map(e => parseFloat(getComputedStyle(e).fontSize)))"""


@pytest.mark.browser
def test_care_mode_enlarges_hints_and_the_footer(app: Any, published: Runtime) -> None:
    """关怀版 set the body to 20 px, but the form hints (what to write, 匿名举报 …), the meta lines,
    the breadcrumb and the footer were sized in rem and stayed at 14–15 px: the help a reader
    of large text needs most was the smallest text on the page."""
    with browser_page(app, locale="zh-CN", viewport={"width": 360, "height": 740}) as (tab, base):
        tab.goto(base + "/complaints/new")
        tab.locator(".care-toggle button").click()
        for path in ("/complaints/new", f"/decisions/{public_id(published, '测市监罚决〔2026〕2号')}"):
            tab.goto(base + path)
            assert tab.evaluate(SMALLEST_TEXT) >= 18, path


def test_an_agency_without_powers_or_officers_says_so(client: Any, published: Runtime) -> None:
    """An agency with no listed powers showed the powers table's header with no row under it,
    and its 执法人员 heading stood over an empty list: the page says there are none."""
    page = client.get("/agencies/T-YJGL?lang=zh_CN").get_data(as_text=True)
    powers = page[page.index('id="powers-heading"') : page.index('id="officers-heading"')]
    assert "<table" not in powers and "没有列入权责清单的事项" in powers
    officers = page[page.index('id="officers-heading"') :]
    officers = officers[: officers.index("</section>")]
    assert "<ul" not in officers and "没有公示的执法人员" in officers


# Label boxes of each chart that the chart's threshold line runs through.
CROSSED_LABELS = """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
  const lines = [...svg.querySelectorAll('.chart-threshold')].map(l => l.getBBox());
  return [...svg.querySelectorAll('.chart-label')].map(t => [t, t.getBBox()])
    .filter(([t, b]) => lines.some(l => l.x >= b.x && l.x <= b.x + b.width
      && l.y < b.y + b.height && l.y + l.height > b.y))
    .map(([t]) => t.textContent);
})"""


@pytest.mark.browser
def test_the_threshold_line_does_not_strike_through_chart_labels(app: Any, published: Runtime) -> None:
    """The 60% line of the performance-ratio chart ran from top to bottom through the agency
    names above the bars ("Jiangcheng Ecology and E|nvironment Bureau" on a phone); it is drawn
    across the bars only."""
    with browser_page(app, locale="zh-CN", viewport={"width": 360, "height": 740}) as (tab, base):
        for lang in ("zh_CN", "en"):
            tab.goto(base + f"/statistics/2025?lang={lang}")
            assert tab.locator(".chart-threshold").count(), lang
            assert tab.evaluate(CROSSED_LABELS) == [], lang


def test_a_statistics_link_with_nothing_yet_is_not_a_missing_page(client: Any, published: Runtime) -> None:
    """Every statistics page links 案卷评查结果, but before a review is published that link
    answered 404 "页面不存在": the page exists and says that nothing is published yet."""
    response = client.get("/statistics/case-review?lang=zh_CN")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "页面不存在" not in page
    assert "<h1>案卷评查结果</h1>" in page and "还没有公布案卷评查结果。" in page
