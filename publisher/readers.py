"""Stream rows out of agencies' files: CSV (UTF-8, UTF-8 with BOM, GB18030), XLSX, JSONL."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
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
            self.headers = next(reader, [])
            for number, cells in enumerate(reader, start=2):
                if any(c.strip() for c in cells):
                    yield number, dict(zip(self.headers, cells, strict=False))

    def _jsonl(self, handle: IO[bytes]) -> Iterator[tuple[int, dict[str, Any]]]:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield number, {"__error__": str(exc)}
                continue
            if not isinstance(value, dict):
                yield number, {"__error__": "not a JSON object"}
                continue
            self.headers = self.headers or list(value)
            yield number, value

    def _xlsx(self) -> Iterator[tuple[int, dict[str, Any]]]:
        from openpyxl import load_workbook

        book = load_workbook(self.path, read_only=True, data_only=True)
        try:
            rows = book.worksheets[0].iter_rows(values_only=True)
            self.headers = [str(h or "").strip() for h in next(rows, ())]
            for number, cells in enumerate(rows, start=2):
                if any(c not in (None, "") for c in cells):
                    yield (
                        number,
                        {h: _cell(c) for h, c in zip(self.headers, cells, strict=False) if h},
                    )
        finally:
            book.close()


def _cell(value: Any) -> Any:
    """Turn spreadsheet cells into intake values (whole floats lose their '.0')."""
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
    encoding = sniff_encoding(path) if fmt == "csv" else None
    return RowSource(path, fmt, encoding, path.stat().st_size)


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
