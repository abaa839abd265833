"""Cells of the tables in decision texts: rows split by |, tabs or wide spaces under a header."""

from __future__ import annotations

import re
from collections.abc import Iterator

_CELL = re.compile(r"[|｜\t]| {2,}")


def column_cells(folded: str, header: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """Yield (offset, text) of every cell below a header cell that ``header`` matches, for each
    table in the text (a table ends at a line that is not split into cells)."""
    offset, columns = 0, None
    for line in folded.split("\n"):
        cells = _CELL.split(line)
        if len(cells) < 3:
            columns = None
        elif columns is None and any(header.search(c) for c in cells):
            columns = [bool(header.search(c)) for c in cells]
        elif columns:
            at = 0
            for index, cell in enumerate(cells):
                at = line.find(cell, at)
                if index < len(columns) and columns[index] and cell.strip():
                    yield offset + at + (len(cell) - len(cell.lstrip())), cell.strip()
                at += len(cell)
        offset += len(line) + 1


_RULE_ROW = re.compile(r"^[\s|｜:\-—]+$")


def columns(folded: str) -> Iterator[list[tuple[int, str]]]:
    """Yield the body cells of every column of every table, as (offset, text) lists."""
    offset = 0
    table: list[list[tuple[int, str]]] | None = None
    tables: list[list[list[tuple[int, str]]]] = []
    for line in folded.split("\n"):
        cells = _CELL.split(line)
        if len(cells) < 3:
            table = None
        elif _RULE_ROW.match(line):
            pass
        elif table is None:
            table = []
            tables.append(table)
        else:
            row, at = [], 0
            for cell in cells:
                at = line.find(cell, at)
                row.append((offset + at + (len(cell) - len(cell.lstrip())), cell.strip()))
                at += len(cell)
            table.append(row)
        offset += len(line) + 1
    for rows in tables:
        width = max((len(r) for r in rows), default=0)
        for index in range(width):
            yield [row[index] for row in rows if index < len(row) and row[index][1]]
