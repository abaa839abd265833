"""What a new visitor saw wrong (issue 18), page by page: English names, statistics labels and
years, search paging and snippets, officer look-ups, feed summaries, the complaint form, the
export's report and a decision's publication end."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import feedparser

from portal.public.decisions import read_search_args
from publisher.intake import ingest as intake
from publisher.lifecycle.tick import tick
from publisher.runtime import Runtime
from publisher.search.exact import snippet
from publisher.search.service import SearchResult
from tests import factories as f
from tests.portal.conftest import public_id
from tests.portal.test_complaint_forms import fields, post
from tests.publisher.lifecycle_helpers import at
from tests.publisher.test_attachments import jpeg

CJK_PUNCTUATION = re.compile("[（），；。：、]")


def main_of(page: str) -> str:
    """The page's <main> element."""
    return page.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def add_decisions(rt: Runtime, tmp_path: Path, *records: dict[str, Any], now: str = "2026-05-08") -> None:
    """Ingest more decisions and let the daily tick publish them."""
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "more.jsonl", list(records)), now=at(now)).ok
    with rt.sessions() as s, s.begin():
        tick(s, at(now), rt.calendar, rt.config)


def test_english_pages_name_the_site_and_agencies_in_english(client: Any, published: Runtime) -> None:
    decision = public_id(published, "测市监罚决〔2025〕1号")
    withdrawn = public_id(published, "测市监罚决〔2026〕9号")
    for path in (
        f"/decisions/{decision}",
        f"/decisions/{withdrawn}",
        "/officers/JN2024000001",
        "/officers?q=JN2024000001",
        "/agencies/T-SCJG",
        "/statistics/2025",
        "/powers",
        "/decisions?q=过期食品",
    ):
        page = client.get(path + ("&" if "?" in path else "?") + "lang=en").get_data(as_text=True)
        assert (
            "<title>" in page and "Demonstration District Law Enforcement Disclosure Portal</title>" in page
        )
        assert "Test Market Regulation" in main_of(page), path
        assert "测试区市场监督管理局" not in main_of(page).replace(
            'lang="zh-CN" class="sub">测试区市场监督管理局', ""
        ), path
    chinese = client.get(f"/decisions/{decision}?lang=zh_CN").get_data(as_text=True)
    assert "测试区市场监督管理局" in main_of(chinese) and "示范区行政执法公示平台" in chinese


def test_english_remedies_mark_the_chinese_names_they_cannot_translate(
    client: Any, published: Runtime
) -> None:
    page = client.get(f"/decisions/{public_id(published, '测市监罚决〔2025〕1号')}?lang=en").get_data(
        as_text=True
    )
    remedies = page.split('id="remedy-heading"', 1)[1].split("</section>", 1)[0]
    assert 'apply to <span lang="zh-CN">测试区人民政府</span> within 60 days' in remedies
    assert 'sue before <span lang="zh-CN">测试区人民法院</span>' in remedies
    assert not CJK_PUNCTUATION.search(re.sub(r'<span lang="zh-CN">[^<]*</span>', "", remedies))


def test_the_english_data_page_has_no_chinese_punctuation_around_its_links(
    client: Any, published: Runtime
) -> None:
    page = main_of(client.get("/data?lang=en").get_data(as_text=True))
    feeds = page.split('id="feeds-heading"', 1)[1].split("</section>", 1)[0]
    cite = page.split('id="cite-heading"', 1)[1].split("</section>", 1)[0]
    assert not CJK_PUNCTUATION.search(feeds + cite), feeds
    assert "Demonstration District Law Enforcement Disclosure Portal. " in cite


def test_statistics_show_labels_and_every_year_with_decisions(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    old = f.decision(
        id="测市监罚决〔2024〕5号",
        decision_date="2024-09-02",
        penalty_types="fine;confiscation",
        confiscation_amount="800",
    )
    add_decisions(published, tmp_path, old)  # a district that starts with an earlier year's records
    page = client.get("/statistics/2024").get_data(as_text=True)
    by_type = page.split("按处罚种类（全区）", 1)[1].split("</table>", 1)[0]
    assert ">罚款<" in by_type and ">没收违法所得、没收非法财物<" in by_type and "fine" not in by_type
    years = page.split('class="years"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/statistics/2025"' in years and 'aria-current="page">2024 年' in years
    assert "60%%" not in page and "竖线为 60% 合格线" in page
    english = client.get("/statistics/2025?lang=en").get_data(as_text=True)
    assert "<tspan" in english and ">Test Market Regulation</tspan>" in english  # the whole name, not cut
    assert "…" not in english.split("<svg", 1)[1].split("</figure>")[-2]
    missing = client.get("/statistics/2026?lang=zh_CN")
    assert missing.status_code == 404 and "2025、2024" in missing.get_data(as_text=True)


def test_the_pager_numbers_the_first_last_and_nearby_pages(app: Any) -> None:
    with app.test_request_context("/decisions?q=罚款&page=40"):
        result = SearchResult(ids=[], total=790, page=40, per_page=10)
        html = app.jinja_env.get_template("decisions/_pager.html").render(result=result)
    shown = re.findall(r'page=(\d+)"[^>]*>(\d+|[^<]+)</a>', html)
    assert [n for _page, n in shown] == ["上一页", "1", "38", "39", "40", "41", "42", "79", "下一页"]
    assert 'aria-current="page" aria-label="第 40 页">40' in html and html.count("…") == 2
    assert "第 40 / 79 页" in html


def test_a_page_past_the_end_is_not_found(client: Any, published: Runtime) -> None:
    assert client.get("/decisions?q=过期食品&page=2").status_code == 200
    past = client.get("/decisions?q=过期食品&page=999")
    assert past.status_code == 404 and "没有第 999 页：共 2 页。" in past.get_data(as_text=True)
    assert client.get("/decisions.json?q=过期食品&page=3").status_code == 404


def test_filters_fold_away_until_one_is_set(client: Any, published: Runtime) -> None:
    plain = client.get("/decisions?q=过期食品").get_data(as_text=True)
    assert '<details class="filters wide">' in plain and '<details class="facets-fold">' in plain
    filtered = client.get("/decisions?q=过期食品&category=penalty").get_data(as_text=True)
    assert (
        '<details class="filters wide" open>' in filtered and '<details class="facets-fold" open>' in filtered
    )


def test_a_snippet_starts_after_a_boundary_not_inside_a_word() -> None:
    text = (
        "根据调查核实，当事人于二〇二五年三月至五月期间在其经营场所内销售超过保质期的食品共计十二批次，"
        "货值金额合计人民币三千元，违法所得人民币八百元。上述行为违反了《中华人民共和国食品安全法》"
        "第三十四条第十项的规定。本局依据相关法律规定，决定对当事人作出如下行政处罚：没收过期食品，"
        "并处罚款人民币五万元。当事人应当自收到本决定书之日起十五日内缴纳罚款。"
    )
    shown = snippet(text, ["过期"], top=1)
    assert shown.startswith("…本局依据相关法律规定"), shown  # not "…律规定" or "规定，"
    assert "<mark>过期</mark>" in shown and shown.endswith("缴纳罚款。")  # only "。" followed: no "…"
    middle = snippet(text, ["保质期"], top=1)
    assert middle.startswith("根据调查核实"), middle  # the text's start is near: nothing cut
    assert middle.endswith("…")  # words follow the passage
    whole = "当事人销售过期食品第1批。本局决定罚款人民币五万元。"
    assert not snippet(whole, ["过期"], top=1).endswith("…")


def test_one_character_of_a_name_asks_for_the_full_name(client: Any, published: Runtime) -> None:
    page = client.get("/officers?q=赵").get_data(as_text=True)
    assert "请输入执法人员的完整姓名或执法证号" in page
    english = client.get("/officers?q=赵&lang=en").get_data(as_text=True)
    assert "full name or the credential number" in english
    assert "请输入执法人员的完整姓名" not in client.get("/officers?q=赵执法").get_data(as_text=True)


def test_feed_summaries_have_single_punctuation_and_single_escaping(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    add_decisions(
        published,
        tmp_path,
        f.decision(
            id="测市监罚决〔2026〕31号",
            decision_date="2026-05-06",
            result="1. 罚款人民币五万元；",
            legal_basis="《食品安全法》第一百二十四条（货值金额>1万元）。",
        ),
    )
    raw = client.get("/feeds/decisions.rss").get_data(as_text=True)
    assert "&amp;gt;" not in raw and "货值金额&gt;1万元" in raw
    entry = next(e for e in feedparser.parse(raw).entries if "31号" in e.title)
    assert (
        entry.summary
        == "测试食品有限公司；1. 罚款人民币五万元；《食品安全法》第一百二十四条（货值金额>1万元）"
    )
    for feed in ("/feeds/decisions.atom", "/feeds/withdrawals.rss"):
        text = client.get(feed).get_data(as_text=True)
        assert not re.search("[。；][。；]", text) and "&amp;gt;" not in text, feed


def test_the_complaint_form_asks_again_for_files_only_when_some_were_chosen(
    client: Any, published: Runtime
) -> None:
    page = client.get("/complaints/new").get_data(as_text=True)
    assert 'autocomplete="address-line1"' in page and "street-address" not in page
    without = post(client, fields(client, facts="太短")).get_data(as_text=True)
    assert "请按提示修改以下内容后再提交。" in without and "附件需重新选择" not in without
    attached = post(client, fields(client, facts="太短", files=[(io.BytesIO(jpeg()), "现场.jpg")]))
    assert "附件需重新选择" in attached.get_data(as_text=True)


def test_the_export_says_what_its_figures_count(published: Runtime, cli: Any) -> None:
    first = cli("export", "--now", "2026-06-01T10:00:00+08:00").output
    assert "full 1.0.0 written (first version): " in first
    assert "1 decisions taken down (listed in withdrawals.csv)" in first and "(+" not in first
    again = cli("export", "--now", "2026-06-02T10:00:00+08:00").output
    assert "full 1.0.0: unchanged, nothing new since this version" in again


def test_a_decision_says_when_its_publication_ends(client: Any, published: Runtime) -> None:
    decision = public_id(published, "测市监罚决〔2025〕1号")
    ends = client.get(f"/decisions/{decision}.json").get_json()["publication_ends"]
    assert ends and ends > "2026-05-08"
    page = client.get(f"/decisions/{decision}").get_data(as_text=True)
    assert "公示期满" in page and "起停止公示" in page
    api = client.get(f"/api/v1/decisions/{decision}").get_json()
    assert api["publication_ends"] == ends
    licence = public_id(published, "测市监许〔2026〕1号")  # a licence has no publication period
    assert client.get(f"/decisions/{licence}.json").get_json()["publication_ends"] is None
    page = client.get(f"/decisions/{licence}").get_data(as_text=True)
    assert "公示期满" in page and "长期公示，不设公示期限" in page and "起停止公示" not in page


def test_every_page_names_a_favicon_that_is_served(client: Any, published: Runtime) -> None:
    page = client.get("/").get_data(as_text=True)
    icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page)
    assert icon
    with client.get(icon.group(1)) as served:
        assert served.status_code == 200 and served.mimetype == "image/svg+xml"


def test_search_args_still_cap_the_page(app: Any) -> None:
    with app.test_request_context("/decisions?page=5000"):
        assert read_search_args()[3] == 1000
