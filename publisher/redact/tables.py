"""Cells of the tables in decision texts: rows split by |, tabs or wide spaces under a header."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_CELL = re.compile(r"[|｜\t]| {2,}")


@lru_cache(maxsize=4)
def _lines(folded: str) -> tuple[tuple[int, str, tuple[tuple[int, str], ...]], ...]:
    """Each line once per text (several rules ask): its offset, its text and its cells with
    their offsets in the line (a line with fewer than three cells has none)."""
    out, offset = [], 0
    for line in folded.split("\n"):
        parts = _CELL.split(line)
        cells: list[tuple[int, str]] = []
        if len(parts) >= 3:
            at = 0
            for cell in parts:
                at = line.find(cell, at)
                cells.append((at, cell))
                at += len(cell)
        out.append((offset, line, tuple(cells)))
        offset += len(line) + 1
    return tuple(out)


def column_cells(folded: str, header: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """Yield (offset, text) of every cell below a header cell that ``header`` matches, for each
    table in the text (a table ends at a line that is not split into cells)."""
    columns = None
    for offset, _line, cells in _lines(folded):
        if not cells:
            columns = None
        elif columns is None and any(header.search(c) for _at, c in cells):
            columns = [bool(header.search(c)) for _at, c in cells]
        elif columns:
            for index, (at, cell) in enumerate(cells):
                if index < len(columns) and columns[index] and cell.strip():
                    yield offset + at + (len(cell) - len(cell.lstrip())), cell.strip()


_RULE_ROW = re.compile(r"^[\s|｜:\-—]+$")


def columns(folded: str) -> Iterator[list[tuple[int, str]]]:
    """Yield the body cells of every column of every table, as (offset, text) lists."""
    table: list[list[tuple[int, str]]] | None = None
    tables: list[list[list[tuple[int, str]]]] = []
    for offset, line, cells in _lines(folded):
        if not cells:
            table = None
        elif _RULE_ROW.match(line):
            pass
        elif table is None:
            table = []
            tables.append(table)
        else:
            table.append([(offset + at + (len(c) - len(c.lstrip())), c.strip()) for at, c in cells])
    for rows in tables:
        width = max((len(r) for r in rows), default=0)
        for index in range(width):
            yield [row[index] for row in rows if index < len(row) and row[index][1]]


def lines_around(folded: str, spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) of every line that holds one of the spans: a table row or a party line,
    a record of one person."""
    lines = set()
    for start, end in spans:
        first = folded.rfind("\n", 0, start) + 1
        last = folded.find("\n", end)
        lines.add((first, len(folded) if last < 0 else last))
    return lines
