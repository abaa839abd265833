"""Scope rules (what is published at all) and the legal-review gate (LEGAL.md §2, §7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

SEALED_PUBLIC_ORDER_FROM = dt.date(2026, 1, 1)  # 治安管理处罚法（2025）第一百三十六条
SIMPLIFIED_LIMITS = {"natural_person": Decimal(200), "*": Decimal(3000)}  # 行政处罚法第五十一条

# reason code -> (Chinese, English, source)
REASONS: dict[str, tuple[str, str, str]] = {
    "state_secret": ("涉及国家秘密", "Involves state secrets", "政府信息公开条例第十四条"),
    "minor": ("涉及未成年人", "Concerns a minor", "未成年人保护法第一百零三条"),
    "public_order_sealed": (
        "治安管理处罚记录封存",
        "Public-order penalty records are sealed",
        "治安管理处罚法（2025）第一百三十六条",
    ),
    "warning_only": (
        "仅给予警告的行政处罚",
        "Penalty is a warning only",
        "市场监督管理行政处罚信息公示规定（2021）第二条",
    ),
    "simplified_procedure": (
        "适用简易程序的行政处罚",
        "Simplified-procedure penalty",
        "行政处罚法第五十一条",
    ),
    "simplified_over_limit": (
        "标注为简易程序但罚款超过法定限额，需人工确认",
        "Marked simplified but the fine exceeds the legal limit: needs a person",
        "行政处罚法第五十一条",
    ),
    "possible_minor": (
        "正文提及未成年人，需人工确认",
        "The text mentions a minor: needs a person",
        "未成年人保护法第一百零三条",
    ),
    "possible_secret": (
        "正文提及国家秘密，需人工确认",
        "The text mentions state secrets: needs a person",
        "政府信息公开条例第十四条",
    ),
    "legal_review_missing": (
        "重大执法决定缺少法制审核记录",
        "Major decision without its legal-review record",
        "国办发〔2018〕118号",
    ),
    "leak_blocked": (
        "公开文本仍含疑似个人身份信息",
        "Public text still looks like it holds a personal identifier",
        "个人信息保护法第二十八条",
    ),
    "redaction_uncertain": (
        "脱敏存疑：有身份不明的姓名或无法校验的长号码，已删除，请人工确认（对照视图中标出）",
        "Unsure redaction: a name in no known role or a number that validates as nothing was removed; "
        "a person confirms it (marked in the side-by-side view)",
        "个人信息保护法第五十一条",
    ),
    "review_required": (
        "等待审核人员批准",
        "Waiting for a reviewer's approval",
        "PORTAL_REVIEW_REQUIRED",
    ),
}


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
        zh, en, source = REASONS[self.reason]
        return f"{zh} / {en}（{source}）"


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


def major_reasons(record: Mapping[str, Any], fine_threshold: int) -> list[str]:
    """Return why a decision is a major one (重大执法决定), or an empty list."""
    reasons = []
    types = _penalty_types(record)
    if record.get("is_major"):
        reasons.append("declared major")
    if record.get("hearing_held"):
        reasons.append("hearing held")
    if "revocation" in types:
        reasons.append("licence revocation")
    if "restriction" in types:
        reasons.append("suspension of business")
    if _amount(record, "fine_amount") >= fine_threshold:
        reasons.append(f"fine at or above {fine_threshold}")
    if record.get("complex_case"):
        reasons.append("complex case")
    return reasons


def has_legal_review(record: Mapping[str, Any]) -> bool:
    """True when the legal-review record (reviewer, date, opinion) is complete."""
    return all(record.get(k) for k in ("review_reviewer", "review_date", "review_opinion"))
