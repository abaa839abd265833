"""Bilingual labels of codes shown to the public (categories, statuses, reasons)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

CATEGORIES = {
    "license": _l("行政许可"),
    "penalty": _l("行政处罚"),
    "coercion": _l("行政强制"),
    "inspection": _l("行政检查"),
    "levy": _l("行政征收"),
    "confirmation": _l("行政确认"),
    "ruling": _l("行政裁决"),
    "other": _l("其他"),
}
TARGET_TYPES = {
    "natural_person": _l("自然人"),
    "legal_person": _l("法人或其他组织"),
    "individual_business": _l("个体工商户"),
}
DECISION_STATUS = {
    "published": _l("公示中"),
    "withdrawn": _l("已撤下"),
    "expired": _l("公示期满"),
    "repaired": _l("信用修复"),
}
REASONS = {
    "varied": _l("决定已变更"),
    "revoked": _l("决定已撤销"),
    "confirmed_illegal": _l("决定被确认违法"),
    "confirmed_void": _l("决定被确认无效"),
    "ordered_redone": _l("决定被责令重新作出"),
    "period_ended": _l("公示期限届满"),
    "credit_repair": _l("已完成信用修复"),
}
OFFICER_STATUS = {
    "valid": _l("有效"),
    "suspended": _l("暂扣"),
    "revoked": _l("吊销"),
    "cancelled": _l("注销"),
    "expired": _l("过期"),
}
LEVELS = {"district": _l("区县级"), "city": _l("市级"), "province": _l("省级")}
POWER_CATEGORIES = CATEGORIES


def label(table: dict[str, object], code: str | None) -> str:
    """The label of a code in the visitor's language (the code itself when unknown)."""
    return str(table.get(code or "", code or ""))
