"""The search index (Whoosh): derived from public_decisions, rebuilt with one command.

Only public fields are indexed, and only decisions that are published. Two full-text
fields hold the same searchable content:

- ``content``, words for ranking. The Chinese analyzer follows bench findings
  (../shared/SEARCH-NOTES.md): rjieba precise-mode words, each with its search-mode
  sub-words at the *same* position, so phrase queries match; precise mode at query time.
  No stop filter (it renumbers positions).
- ``grams``, every pair of adjacent characters at its character position, so that any
  string of two or more characters is a phrase of pairs and is found wherever it occurs,
  however segmentation cut it (无照经营 inside 无证无照经营). The text is folded first
  (``fold``: full-width letters, digits and punctuation as their ASCII forms, letters in
  lower case) and whitespace is left out; the last character of each part is paired with
  ``END``, so a single character is the first of some pair wherever it stands.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import pickle
import re
import shutil
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import rjieba
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from whoosh import formats
from whoosh import index as whoosh_index
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, NUMERIC, TEXT, Schema

from publisher import files
from publisher.locks import exclusive
from publisher.models import Agency, AuditEvent, PublicDecision
from publisher.search import segments, whoosh_private
from publisher.search.whoosh_private import Codec, pack, unpack

_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
_SPACE = re.compile(r"\s+")
WATERMARK = "gongshi-sync.json"
SNAPSHOT = "manifest.json"  # in an index shipped to a portal node (publisher/search/snapshots.py)
PART = "\u2029"  # between the parts of the searchable content: phrases never span two
PART_GAP = 16
END = PART  # paired with the last character of a part in ``grams`` (never inside a part)
# one character for one: full-width ASCII forms and the ideographic space as ASCII, capitals
# in lower case (İ as i: its lower case would be two characters); str.lower does the rest
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x130: 0x69}


def fold(text: str) -> str:
    """``text`` as the index compares it: full-width forms as ASCII, lower case; one
    character for each character, so offsets into the folded text are offsets into ``text``."""
    return text.translate(_FOLD).lower()


def searchable(part: str) -> str:
    """One part of the searchable content as the ``grams`` field holds it: folded, without
    whitespace (whitespace is never significant to a search)."""
    return _SPACE.sub("", fold(part))


class _Spans(Tokenizer):
    """A tokenizer whose ``spans`` give (text, position, start, end) for each token (start
    -1: no character offsets)."""

    def spans(self, value: str, position: int, mode: str) -> Iterator[tuple[str, int, int, int]]:
        raise NotImplementedError

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start, end in self.spans(value, start_pos, mode):
            token.text = token.original = text
            token.boost, token.stopped = 1.0, False
            if positions:
                token.pos = pos
            if chars and start >= 0:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


class ChineseTokenizer(_Spans):
    """rjieba words; at index time each long word's sub-words share its position.

    Two rjieba passes per value (precise and search mode, both in Rust) replace a
    ``cut_for_search`` call per long word: the same tokens at the same positions, with
    far fewer crossings into Rust (bench: 36 % faster tokenizing).
    """

    def spans(self, value: str, position: int, mode: str) -> Iterator[tuple[str, int, int, int]]:
        return _tokens(value, position, with_subwords=mode != "query")


def _tokens(value: str, position: int, with_subwords: bool) -> Iterator[tuple[str, int, int, int]]:
    """(text, position, start, end): precise-mode words, and with ``with_subwords`` the
    search-mode sub-words of each word longer than two characters at that word's position."""
    search = rjieba.tokenize(value, mode="search") if with_subwords else []
    at, count = 0, len(search)
    for word, start, end in rjieba.tokenize(value):
        if word == PART:
            position += PART_GAP
        elif _WORD.search(word):
            yield word.lower(), position, start, end
            if len(word) > 2 and with_subwords:
                seen = {word}
                while at < count and search[at][2] <= end:
                    sub, sub_start, sub_end = search[at]
                    if sub_start >= start and sub not in seen:
                        seen.add(sub)
                        yield sub.lower(), position, sub_start, sub_end
                    at += 1
            position += 1
        while at < count and search[at][2] <= end:
            at += 1


_LOWERED: dict[str, str | None] = {}  # word → its indexed form (None: no word character)


def word_positions(value: str) -> tuple[list[str], list[int]]:
    """Each indexed word of ``value`` and its position, in order: what ``_tokens`` yields at
    index time, in one loop (the build's innermost loop: no generator, no regex per word).

    rjieba's search mode gives each precise-mode word after its sub-words (the dictionary's
    words of two and three characters inside it), so the words alone say which sub-words
    are whose: no character offsets, which cost rjieba about 40 % of its time.
    """
    words: list[str] = []
    places: list[int] = []
    lowered = _LOWERED
    search = rjieba.cut_for_search(value)
    at, position = 0, 0
    for word in rjieba.cut(value):
        if word == PART:
            position += PART_GAP
            at += 1
            continue
        text = lowered.get(word, "")
        if text == "":
            text = lowered[word] = word.lower() if _WORD.search(word) else None
            if len(lowered) > 500_000:
                lowered.clear()
        if text is not None:
            words.append(text)
            places.append(position)
            position += 1
        if len(word) > 2:
            seen = {word}
            while search[at] != word:  # its sub-words
                sub = search[at]
                if text is not None and sub not in seen:
                    seen.add(sub)
                    words.append(sub.lower())
                    places.append(position - 1)
                at += 1
        at += 1
    return words, places


def positions(value: str) -> dict[str, list[int]]:
    """Each indexed word of ``value`` with its positions."""
    found: dict[str, list[int]] = {}
    for word, position in zip(*word_positions(value), strict=True):
        found.setdefault(word, []).append(position)
    return found


class GramTokenizer(_Spans):
    """Every pair of adjacent characters of each part of the searchable content
    (``searchable``), at the position of its first character; the last character of each
    part paired with ``END``. Parts are ``PART_GAP`` positions apart, so no phrase of pairs
    spans two parts."""

    def spans(self, value: str, position: int, mode: str) -> Iterator[tuple[str, int, int, int]]:
        for gram, poslist in gram_positions(value).items():
            for pos in poslist:
                yield gram, position + pos, -1, -1

    @staticmethod
    def count(text: str) -> int:
        """How many pairs a ``gram_text`` holds."""
        return len(text) - text.count(END)

    @staticmethod
    def pairs(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
        """Every pair of the ``gram_text`` of many documents at once, over their code points:
        each pair's key (in the order of the pairs; ``grams`` gives their text from the
        alphabet, the characters of ``texts`` in order), the document it is in (an index
        into ``texts``) and its position there, in document and position order."""
        sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype="<u4")
        seen = np.zeros(0x110000, dtype=bool)
        seen[points] = True
        alphabet = np.flatnonzero(seen)
        rank = np.zeros(0x110000, dtype=np.int64)
        rank[alphabet] = np.arange(len(alphabet))
        ends = points == ord(END)
        # a character's offset in the joined text, PART_GAP - 1 more for each part before it
        # (each part ends with END, so does each document's text), less the document's first
        at = np.arange(len(points), dtype=np.int64) + (PART_GAP - 1) * (np.cumsum(ends) - ends)
        starts = np.flatnonzero(~ends)  # every pair begins with a character that is not END
        which = np.repeat(np.arange(len(texts)), sizes)[starts]
        keys = rank[points[starts]] * len(alphabet) + rank[points[starts + 1]]
        firsts = np.cumsum(sizes) - sizes
        return keys, which, at[starts] - at[firsts[which]], "".join(map(chr, alphabet.tolist()))

    @staticmethod
    def grams(keys: list[int], alphabet: str) -> list[str]:
        """The pairs of ``pairs``' keys."""
        size = len(alphabet)
        return [alphabet[key // size] + alphabet[key % size] for key in keys]


def gram_text(value: str) -> str:
    """The non-empty parts of ``value`` as ``grams`` pairs them (``searchable``), each followed
    by ``END``: every pair of adjacent characters of this text that does not begin with
    ``END`` is a pair of ``grams``, at its offset plus ``PART_GAP - 1`` for each part before."""
    return "".join(run + END for run in map(searchable, value.split(PART)) if run)


def gram_positions(value: str) -> dict[str, list[int]]:
    """Each pair of adjacent characters of ``value`` with its positions (what ``grams`` holds)."""
    found: dict[str, list[int]] = {}
    text = gram_text(value)
    shift = 0
    for at in range(len(text) - 1):
        if text[at] == END:
            shift += PART_GAP - 1
        else:
            found.setdefault(text[at : at + 2], []).append(at + shift)
    return found


class PackedPositions(formats.Positions):
    """Positions stored as packed 32-bit integers instead of a pickled list.

    Whoosh's own matchers read them as before (``decode_positions``), and
    publisher/search/postings.py turns a whole block of them into one NumPy array without a
    Python step per posting. Words are counted straight from the tokenizer, without
    Whoosh's Token objects: the same words and positions, less work per word.
    """

    packed_positions = True

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        poses: dict[str, list[int]] | None = None
        if kwargs.get("mode") != "query":
            poses = self.grouped_positions(value, analyzer)
        if poses is None:
            poses = defaultdict(list)
            kwargs["positions"] = True
            for token in formats.tokens(value, analyzer, kwargs):
                poses[token.text].append(token.pos)
        boost = self.field_boost
        for word, poslist in poses.items():
            yield word, len(poslist), len(poslist) * boost, pack("I", poslist)

    @staticmethod
    def grouped_positions(value: Any, analyzer: Any) -> dict[str, list[int]] | None:
        """Each word of ``value`` with its positions, straight from our tokenizers (None for
        another analyzer: Whoosh's tokens then)."""
        fast = {ChineseTokenizer: positions, GramTokenizer: gram_positions}.get(type(analyzer))
        return fast(value) if fast is not None and isinstance(value, str) else None

    def pooled(self, pool: Any, fieldname: str, docnum: int, value: Any, analyzer: Any) -> int | None:
        """Hand the pool of a full build (publisher/search/segments.py) one document's words of
        ``value`` whole, as flat occurrences, and return the field's length: None for another
        analyzer (Whoosh's postings then)."""
        if not isinstance(value, str):
            return None
        if type(analyzer) is ChineseTokenizer:
            return pool.add_words(fieldname, self.field_boost, docnum, *word_positions(value))
        if type(analyzer) is GramTokenizer:
            return pool.add_grams(fieldname, self.field_boost, docnum, gram_text(value), analyzer)
        return None

    def encode(self, poslist):  # type: ignore[no-untyped-def]
        return pack("I", poslist)

    def decode_positions(self, valuestring):  # type: ignore[no-untyped-def]
        return unpack("I", valuestring).tolist()

    def decode_frequency(self, valuestring):  # type: ignore[no-untyped-def]
        return len(valuestring) // 4

    def decode_weight(self, valuestring):  # type: ignore[no-untyped-def]
        return len(valuestring) // 4 * self.field_boost


def analyzer() -> ChineseTokenizer:
    """The analyzer of every full-text field."""
    return ChineseTokenizer()


def schema() -> Schema:
    """Public fields only: no private value ever reaches the index.

    The decision text, party, document number and legal basis are one full-text field
    (``content``), their parts kept apart by a position gap: one posting per word and
    document instead of up to four, and one lookup per query word instead of four. The
    same content again as pairs of characters (``grams``) finds every string exactly.
    """
    content = TEXT(analyzer=analyzer(), phrase=True, multitoken_query="phrase")
    content.format = PackedPositions(field_boost=content.format.field_boost)
    grams = TEXT(analyzer=GramTokenizer(), phrase=True)
    grams.format = PackedPositions(field_boost=grams.format.field_boost)
    return Schema(
        public_id=ID(stored=True, unique=True),
        content=content,
        grams=grams,
        doc_no_exact=ID,
        agency=ID(sortable=True),
        category=ID(sortable=True),
        target_type=ID(sortable=True),
        year=ID(sortable=True),
        # one term per date (no tiers): filters and date order read the column, not ranges
        decision_date=NUMERIC(int, bits=32, sortable=True, signed=False, shift_step=0),
    )


def content(*parts: str | None) -> str:
    """The searchable content: the parts joined so that no phrase spans two of them."""
    return PART.join(part or "" for part in parts)


def document(public: PublicDecision, agency_code: str) -> dict[str, Any]:
    """The index document of one published decision."""
    return make_document(
        public.public_id,
        public.text,
        public.target_name,
        public.doc_no,
        public.legal_basis,
        agency_code,
        public.category,
        public.target_type,
        public.decision_date,
    )


def make_document(
    public_id: str,
    text: str | None,
    party: str | None,
    doc_no: str,
    legal_basis: str | None,
    agency_code: str,
    category: str,
    target_type: str,
    decision_date: dt.date,
) -> dict[str, Any]:
    """The index document from its public values (benchmarks and tests build them too)."""
    searchable_content = content(text, party, doc_no, legal_basis)
    return {
        "public_id": public_id,
        "content": searchable_content,
        "grams": searchable_content,
        "doc_no_exact": doc_no,
        "agency": agency_code,
        "category": category,
        "target_type": target_type,
        "year": str(decision_date.year),
        "decision_date": int(decision_date.strftime("%Y%m%d")),
    }


def current(path: Path) -> bool:
    """True when an index exists at ``path`` with this version's schema."""
    try:
        open_current(path).close()
    except IndexUnavailable:
        return False
    return True


def open_current(path: Path) -> whoosh_index.Index:
    """The index at ``path`` if this version wrote it; IndexUnavailable otherwise. An index of
    an older schema (one without ``grams`` cannot find every match) counts as missing: search
    answers 503 until the tick, the index worker, ``db upgrade`` or ``reindex`` rebuilds it."""
    idx = open_index(path)
    if signature(idx.schema) != signature(schema()):
        idx.close()
        raise IndexUnavailable(f"the search index at {path} has an older schema: it is being rebuilt")
    return idx


def signature(of: Schema) -> dict[str, tuple[str, str, str]]:
    """Each field's kind, posting format and analyzer: a change to any needs a rebuild."""
    return {
        name: (
            type(field).__name__,
            type(field.format).__name__,
            type(getattr(field, "analyzer", None)).__name__,
        )
        for name, field in of.items()
    }


LOCK_WAIT = 60.0  # seconds a sync waits for another writer (a tick, a request) to finish


class IndexUnavailable(RuntimeError):
    """No search index at the path (never built, or removed): searching must not pretend."""


def open_index(path: Path) -> whoosh_index.Index:
    """Open the index at ``path``; a reader never creates one (an empty index would answer
    every search with nothing found). IndexUnavailable when there is none, or none this
    version can read."""
    whoosh_private.check()
    # Whoosh pickles the classes that wrote an index by their module path: an index written
    # before a module moved names a module that is gone. It is rebuilt like a missing one
    # (tick, index worker, db upgrade, reindex); searching must not 500. Whoosh leaves the
    # table of contents open when it cannot read it: the file is closed here, silently.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            if not whoosh_index.exists_in(str(path)):
                raise IndexUnavailable(f"no search index at {path}")
            return whoosh_index.open_dir(str(path))
        except (ImportError, AttributeError, pickle.UnpicklingError) as error:
            reason = str(error)
        gc.collect()
    raise IndexUnavailable(f"the search index at {path} was written by another version: {reason}")


def generation(path: Path) -> str | None:
    """Which built index ``path`` points at now (it changes at each swap)."""
    return os.readlink(path) if path.is_symlink() else None


def _all_public(session: Session) -> Iterator[tuple[PublicDecision, str]]:
    stmt = select(PublicDecision, Agency.code).join(Agency).order_by(PublicDecision.id)
    yield from session.execute(stmt.execution_options(yield_per=2000))


def _changed_since(session: Session, seq: int, upto: int) -> Iterator[tuple[PublicDecision, str]]:
    """Public decisions touched by audit events after ``seq`` (the chain's order is total)."""
    doc_nos = list(
        session.scalars(
            select(AuditEvent.entity_id)
            .distinct()
            .where(AuditEvent.entity == "decision", AuditEvent.seq > seq, AuditEvent.seq <= upto)
        )
    )
    for start in range(0, len(doc_nos), 1000):
        chunk = doc_nos[start : start + 1000]
        stmt = select(PublicDecision, Agency.code).join(Agency).where(PublicDecision.doc_no.in_(chunk))
        yield from session.execute(stmt)


def sync(
    session: Session,
    path: Path,
    progress: Callable[[int], None] | None = None,
    *,
    may_rebuild: bool = True,
) -> dict[str, int]:
    """Apply to the index every change recorded in the audit trail since the last sync.

    The mark is the last audit sequence number applied, not a time: the chain's order is
    total and never goes back, whatever clock the transitions were given. The writer
    waits for the index lock, and the mark moves only once the commit has succeeded, so a
    failed sync is simply done again by the next. When the index must be built anew and
    ``may_rebuild`` is false (a web request), nothing is done: the tick builds it.
    """
    if (path / SNAPSHOT).exists():
        raise RuntimeError(f"{path} is a shipped snapshot: it is never written (publisher index use)")
    mark = read_mark(path)
    if mark is None or not current(path) or not path.is_symlink():
        if not may_rebuild:
            return {"behind": 1}
        return rebuild(session, path, progress)  # none yet, of an older schema or layout: anew
    idx = open_index(path)
    upto = session.scalar(select(func.max(AuditEvent.seq))) or 0
    if upto == mark:
        return {"indexed": 0, "removed": 0}
    changed = _changed_since(session, mark, upto)
    counts = {"indexed": 0, "removed": 0}
    writer = idx.writer(timeout=LOCK_WAIT, codec=Codec())  # packed blocks, as a full build
    try:
        for public, code in changed:
            if public.status == "published":
                writer.update_document(**document(public, code))
                counts["indexed"] += 1
            else:
                writer.delete_by_term("public_id", public.public_id)
                counts["removed"] += 1
            if progress:
                progress(1)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=counts["indexed"] + counts["removed"] > 5000)
    _write_mark(path, upto)
    return counts


def rebuild(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Build a fresh index beside the old one and swap it in (readers never see half an index).

    ``path`` is a symbolic link to one built index in ``<path>.d/``; the new one is built
    there and the link replaced by a single rename, so at every instant ``path`` names a
    whole index (the old or the new). Segments are written in parallel
    (publisher/search/segments.py); an interrupted rebuild leaves the old index in place and its
    debris is removed by the next one.
    """
    whoosh_private.check()
    with exclusive(path.with_name(path.name + ".lock")):  # a second rebuild waits, then builds afresh
        return _rebuild(session, path, progress)


def _rebuild(session: Session, path: Path, progress: Callable[[int], None] | None) -> dict[str, int]:
    builds = _mkdir(path.with_name(path.name + ".d"))
    fresh = builds / f"{time.time_ns()}-{os.getpid()}"
    whoosh_index.create_in(str(_mkdir(fresh)), schema())
    upto = session.scalar(select(func.max(AuditEvent.seq))) or 0
    expected = session.scalar(
        select(func.count()).select_from(PublicDecision).where(PublicDecision.status == "published")
    )

    def published() -> Iterator[dict[str, Any]]:
        for public, code in _all_public(session):
            if public.status == "published":
                yield document(public, code)
            elif progress:
                progress(1)  # counted as done: nothing to index

    count = segments.build(fresh, published(), progress, expected=expected)
    _write_mark(fresh, upto)
    swap(path, fresh)
    return {"indexed": count}


def swap(path: Path, fresh: Path) -> None:
    """Point ``path`` at ``fresh`` with one rename; keep the previous build (open searchers may
    still read it), remove older ones and the debris of interrupted builds."""
    previous = generation(path)
    if path.exists() and not path.is_symlink():  # an index from before generations: moved aside once
        path.rename(path.with_name(path.name + ".d") / "legacy")
        previous = None
    files.point(path, str(fresh.relative_to(path.parent)))
    keep = {fresh.name} | ({Path(previous).name} if previous else set())
    for other in fresh.parent.iterdir():
        if other.name not in keep:
            shutil.rmtree(other, ignore_errors=True)


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_mark(path: Path) -> int | None:
    try:
        return int(json.loads((path / WATERMARK).read_text(encoding="utf-8"))["audit_seq"])
    except (FileNotFoundError, KeyError, ValueError):
        return None


def _write_mark(path: Path, seq: int) -> None:
    (path / WATERMARK).write_text(json.dumps({"audit_seq": seq}), encoding="utf-8")
