"""Search over published decisions: ``search(query, filters, sort, page) → ids, total, facets``.

The backend (Whoosh) stays behind this interface so it can be replaced. One searcher per
process, reopened as soon as the index changes.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import collectors, highlight
from whoosh.qparser import AndGroup, MultifieldParser, WildcardPlugin
from whoosh.query import And, Every, NumericRange, Or, Query, Term

from publisher.index import open_index

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


class _Marker(highlight.HtmlFormatter):
    """Matches as <mark>; the text around them is escaped by Whoosh."""

    def __init__(self) -> None:
        super().__init__(tagname="mark", between=" … ")

    def format_token(self, text: str, token: object, replace: bool = False) -> str:
        return f"<mark>{highlight.htmlescape(highlight.get_text(text, token, replace))}</mark>"


class _RecordingTop(collectors.TopCollector):
    """Ranks the top N and, in the same pass, records every matching document number."""

    def prepare(self, top_searcher, q, context):  # type: ignore[no-untyped-def]
        super().prepare(top_searcher, q, context)
        self.matched: list[int] = []

    def collect(self, sub_docnum: int):  # type: ignore[no-untyped-def]
        self.matched.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)


class SearchService:
    """Holds the process's searcher and answers queries."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._searcher = None
        self._retired = None

    def searcher(self):  # type: ignore[no-untyped-def]
        """The current searcher, reopened when the index has changed.

        Whoosh's own ``refresh()`` reuses segment readers whose ids did not change and so
        misses deletions (withdrawals): a fresh searcher is opened instead. The one before
        the previous is closed; no request can still be using it.
        """
        with self._lock:
            if self._searcher is None or not self._searcher.up_to_date():
                if self._retired is not None:
                    self._retired.close()
                self._retired = self._searcher
                self._searcher = open_index(self.path).searcher()
            return self._searcher

    def parse(self, text: str) -> Query:
        """Turn what the visitor typed into a query (phrases for Chinese runs)."""
        text = text.strip()
        if not text:
            return Every()
        searcher = self.searcher()
        parser = MultifieldParser(SEARCH_FIELDS, searcher.schema, group=AndGroup)
        parser.remove_plugin_class(WildcardPlugin)
        parsed = parser.parse(text)
        if DOC_NO.search(text):
            if searcher.doc_frequency("doc_no_exact", text):
                return Term("doc_no_exact", text)  # an exact number needs no phrase search
            return Or([Term("doc_no_exact", text), parsed])
        return parsed

    def _columns(self, searcher) -> dict[str, list[object]]:  # type: ignore[no-untyped-def]
        """Per-document values of the facet fields and the date, cached per searcher."""
        cached = getattr(searcher, "_gongshi_columns", None)
        if cached is None:
            reader = searcher.reader()
            cached = {name: list(reader.column_reader(name)) for name in (*FACETS, "decision_date")}
            searcher._gongshi_columns = cached
        return cached

    def _allowed(self, searcher, filters: Filters) -> set[int] | None:  # type: ignore[no-untyped-def]
        """Docnums passing the filters, from the cached columns (None: no filter)."""
        if filters.query() is None:
            return None
        columns = self._columns(searcher)
        low = int(filters.date_from.strftime("%Y%m%d")) if filters.date_from else 0
        high = int(filters.date_to.strftime("%Y%m%d")) if filters.date_to else 99_999_999
        wanted = {name: value for name in FACETS if (value := getattr(filters, name))}
        dates = columns["decision_date"]
        return {
            n
            for n in range(len(dates))
            if low <= dates[n] <= high and all(columns[k][n] == v for k, v in wanted.items())  # type: ignore[operator]
        }

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

        The matching document numbers are collected once; totals, facets, filters and date
        order come from per-searcher column arrays, and Whoosh only ranks the page shown.
        """
        searcher = self.searcher()
        query = self.parse(text)
        if searcher.doc_count_all() == 0:  # an empty index has no columns yet
            return SearchResult([], 0, max(1, page), per_page, dict.fromkeys(FACETS, []))
        columns = self._columns(searcher)
        allowed = self._allowed(searcher, filters)
        page = max(1, page)
        stop = page * per_page
        ranked: list[int] | None = None
        by_date = sort in ("date", "date_asc") or isinstance(query, Every)
        if isinstance(query, Every):
            matched = [n for n in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(n)]
        elif by_date:
            matched = list(searcher.docs_for_query(query))
        else:  # one pass ranks the page and records the whole match
            collector = _RecordingTop(limit=stop)
            if allowed is not None:
                searcher.search_with_collector(query, collectors.FilterCollector(collector, allow=allowed))
            else:
                searcher.search_with_collector(query, collector)
            matched = collector.matched
            ranked = [docnum for _score, docnum in collector.results().top_n][(page - 1) * per_page :]
        if allowed is not None and ranked is None:
            matched = [n for n in matched if n in allowed]
        found = SearchResult([], len(matched), page, per_page)
        for name in FACETS:
            counts = Counter(columns[name][n] for n in matched)
            pairs = [(str(k), int(v)) for k, v in counts.items() if k]
            by_year = name == "year"  # years read best newest first; the rest by count
            found.facets[name] = sorted(
                pairs, key=lambda kv: (kv[0] if by_year else -kv[1], kv[0]), reverse=by_year
            )
        if ranked is None:
            dates = columns["decision_date"]
            order = heapq.nsmallest if sort == "date_asc" else heapq.nlargest
            ranked = order(stop, matched, key=lambda n: (dates[n], n))[(page - 1) * per_page :]
        found.ids = [searcher.stored_fields(n)["public_id"] for n in ranked]
        if texts and text.strip():
            self._highlight(found, query, texts)
        return found

    def _highlight(
        self, found: SearchResult, query: Query, texts: Callable[[list[str]], dict[str, str]]
    ) -> None:
        """Mark the query's words in the stored texts of the page's decisions."""
        stored = texts(found.ids)
        words = {term for field, term in query.iter_all_terms() if field in SEARCH_FIELDS}
        if not words:
            return
        analyzer = self.searcher().schema["content"].analyzer
        fragmenter = highlight.ContextFragmenter(maxchars=120, surround=40)
        for public_id in found.ids:
            snippet = highlight.highlight(
                stored.get(public_id, ""), words, analyzer, fragmenter, _Marker(), top=2
            )
            if snippet:
                found.highlights[public_id] = snippet.replace("</mark><mark>", "")  # one mark per match
