"""Stream rows out of agencies' files: CSV (UTF-8, UTF-8 with BOM, GB18030), XLSX, JSONL."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

FORMATS = ("csv", "xlsx", "jsonl")


class ReadError(Exception):
    """The file cannot be read at all."""


@dataclass
class RowSource:
    """Rows of one file as ``(row_number, {header: value})``, with progress in bytes."""

    path: Path
    format: str
    encoding: str | None = None
    size: int = 0
    headers: list[str] = field(default_factory=list)
    _handle: IO[bytes] | io.BufferedIOBase | None = None

    def position(self) -> int:
        """Return how many bytes have been read so far (for a progress bar)."""
        return self._handle.tell() if self._handle and not self._handle.closed else self.size

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        if self.format == "csv":
            yield from self._csv()
        elif self.format == "jsonl":
            with open(self.path, "rb") as handle:
                self._handle = handle
                yield from self._jsonl(handle)
        else:
            yield from self._xlsx()

    def _csv(self) -> Iterator[tuple[int, dict[str, Any]]]:
        with open(self.path, encoding=self.encoding, newline="") as text:
            self._handle = text.buffer  # type: ignore[assignment]
            reader = csv.reader(text)
            try:
                self.headers = next(reader, [])
                for number, cells in enumerate(reader, start=2):
                    if any(c.strip() for c in cells):
                        yield number, dict(zip(self.headers, cells, strict=False))
            except UnicodeDecodeError as exc:  # sniffed as GB18030, but not that either
                yield 0, {"__error__": f"the file is neither UTF-8 nor GB18030 text ({exc.reason})"}
            except csv.Error as exc:  # a field beyond csv.field_size_limit(), a NUL: unreadable past here
                yield reader.line_num, {"__error__": f"the file cannot be read past this line ({exc})"}

    def _jsonl(self, handle: IO[bytes]) -> Iterator[tuple[int, dict[str, Any]]]:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = load_json(line.decode("utf-8-sig"))
            except ValueError as exc:  # undecodable bytes, bad or too deeply nested JSON
                yield number, {"__error__": str(exc)}
                continue
            if why := not_a_record(value):
                yield number, {"__error__": why}
                continue
            self.headers = self.headers or list(value)
            yield number, value

    def _xlsx(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """The first sheet's rows, read twice in step (both streaming): the values the file
        saved, and what was typed, to tell a formula saved without its value from an empty cell."""
        from openpyxl import load_workbook

        shown = load_workbook(self.path, read_only=True, data_only=True)
        typed = load_workbook(self.path, read_only=True, data_only=False)
        try:
            rows = zip(shown.worksheets[0].iter_rows(), typed.worksheets[0].iter_rows(), strict=True)
            header, _ = next(rows, ((), ()))
            self.headers = [str(c.value or "").strip() for c in header]
            for number, pairs in enumerate(rows, start=2):
                values = [_cell(value, formula) for value, formula in zip(*pairs, strict=True)]
                if any(v not in (None, "") for v in values):
                    yield number, {h: v for h, v in zip(self.headers, values, strict=False) if h}
        except (SyntaxError, zipfile.BadZipFile, zlib.error) as exc:  # XML or data breaking off
            yield 0, {"__error__": f"the sheet cannot be read to its end: {exc}"}
        finally:
            shown.close()
            typed.close()


@dataclass(frozen=True)
class Uncalculated:
    """A formula saved without its result (a file written by a script, never opened in Excel).

    What Excel would show is unknown, so validation refuses the cell instead of storing it
    empty. Only the cell's address is kept: the formula may quote a private value.
    """

    address: str


SCALARS = (str, int, float, bool, type(None))


def load_json(text: str | bytes) -> Any:
    """Parse JSON; a document nested too deeply for Python's parser is a ValueError like bad JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def not_a_record(value: Any) -> str | None:
    """Why a parsed JSON value is not one record of single values (None when it is one)."""
    if not isinstance(value, dict):
        return "not a JSON object"
    nested = next((str(k) for k, v in value.items() if not isinstance(v, SCALARS)), None)
    return f"'{nested[:40]}' holds a list or an object, not a single value" if nested else None


def _cell(shown: Any, typed: Any) -> Any:
    """One spreadsheet cell as an intake value (whole floats lose their '.0').

    ``shown`` is the cell read for saved values, ``typed`` the same cell read for formulas.
    """
    value = shown.value
    # A formula with no saved value reads as None; Excel saves an empty-text result as type
    # "str" without a value, which is a real (empty) value.
    if value is None and typed.data_type == "f" and shown.data_type != "str":
        return Uncalculated(typed.coordinate)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def open_rows(path: Path | str) -> RowSource:
    """Open a file for streaming, detecting its format and (for CSV) its encoding."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    suffix = path.suffix.lower().lstrip(".")
    fmt = {"json": "jsonl", "ndjson": "jsonl", "xlsm": "xlsx", "txt": "csv"}.get(suffix, suffix)
    if fmt not in FORMATS:
        raise ReadError(f"{path.name}: unsupported format (CSV, XLSX or JSONL)")
    if fmt == "xlsx":
        _check_workbook(path)
    encoding = sniff_encoding(path) if fmt == "csv" else None
    return RowSource(path, fmt, encoding, path.stat().st_size)


def _check_workbook(path: Path) -> None:
    """Raise ReadError unless the file opens as a workbook with a worksheet."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
        sheets = len(book.worksheets)  # parses the start of each sheet
        book.close()
    except Exception as exc:  # a damaged file fails in zipfile, XML or openpyxl: no one error type
        raise ReadError(f"{path.name}: not a readable XLSX workbook ({str(exc)[:120]})") from exc
    if not sheets:
        raise ReadError(f"{path.name}: the workbook has no worksheet")


def sniff_encoding(path: Path, chunk: int = 1 << 20) -> str:
    """Return utf-8-sig when the whole file decodes as UTF-8, else gb18030.

    Chinese spreadsheet software often exports GB18030; one streaming pass over the
    file decides, so a stray byte deep in a large file is still caught.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as handle:
        try:
            while block := handle.read(chunk):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8-sig"
