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
import zlib
from array import array
from collections.abc import Iterator
from pickle import dumps
from typing import Any, NamedTuple

import numpy as np
import whoosh
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
    _lenfield,
)
from whoosh.matching import ListMatcher
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import length_to_byte
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


class FieldPostings(NamedTuple):
    """One field's postings in one segment, in term and document order, as arrays."""

    terms: list[Any]  # each term's bytes, in order
    starts: np.ndarray  # where each term's postings begin, and their count at the end
    docs: np.ndarray  # document numbers
    weights: np.ndarray
    value_lengths: np.ndarray  # bytes of each posting's value (0: none)
    values: bytes  # the values, joined


class FieldWriter(W3FieldWriter):
    """Whoosh's field writer; a full build's segments are written a field at a time from arrays."""

    def add_fields(self, schema: Any, lengths: Any, fields: Iterator[tuple[str, FieldPostings]]) -> None:
        """Write each field's postings (in field order), a term at a time.

        Whoosh's ``add_postings`` makes four Python calls per posting; here each block's
        statistics and packed arrays are computed for the whole field with NumPy, and a
        block costs a few slices, two pickles and a compression. The blocks and term infos
        are those ``PostingsWriter`` writes for the same postings, byte for byte.
        """
        for fieldname, postings in fields:
            if not postings.terms:
                continue
            field = schema[fieldname]
            field_lengths = None
            if lengths is not None and field.scorable:  # read once instead of per posting
                read = lengths.doc_field_length
                field_lengths = np.array([read(n, fieldname) for n in range(lengths.doc_count_all())])
            self.start_field(fieldname, field)
            self.write_terms(postings, field_lengths)
            self.finish_field()

    def write_terms(self, postings: FieldPostings, field_lengths: np.ndarray | None) -> None:
        """Each term's posting blocks and term info (the codec inlines no postings)."""
        assert self._codec._inlinelimit <= 1
        compression = self._codec._compression
        blocks = _Blocks(postings, self._codec._blocklimit, field_lengths)
        terms, starts, docs, weights, value_lengths, values = postings
        ids, floats = np.diff(docs, prepend=0), weights.astype(np.float32)
        ids[blocks.begins] = docs[blocks.begins]  # a block's first document is stored whole
        id_bytes, weight_bytes = ids.astype("<u4").tobytes(), floats.astype("<f4").tobytes()
        length_bytes = value_lengths.astype("<u4").tobytes()
        term_weights = np.add.reduceat(floats.astype(np.float64), starts[:-1]).tolist()
        counts = np.diff(starts).tolist()
        first_ids, last_ids = docs[starts[:-1]].tolist(), docs[starts[1:] - 1].tolist()
        postfile, tindex, fieldid = self._postfile, self._tindex, pack_ushort(self._fieldid)
        block = 0
        for term, weight, count, first_id, last_id in zip(
            terms, term_weights, counts, first_ids, last_ids, strict=True
        ):
            info = W3TermInfo(weight=weight, df=count, minid=first_id, maxid=last_id)
            written = [WHOOSH3_HEADER_MAGIC]
            while True:  # as PostingsWriter's _mini_ids, _mini_weights, _mini_values, _write_block
                a, b = blocks.begins_list[block], blocks.ends_list[block]
                if blocks.same_weight[block]:
                    packed_weights = None if blocks.first_weight[block] == 1.0 else blocks.first_weight[block]
                else:
                    packed_weights = weight_bytes[4 * a : 4 * b]
                packed_values = None
                if blocks.with_values[block]:
                    joined = values[blocks.value_begins[block] : blocks.value_ends[block]]
                    if blocks.with_values[block] == b - a:
                        packed_values = (length_bytes[4 * a : 4 * b], joined)
                    else:  # some postings without a value (none of ours)
                        packed_values = (
                            value_lengths[a:b][value_lengths[a:b] > 0].astype("<u4").tobytes(),
                            joined,
                        )
                data = dumps((id_bytes[4 * a : 4 * b], packed_weights, packed_values), 2)
                data = zlib.compress(data, compression)
                header = (b - a, blocks.last_id[block], blocks.max_weight[block], compression)
                header_bytes = dumps((*header, blocks.min_byte[block], blocks.max_byte[block]), 2)
                size = len(header_bytes) + len(data)
                last = blocks.last[block]
                written += [pack_int(-size if last else size), header_bytes, data]
                low = blocks.min_length[block]
                info._minlength = low if info._minlength is None else min(info._minlength, low)
                info._maxlength = max(info._maxlength, blocks.max_length[block])
                info._maxweight = max(info._maxweight, blocks.max_weight[block])
                block += 1
                if last:
                    break
            offset = postfile.tell()
            postfile.write(b"".join(written))
            info.set_extent(offset, postfile.tell() - offset)
            tindex.add(fieldid + term, info.to_bytes())


class _Blocks:
    """Where a field's posting blocks begin and end, and their statistics, as lists."""

    def __init__(self, postings: FieldPostings, limit: int, field_lengths: np.ndarray | None) -> None:
        counts = np.diff(postings.starts)
        blocks = -(-counts // limit)
        term = np.repeat(np.arange(len(counts)), blocks)
        nth = np.arange(len(term)) - np.repeat(np.cumsum(blocks) - blocks, blocks)
        self.begins = postings.starts[:-1][term] + limit * nth
        ends = np.minimum(self.begins + limit, postings.starts[1:][term])
        self.begins_list, self.ends_list = self.begins.tolist(), ends.tolist()
        self.last = (ends == postings.starts[1:][term]).tolist()  # the term's last block
        self.last_id = postings.docs[ends - 1].tolist()
        floats = postings.weights.astype(np.float32)  # as PostingsWriter's array("f")
        self.same_weight = (
            np.minimum.reduceat(floats, self.begins) == np.maximum.reduceat(floats, self.begins)
        ).tolist()
        self.first_weight = floats[self.begins].astype(np.float64).tolist()
        self.max_weight = np.maximum.reduceat(postings.weights, self.begins).tolist()
        self.with_values = np.add.reduceat(postings.value_lengths > 0, self.begins).tolist()
        value_ends = np.cumsum(postings.value_lengths)
        self.value_begins = (value_ends - postings.value_lengths)[self.begins].tolist()
        self.value_ends = value_ends[ends - 1].tolist()
        if field_lengths is None:
            self.min_length: list[int | None] = [None] * len(term)
            self.max_length = [0] * len(term)
        else:
            lengths = field_lengths[postings.docs]
            self.min_length = np.minimum.reduceat(lengths, self.begins).tolist()
            self.max_length = np.maximum.reduceat(lengths, self.begins).tolist()
        self.min_byte = [length_to_byte(n) for n in self.min_length]
        self.max_byte = [length_to_byte(n) for n in self.max_length]


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
    caller holds it), the packed codec, and postings flushed from ``pool`` a field at a time.
    ``pool.fields()`` yields (field, FieldPostings) in field order."""

    def __init__(self, ix: Any, pool: Any) -> None:
        super().__init__(ix, _lk=False, codec=Codec())
        self.pool = pool

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document`` for the fields of a full build (no boosts, vectors or
        spelling), handing a positional field's words to the pool whole when its format
        knows the pool (``pooled``)."""
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
                    pool = getattr(field.format, "pooled", None)
                    pooled = pool(self.pool, fieldname, docnum, value, field.analyzer) if pool else None
                    if pooled is not None:
                        length = pooled
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

    def _flush_segment(self) -> None:  # as Whoosh's, with the pool's fields written whole
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        self.fieldwriter.add_fields(self.schema, lengths, self.pool.fields())
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
