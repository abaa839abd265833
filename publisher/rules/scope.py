"""Scope rules: what is published at all (LEGAL.md §2); the legal-review gate is ``rules.major``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from publisher import vocabulary

SEALED_PUBLIC_ORDER_FROM = dt.date(2026, 1, 1)  # 治安管理处罚法（2025）第一百三十六条
SIMPLIFIED_LIMITS = {"natural_person": Decimal(200), "*": Decimal(3000)}  # 行政处罚法第五十一条


@dataclass(frozen=True)
class Verdict:
    """Publish, exclude (with a recorded reason) or send to a person."""

    action: str  # publish | exclude | review
    reason: str | None = None

    @property
    def message(self) -> str:
        """The reason in Chinese and English, with its source."""
        if not self.reason:
            return ""
        said = vocabulary.entry("exclusion_reason", self.reason)
        return f"{said['zh']} / {said['en']}（{said['source']}）"


def _amount(record: Mapping[str, Any], key: str) -> Decimal:
    return Decimal(str(record.get(key) or 0))


def _penalty_types(record: Mapping[str, Any]) -> set[str]:
    return {t.strip() for t in str(record.get("penalty_types") or "").split(";") if t.strip()}


def scope(record: Mapping[str, Any]) -> Verdict:
    """Decide whether a decision is published at all."""
    decided = dt.date.fromisoformat(str(record["decision_date"]))
    text = str(record.get("text") or "")
    if record.get("state_secret"):
        return Verdict("exclude", "state_secret")
    if record.get("involves_minor"):
        return Verdict("exclude", "minor")
    if record.get("public_order") and decided >= SEALED_PUBLIC_ORDER_FROM:
        return Verdict("exclude", "public_order_sealed")
    if record.get("category") == "penalty":
        verdict = _penalty_scope(record)
        if verdict:
            return verdict
    if "未成年" in text:
        return Verdict("review", "possible_minor")
    if "国家秘密" in text:
        return Verdict("review", "possible_secret")
    return Verdict("publish")


def _penalty_scope(record: Mapping[str, Any]) -> Verdict | None:
    types = _penalty_types(record)
    if types == {"warning"}:
        return Verdict("exclude", "warning_only")
    if record.get("procedure") == "simplified":
        limit = SIMPLIFIED_LIMITS.get(str(record.get("target_type")), SIMPLIFIED_LIMITS["*"])
        if types <= {"warning", "fine"} and _amount(record, "fine_amount") <= limit:
            return Verdict("exclude", "simplified_procedure")
        return Verdict("review", "simplified_over_limit")
    return None
