"""The one sanitising boundary."""

from __future__ import annotations

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
