"""Building the search index quickly: Whoosh segments written side by side.

A plain Whoosh writer spends most of a build on per-posting bookkeeping: a sorting pool
that spills runs to disk and merges them in Python, and a field-length lookup per
posting (docs/benchmarks.md). Here each worker process writes whole segments of
``CHUNK`` documents with Whoosh's own SegmentWriter, but with

- a pool that groups postings by term as they arrive (documents arrive in order, so
  only the terms need sorting, and nothing spills to disk);
- the pool flushed a block of 128 postings at a time, with lengths read once per field
  (publisher/search/whoosh_private.py's ``add_grouped``), into posting blocks packed as arrays, which
  search reads without a Python object per posting;
- no garbage collection while a worker holds millions of pooled postings.

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
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from publisher.search import whoosh_private

CHUNK = 20_000  # documents per segment: about 0.5 GB of postings in a worker
SMALL = 5_000  # fewer documents expected: written in this process


class _TermPool:
    """Postings grouped by (field, term); each term's documents already in order.

    Positional fields of our own tokenizers arrive a document's words at a time
    (``add_positions``), kept by word and encoded once per word when flushed: most
    postings of a build (``grams`` has one per pair of characters) take one dictionary
    step each instead of Whoosh's four generator steps and a key per posting.
    """

    def __init__(self) -> None:
        self._postings: defaultdict[tuple[str, bytes], list[tuple[int, float, bytes]]] = defaultdict(list)
        self._words: dict[str, dict[str, list[tuple[int, float, bytes]]]] = {}

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        self._postings[(fieldname, tbytes)].append((docnum, weight, vbytes))

    def add_positions(self, fieldname: str, docnum: int, boost: float, poses: dict[str, list[int]]) -> int:
        """One document's words of ``fieldname`` with their positions; returns its length."""
        words = self._words.setdefault(fieldname, {})
        length = 0
        for word, poslist in poses.items():
            count = len(poslist)
            length += count
            row = (docnum, count * boost, whoosh_private.pack("I", poslist))
            if word in words:
                words[word].append(row)
            else:
                words[word] = [row]
        return length

    def grouped(self) -> Iterator[tuple[str, bytes, list[int], list[float], list[bytes]]]:
        """(field, term, documents, weights, values) in field and term order (UTF-8 keeps
        the order of code points, so words sort as their bytes do)."""
        by_field: defaultdict[str, list[bytes]] = defaultdict(list)
        for fieldname, tbytes in self._postings:
            by_field[fieldname].append(tbytes)
        for fieldname in sorted(set(by_field) | set(self._words)):
            for tbytes in sorted(by_field.get(fieldname, [])):
                rows = self._postings[(fieldname, tbytes)]
                rows.sort()  # already in order: one pass
                yield fieldname, tbytes, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
            words = self._words.get(fieldname, {})
            for word in sorted(words):
                rows = words[word]  # documents arrive in order
                yield (
                    fieldname,
                    word.encode("utf-8"),
                    [r[0] for r in rows],
                    [r[1] for r in rows],
                    [r[2] for r in rows],
                )

    def cleanup(self) -> None:
        self._postings.clear()
        self._words.clear()


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
