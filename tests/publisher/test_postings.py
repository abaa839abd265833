"""The array executor (publisher/search/postings.py) finds exactly what Whoosh's own matchers find.

Whoosh's matchers are the reference: the same parsed query runs through both over a
real index of generated decisions in several segments, with deletions, and the sets of
matching documents must be equal.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
import rjieba
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3TermInfo

from publisher.demodata import _Decisions, _officers
from publisher.demodata.people import Pools
from publisher.search.index import content, make_document, schema
from publisher.search.postings import Executor, PostingCache
from publisher.search.service import Filters, SearchService
from publisher.search.whoosh_private import Codec

UNTIL = dt.date(2026, 6, 30)


def _documents(count: int) -> list[dict[str, Any]]:
    pools = Pools(11)
    gen = _Decisions(pools, list(_officers(pools, 20, UNTIL)), UNTIL, [])
    docs = []
    for n in range(count):
        record = gen.one(UNTIL - dt.timedelta(days=n * 3))
        day = dt.date.fromisoformat(record["decision_date"])
        fields = (record["text"], record["target_name"], record["id"], record["legal_basis"])
        docs.append(
            make_document(
                f"p{n:04d}", *fields, record["agency"], record["category"], record["target_type"], day
            )
        )
    return docs


@pytest.fixture(scope="module", params=["stock W3 codec", "packed codec"])
def built(request: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """Three segments (no merging, the first with postings over several blocks of 128)
    and a few deleted documents, written with Whoosh's codec or publisher/search/whoosh_private.py's."""
    path = tmp_path_factory.mktemp("index")
    docs = _documents(300)
    idx = whoosh_index.create_in(str(path), schema())
    codec = {} if request.param == "stock W3 codec" else {"codec": Codec()}
    for part in (docs[:220], docs[220:260], docs[260:]):
        writer = idx.writer(**codec)
        for doc in part:
            writer.add_document(**doc)
        writer.commit(merge=False)
    writer = idx.writer()
    for doc in docs[::17]:
        writer.delete_by_term("public_id", doc["public_id"])
    writer.commit(merge=False)
    return path, docs


def _queries(docs: list[dict[str, Any]]) -> list[str]:
    rng = random.Random(3)
    words = [w for d in docs[:40] for w, _s, _e in rjieba.tokenize(d["content"]) if len(w.strip()) >= 2]
    texts = [w for w in rng.sample(words, 30)]
    texts += [f"{a} {b}" for a, b in zip(rng.sample(words, 15), rng.sample(words, 15), strict=True)]
    for d in rng.sample(docs, 25):  # phrases: runs of two to four words from a real text
        toks = [w for w, _s, _e in rjieba.tokenize(d["content"][:200]) if w.strip() and w != "\u2029"]
        start = rng.randrange(max(1, len(toks) - 4))
        texts.append("".join(toks[start : start + rng.choice([2, 3, 4])]))
    texts += ["罚款 OR 警告", "罚款 NOT 警告", '"处罚 决定"', "食品 (警告 OR 没收)", docs[5]["doc_no_exact"]]
    return texts


def test_every_query_matches_what_whoosh_matches(built: tuple[Path, list[dict[str, Any]]]) -> None:
    path, docs = built
    service = SearchService(path)
    searcher = service.searcher()
    assert len(searcher.reader().leaf_readers()) == 3 and searcher.reader().has_deletions()
    executor = Executor(searcher, PostingCache())
    nonempty = 0
    for text in _queries(docs):
        query = service.parse(text)
        ours = set(executor.run(query).docs.tolist())
        assert ours == set(searcher.docs_for_query(query)), text
        nonempty += bool(ours)
    assert nonempty > 60  # the queries are real: nearly all find something
    service.close()


def test_phrases_need_adjacent_words(tmp_path: Path) -> None:
    idx = whoosh_index.create_in(str(tmp_path), schema())
    with idx.writer() as writer:
        for public_id, text in [
            ("a", "对当事人处以罚款人民币五千元"),
            ("b", "罚款已缴纳，另收取人民币五千元"),
            ("c", content("罚款", "人民币五千元")),
        ]:
            writer.add_document(public_id=public_id, content=text, grams=text, decision_date=20260101)
    service = SearchService(tmp_path)
    found = service.search("罚款人民币")
    assert found.ids == ["a"]  # b has both words apart; c has them in two parts
    assert sorted(service.search("罚款 人民币").ids) == ["a", "b", "c"]
    service.close()


def test_more_occurrences_rank_higher_and_pages_do_not_overlap(tmp_path: Path) -> None:
    idx = whoosh_index.create_in(str(tmp_path), schema())
    with idx.writer() as writer:
        for n in range(25):
            text = "责令改正。" + "没收违法所得。" * (1 + n % 5)
            writer.add_document(public_id=f"d{n:02d}", content=text, grams=text, decision_date=20260101 + n)
    service = SearchService(tmp_path)
    first = service.search("没收违法所得", per_page=5)
    assert first.total == 25 and first.ids[0] in {"d04", "d09", "d14", "d19", "d24"}
    pages = [service.search("没收违法所得", page=p, per_page=5).ids for p in range(1, 6)]
    assert sorted(i for page in pages for i in page) == sorted(f"d{n:02d}" for n in range(25))
    by_date = service.search("没收违法所得", sort="date", per_page=3).ids
    assert by_date == ["d24", "d23", "d22"]
    service.close()


def test_filters_and_facets_count_the_whole_match(built: tuple[Path, list[dict[str, Any]]]) -> None:
    path, docs = built
    service = SearchService(path)
    live = [d for n, d in enumerate(docs) if n % 17]
    year = docs[0]["year"]
    found = service.search("", Filters(year=year), per_page=500)
    expected = {d["public_id"] for d in live if d["year"] == year}
    assert set(found.ids) == expected and found.total == len(expected)
    counts = dict(service.search("").facets["category"])
    assert sum(counts.values()) == len(live)
    for category, count in counts.items():
        assert count == sum(d["category"] == category for d in live)
    service.close()


def test_parallel_segments_hold_what_a_plain_whoosh_writer_writes(tmp_path: Path) -> None:
    """publisher/search/segments.py (grouped pool, own codec, two workers, several segments)
    against Whoosh's stock writer: the same documents match the same queries."""
    from publisher.search import segments

    docs = _documents(120)
    plain, fast = tmp_path / "plain", tmp_path / "fast"
    plain.mkdir()
    fast.mkdir()
    with whoosh_index.create_in(str(plain), schema()).writer() as writer:
        for doc in docs:
            writer.add_document(**doc)
    whoosh_index.create_in(str(fast), schema())
    told: list[int] = []
    assert segments.build(fast, iter(docs), told.append, workers=2, chunk=25) == 120
    assert sum(told) == 120 and len(told) > 1  # streamed in several segments
    plain_service, fast_service = SearchService(plain), SearchService(fast)
    fast_searcher = fast_service.searcher()
    assert len(fast_searcher.reader().leaf_readers()) == len(told)
    plain_searcher = plain_service.searcher()
    for text in _queries(docs):
        want = plain_service.search(text, per_page=500)
        got = fast_service.search(text, per_page=500)
        assert (sorted(got.ids), got.total, got.facets) == (sorted(want.ids), want.total, want.facets), text
        query = fast_service.parse(text)  # Whoosh's own matchers read the packed blocks too
        assert {fast_searcher.stored_fields(n)["public_id"] for n in fast_searcher.docs_for_query(query)} == {
            plain_searcher.stored_fields(n)["public_id"] for n in plain_searcher.docs_for_query(query)
        }
    assert (
        fast_service.search("", sort="date", per_page=500).ids
        == plain_service.search("", sort="date", per_page=500).ids
    )
    plain_service.close()
    fast_service.close()


def test_grouped_positions_are_the_tokenizers_words_and_positions() -> None:
    """The build's one-loop ``positions`` gives what the analyzer yields, word by word."""
    from collections import defaultdict

    from publisher.search.index import _tokens, positions

    for doc in [*_documents(150), *_awkward_documents()]:
        expected: defaultdict[str, list[int]] = defaultdict(list)
        for text, pos, _start, _end in _tokens(doc["content"], 0, with_subwords=True):
            expected[text].append(pos)
        assert positions(doc["content"]) == expected


_AWKWARD = [
    "",
    " ",
    "a",
    "甲",
    "，。、：",
    "Ａ１，ｂ　İstanbul ABC\u3000x",
    "𠀀𠀁 𠀂𠀀𠀁",
    "x\u2029\u2029y",
    "\t\n 乙 \n",
    "x𝔸y ＡＢ\u2029𠀀",
    "依法 享有\n陈述、申辩的权利。无证无照经营；（违法所得）《条例》第十二条",
    "12.5万元 Room 3-B, 2nd floor 上海市浦东新区",
]


def _awkward_documents() -> list[dict[str, Any]]:
    """Generated decisions, and parts made of punctuation, whitespace, one character, non-BMP
    characters, full-width forms and nothing at all."""
    docs = _documents(60)
    for n, text in enumerate(_AWKWARD * 3):
        party = _AWKWARD[(n * 5) % len(_AWKWARD)] or None
        basis = _AWKWARD[(n * 7) % len(_AWKWARD)] or None
        day = UNTIL - dt.timedelta(days=n)
        docs.insert(n * 2, make_document(f"a{n:03d}", text, party, f"号{n}", basis, "a", "c", "t", day))
    return docs


def _postings(path: Path) -> dict[tuple[str, bytes], dict[str, tuple[float, tuple[int, ...]]]]:
    """Every field's every term: each document's weight and positions, by public id."""
    found: dict[tuple[str, bytes], dict[str, tuple[float, tuple[int, ...]]]] = {}
    with whoosh_index.open_dir(str(path)).searcher() as searcher:
        for leaf, _offset in searcher.leaf_searchers():
            reader = leaf.reader()
            for fieldname, btext in reader.all_terms():
                field = reader.schema[fieldname]
                matcher = reader.postings(fieldname, btext)
                rows = found.setdefault((fieldname, btext), {})
                while matcher.is_active():
                    public_id = leaf.stored_fields(matcher.id())["public_id"]
                    poses = tuple(matcher.value_as("positions")) if field.format.supports("positions") else ()
                    rows[public_id] = (matcher.weight(), poses)
                    matcher.next()
    return found


def test_a_parallel_build_holds_exactly_the_postings_of_a_plain_one(tmp_path: Path) -> None:
    """Term lists, documents, weights and positions of every field: segments.build in two
    workers and several segments, as Whoosh's own writer (one process, one segment)."""
    from publisher.search import segments

    docs = _awkward_documents()
    plain, fast = tmp_path / "plain", tmp_path / "fast"
    plain.mkdir()
    fast.mkdir()
    with whoosh_index.create_in(str(plain), schema()).writer() as writer:
        for doc in docs:
            writer.add_document(**doc)
    whoosh_index.create_in(str(fast), schema())
    assert segments.build(fast, iter(docs), workers=2, chunk=30) == len(docs)
    postings = _postings(plain)
    assert _postings(fast) == postings
    pairs = {("grams", pair.encode("utf-8")) for pair in ["𠀁𠀂", "ab", "x𝔸", "甲\u2029"]}
    assert pairs <= set(postings)  # folded, without whitespace


def test_a_segment_is_byte_for_byte_what_whoosh_writes_with_the_packed_codec(tmp_path: Path) -> None:
    """One segment of a full build against Whoosh's writer with the same codec: the same term
    infos and the same posting blocks, byte for byte."""
    from publisher.search import segments

    docs = _awkward_documents()
    plain, fast = tmp_path / "plain", tmp_path / "fast"
    plain.mkdir()
    fast.mkdir()
    with whoosh_index.create_in(str(plain), schema()).writer(codec=Codec()) as writer:
        for doc in docs:
            writer.add_document(**doc)
    whoosh_index.create_in(str(fast), schema())
    segments.build(fast, iter(docs), workers=1)

    def raw(path: Path) -> dict[bytes, tuple[bytes, bytes]]:
        """Each term's info (without where its postings are) and its posting blocks."""
        found = {}
        with whoosh_index.open_dir(str(path)).reader() as reader:
            terms = reader._terms
            for key, info in terms._tindex.items():
                offset, length = W3TermInfo.from_bytes(info).extent()
                length = length[0] if isinstance(length, tuple) else length
                found[key] = (info[: W3TermInfo._struct.size], bytes(terms._postfile.get(offset, length)))
        return found

    fast_terms = raw(fast)
    assert len(fast_terms) > 1000 and fast_terms == raw(plain)
