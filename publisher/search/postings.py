"""Query execution over Whoosh's own postings, a block at a time, with NumPy.

Whoosh analyses, writes, stores and parses; but its matchers walk the postings one
document at a time in Python, which costs seconds for a frequent phrase at 100,000
decisions (docs/benchmarks.md). Here a term's postings are read a block at a time (one
``zlib`` + ``pickle`` call per 128 postings) into arrays of document numbers and
positions, kept per segment in a bounded cache, and a query tree is evaluated as array
operations: intersections for AND, unions for OR, shifted position keys for phrases, BM25
for ranking. Segments never change once written (deletions are a separate mask), so the
cache outlives a reopened searcher.

What this does not know (wildcards, ranges, fuzzy terms — the portal's parser makes none
of them) is handed to Whoosh's own matcher, so the answer is always Whoosh's.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.query import And, AndMaybe, AndNot, Every, Not, NullQuery, Or, Phrase, Query, Require, Term
from whoosh.util.numeric import byte_to_length

from publisher.search import whoosh_private
from publisher.search.exact import GRAMS, Exact, cover

K1, B = 1.2, 0.75  # Whoosh's BM25F defaults
_BYTE_LENGTHS = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
_EMPTY_I = np.zeros(0, dtype=np.int64)
_EMPTY_F = np.zeros(0, dtype=np.float64)


@dataclass(frozen=True)
class Postings:
    """One term's postings in one segment: local document numbers and frequencies, and
    for positional fields a sorted key ``document << 32 | position`` per occurrence."""

    docs: np.ndarray
    freqs: np.ndarray
    keys: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        return int(self.docs.nbytes + self.freqs.nbytes + (0 if self.keys is None else self.keys.nbytes))


def read_postings(segment_reader: Any, fieldname: str, text: str) -> Postings:
    """Every posting of ``text`` in one segment (deleted documents included)."""
    field = segment_reader.schema[fieldname]
    btext = field.to_bytes(text)
    if not segment_reader.doc_frequency(fieldname, btext):
        return Postings(_EMPTY_I, _EMPTY_F)
    packed = getattr(field.format, "packed_positions", False)
    matcher = whoosh_private.term_matcher(segment_reader, fieldname, btext, field.format)
    if isinstance(matcher, whoosh_private.Matcher):
        return _read_packed(matcher, packed)
    # a segment of another codec (none is written since the packed codec): the public,
    # slow way, one posting at a time
    ids: list[int] = []
    weights: list[float] = []
    keys: list[int] = []
    while matcher.is_active():
        docnum = matcher.id()
        ids.append(docnum)
        weights.append(matcher.weight())
        if packed:
            keys.extend((docnum << 32) | p for p in matcher.value_as("positions"))
        matcher.next()
    return Postings(
        np.array(ids, dtype=np.int64),
        np.array(weights, dtype=np.float64),
        np.array(keys, dtype=np.int64) if packed else None,
    )


def _read_packed(matcher: whoosh_private.Matcher, positional: bool) -> Postings:
    """A term's postings from the packed codec's blocks: a few calls per block."""
    id_parts, sizes, weight_parts, length_parts, value_parts = [], [], [], [], []
    for ids, weights, values, count in whoosh_private.packed_blocks(matcher):
        id_parts.append(ids)
        sizes.append(count)
        if positional and values is not None:
            length_parts.append(values[0])
            value_parts.append(values[1])
        elif weights is None or isinstance(weights, float):
            weight_parts.append(np.full(count, 1.0 if weights is None else weights))
        else:
            weight_parts.append(np.frombuffer(weights, dtype="<f4").astype(np.float64))
    docs = np.cumsum(np.frombuffer(b"".join(id_parts), dtype="<u4").astype(np.int64))
    docs -= _block_bases(docs, np.array(sizes, dtype=np.int64))
    if not positional:
        return Postings(docs, np.concatenate(weight_parts))
    counts = np.frombuffer(b"".join(length_parts), dtype="<u4").astype(np.int64) // 4
    positions = np.frombuffer(b"".join(value_parts), dtype="<u4").astype(np.int64)
    return Postings(docs, counts.astype(np.float64), (np.repeat(docs, counts) << 32) | positions)


def _block_bases(cumulative: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """What to subtract from a running sum of per-block deltas to restart it per block."""
    ends = np.cumsum(sizes)
    return np.repeat(np.concatenate(([0], cumulative[ends[:-1] - 1])), sizes)


class PostingCache:
    """Postings per (segment, field, term), least recently used dropped past a byte budget."""

    def __init__(self, budget: int = 256 * 1024 * 1024) -> None:
        self.budget = budget
        self._items: OrderedDict[tuple[str, str, str], Postings] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, segment_reader: Any, fieldname: str, text: str) -> Postings:
        key = (segment_reader.segment().segment_id(), fieldname, text)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        found = read_postings(segment_reader, fieldname, text)
        with self._lock:
            if key not in self._items:
                self._items[key] = found
                self._bytes += found.nbytes
                while self._bytes > self.budget and len(self._items) > 1:
                    _key, dropped = self._items.popitem(last=False)
                    self._bytes -= dropped.nbytes
        return found

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


@dataclass
class Match:
    """Matching global document numbers (sorted, unique) and their scores."""

    docs: np.ndarray
    scores: np.ndarray

    @classmethod
    def empty(cls) -> Match:
        return cls(_EMPTY_I, _EMPTY_F)

    def restricted(self, docs: np.ndarray) -> Match:
        """Only the documents also in ``docs`` (sorted)."""
        keep = _member(self.docs, docs)
        return Match(self.docs[keep], self.scores[keep])

    def restricted_scores(self, docs: np.ndarray) -> np.ndarray:
        """For each of ``docs`` (sorted), its score here (0 where it does not match)."""
        scores = np.zeros(len(docs))
        if len(self.docs):
            at = np.searchsorted(self.docs, docs)
            at[at == len(self.docs)] = 0
            hit = self.docs[at] == docs
            scores[hit] = self.scores[at[hit]]
        return scores


class Executor:
    """Evaluates a parsed query against one searcher's segments."""

    def __init__(self, searcher: Any, cache: PostingCache) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.cache = cache
        self.leaves = [(r, base) for r, base in self.reader.leaf_readers() if r.doc_count_all()]
        self.total = self.reader.doc_count_all()
        self._lengths: dict[str, tuple[np.ndarray, float]] = {}
        self._live: np.ndarray | None = None

    # -- per-searcher arrays ------------------------------------------------------------
    @property
    def live(self) -> np.ndarray:
        """True for every document not deleted (withdrawn or replaced)."""
        if self._live is None:
            live = np.ones(self.total, dtype=bool)
            for r, base in self.leaves:
                deleted = list(r.deleted_docs_set) if r.has_deletions() else []
                if deleted:
                    live[np.asarray(deleted, dtype=np.int64) + base] = False
            self._live = live
        return self._live

    def lengths(self, fieldname: str) -> tuple[np.ndarray, float]:
        """Each document's length of ``fieldname`` in tokens (as Whoosh stores it: one byte),
        and their average."""
        if fieldname not in self._lengths:
            parts = []
            for r, _base in self.leaves:
                count = r.doc_count_all()
                stored = whoosh_private.length_bytes(r, fieldname)
                raw = np.zeros(count, dtype=np.uint8)  # documents past the column's end have no length
                raw[: len(stored)] = np.frombuffer(stored, dtype=np.uint8)
                parts.append(_BYTE_LENGTHS[raw])
            every = np.concatenate(parts) if parts else _EMPTY_F
            self._lengths[fieldname] = every, float(every.mean()) if len(every) else 1.0
        return self._lengths[fieldname]

    def postings(self, fieldname: str, text: str) -> list[tuple[Postings, int]]:
        return [(self.cache.get(r, fieldname, text), base) for r, base in self.leaves]

    # -- evaluation ---------------------------------------------------------------------
    def run(self, query: Query) -> Match:
        """Every live document matching ``query``, with a BM25 score."""
        found = self._eval(query)
        keep = self.live[found.docs] if len(found.docs) else np.zeros(0, dtype=bool)
        return Match(found.docs[keep], found.scores[keep])

    def _eval(self, q: Query) -> Match:
        if isinstance(q, Exact):
            return self._exact(q)
        if isinstance(q, Term):
            return self._term(q.fieldname, q.text, q.boost)
        if (
            isinstance(q, Phrase)
            and q.slop == 1
            and getattr(self.searcher.schema[q.fieldname].format, "packed_positions", False)
        ):
            return self._phrase(q.fieldname, list(q.words), q.boost)
        if isinstance(q, And):
            positive = [s for s in q.subqueries if not isinstance(s, Not)]
            negative = [s.query for s in q.subqueries if isinstance(s, Not)]
            if positive:
                found = self._and([self._eval(s) for s in positive])
                for neg in negative:
                    found = _minus(found, self._eval(neg))
                return found
        if isinstance(q, AndNot):
            return _minus(self._eval(q.a), self._eval(q.b))
        if isinstance(q, Require):  # the documents of both, scored by the first
            found, required = self._eval(q.a), self._eval(q.b)
            return found.restricted(required.docs)
        if isinstance(q, AndMaybe):  # the documents of the first, the second adding to their scores
            first = self._eval(q.a)
            return _or([first, self._eval(q.b)]).restricted(first.docs)
        if isinstance(q, Or):
            return _or([self._eval(s) for s in q.subqueries])
        if isinstance(q, Every) and not q.fieldname:
            docs = np.arange(self.total, dtype=np.int64)
            return Match(docs, np.zeros(self.total))
        if NullQuery == q:  # NullQuery is Whoosh's one instance; its __eq__ matches every copy
            return Match.empty()
        docs = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)  # Whoosh decides
        docs.sort()
        return Match(docs, np.ones(len(docs)))

    def _idf(self, fieldname: str, text: str) -> float:
        return math.log(self.total / (self.reader.doc_frequency(fieldname, text) + 1)) + 1

    def _bm25(self, fieldname: str, docs: np.ndarray, tf: np.ndarray, idf: float) -> np.ndarray:
        if not self.searcher.schema[fieldname].scorable:
            return tf * idf
        lengths, avg = self.lengths(fieldname)
        avg = avg or 1.0
        return idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * lengths[docs] / avg))

    def _term(self, fieldname: str, text: str, boost: float = 1.0) -> Match:
        parts = self.postings(fieldname, text)
        docs = np.concatenate([p.docs + base for p, base in parts]) if parts else _EMPTY_I
        tf = np.concatenate([p.freqs for p, _base in parts]) if parts else _EMPTY_F
        return Match(docs, boost * self._bm25(fieldname, docs, tf, self._idf(fieldname, text)))

    def _phrase(self, fieldname: str, words: list[str], boost: float = 1.0) -> Match:
        """Documents where the words stand at consecutive positions, as Whoosh's Phrase."""
        if not words:
            return Match.empty()
        if len(words) == 1:
            return self._term(fieldname, words[0], boost)
        docs, tf = self._at_offsets(fieldname, list(zip(words, range(len(words)), strict=True)))
        idf = sum(self._idf(fieldname, w) for w in words)
        return Match(docs, boost * self._bm25(fieldname, docs, tf, idf))

    def _at_offsets(self, fieldname: str, words: list[tuple[str, int]]) -> tuple[np.ndarray, np.ndarray]:
        """Documents where each word stands at its offset from the first, and how often.

        The rarest word's occurrences are the candidates; each other word must occur at
        the candidate's position shifted by the distance between the two words.
        """
        docs_parts, tf_parts = [], []
        for r, base in self.leaves:
            keyed = [self.cache.get(r, fieldname, word).keys for word, _offset in words]
            if any(k is None or not len(k) for k in keyed):
                continue
            lists: list[np.ndarray] = [k for k in keyed if k is not None]
            anchor = min(range(len(words)), key=lambda i: len(lists[i]))
            keys = lists[anchor]
            for i, other in enumerate(lists):
                if i != anchor and len(keys):
                    keys = keys[_member(keys + (words[i][1] - words[anchor][1]), other)]
            if len(keys):
                docs, tf = np.unique(keys >> 32, return_counts=True)
                docs_parts.append(docs + base)
                tf_parts.append(tf.astype(np.float64))
        if not docs_parts:
            return _EMPTY_I, _EMPTY_F
        return np.concatenate(docs_parts), np.concatenate(tf_parts)

    def _exact(self, q: Exact) -> Match:
        """The documents containing the term's text, from ``grams``: one pair, pairs covering
        the text at their offsets, or (one character) every pair it begins. Scored by BM25 of
        the text's occurrences, plus the word index's BM25 of the term's words where they occur."""
        text = q.text
        docs: np.ndarray
        tf: np.ndarray
        if len(text) == 1:
            prefix = text.encode("utf-8")
            parts = [
                (p, base)
                for pair in self.reader.expand_prefix(GRAMS, prefix)
                for p, base in self.postings(GRAMS, pair.decode("utf-8"))
            ]
            every = np.concatenate([p.docs + base for p, base in parts]) if parts else _EMPTY_I
            docs, inverse = np.unique(every, return_inverse=True)
            tf = np.bincount(inverse, weights=np.concatenate([p.freqs for p, _b in parts]) if parts else None)
        elif len(text) == 2:
            parts = self.postings(GRAMS, text)
            docs = np.concatenate([p.docs + base for p, base in parts]) if parts else _EMPTY_I
            tf = np.concatenate([p.freqs for p, _base in parts]) if parts else _EMPTY_F
        else:
            docs, tf = self._at_offsets(GRAMS, cover(text))
        if not len(docs):
            return Match.empty()
        idf = math.log(self.total / (len(docs) + 1)) + 1
        scores = self._bm25(GRAMS, docs, tf, idf)
        for word in _words(q.words):
            scores += self._term("content", word).restricted_scores(docs)
        return Match(docs, q.boost * scores)

    @staticmethod
    def _and(parts: list[Match]) -> Match:
        parts.sort(key=lambda m: len(m.docs))
        found = parts[0]
        for other in parts[1:]:
            docs, left, right = np.intersect1d(
                found.docs, other.docs, assume_unique=True, return_indices=True
            )
            found = Match(docs, found.scores[left] + other.scores[right])
        return found


def _words(query: Query | None) -> list[str]:
    """The words of a term's word query (a Term or a Phrase of ``content``)."""
    if isinstance(query, Term):
        return [query.text]
    if isinstance(query, Phrase):
        return list(query.words)
    return []


def _member(values: np.ndarray, sorted_pool: np.ndarray) -> np.ndarray:
    """For each value, whether it is in the sorted array ``sorted_pool``."""
    if not len(sorted_pool):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_pool, values)
    at[at == len(sorted_pool)] = 0
    return sorted_pool[at] == values


def _minus(found: Match, other: Match) -> Match:
    keep = ~_member(found.docs, other.docs)
    return Match(found.docs[keep], found.scores[keep])


def _or(parts: list[Match]) -> Match:
    parts = [p for p in parts if len(p.docs)]
    if not parts:
        return Match.empty()
    docs = np.concatenate([p.docs for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    unique, inverse = np.unique(docs, return_inverse=True)
    return Match(unique, np.bincount(inverse, weights=scores, minlength=len(unique)))
