"""An outside review of issue 18 on real pages: what a citizen, a screen-reader user and an
English-speaking researcher still met after the fixes."""

from __future__ import annotations

from typing import Any

from publisher.runtime import Runtime


def test_statistics_pages_name_agencies_in_english(client: Any, published: Runtime) -> None:
    """The quarterly penalty tables and the training figures named each agency in Chinese on
    the English pages, while the annual statistics and every other page use its English name."""
    for path in ("/statistics/quarterly", "/statistics/training/2026"):
        page = client.get(path + "?lang=en").get_data(as_text=True)
        assert "Test Market Regulation" in page and "测试区市场监督管理局" not in page, path
