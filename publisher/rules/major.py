"""Major decisions (重大执法决定): each agency's catalogue of decisions that need a legal review
(重大执法决定法制审核目录清单), and the review that must come before the decision.

The catalogue is data: ``LEGAL_REVIEW_CATALOGUE`` holds a district ``default`` and each agency's
own entries by agency code, merged key by key over :data:`DISTRICT`. A decision is major when
its agency declared it so or when it meets one item of its agency's catalogue (行政处罚法第五十八条;
seeds 000 六(四), 002 三(四), 003 art. 16). Such a decision needs a legal review dated on or
before its decision date: intake refuses a later one, and holds one without any review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

# The district default, before the settings: a fine at or above MAJOR_FINE_THRESHOLD, a
# confiscation as large, a hearing, revocation of a licence, suspension of production or
# business (restriction), or a case the agency marks complex.
DISTRICT: dict[str, Any] = {
    "categories": [],  # every decision of these categories (e.g. "coercion")
    "penalty_types": ["revocation", "restriction"],
    "fine_at_least": {},  # {"natural_person": 10000, "*": 100000}; "*" defaults to MAJOR_FINE_THRESHOLD
    "confiscation_at_least": {},  # likewise, defaulting to the fine's threshold
    "hearing_held": True,
    "complex_case": True,
}
REVIEW_FIELDS = ("review_reviewer", "review_date", "review_opinion")


def catalogue(config: Mapping[str, Any], agency_code: str | None) -> dict[str, Any]:
    """The agency's catalogue: the district default, the setting's ``default``, then its own entries."""
    table = dict(config.get("LEGAL_REVIEW_CATALOGUE") or {})
    merged = {**DISTRICT, **table.get("default", {}), **table.get(agency_code or "", {})}
    threshold = int(config["MAJOR_FINE_THRESHOLD"])
    merged["fine_at_least"] = {"*": threshold, **merged["fine_at_least"]}
    merged["confiscation_at_least"] = {"*": merged["fine_at_least"]["*"], **merged["confiscation_at_least"]}
    return merged


def _at_least(limits: Mapping[str, Any], record: Mapping[str, Any], key: str) -> bool:
    limit = limits.get(str(record.get("target_type")), limits["*"])
    amount = Decimal(str(record.get(key) or 0))
    return amount > 0 and amount >= Decimal(str(limit))


def reasons(record: Mapping[str, Any], items: Mapping[str, Any]) -> list[str]:
    """Why a decision is major under the catalogue ``items`` (codes of the ``major_reason``
    vocabulary), or an empty list."""
    types = {t.strip() for t in str(record.get("penalty_types") or "").split(";") if t.strip()}
    checks = [
        ("declared", bool(record.get("is_major"))),
        ("category", record.get("category") in items["categories"]),
        ("hearing_held", bool(items["hearing_held"] and record.get("hearing_held"))),
        ("revocation", "revocation" in types and "revocation" in items["penalty_types"]),
        ("suspension", "suspension" in types and "suspension" in items["penalty_types"]),
        ("restriction", "restriction" in types and "restriction" in items["penalty_types"]),
        ("large_fine", _at_least(items["fine_at_least"], record, "fine_amount")),
        ("large_confiscation", _at_least(items["confiscation_at_least"], record, "confiscation_amount")),
        ("complex_case", bool(items["complex_case"] and record.get("complex_case"))),
    ]
    return [code for code, met in checks if met]


def has_review(record: Mapping[str, Any]) -> bool:
    """True when the legal-review record (reviewer, date, opinion) is complete."""
    return all(record.get(k) for k in REVIEW_FIELDS)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else None


def review_too_late(record: Mapping[str, Any]) -> bool:
    """True when the legal review is dated after the decision (it must come first)."""
    reviewed, decided = _day(record.get("review_date")), _day(record.get("decision_date"))
    return reviewed is not None and decided is not None and reviewed > decided
