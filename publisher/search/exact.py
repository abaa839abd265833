"""Exact strings: what a search term means, its query over ``grams``, and its highlight.

A search finds every published decision whose searchable content (text, party, document
number, legal basis) contains each of its terms as a string, whatever segmentation makes
of it. How a term is read:

- Spaces separate terms, all of which must be found (``罚款 没收``); the query syntax
  (``OR``, ``NOT``, parentheses, ``"..."``) combines them as before.
- A term runs from its first to its last letter, digit or Chinese character; the
  punctuation between them is part of it (``陈述、申辩`` finds only 陈述、申辩, not 陈述申辩
  or 陈述，申辩), the punctuation around it is not (``罚款。`` finds 罚款). A term of
  punctuation alone asks for nothing, as an empty box.
- Inside double quotes every character is part of the term, punctuation at its ends and
  the characters the syntax uses included (``"第(二)项"``).
- Full-width and half-width forms are the same (``ＡＢ１２`` finds ab12, ``，`` finds ``,``),
  capitals are the same as small letters, and whitespace is never significant, in the
  term or in the text (``处罚 决定`` in quotes finds 处罚决定).

Each term is a phrase of the pairs of characters in the ``grams`` field, which holds
every pair of the content: exact, with nothing to confirm against the stored text (pairs
never span two parts). Ranking adds the word index's BM25 where the term's words occur.
"""

from __future__ import annotations

import html
import re
from typing import Any

from whoosh.query import Phrase, Prefix, Query, Term
from whoosh.query.wrappers import WrappingQuery

from publisher.search.index import END, PART, fold, searchable

GRAMS = "grams"
_WORD = re.compile(r"[^\W_]", re.UNICODE)  # a letter, a digit or a Chinese character


def term_text(raw: str, quoted: bool = False) -> str:
    """What a typed term asks for, as ``grams`` holds it ("" when it asks for nothing)."""
    text = searchable(raw)
    if quoted:
        return text
    words = [m.start() for m in _WORD.finditer(text)]
    return text[words[0] : words[-1] + 1] if words else ""


def grams_query(text: str) -> Query:
    """The query over ``grams`` that matches exactly the documents containing ``text``
    (folded, at least one character): a pair, a phrase of pairs, or any pair a single
    character begins."""
    if len(text) == 1:
        return Prefix(GRAMS, text)
    pairs = [text[at : at + 2] for at in range(len(text) - 1)]
    return Term(GRAMS, pairs[0]) if len(pairs) == 1 else Phrase(GRAMS, pairs)


def cover(text: str) -> list[tuple[str, int]]:
    """Pairs at offsets that cover every character of ``text`` (two characters or more):
    the pairs at 0, 2, 4, … and the last; finding them at these distances is finding ``text``."""
    offsets = list(range(0, len(text) - 1, 2))
    if offsets[-1] != len(text) - 2:
        offsets.append(len(text) - 2)
    return [(text[at : at + 2], at) for at in offsets]


class Exact(WrappingQuery):
    """A search term: the documents containing ``text`` (its ``grams`` query, which Whoosh's
    own matchers evaluate too), ranked with the word query ``words`` where it has one."""

    def __init__(self, text: str, words: Query | None = None, boost: float = 1.0) -> None:
        super().__init__(grams_query(text))
        self.text, self.words, self.boost = text, words, boost

    def _rewrap(self, child: Query) -> Exact:
        return Exact(self.text, self.words, self.boost)

    def with_boost(self, boost: float) -> Exact:
        return Exact(self.text, self.words, boost)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Exact) and (self.text, self.boost) == (other.text, other.boost)

    def __hash__(self) -> int:
        return hash(("Exact", self.text, self.boost))

    def __repr__(self) -> str:
        return f"Exact({self.text!r})"


def strings(query: Query) -> list[str]:
    """The terms a query asks to find (not those it excludes), longest first."""
    found: set[str] = set()

    def walk(q: Any, negated: bool) -> None:
        if isinstance(q, Exact):
            if not negated:
                found.add(q.text)
            return
        name = type(q).__name__
        if name == "Not":
            walk(q.query, not negated)
            return
        children = list(q.children()) if hasattr(q, "children") else []
        if name == "AndNot" and len(children) == 2:
            walk(children[0], negated)
            walk(children[1], not negated)
            return
        for child in children:
            walk(child, negated)

    walk(query, False)
    return sorted(found, key=lambda s: (-len(s), s))


def parts(content: str) -> list[str]:
    """The parts of the searchable ``content`` (joined by PART) as a term is looked for in them."""
    return [searchable(part) for part in content.split(PART)]


def contains(content: str | list[str], text: str) -> bool:
    """Whether the searchable ``content`` (or its ``parts``) contains ``text`` (a term as
    ``term_text`` gives it): the plain substring scan the index must agree with."""
    return any(text in part for part in (parts(content) if isinstance(content, str) else content))


# Where a snippet may start: after a space or a Chinese or Latin clause mark.
BOUNDARY = re.compile(r"[\s。，；：、！？,.;:!?）)」』】]+")


def snippet(stored: str, texts: list[str], top: int = 2, surround: int = 40) -> str:
    """Up to ``top`` passages of ``stored`` with every occurrence of ``texts`` in <mark>
    (escaped HTML), each starting after a clause or word boundary and marked "…" where it was
    cut out of the text; "" when none occurs."""
    if not texts or not stored:
        return ""
    kept = [(at, c) for at, c in enumerate(fold(stored)) if not c.isspace() and c != END]
    run = "".join(c for _at, c in kept)
    marks: list[tuple[int, int]] = []
    for text in texts:
        start = run.find(text)
        while start >= 0:
            marks.append((kept[start][0], kept[start + len(text) - 1][0] + 1))
            start = run.find(text, start + 1)
    if not marks:
        return ""
    marks = _merged(marks)
    passages: list[list[tuple[int, int]]] = []
    for mark in marks:
        if passages and mark[0] - passages[-1][-1][1] <= surround:
            passages[-1].append(mark)
        else:
            passages.append([mark])
    best = sorted(passages, key=lambda p: (-len(p), p[0][0]))[:top]
    out = []
    for passage in sorted(best):
        left, right = max(0, passage[0][0] - surround), min(len(stored), passage[-1][1] + surround)
        if left > 0 and not BOUNDARY.match(stored, left - 1):  # start after a boundary, never mid-word
            cut = BOUNDARY.search(stored, left, passage[0][0])
            left = cut.end() if cut else passage[0][0]
        pieces, at = ["…" if left > 0 else ""], left
        for start, end in passage:
            pieces.append(html.escape(stored[at:start], quote=False))
            pieces.append(f"<mark>{html.escape(stored[start:end], quote=False)}</mark>")
            at = end
        pieces.append(html.escape(stored[at:right], quote=False))
        pieces.append("…" if re.search(r"\w", stored[right:]) else "")  # words follow, not a last "。"
        out.append("".join(pieces))
    return " ".join(out)


def _merged(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans as one."""
    marks.sort()
    merged = [marks[0]]
    for start, end in marks[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
