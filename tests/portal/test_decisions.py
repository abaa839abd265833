"""Searching and reading decisions, their twins, tombstones and both languages."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests.portal.conftest import public_id
from tests.publisher.lifecycle_helpers import at, public


def total(client: Any, query: str) -> int:
    return int(client.get(f"/decisions.json?{query}").get_json()["total"])


def test_keyword_search_with_highlight(client: Any, published: Runtime) -> None:
    page = client.get("/decisions?q=过期食品").get_data(as_text=True)
    assert "共找到 12 件决定" in page and "当事人销售<mark>过期食品</mark>第1批" in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 15),
        ("agency=T-YJGL", 1),
        ("category=license", 1),
        ("category=penalty", 13),
        ("target_type=natural_person", 1),
        ("year=2026", 3),
        ("from=2025-06-05&to=2025-06-08", 4),
        ("q=罚款&year=2025", 12),
        ("q=测市监许〔2026〕1号", 1),
        ("q=李某", 1),
    ],
    ids=[
        "all",
        "agency",
        "category",
        "penalty",
        "target-type",
        "year",
        "date-range",
        "keyword-and-year",
        "doc-number",
        "party",
    ],
)
def test_each_filter(client: Any, published: Runtime, query: str, expected: int) -> None:
    assert total(client, query) == expected


def test_facet_counts_cover_the_whole_match(client: Any, published: Runtime) -> None:
    facets = client.get("/decisions.json").get_json()["facets"]
    assert facets["category"] == {"penalty": 13, "license": 1, "inspection": 1}
    assert facets["agency"] == {"T-SCJG": 14, "T-YJGL": 1} and facets["year"] == {"2025": 12, "2026": 3}


def test_sort_by_date_and_paging(client: Any, published: Runtime) -> None:
    first = client.get("/decisions.json?sort=date").get_json()
    dates = [r["decision_date"] for r in first["results"]]
    assert dates == sorted(dates, reverse=True) and first["pages"] == 2 and len(dates) == 10
    second = client.get("/decisions.json?sort=date&page=2").get_json()["results"]
    assert len(second) == 5 and not {r["public_id"] for r in second} & {
        r["public_id"] for r in first["results"]
    }
    oldest = client.get("/decisions.json?sort=date_asc").get_json()["results"][0]
    assert oldest["decision_date"] == "2025-06-02"
    html = client.get("/decisions?sort=date").get_data(as_text=True)
    assert 'rel="next"' in html and "第 1 / 2 页" in html


def test_nothing_found_page_helps(client: Any, published: Runtime) -> None:
    page = client.get("/decisions?q=不存在的词语&from=2026-01-01").get_data(as_text=True)
    assert "共找到 0 件决定" in page and "六角括号" in page and "放宽日期范围" in page


def test_bad_parameters_are_explained_not_fatal(client: Any, published: Runtime) -> None:
    response = client.get("/decisions?from=2025-13-01&year=20x5")
    assert response.status_code == 200
    assert "日期“2025-13-01”无效" in response.get_data(as_text=True)


def test_csv_twin_streams_every_match(client: Any, published: Runtime) -> None:
    response = client.get("/decisions.csv?category=penalty")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert response.mimetype == "text/csv" and len(rows) == 13 and rows[0]["agency"] == "T-SCJG"


def test_decision_page_shows_facts_timeliness_and_remedies(client: Any, published: Runtime) -> None:
    late = client.get(f"/decisions/{public_id(published, '测市监许〔2026〕1号')}").get_data(as_text=True)
    assert "准予食品经营许可" in late and "测试区市场监督管理局" in late and "逾期 38 个工作日公示" in late
    page = client.get(f"/decisions/{public_id(published, '测市监罚决〔2026〕2号')}").get_data(as_text=True)
    assert "在 7 个工作日时限内的第 2 个工作日公示" in page and "测试区人民政府" in page and "60 日内" in page
    pid = public_id(published, "测市监许〔2026〕1号")
    data = client.get(f"/decisions/{pid}.json").get_json()
    assert data["doc_no"] == "测市监许〔2026〕1号" and data["late_days"] >= 0 and data["window_days"] == 7


def test_withdrawn_decision_is_a_410_tombstone_without_text(client: Any, published: Runtime) -> None:
    pid = public_id(published, "测市监罚决〔2026〕9号")
    response = client.get(f"/decisions/{pid}")
    page = response.get_data(as_text=True)
    assert response.status_code == 410 and "虚假宣传" not in page
    assert "决定已撤销" in page and "测试区人民政府行政复议决定" in page and "2026年5月20日" in page
    data = client.get(f"/decisions/{pid}.json")
    assert (
        data.status_code == 410 and data.get_json()["reason"] == "revoked" and "text" not in data.get_json()
    )
    assert total(client, "q=虚假宣传") == 0


def test_withdrawal_leaves_search_at_the_next_refresh(client: Any, published: Runtime) -> None:
    assert total(client, "q=第3批") == 1
    with published.sessions() as s, s.begin():
        Lifecycle(s, published.calendar, published.config).withdraw(
            public(s, "测市监罚决〔2025〕3号"),
            "confirmed_illegal",
            "法院判决",
            at("2026-06-01").date(),
            at("2026-06-02"),
            SYSTEM,
        )
    outputs.refresh(published)
    assert total(client, "q=第3批") == 0 and total(client, "") == 14


def test_english_pages(client: Any, published: Runtime) -> None:
    page = client.get("/decisions?q=过期食品&lang=en").get_data(as_text=True)
    assert "12 decisions found" in page and "Administrative penalty" in page and "Decided from" in page
    pid = public_id(published, "测市监罚决〔2026〕9号")
    assert "The decision was revoked" in client.get(f"/decisions/{pid}").get_data(as_text=True)
    assert "May 20, 2026" in client.get(f"/decisions/{pid}").get_data(as_text=True)


def test_unknown_decision_is_404_in_both_shapes(client: Any, published: Runtime) -> None:
    assert client.get("/decisions/dnope").status_code == 404
    body = client.get("/decisions/dnope.json").get_json()
    assert body["error"]["status"] == 404 and body["error"]["code"] == "not_found"


def test_detail_json_carries_the_redacted_text_listings_do_not(client: Any, published: Runtime) -> None:
    pid = public_id(published, "测市监罚决〔2026〕2号")
    detail = client.get(f"/decisions/{pid}.json").get_json()
    assert "李某" in detail["text"] and "李明华" not in detail["text"]
    assert all("text" not in row for row in client.get("/decisions.json").get_json()["results"])


def test_every_decision_containing_the_string_is_found_on_each_twin(client: Any, published: Runtime) -> None:
    """The totals of the page, its JSON and /api/v1 equal a plain substring scan of the
    published decisions, for strings segmentation splits, punctuation, one character and
    full-width digits (the published district: 过期食品第1批 … 第12批, a licence, …)."""
    import re

    from sqlalchemy import select

    from publisher.models import PublicDecision
    from publisher.search.exact import contains, parts, term_text
    from publisher.search.index import content

    with published.sessions() as s:
        contents = [
            parts(content(d.text, d.target_name, d.doc_no, d.legal_basis))
            for d in s.scalars(select(PublicDecision).where(PublicDecision.status == "published"))
        ]
    queries = {
        "食品第1": 4,
        "第１批": 1,
        "批。本局": 12,
        "品经": 1,
        "罚": 13,
        "人民币五万": 12,
        "〔2025〕1号": 1,
    }
    for q, expected in queries.items():
        scan = sum(contains(c, term_text(q)) for c in contents)
        page = client.get("/decisions", query_string={"q": q}).get_data(as_text=True)
        match = re.search(r"共找到 (\d+) 件决定", page)
        got = {
            "page": int(match.group(1)) if match else None,
            "json": client.get("/decisions.json", query_string={"q": q}).get_json()["total"],
            "api": client.get("/api/v1/decisions", query_string={"q": q}).get_json()["total"],
        }
        assert got == dict.fromkeys(got, scan) and scan == expected, (q, got, scan)
    page = client.get("/decisions", query_string={"q": "食品第1"}).get_data(as_text=True)
    assert "当事人销售过期<mark>食品第1</mark>批" in page
