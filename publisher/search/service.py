"""Search over published decisions: ``search(query, filters, sort, page) → ids, total, facets``.

The backend (Whoosh) stays behind this interface so it can be replaced. One searcher per
process, reopened as soon as the index changes.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh.qparser import AndGroup, FieldsPlugin, PhrasePlugin, Plugin, QueryParser, WildcardPlugin
from whoosh.qparser.syntax import BinaryGroup, GroupNode, Wrapper
from whoosh.query import And, Every, NullQuery, NumericRange, Or, Phrase, Query, Term

from publisher.search.exact import Exact, snippet, strings, term_text
from publisher.search.index import IndexUnavailable, generation, open_current
from publisher.search.postings import Executor, PostingCache

FACETS = ("agency", "category", "target_type", "year")
SORTS = ("relevance", "date", "date_asc")
SEARCH_FIELDS = ["content"]
DOC_NO = re.compile(r"[〔\[(（]\d{4}[〕\])）].*号")


@dataclass(frozen=True)
class Filters:
    """What the visitor narrowed the search to."""

    agency: str | None = None
    category: str | None = None
    target_type: str | None = None
    year: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def query(self) -> Query | None:
        """The filter as a Whoosh query (None when nothing is filtered)."""
        parts: list[Query] = [Term(name, value) for name in FACETS if (value := getattr(self, name))]
        if self.date_from or self.date_to:
            low = int(self.date_from.strftime("%Y%m%d")) if self.date_from else None
            high = int(self.date_to.strftime("%Y%m%d")) if self.date_to else None
            parts.append(NumericRange("decision_date", low, high))
        return And(parts) if parts else None


@dataclass
class SearchResult:
    """One page of results with the facet counts of the whole match."""

    ids: list[str]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    highlights: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        """How many pages there are."""
        return max(1, -(-self.total // self.per_page))


class _Parser(QueryParser):
    """Whoosh's parser (operators, groups, quotes) with each term of ``content`` read as an
    exact string (publisher/search/exact.py): a term that asks for nothing is dropped."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        words = super().term_query(fieldname, text, termclass, boost, tokenize, removestops)
        return _exact(fieldname, text, words, boost, quoted=False)


def _exact(fieldname: str, raw: str, words: Query | None, boost: float, quoted: bool) -> Query | None:
    if fieldname not in SEARCH_FIELDS or (words is not None and not isinstance(words, Term | Phrase)):
        return words
    text = term_text(raw, quoted)
    return Exact(text, words, boost) if text else None


class _ExactPhrases(PhrasePlugin):
    """Quoted text as one exact string, punctuation included; a phrase with a slop
    (``"a b"~3``, words near each other) stays Whoosh's phrase of words."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            words = super().query(parser)
            if self.slop != 1:
                return words
            return _exact(self.fieldname or parser.fieldname, self.text, words, self.boost, quoted=True)

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            slop = match.group("slop")
            return _ExactPhrases.PhraseNode(
                match.group("text"), match.start("text"), int(slop) if slop else 1
            )


class _CompleteOperators(Plugin):
    """Drops operators Whoosh's parser leaves without operands ("NOT NOT 罚款", "REQUIRE ANDNOT"),
    which it would otherwise turn into an IndexError or AssertionError instead of a query."""

    def filters(self, parser):  # type: ignore[no-untyped-def]
        return [(self.complete, 601)]  # right after OperatorsPlugin groups the operands (600)

    def complete(self, parser, group):  # type: ignore[no-untyped-def]
        for at in reversed(range(len(group))):
            node = group[at]
            if isinstance(node, GroupNode):
                self.complete(parser, node)
                if (isinstance(node, Wrapper) and not node.nodes) or (
                    isinstance(node, BinaryGroup) and len(node.nodes) != 2
                ):
                    group[at : at + 1] = node.nodes  # keep the operand it has, if any
        return group


@dataclass
class _View:
    executor: Executor
    columns: dict[str, np.ndarray]


def _first(primary: np.ndarray, secondary: np.ndarray, count: int) -> np.ndarray:
    """Indices of the ``count`` smallest by (primary, secondary), in that order.

    Only the candidates up to the count-th primary value are sorted, ties included, so
    the pages of one query never overlap or skip.
    """
    if len(primary) > count > 0:
        kth = np.partition(primary, count - 1)[count - 1]
        candidates = np.flatnonzero(primary <= kth)
    else:
        candidates = np.arange(len(primary))
    return candidates[np.lexsort((secondary[candidates], primary[candidates]))][:count]


class SearchService:
    """Holds the process's searcher and answers queries."""

    def __init__(self, path: Path, cache_mb: int = 256) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._searcher = None
        self._retired = None
        self._generation: str | None = None  # the build the searcher reads (swapped by a rebuild)
        self._postings = PostingCache(cache_mb * 1024 * 1024)
        self._codes: dict[str, int] = {"": 0}  # facet value → code, shared by all segments
        self._segment_columns: dict[tuple[str, str], np.ndarray] = {}

    def searcher(self):  # type: ignore[no-untyped-def]
        """The current searcher, reopened when the index has changed.

        Whoosh's own ``refresh()`` reuses segment readers whose ids did not change and so
        misses deletions (withdrawals): a fresh searcher is opened instead. The one before
        the previous is closed; no request can still be using it.
        """
        with self._lock:
            built = generation(self.path)
            if self._searcher is None or built != self._generation or not self._searcher.up_to_date():
                fresh = open_current(self.path).searcher()  # IndexUnavailable: none, or an older one
                if self._retired is not None:
                    self._retired.close()
                self._retired, self._searcher, self._generation = self._searcher, fresh, built
            return self._searcher

    def version(self) -> str:
        """Which state of the index a search reads now: the build (swapped by a rebuild or an
        installed snapshot) and its commit generation (moved by every sync); "none" without an
        index. Anything derived from search results is as old as this string."""
        try:
            searcher = self.searcher()
        except IndexUnavailable:
            return "none"
        return f"{self._generation}:{searcher.reader().generation()}"

    def close(self) -> None:
        """Close the searchers (their files); the next search opens a fresh one."""
        with self._lock:
            for searcher in (self._searcher, self._retired):
                if searcher is not None:
                    searcher.close()
            self._searcher = self._retired = None

    def parse(self, text: str) -> Query:
        """Turn what the visitor typed into a query: each term an exact string
        (publisher/search/exact.py), combined by the operators.

        Text without a searchable word (only punctuation, ``?``, ``""``) asks for nothing in
        particular: it finds everything, as an empty box does. A document number also
        matches the decision that bears it, which then ranks first.
        """
        text = text.strip()
        if not text:
            return Every()
        searcher = self.searcher()
        parser = _Parser(SEARCH_FIELDS[0], searcher.schema, group=AndGroup)
        parser.remove_plugin_class(WildcardPlugin)
        parser.remove_plugin_class(FieldsPlugin)  # "decision_date:x" is text, not a field
        parser.remove_plugin_class(PhrasePlugin)
        parser.add_plugin(_ExactPhrases())
        parser.add_plugin(_CompleteOperators())
        parsed = parser.parse(text)
        if DOC_NO.search(text) and NullQuery != parsed:
            return Or([Term("doc_no_exact", text, boost=10.0), parsed])
        # Whoosh's NullQuery is an instance (not a class) whose __eq__ matches every copy
        return Every() if NullQuery == parsed else parsed

    def _view(self, searcher) -> _View:  # type: ignore[no-untyped-def]
        """Per-searcher arrays (live documents, dates, facet codes), built once a searcher."""
        view = getattr(searcher, "_gongshi_view", None)
        if view is None:
            executor = Executor(searcher, self._postings)
            columns = {
                name: np.concatenate([self._column(r, name) for r, _base in executor.leaves])
                if executor.leaves
                else np.zeros(0, dtype=np.int64)
                for name in (*FACETS, "decision_date")
            }
            view = searcher._gongshi_view = _View(executor, columns)
            current = {r.segment().segment_id() for r, _base in executor.leaves}
            for key in [k for k in self._segment_columns if k[0] not in current]:
                del self._segment_columns[key]  # merged away
        return view

    def _column(self, segment_reader, name: str) -> np.ndarray:  # type: ignore[no-untyped-def]
        """One segment's column as integers (facet values as codes), cached per segment."""
        key = (segment_reader.segment().segment_id(), name)
        found = self._segment_columns.get(key)
        if found is None:
            values = segment_reader.column_reader(name)
            if name == "decision_date":
                found = np.fromiter(values, dtype=np.int64, count=segment_reader.doc_count_all())
            else:
                codes = self._codes
                found = np.fromiter(
                    (codes.setdefault(v, len(codes)) for v in values),
                    dtype=np.int64,
                    count=segment_reader.doc_count_all(),
                )
            self._segment_columns[key] = found
        return found

    def _allowed(self, view: _View, filters: Filters) -> np.ndarray | None:
        """A mask of the documents passing the filters (None: no filter)."""
        if filters.query() is None:
            return None
        mask = view.executor.live.copy()
        dates = view.columns["decision_date"]
        if filters.date_from:
            mask &= dates >= int(filters.date_from.strftime("%Y%m%d"))
        if filters.date_to:
            mask &= dates <= int(filters.date_to.strftime("%Y%m%d"))
        for name in FACETS:
            if value := getattr(filters, name):
                code = self._codes.get(value)
                mask &= view.columns[name] == (-1 if code is None else code)
        return mask

    def matching(self, text: str, filters: Filters = Filters()) -> np.ndarray:
        """Every matching document number (what the totals and facets count)."""
        searcher = self.searcher()
        if searcher.doc_count_all() == 0:
            return np.zeros(0, dtype=np.int64)
        return self._run(self._view(searcher), self.parse(text), filters)[0]

    def _run(self, view: _View, query: Query, filters: Filters) -> tuple[np.ndarray, np.ndarray]:
        """The live documents matching the query and the filters, with their scores."""
        found = view.executor.run(query)
        allowed = self._allowed(view, filters)
        if allowed is None:
            return found.docs, found.scores
        keep = allowed[found.docs]
        return found.docs[keep], found.scores[keep]

    def search(
        self,
        text: str,
        filters: Filters = Filters(),
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 10,
        texts: Callable[[list[str]], dict[str, str]] | None = None,
    ) -> SearchResult:
        """Search published decisions; ``texts`` supplies stored texts for highlighting.

        Whoosh parses the query; publisher/search/postings.py evaluates it over Whoosh's
        postings as arrays; totals, facets, filters and both orders come from
        per-searcher column arrays.
        """
        searcher = self.searcher()
        query = self.parse(text)
        page = max(1, page)
        if searcher.doc_count_all() == 0:  # an empty index has no columns yet
            return SearchResult([], 0, page, per_page, dict.fromkeys(FACETS, []))
        view = self._view(searcher)
        docs, scores = self._run(view, query, filters)
        result = SearchResult([], len(docs), page, per_page)
        labels = {code: label for label, code in self._codes.items()}
        for name in FACETS:
            counts = np.bincount(view.columns[name][docs], minlength=len(labels))
            pairs = [
                (labels[code], int(counts[code])) for code in np.flatnonzero(counts).tolist() if labels[code]
            ]
            by_year = name == "year"  # years read best newest first; the rest by count
            result.facets[name] = sorted(
                pairs, key=lambda kv: (kv[0] if by_year else -kv[1], kv[0]), reverse=by_year
            )
        stop = page * per_page
        if sort in ("date", "date_asc") or isinstance(query, Every):
            dates = view.columns["decision_date"][docs]
            first = _first(dates, docs, stop) if sort == "date_asc" else _first(-dates, -docs, stop)
        else:  # relevance: the best score first, ties in index order
            first = _first(-scores, docs, stop)
        shown = docs[first][(page - 1) * per_page :]
        result.ids = [searcher.stored_fields(int(n))["public_id"] for n in shown]
        if texts and text.strip():
            self._highlight(result, query, texts)
        return result

    def _highlight(
        self, found: SearchResult, query: Query, texts: Callable[[list[str]], dict[str, str]]
    ) -> None:
        """Mark the query's words in the stored texts of the page's decisions."""
        wanted = strings(query)
        if not wanted:
            return
        stored = texts(found.ids)
        for public_id in found.ids:
            if marked := snippet(stored.get(public_id, ""), wanted):
                found.highlights[public_id] = marked
