"""The one sanitising boundary."""

from __future__ import annotations

import bleach
import pytest

from publisher import sanitize


def test_plain_removes_tags_scripts_and_xml_illegal_characters() -> None:
    assert sanitize.plain("<b>罚款</b>\x0b五万元\x1f<script>alert(1)</script>") == "罚款五万元alert(1)"


def test_plain_is_escaped_once_by_the_feed_writer_and_no_entity_spells_a_tag() -> None:
    assert sanitize.plain("货值金额>1万元，a < b") == "货值金额>1万元，a < b"  # not &gt; (→ &amp;gt; in XML)
    assert sanitize.plain("&lt;script&gt;alert(1)&lt;/script&gt;") == "alert(1)"
    nested = sanitize.plain("&amp;" * 9 + "lt;b>1 < 2")  # entity upon entity
    assert "<b>" not in nested and nested.endswith("1 < 2")


def test_snippet_keeps_mark_and_escapes_everything_else() -> None:
    html = "当事人<mark>过期</mark><img src=x onerror=alert(1)>食品\x07"
    assert sanitize.snippet(html) == "当事人<mark>过期</mark>&lt;img src=x onerror=alert(1)&gt;食品"


SNIPPETS = [
    '当事人<mark>销售过期食品</mark>第3批 &lt;见附件&gt; A&amp;B “引号” "q"…',
    "<mark>a</mark><mark>b</mark>\u00a0\u3000",
    "a < b & c > d",
    "&nbsp;<b>bold</b>",
    "<mark>a<mark>nested</mark></mark>",
    "<mark>open",
    "close</mark>",
    '<mark class="x">attr</mark>',
    "<script>alert(1)</script>",
    "<mark>ok</mark>\x00\x08",
]


@pytest.mark.parametrize("html", SNIPPETS, ids=range(len(SNIPPETS)))
def test_snippet_fast_path_answers_as_bleach_does(html: str) -> None:
    """Snippets made by the search (escaped text, whole <mark> pairs) skip bleach; the answer
    is bleach's whether they do or not."""
    expected = bleach.clean(sanitize.strip_control(html), tags={"mark"}, attributes={}, strip=False)
    assert sanitize.snippet(html) == expected
    assert "<script" not in sanitize.snippet(html) and "class=" not in sanitize.snippet(html)
