"""Building the search index quickly: Whoosh segments written side by side.

A plain Whoosh writer spends most of a build on per-posting bookkeeping: a sorting pool
that spills runs to disk and merges them in Python, and a field-length lookup per
posting (docs/benchmarks.md). Here each worker process writes whole segments of
``CHUNK`` documents with Whoosh's own SegmentWriter, but with

- a pool that keeps each field's occurrences (term, document, position) flat, and at the
  end sorts them by term with NumPy (stably: documents arrive in order, and so do
  positions), with no Python object per posting and nothing spilled to disk; the pairs of
  ``grams`` are found for the whole segment at once, over its code points;
- each field written from those arrays (publisher/search/whoosh_private.py's
  ``add_fields``): every block's statistics computed with NumPy, each block of 128
  postings a few slices of packed arrays, which search reads without a Python object per
  posting;
- no garbage collection while a worker holds millions of pooled words.

The parent streams documents in chunks, keeps at most one chunk per worker waiting, and
writes the table of contents once, under Whoosh's lock, when every segment is done. An
interrupted build leaves no table of contents naming a half-written segment. Workers
start from a clean fork server (no inherited database connections); builds of fewer than
``SMALL`` documents are written in the calling process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import select
import threading
import time
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index

from publisher.search import whoosh_private

CHUNK = 20_000  # documents per segment: a worker's peak is about 1.3 GB (NumPy arrays of occurrences)
SMALL = 5_000  # fewer documents expected: written in this process


class _TermPool:
    """A segment's postings, gathered as flat occurrences and grouped with NumPy at the end.

    Our tokenizers' fields arrive a document at a time (``PackedPositions.pooled``):
    ``content`` as its words and their positions in order (``add_words``), ``grams`` as
    the document's ``gram_text`` (``add_grams``), whose pairs and positions are found for
    the whole segment at once over its code points. ``fields()`` sorts each field's
    occurrences by term (stably: documents and positions stay in order) and gives whole
    arrays to the field writer; no Python object is made per posting. Other fields
    (identifiers, dates: one posting per document) come as Whoosh's postings (``add``).
    """

    def __init__(self) -> None:
        self._postings: defaultdict[tuple[str, bytes], list[tuple[int, float, bytes]]] = defaultdict(list)
        self._boosts: dict[str, float] = {}
        self._words: dict[str, tuple[list[str], array[int], array[int], array[int]]] = {}
        self._grams: dict[str, tuple[Any, list[str], array[int]]] = {}

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        self._postings[(fieldname, tbytes)].append((docnum, weight, vbytes))

    def add_words(
        self, fieldname: str, boost: float, docnum: int, words: list[str], places: list[int]
    ) -> int:
        """One document's words of ``fieldname`` and their positions, in order; its length."""
        if fieldname not in self._words:
            self._boosts[fieldname] = boost
            self._words[fieldname] = ([], array("I"), array("I"), array("I"))
        every, positions, docs, counts = self._words[fieldname]
        every += words
        positions.extend(places)
        docs.append(docnum)
        counts.append(len(words))
        return len(words)

    def add_grams(self, fieldname: str, boost: float, docnum: int, text: str, pairs: Any) -> int:
        """One document's ``gram_text`` of ``fieldname``, whose pairs ``pairs`` finds
        (publisher/search/index.py's ``GramTokenizer``); its length (how many pairs)."""
        if fieldname not in self._grams:
            self._boosts[fieldname] = boost
            self._grams[fieldname] = (pairs, [], array("I"))
        _pairs, texts, docs = self._grams[fieldname]
        texts.append(text)
        docs.append(docnum)
        return pairs.count(text)

    def fields(self) -> Iterator[tuple[str, whoosh_private.FieldPostings]]:
        """Each field's postings, in field order."""
        names = {name for name, _term in self._postings} | set(self._words) | set(self._grams)
        for fieldname in sorted(names):
            if fieldname in self._words:
                yield fieldname, self._word_postings(fieldname)
            elif fieldname in self._grams:
                yield fieldname, self._gram_postings(fieldname)
            else:
                yield fieldname, self._other_postings(fieldname)

    def _word_postings(self, fieldname: str) -> whoosh_private.FieldPostings:
        every, positions, docs, counts = self._words.pop(fieldname)
        words = sorted(set(every))  # UTF-8 keeps the order of code points: words sort as their bytes
        rank = {word: at for at, word in enumerate(words)}
        ids = np.fromiter(map(rank.__getitem__, every), dtype=np.int64, count=len(every))
        del every
        occurrences = np.repeat(np.frombuffer(docs, dtype=np.uint32), np.frombuffer(counts, dtype=np.uint32))
        return _grouped(
            ids,
            occurrences,
            np.frombuffer(positions, dtype=np.uint32),
            self._boosts[fieldname],
            lambda ids: [words[at].encode("utf-8") for at in ids],
        )

    def _gram_postings(self, fieldname: str) -> whoosh_private.FieldPostings:
        pairs, texts, docs = self._grams.pop(fieldname)
        keys, which, positions, alphabet = pairs.pairs(texts)
        del texts
        occurrences = np.frombuffer(docs, dtype=np.uint32)[which]
        return _grouped(
            keys,
            occurrences,
            positions,
            self._boosts[fieldname],
            lambda keys: [gram.encode("utf-8") for gram in pairs.grams(keys, alphabet)],
        )

    def _other_postings(self, fieldname: str) -> whoosh_private.FieldPostings:
        terms = sorted(term for name, term in self._postings if name == fieldname)
        docs: list[int] = []
        weights: list[float] = []
        values: list[bytes] = []
        starts = [0]
        for term in terms:
            rows = self._postings.pop((fieldname, term))
            rows.sort()  # already in order: one pass
            docs += [r[0] for r in rows]
            weights += [r[1] for r in rows]
            values += [r[2] for r in rows]
            starts.append(len(docs))
        return whoosh_private.FieldPostings(
            terms,
            np.array(starts, dtype=np.int64),
            np.array(docs, dtype=np.int64),
            np.array(weights, dtype=np.float64),
            np.fromiter(map(len, values), dtype=np.int64, count=len(values)),
            b"".join(values),
        )

    def cleanup(self) -> None:
        self._postings.clear()
        self._words.clear()
        self._grams.clear()


def _grouped(
    ids: np.ndarray,
    docs: np.ndarray,
    positions: np.ndarray,
    boost: float,
    terms: Callable[[list[int]], list[bytes]],
) -> whoosh_private.FieldPostings:
    """The postings of occurrences (term id, document, position) given in document and
    position order; ``terms`` gives the terms of ids (ascending)."""
    count = len(ids)
    shift = max(count - 1, 1).bit_length()
    if count and int(ids.max()) < 1 << (63 - shift):  # sorted with their order: 7 times as fast
        packed = np.sort(ids.astype(np.int64) << shift | np.arange(count))
        ids, order = packed >> shift, packed & ((1 << shift) - 1)
    else:
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
    docs, positions = docs[order], positions[order]
    new_term = np.ones(count, dtype=bool)
    new_term[1:] = ids[1:] != ids[:-1]
    new_posting = new_term.copy()
    new_posting[1:] |= docs[1:] != docs[:-1]
    first = np.flatnonzero(new_posting)
    freqs = np.diff(np.append(first, count))
    starts = np.append(np.flatnonzero(new_term[first]), len(first))
    return whoosh_private.FieldPostings(
        terms(ids[first[starts[:-1]]].tolist()),
        starts,
        docs[first].astype(np.int64),
        freqs * boost,
        freqs * 4,
        positions.astype("<u4").tobytes(),
    )


def write_segment(path: str, documents: list[dict[str, Any]]) -> Any:
    """Write one segment of ``documents`` into the index at ``path``; not yet listed."""
    gc.disable()  # millions of pooled postings, no cycles: collections would rescan them all
    try:
        return _write(whoosh_index.open_dir(path), documents)
    finally:
        gc.enable()


def _write(ix: Any, documents: list[dict[str, Any]]) -> Any:
    writer = whoosh_private.SegmentBuilder(ix, _TermPool())
    for document in documents:
        writer.add_document(**document)
    return writer.finish_segment()


def _in_workers(
    path: Path,
    documents: Iterable[dict[str, Any]],
    progress: Callable[[int], None] | None,
    workers: int,
    chunk: int,
) -> tuple[list[Any], int]:
    """Segments written by ``workers`` processes, at most one chunk each waiting."""
    segments: list[Any] = []
    pending: deque[tuple[Future[Any], int]] = deque()
    count = 0

    def collect() -> None:
        future, size = pending.popleft()
        segments.append(future.result())
        if progress:
            progress(size)

    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        try:
            for batch in _chunks(documents, chunk):
                pending.append((pool.submit(write_segment, str(path), batch), len(batch)))
                count += len(batch)
                while len(pending) > workers:
                    collect()
            while pending:
                collect()
        except BaseException:
            for future, _size in pending:
                future.cancel()
            raise
    return segments, count


def _die_with_parent(builder: int) -> None:
    """Make a worker end as soon as the process that builds the index does (kill -9 included).

    Workers are children of the fork server, not of the builder, and each holds the fork
    server's "alive" pipe, so neither would notice on its own: a thread waits on the
    builder's pid (a pidfd) and ends the worker; the fork server then exits too.
    """

    def watch() -> None:
        try:
            select.select([os.pidfd_open(builder)], [], [])  # readable once the builder has exited
        except AttributeError:  # no pidfd (not Linux 5.3+): look every second instead
            while _alive(builder):
                time.sleep(1)
        except OSError:  # the builder is already gone
            pass
        os._exit(1)

    threading.Thread(target=watch, name="die-with-builder", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a clean server process, not from the caller: they never share its
    database connections, open cursors or threads."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["publisher.search.segments"])
    return context


def _chunks(documents: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def build(
    path: Path,
    documents: Iterable[dict[str, Any]],
    progress: Callable[[int], None] | None = None,
    workers: int = 2,
    expected: int | None = None,
    chunk: int | None = None,
) -> int:
    """Add ``documents`` to the (existing) index at ``path``; returns how many.

    ``expected`` (how many documents are coming, if known) sizes the segments so that
    every worker has some, unless ``chunk`` gives their size; ``progress`` is told how
    many documents each finished segment holds.
    """
    if chunk is None and expected is not None:  # a multiple of the workers: none idles at the end
        rounds = max(2, -(-expected // (CHUNK * workers)))
        chunk = max(500, -(-expected // (rounds * workers)))
    chunk = chunk or CHUNK
    if workers > 1 and (expected is None or expected >= SMALL):
        segments, count = _in_workers(path, documents, progress, workers, chunk)
    else:  # a small build: starting processes would cost more than it saves
        segments, count = [], 0
        for batch in _chunks(documents, chunk):
            segments.append(write_segment(str(path), batch))
            count += len(batch)
            if progress:
                progress(len(batch))
    if segments:
        whoosh_private.list_segments(whoosh_index.open_dir(str(path)), segments)
    return count
