"""A search finds every decision that contains the string (publisher/search/exact.py).

The reference is a plain substring scan of the searchable content (text, party, document
number, legal basis), folded and without whitespace as exact.py defines a term: the
engine's total must equal it for the strings segmentation cuts badly, for punctuation
inside a term, for one character, and for any string drawn from realistic decisions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from publisher.demodata import _Decisions, _officers
from publisher.demodata.people import Pools
from publisher.search import segments
from publisher.search.exact import contains, parts, term_text
from publisher.search.index import fold, make_document, schema
from publisher.search.service import SearchService

UNTIL = dt.date(2026, 6, 30)
HARD = {  # texts where segmentation, punctuation and widths get in the way
    "h01": "经查，当事人无证无照经营，违法所得人民币三千元。",
    "h02": "经查，当事人无照经营，责令停止经营活动。",
    "h03": "现场检查时法定代表人田轩在场，田轩对检查结果无异议。",
    "h04": "法定代表人（负责人）：田轩。告知当事人依法享有陈述、申辩的权利。",
    "h05": "当事人未提出陈述申辩。",
    "h06": "当事人进行了陈述，申辩理由不成立。",
    "h07": "当事人在临江区域内从事经营活动，江滨街道办已告知。",
    "h08": "涉案车辆号牌为ＡＢ１２３，营业执照编号 91330100 MA2 7XY 。",
    "h09": "涉案车辆号牌为AB123，当事人陈述、申辩、听证的权利已告知。",
    "h10": "依据《中华人民共和国食品安全法》第一百二十四条第一款第（二）项的规定。",
}


def _documents(count: int) -> list[dict[str, Any]]:
    pools = Pools(23)
    gen = _Decisions(pools, list(_officers(pools, 20, UNTIL)), UNTIL, [])
    docs = []
    for n in range(count):
        r = gen.one(UNTIL - dt.timedelta(days=n))
        docs.append((f"g{n:04d}", r["text"], r["target_name"], r["id"], r["legal_basis"]))
    docs += [
        (pid, text, "某某公司", f"测罚〔2026〕{n}号", None) for n, (pid, text) in enumerate(HARD.items())
    ]
    return [
        make_document(pid, text, party, doc_no, basis, "T-SCJG", "penalty", "legal_person", UNTIL)
        for pid, text, party, doc_no, basis in docs
    ]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> tuple[SearchService, dict[str, list[str]]]:
    """A real index (two segments, the fast build) of 240 generated decisions and the hard texts,
    with each document's searchable parts for the scan."""
    path = tmp_path_factory.mktemp("exact")
    whoosh_index.create_in(str(path), schema())
    docs = _documents(240)
    segments.build(path, docs, workers=1, chunk=150)
    service = SearchService(path)
    yield service, {d["public_id"]: parts(d["content"]) for d in docs}
    service.close()


def scanned(contents: dict[str, list[str]], query: str) -> set[str]:
    """What a plain substring scan finds for a one-term query."""
    wanted = term_text(query)
    return {pid for pid, searchable in contents.items() if contains(searchable, wanted)}


def found(service: SearchService, query: str) -> set[str]:
    result = service.search(query, per_page=1000)
    assert result.total == len(result.ids)
    return set(result.ids)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("无照经营", {"h01", "h02"}),  # inside 无证无照经营 too, which segmentation keeps whole
        ("无证无照经营", {"h01"}),
        ("法定代表人田轩", {"h03"}),  # 法定代表/人田轩: a name after its title
        ("人田轩", {"h03"}),
        ("陈述、申辩", {"h04", "h09"}),  # exactly that: not 陈述申辩, not 陈述，申辩
        ("陈述申辩", {"h05"}),
        ("陈述，申辩", {"h06"}),
        ("临江区域", {"h07"}),
        ("江滨街", {"h07"}),
        ("ab123", {"h08", "h09"}),  # full-width and half-width, capitals and small letters alike
        ("ＡＢ１２３", {"h08", "h09"}),
        ("MA27XY", {"h08"}),  # whitespace is never significant
        ("第(二)项", None),  # half-width brackets are the query syntax: three terms, all required
        ('"第(二)项"', {"h10"}),  # in quotes, the brackets are part of the term (folded: （ is ()
        ("轩", {"h03", "h04"}),  # one character
    ],
)
def test_hard_strings_are_found_exactly(engine: Any, query: str, expected: set[str] | None) -> None:
    service, contents = engine
    hits = found(service, query)
    if query.startswith('"') or " " not in query and "(" not in query:
        assert hits == scanned(contents, query.strip('"'))
    if expected is not None:
        assert {h for h in hits if h.startswith("h")} == expected


def test_a_term_of_punctuation_alone_asks_for_nothing(engine: Any) -> None:
    service, contents = engine
    assert service.search("，").total == service.search("").total == len(contents)
    # punctuation around a term is not part of it
    assert found(service, "罚款。") == scanned(contents, "罚款")


def test_operators_and_highlights_work_on_exact_terms(engine: Any) -> None:
    service, contents = engine
    assert found(service, "无照经营 NOT 无证") == {"h02"}
    assert found(service, "无证无照经营 OR 陈述申辩") == {"h01", "h05"}
    assert found(service, "田轩 陈述、申辩") == {"h04"}
    texts = {pid: HARD[pid] for pid in HARD}
    shown = service.search("无照经营", texts=lambda ids: {i: texts.get(i, "") for i in ids})
    assert shown.highlights["h01"] == "经查，当事人无证<mark>无照经营</mark>，违法所得人民币三千元。"
    ranked = service.search("无照经营").ids
    assert ranked.index("h02") < ranked.index("h01")  # the whole word ranks before the word inside another


def test_folding_keeps_every_offset() -> None:
    every = "".join(map(chr, range(0x20, 0x3400))) + "ＡＢＣａｂｃ１２３　İ"
    assert len(fold(every)) == len(every) and fold("ＡＢ１２３，Ｉ") == "ab123,i"


@st.composite
def substrings(draw: st.DrawFn, contents: dict[str, list[str]]) -> str:
    """A string taken from a decision's own searchable text: 1 to 12 characters at any place."""
    pid = draw(st.sampled_from(sorted(contents)))
    part = draw(st.sampled_from([p for p in contents[pid] if p]))
    start = draw(st.integers(0, len(part) - 1))
    return part[start : start + draw(st.integers(1, 12))]


def test_any_string_of_a_decision_is_found_as_often_as_a_scan_finds_it(engine: Any) -> None:
    service, contents = engine

    @given(text=substrings(contents))
    @settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(text: str) -> None:
        query = f'"{text}"'  # quoted: every character is part of the term
        if '"' in text or not term_text(text, quoted=True):
            return
        assert found(service, query) == scanned_quoted(contents, text), text

    check()


def scanned_quoted(contents: dict[str, list[str]], text: str) -> set[str]:
    wanted = term_text(text, quoted=True)
    return {pid for pid, searchable in contents.items() if contains(searchable, wanted)}


def test_the_executor_agrees_with_whoosh_on_exact_terms(engine: Any) -> None:
    """Each term is a query over ``grams`` Whoosh's own matchers evaluate: the same documents."""
    service, _contents = engine
    searcher = service.searcher()
    for text in ["无照经营", "轩", "陈述、申辩", "ab123", "罚款 NOT 警告", "当事人", "人民币"]:
        query = service.parse(text)
        ids = {searcher.stored_fields(n)["public_id"] for n in searcher.docs_for_query(query)}
        assert ids == found(service, text), text
