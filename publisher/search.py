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

from whoosh import highlight, sorting
from whoosh.qparser import AndGroup, MultifieldParser, WildcardPlugin
from whoosh.query import And, Every, NumericRange, Or, Query, Term

from publisher.index import open_index

FACETS = ("agency", "category", "target_type", "year")
SORTS = ("relevance", "date", "date_asc")
SEARCH_FIELDS = ["text", "party", "doc_no", "legal_basis"]
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
            return Or([Term("doc_no_exact", text), parsed])
        return parsed

    def search(
        self,
        text: str,
        filters: Filters = Filters(),
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 10,
        texts: Callable[[list[str]], dict[str, str]] | None = None,
    ) -> SearchResult:
        """Search published decisions; ``texts`` supplies stored texts for highlighting."""
        searcher = self.searcher()
        query = self.parse(text)
        order = None
        if sort in ("date", "date_asc") or isinstance(query, Every):
            order = sorting.FieldFacet("decision_date", reverse=sort != "date_asc")
        facets = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in FACETS}
        page = max(1, page)
        results = searcher.search(
            query, filter=filters.query(), limit=page * per_page, sortedby=order, groupedby=facets, terms=True
        )
        hits = results[(page - 1) * per_page : page * per_page]
        ids = [hit["public_id"] for hit in hits]
        found = SearchResult(ids, len(results), page, per_page)
        for name in FACETS:
            counts = results.groups(name)
            pairs = [(str(k), int(v)) for k, v in counts.items() if k]
            by_year = name == "year"  # years read best newest first; the rest by count
            found.facets[name] = sorted(
                pairs, key=lambda kv: (kv[0] if by_year else -kv[1], kv[0]), reverse=by_year
            )
        if texts and text.strip():
            stored = texts(ids)
            results.formatter = _Marker()
            results.fragmenter = highlight.ContextFragmenter(maxchars=120, surround=40)
            for hit in hits:
                snippet = hit.highlights("text", text=stored.get(hit["public_id"], ""), top=2)
                if snippet:
                    found.highlights[hit["public_id"]] = snippet
        return found
