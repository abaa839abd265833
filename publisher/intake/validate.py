"""Validate one intake row against its Table Schema and the domain's own checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container
from typing import Any

from stdnum.cn import ric, uscc

from publisher.intake.problems import Problem
from publisher.intake.readers import Uncalculated
from publisher.intake.schemas import TableSchema, norm_header, parse_value

Record = dict[str, Any]


class _AnyAgency:
    """A container that holds every agency code (for rows already checked, or no database)."""

    def __contains__(self, _item: object) -> bool:
        return True


ANY_AGENCY: Container[str] = _AnyAgency()


def natural_key(kind: str, record: Record) -> tuple[str, ...]:
    """Return the key that identifies a record of this kind across files."""
    keys = {
        "agencies": ("code",),
        "power_items": ("agency", "code"),
        "officers": ("issuing_authority", "credential_no"),
        "decisions": ("id",),
        "case_stages": ("decision", "stage", "happened"),
        "av_records": ("decision", "recorded_on", "what"),
    }[kind]
    return tuple(str(record.get(k) or "") for k in keys)


def validate_row(
    schema: TableSchema,
    row: int,
    raw: dict[str, Any],
    agencies: Container[str],
    today: dt.date,
) -> tuple[Record, list[Problem]]:
    """Parse a row into a record and list every problem with it."""
    if "__error__" in raw:
        return {}, [Problem(row, "*", "bad_row", extra=str(raw["__error__"]))]
    headers = schema.header_map()
    cells = {headers[h]: v for k, v in raw.items() if (h := _header(k)) in headers}
    record: Record = {}
    problems: list[Problem] = []
    for field in schema.fields:
        if isinstance(cell := cells.get(field.name), Uncalculated):
            problems.append(Problem(row, field.name, "formula_without_value", cell.address))
            continue
        value, problem = parse_value(field, cell, row)
        if problem:
            problems.append(problem)
        elif value is not None:
            record[field.name] = value
    for check in CHECKS.get(schema.name, ()):
        problems.extend(check(row, record, agencies, today))
    return record, problems


def _header(key: Any) -> str:
    return norm_header(key)


def _agency_known(field: str) -> Callable[[int, Record, Container[str], dt.date], list[Problem]]:
    def check(row: int, record: Record, agencies: Container[str], _today: dt.date) -> list[Problem]:
        code = record.get(field)
        if code and code not in agencies:
            return [Problem(row, field, "unknown_agency", code)]
        return []

    return check


def _decision_checks(row: int, record: Record, _a: Container[str], today: dt.date) -> list[Problem]:
    problems = []
    code = record.get("credit_code")
    if code and not uscc.is_valid(code):
        problems.append(Problem(row, "credit_code", "bad_credit_code", code))
    number = record.get("id_number")
    if number and not is_valid_id_number(number):
        # Never echo an ID number back: problems reach logs and screens.
        problems.append(Problem(row, "id_number", "bad_id_number"))
    decided = record.get("decision_date")
    if decided and decided > today:
        problems.append(Problem(row, "decision_date", "future_date", str(decided)))
    served = record.get("served_date")
    if decided and served and served < decided:
        problems.append(Problem(row, "served_date", "date_order", str(served), "decision_date"))
    return problems


def _officer_checks(row: int, record: Record, _a: Container[str], _t: dt.date) -> list[Problem]:
    start, end = record.get("valid_from"), record.get("valid_until")
    if start and end and end < start:
        return [Problem(row, "valid_until", "date_order", str(end), "valid_from")]
    return []


def _dated_by(field: str) -> Callable[[int, Record, Container[str], dt.date], list[Problem]]:
    """A stage or audio-visual record dated after the day it is entered (today) cannot be."""

    def check(row: int, record: Record, _a: Container[str], today: dt.date) -> list[Problem]:
        day = record.get(field)
        if day and day > today:
            return [Problem(row, field, "after_entry", str(day), str(today))]
        return []

    return check


def is_valid_id_number(value: str) -> bool:
    """Check a 身份证号: 18 digits with checksum (GB 11643), or the old 15-digit form."""
    value = value.strip().upper()
    if len(value) == 18:
        return bool(ric.is_valid(value))
    if re.fullmatch(r"\d{15}", value):
        try:
            dt.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
        except ValueError:
            return False
        return True
    return False


CHECKS: dict[str, tuple[Callable[[int, Record, Container[str], dt.date], list[Problem]], ...]] = {
    "decisions": (_agency_known("agency"), _decision_checks),
    "officers": (_agency_known("agency"), _officer_checks),
    "power_items": (_agency_known("agency"),),
    "agencies": (_agency_known("parent"),),
    "case_stages": (_agency_known("agency"), _dated_by("happened")),
    "av_records": (_agency_known("agency"), _dated_by("recorded_on")),
}
