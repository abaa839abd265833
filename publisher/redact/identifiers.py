"""Validated personal identifiers wherever they appear in a text (LEGAL.md §3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import luhn
from stdnum.cn import ric

from publisher.redact.spans import Span

SEP = r"[ \-\u2010-\u2015]?"  # a space or a dash between digit groups
_ID18 = re.compile(rf"(?<![0-9A-Za-z])(\d{{6}}{SEP}\d{{8}}{SEP}\d{{3}}[0-9Xx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(rf"(?<![0-9A-Za-z+])((?:\+?86|0086)[ \-]?)?(1[3-9]\d{SEP}\d{{4}}{SEP}\d{{4}})(?!\d)")
_LANDLINE = re.compile(
    r"(?<![0-9A-Za-z])(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?[2-9]\d{6,7}(?:(?:转|ext\.?|[-#])\d{1,6})?(?!\d)"
)
_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{4}(?:[ \-]?\d{4}){2,3}(?:[ \-]?\d{1,3})?)(?!\d)")
_ACCOUNT = re.compile(r"(?:账号|账户|帐号|帐户|卡号|银行账号)[:：\s]*([0-9][0-9 \-]{7,30}[0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PASSPORT = re.compile(r"(?<![0-9A-Za-z])([EGDSP]\d{8}|E[A-HJ-NP-Z]\d{7})(?![0-9A-Za-z])")
_PERMIT = re.compile(r"(?<![0-9A-Za-z])([HM]\d{8,10}|\d{8}(?=\D*台湾)|[A-Z]\d{6}\(\w\))(?![0-9A-Za-z])")
_PERMIT_LABELLED = re.compile(
    r"(?:通行证|居住证|回乡证|台胞证|护照)(?:号码|号)?[:：\s]*([A-Z0-9()（）]{6,14})"
)
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE = re.compile(
    rf"[{_PROVINCES}][A-HJ-NP-Z][·•\.\s]?(?:[DF][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF]|[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳])"
)
_VIN = re.compile(r"(?<![0-9A-Za-z])([A-HJ-NPR-Z0-9]{17})(?![0-9A-Za-z])")
_PROPERTY = re.compile(
    rf"[{_PROVINCES}]?[（(]\d{{4}}[）)][^\s，。；、]{{0,12}}?不动产权第\s*\d+\s*号"
    r"|[^\s，。；、：:（(]{0,8}不动产权第\s*\d+\s*号|房权证[^\s，。；]{0,10}字第\s*\d+\s*号"
)
_SOCIAL = re.compile(r"(?:微信号?|微信ID|WeChat|QQ号?|QQ)[:：\s]*([A-Za-z0-9_\-]{5,20})", re.I)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def find(folded: str) -> Iterator[Span]:
    """Yield every validated identifier in the (folded) text."""
    for m in _ID18.finditer(folded):
        candidate = _digits(m.group(1)[:-1]) + m.group(1)[-1].upper()
        if ric.is_valid(candidate) or _checksum_ok(candidate):
            yield Span(m.start(1), m.end(1), "id_number")
    for m in _ID15.finditer(folded):
        yield Span(m.start(1), m.end(1), "id_number")
    for m in _MOBILE.finditer(folded):
        yield Span(m.start(), m.end(), "phone")
    for m in _LANDLINE.finditer(folded):
        yield Span(m.start(), m.end(), "phone")
    for m in _CARD.finditer(folded):
        digits = _digits(m.group(1))
        if 16 <= len(digits) <= 19 and luhn.is_valid(digits):
            yield Span(m.start(1), m.end(1), "bank_account")
    yield from _simple(folded)


def _simple(folded: str) -> Iterator[Span]:
    for pattern, rule, group in (
        (_ACCOUNT, "bank_account", 1),
        (_EMAIL, "email", 0),
        (_PASSPORT, "passport", 1),
        (_PERMIT, "permit", 1),
        (_PERMIT_LABELLED, "permit", 1),
        (_PLATE, "plate", 0),
        (_PROPERTY, "property_certificate", 0),
        (_SOCIAL, "social_id", 1),
    ):
        for m in pattern.finditer(folded):
            yield Span(m.start(group), m.end(group), rule)
    for m in _VIN.finditer(folded):
        vin = m.group(1)
        if any(c.isalpha() for c in vin) and sum(c.isdigit() for c in vin) >= 5:
            yield Span(m.start(1), m.end(1), "vin")


def _checksum_ok(number: str) -> bool:
    """GB 11643 checksum alone (birth place tables lag behind new districts)."""
    try:
        return ric.calc_check_digit(number) == number[-1] and re.fullmatch(r"\d{17}[\dX]", number) is not None
    except ValueError:
        return False
