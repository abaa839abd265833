"""One way to answer: HTML, JSON or CSV from the same data, and one JSON error shape."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from flask import Response, render_template, request, stream_with_context
from werkzeug.exceptions import HTTPException

FORMATS = ("html", "json", "csv")
# What makes a spreadsheet read a text cell as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def fmt(default: str = "html") -> str:
    """The format asked for by the URL suffix (set by the route)."""
    return str(request.view_args.get("fmt") or default) if request.view_args else default


def as_json(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON response (UTF-8, Chinese unescaped)."""
    body = json.dumps(data, ensure_ascii=False, default=str, indent=None, separators=(",", ":"))
    response = Response(body, status=status, mimetype="application/json")
    response.headers.update(headers or {})
    return response


def csv_cell(value: Any) -> Any:
    """A spreadsheet-safe cell: text that starts like a formula gets a leading apostrophe.

    Numbers stay numbers (a negative count of days left is data, not a formula); any
    other value is written as text. The JSON twins and the data packages keep exact values.
    """
    if value is None or isinstance(value, (int, float, Decimal)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], filename: str) -> Response:
    """A streamed CSV response with a BOM so spreadsheet software reads UTF-8.

    Every cell is quoted and passed through :func:`csv_cell`, as OWASP advises for CSV
    that people open in spreadsheets.
    """
    names = list(columns)

    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
        buffer.write("\ufeff")
        writer.writerow(names)
        for row in rows:
            writer.writerow([csv_cell(row.get(name)) for name in names])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    response = Response(stream_with_context(generate()), mimetype="text/csv")
    response.headers["Content-Disposition"] = f"attachment; filename={filename}"
    return response


def respond(
    template: str,
    data: Mapping[str, Any],
    *,
    json_data: Any = None,
    csv_columns: Sequence[str] = (),
    csv_rows: Iterable[Mapping[str, Any]] = (),
    filename: str = "data.csv",
    status: int = 200,
) -> Response | str:
    """Answer in the format the URL asked for."""
    kind = fmt()
    if kind == "json":
        return as_json(json_data if json_data is not None else data, status)
    if kind == "csv":
        return as_csv(csv_columns, csv_rows, filename)
    return Response(render_template(template, **data), status=status, mimetype="text/html")


def error_json(error: HTTPException) -> Response:
    """The one JSON error shape: {"error": {"status", "code", "message"}}."""
    return as_json(
        {
            "error": {
                "status": error.code,
                "code": (error.name or "error").lower().replace(" ", "_"),
                "message": error.description,
            }
        },
        status=error.code or 500,
    )
