"""Table Schemas in ``schemas/`` as data: fields, disclosure classes and value parsing."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from publisher.intake.problems import Problem
from publisher.settings import ROOT

SCHEMA_DIR = ROOT / "schemas"
KINDS = ("agencies", "power_items", "officers", "decisions", "case_stages", "av_records")
DISCLOSURE_CLASSES = ("public", "redact-in-text", "private", "trade-secret")
MAX_TEXT = 200_000
MAX_FIELD = 2_000
YEARS = (1900, 2100)  # dates outside are typing errors
# What an identifier may hold once canonical: letters, digits and hyphens, after at most a
# province's one-character abbreviation (苏8777637); anything else (invisible or combining
# marks, Greek or Cyrillic letters, ideographs shaped like 1, 0, J or a hyphen: 丨口亅一)
# could make a second number that reads the same as the first.
IDENTIFIER = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]?[A-Z0-9\-]+")

_TRUE = {"true", "1", "yes", "y", "是", "有", "t"}
_FALSE = {"false", "0", "no", "n", "否", "无", "f", ""}
_CN_DATE = re.compile(r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?$")


@dataclass(frozen=True)
class Field:
    """One field of a Table Schema, with the properties intake and redaction need."""

    name: str
    type: str
    title: str
    title_en: str
    disclosure: str
    required: bool
    enum: tuple[str, ...]
    aliases: dict[str, str]
    minimum: float | None
    maximum: float | None = None
    max_length: int | None = None  # the column that stores it; longer text cannot be stored
    identifier: bool = False  # a number people type and compare: stored in one canonical form


@dataclass(frozen=True)
class TableSchema:
    """A parsed Table Schema of one record kind."""

    name: str
    descriptor: dict[str, Any]
    fields: tuple[Field, ...]
    headers: dict[str, str]

    def field(self, name: str) -> Field:
        """Return the field called ``name``."""
        return next(f for f in self.fields if f.name == name)

    def names(self, disclosure: str | None = None) -> list[str]:
        """Return field names, optionally only those of one disclosure class."""
        return [f.name for f in self.fields if disclosure in (None, f.disclosure)]

    def header_map(self) -> dict[str, str]:
        """Map every accepted header (name, Chinese or English title) to a field name."""
        return self.headers


@cache
def load(kind: str) -> TableSchema:
    """Load and parse the Table Schema of one record kind."""
    path = SCHEMA_DIR / f"{kind}.schema.json"
    descriptor = json.loads(Path(path).read_text(encoding="utf-8"))
    fields = tuple(_parse_field(d) for d in descriptor["fields"])
    headers = {norm_header(key): f.name for f in fields for key in (f.title_en, f.title, f.name)}
    return TableSchema(kind, descriptor, fields, headers)


def _parse_field(d: dict[str, Any]) -> Field:
    c = d.get("constraints", {})
    return Field(
        name=d["name"],
        type=d["type"],
        title=d["titles"]["zh"],
        title_en=d["titles"]["en"],
        disclosure=d["disclosure"],
        required=bool(c.get("required")),
        enum=tuple(c.get("enum", ())),
        aliases=dict(d.get("aliases", {})),
        minimum=c.get("minimum"),
        maximum=c.get("maximum"),
        max_length=c.get("maxLength"),
        identifier=bool(d.get("identifier")),
    )


def norm_header(header: str) -> str:
    return unicodedata.normalize("NFKC", str(header)).strip().lower().replace(" ", "_")


# Control and format characters (other than tab and newline) that break feeds and XML.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def identifier(value: Any) -> str:
    """The canonical form of a number people type: full-width and compatibility forms folded
    (NFKC), no spaces, letters in capitals. ``ＪＮ 2024-0001`` and ``jn2024-0001`` are one number."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value))).upper()
    return re.sub("[\u2010-\u2015\u2212\ufe58\ufe63]", "-", text)  # every dash is a hyphen


# Letters that show nothing (Hangul and halfwidth fillers, the braille blank).
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: str) -> bool:
    """True when the text shows something: a letter, digit, punctuation mark or symbol that is
    not a blank filler (format characters, marks and spaces alone show nothing)."""
    return any(unicodedata.category(c)[0] in "LNPS" and c not in _FILLERS for c in text)


def normalise_text(value: Any) -> str:
    """Return a cell as clean text: NFC, no control characters, trimmed."""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def parse_value(field: Field, raw: Any, row: int) -> tuple[Any, Problem | None]:
    """Parse one cell into the field's type, or return the problem with it."""
    if raw is None or (isinstance(raw, str) and not visible(raw)):  # invisible characters only: empty
        if field.required:
            return None, Problem(row, field.name, "required")
        return None, None
    if field.type == "date":
        return _parse_date(field, raw, row)
    if field.type == "number":
        return _parse_number(field, raw, row)
    if field.type == "boolean":
        text = normalise_text(raw).lower()
        if isinstance(raw, bool):
            return raw, None
        if text in _TRUE or text in _FALSE:
            return text in _TRUE, None
        return None, Problem(row, field.name, "bad_boolean", text)
    return _parse_string(field, raw, row)


def _parse_string(field: Field, raw: Any, row: int) -> tuple[Any, Problem | None]:
    text = normalise_text(raw)
    if field.identifier:
        text = identifier(text)
        if not IDENTIFIER.fullmatch(text):
            return None, Problem(row, field.name, "bad_identifier", text[:40])
    limit = field.max_length or (MAX_TEXT if field.name == "text" else MAX_FIELD)
    if len(text) > limit:
        return None, Problem(row, field.name, "too_long", text[:20], str(limit))
    if field.enum:
        key = field.aliases.get(text, text.lower() if text.isascii() else text)
        if key not in field.enum:
            code = "unknown_category" if field.name == "category" else "not_in_enum"
            return None, Problem(row, field.name, code, text, ", ".join(field.enum))
        return key, None
    return text, None


def _parse_date(field: Field, raw: Any, row: int) -> tuple[Any, Problem | None]:
    if isinstance(raw, dt.datetime | dt.date):
        day = raw.date() if isinstance(raw, dt.datetime) else raw
    else:
        text = unicodedata.normalize("NFKC", str(raw)).strip()
        match = _CN_DATE.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
        try:
            if not match:
                raise ValueError(text)
            day = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None, Problem(row, field.name, "bad_date", text)
    if not YEARS[0] <= day.year <= YEARS[1]:  # year 1 would name a data package "1"
        return None, Problem(row, field.name, "date_out_of_range", day.isoformat(), "{}–{}".format(*YEARS))
    return day, None


def _parse_number(field: Field, raw: Any, row: int) -> tuple[Any, Problem | None]:
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "")
    try:
        value = Decimal(text)
        if not value.is_finite():
            raise InvalidOperation(text)
    except InvalidOperation:
        return None, Problem(row, field.name, "bad_number", text)
    if field.minimum is not None and value < Decimal(str(field.minimum)):
        return None, Problem(row, field.name, "negative", text)
    if field.maximum is not None and value > Decimal(str(field.maximum)):
        return None, Problem(row, field.name, "too_large", text, str(field.maximum))
    return value + 0, None  # "-0" is 0
