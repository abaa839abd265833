"""Every use of Whoosh's private names, in one place: the packed codec, the segment writer
of full builds, and the reads of posting blocks and length columns.

whoosh-reloaded gives no public way to do these; they lean on the layout of its W3 codec
and writer in version 2.7 (``WRITTEN_FOR``). ``check()`` runs before an index is opened or
built and refuses any other version with a message naming this file (the rest of the
system, which never touches an index, still runs), and tests/publisher/test_whoosh_private.py
checks every private name used here, so an upgrade fails loudly in the tests instead of
returning wrong search results.

The packed codec: Whoosh's W3 codec with posting blocks packed as arrays.

The W3 codec pickles each block of 128 postings as tuples: 128 ints, 128 floats and 128
byte strings, so reading a block builds some 400 Python objects (most of a cold search's
time at 100,000 decisions). This codec keeps Whoosh's files, block headers and term info
and changes only the block payload: document-number deltas, weights and value lengths as
packed 32-bit arrays and the values joined into one byte string. Whoosh reads such
segments through ``Matcher`` below (the tuples it expects, decoded per block);
publisher/search/postings.py reads them straight into NumPy.

Segments remember the codec that wrote them, so an index may mix these segments with
stock W3 ones (written by incremental syncs); both are read correctly.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator
from typing import Any

import whoosh
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.matching import ListMatcher
from whoosh.writing import SegmentWriter

WRITTEN_FOR = (2, 7)  # whoosh-reloaded major and minor version this module was written against


class UnsupportedWhoosh(RuntimeError):
    """The installed Whoosh is not the version whose private layout this module reads."""


def check(version: tuple[int, ...] = whoosh.__version__) -> None:
    """Refuse a Whoosh this module was not written for."""
    if tuple(version[:2]) != WRITTEN_FOR:
        raise UnsupportedWhoosh(
            f"whoosh {'.'.join(map(str, version))} is installed; publisher/search/whoosh_private.py reads "
            f"the private layout of {'.'.join(map(str, WRITTEN_FOR))}.x: review it before upgrading"
        )


_SWAP = sys.byteorder == "big"  # packed little-endian on disk


def pack(typecode: str, values: Any) -> bytes:
    packed = array(typecode, values)
    if _SWAP:
        packed.byteswap()
    return packed.tobytes()


def unpack(typecode: str, data: bytes) -> array[Any]:
    packed = array(typecode, data)
    if _SWAP:
        packed.byteswap()
    return packed


class PostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer with the block payload packed as arrays."""

    def _mini_ids(self):  # type: ignore[no-untyped-def]
        ids = self._ids
        return pack("I", [b - a for a, b in zip([0, *ids[:-1]], ids, strict=True)])

    def _mini_weights(self):  # type: ignore[no-untyped-def]
        weights = self._weights
        first = weights[0]
        if all(w == first for w in weights):
            return None if first == 1.0 else float(first)
        return pack("f", weights)

    def _mini_values(self):  # type: ignore[no-untyped-def]
        values = self._values
        if not values:
            return None
        return pack("I", map(len, values)), b"".join(values)


class Matcher(W3LeafMatcher):
    """Whoosh's block matcher over packed blocks."""

    def _read_ids(self):  # type: ignore[no-untyped-def]
        if self._data is None:
            self._read_data()
        ids, total = [], 0
        for delta in unpack("I", self._data[0]):
            total += delta
            ids.append(total)
        self._ids = tuple(ids)

    def _read_weights(self):  # type: ignore[no-untyped-def]
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if weights is None or isinstance(weights, float):
            self._weights = array("f", [1.0 if weights is None else weights] * self._blocklength)
        else:
            self._weights = unpack("f", weights)

    def _read_values(self):  # type: ignore[no-untyped-def]
        if self._data is None:
            self._read_data()
        packed = self._data[2]
        if packed is None:
            self._values = (None,) * self._blocklength
            return
        lengths, joined = packed
        values, at = [], 0
        for length in unpack("I", lengths):
            values.append(joined[at : at + length])
            at += length
        self._values = tuple(values)


class FieldWriter(W3FieldWriter):
    def add_grouped(self, schema: Any, lengths: Any, terms: Any) -> None:
        """Write postings grouped by term, a block at a time.

        ``terms`` yields (fieldname, term bytes, document numbers, weights, values) in
        field and term order, each term's documents ascending. Whoosh's ``add_postings``
        makes four Python calls per posting; here a block of 128 is copied at once.
        """
        columns: dict[str, list[int]] = {}  # each field's lengths, read once instead of per posting
        current = None
        for fieldname, btext, docs, weights, values in terms:
            if fieldname != current:
                if current is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                current = fieldname
            self.start_term(btext)
            writer = self._postwriter
            limit = writer._blocklimit
            field_lengths = None
            if lengths is not None and schema[fieldname].scorable:
                if fieldname not in columns:
                    read = lengths.doc_field_length
                    columns[fieldname] = [read(n, fieldname) for n in range(lengths.doc_count_all())]
                field_lengths = columns[fieldname]
            for at in range(0, len(docs), limit):
                if at:
                    writer._write_block()
                block_docs = docs[at : at + limit]
                block_weights = weights[at : at + limit]
                writer._ids.extend(block_docs)
                writer._weights.extend(block_weights)
                writer._maxweight = max(block_weights)
                writer._values.extend(v for v in values[at : at + limit] if v)
                if field_lengths is not None:
                    block_lengths = [field_lengths[d] for d in block_docs]
                    writer._minlength, writer._maxlength = min(block_lengths), max(block_lengths)
            self.finish_term()
        if current is not None:
            self.finish_field()


class Codec(W3Codec):
    """The W3 codec with packed posting blocks and a block-at-a-time writer."""

    def field_writer(self, storage, segment):  # type: ignore[no-untyped-def]
        return FieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):  # type: ignore[no-untyped-def]
        if byteids:  # term vectors (unused here): Whoosh's own blocks
            return super().postings_writer(dbfile, byteids)
        return PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):  # type: ignore[no-untyped-def]
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return ListMatcher(ids, weights, values, format_, scorer=scorer, term=term, terminfo=terminfo)
        offset, length = terminfo.extent()
        return Matcher(dbfile, offset, length, format_, term=term, scorer=scorer)


class SegmentBuilder(SegmentWriter):
    """Whoosh's SegmentWriter for one segment of a full build: no index lock (the build's
    caller holds it), the packed codec, and postings flushed from ``pool`` a block at a time.
    ``pool.grouped()`` yields (field, term, documents, weights, values) in order."""

    def __init__(self, ix: Any, pool: Any) -> None:
        super().__init__(ix, _lk=False, codec=Codec())
        self.pool = pool

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document`` for the fields of a full build (no boosts, vectors or
        spelling), handing a positional field's words to ``pool.add_positions`` whole when
        its format groups them itself (``grouped_positions``)."""
        perdoc, docnum = self.perdocwriter, self.docnum
        perdoc.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None or fieldname.startswith("_"):
                    continue
                field = self.schema[fieldname]
                length = 0
                if field.indexed:
                    grouped = getattr(field.format, "grouped_positions", None)
                    poses = grouped(value, field.analyzer) if grouped else None
                    if poses is not None:
                        length = self.pool.add_positions(fieldname, docnum, field.format.field_boost, poses)
                    else:
                        for tbytes, freq, weight, vbytes in field.index(value):
                            length += freq
                            self.pool.add((fieldname, tbytes, docnum, weight, vbytes))
                perdoc.add_field(
                    fieldname, field, value if field.stored else None, length if field.scorable else 0
                )
                if field.column_type:
                    perdoc.add_column_value(fieldname, field.column_type, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        self.fieldwriter.add_grouped(self.schema, lengths, self.pool.grouped())
        self.fieldwriter.close()
        lengths.close()

    def finish_segment(self) -> Any:
        """Write the segment's files and return it, without listing it in the index."""
        return self._finalize_segment()


def list_segments(ix: Any, segments: list[Any]) -> None:
    """Add finished segments to the index's table of contents in one commit (takes the lock)."""
    writer = SegmentWriter(ix)
    try:
        writer._close_segment()
        writer._commit_toc(writer.segments + segments)
    finally:
        writer._finish()


def term_matcher(segment_reader: Any, fieldname: str, btext: bytes, format_: Any) -> Any:
    """The raw matcher of a term in one segment (deleted documents included)."""
    return segment_reader._terms.matcher(fieldname, btext, format_)


def packed_blocks(matcher: Matcher) -> Iterator[tuple[bytes, Any, Any, int]]:
    """Each posting block of a packed-codec term: (id deltas, weights, values, count)."""
    while True:
        matcher._read_data()
        ids, weights, values = matcher._data
        yield ids, weights, values, matcher._blocklength
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def length_bytes(segment_reader: Any, fieldname: str) -> bytes:
    """Each document's stored length byte of ``fieldname`` (shorter when the column ends early)."""
    column = segment_reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return b""
    stored = min(segment_reader.doc_count_all(), column._count)
    return bytes(column._dbfile.get(column._basepos, stored))
