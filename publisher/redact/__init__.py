"""Redaction (脱敏): personal data and trade secrets out, everything else identical.

``redact(record)`` returns the public fields, the redacted text and a report of every
removed span with its rule. ``scan`` is the final check run before anything is
published. See docs/redaction.md for the policy and its sources.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from publisher.intake import schemas
from publisher.redact import identifiers, names, people, sensitive
from publisher.redact.scan import Finding, scan, scan_allowed
from publisher.redact.spans import CN_DIGITS, DELETED, TRADE_SECRET, Span, apply, fold, resolve

__all__ = ["Finding", "Redaction", "redact", "scan", "DELETED", "TRADE_SECRET"]

ORGANISATIONS = ("legal_person", "individual_business")


@dataclass
class Redaction:
    """The public form of one decision and how it was made."""

    fields: dict[str, Any]
    text: str
    spans: list[Span]
    findings: list[Finding] = field(default_factory=list)

    @property
    def uncertain(self) -> list[Span]:
        """Removals made by default-deny without evidence: a name in no known role, a long
        number that validates as nothing. A person confirms them before publication."""
        return [s for s in self.spans if s.uncertain]

    @property
    def blocked(self) -> bool:
        """True when the leak scan found something: the record must go to a person."""
        return bool(self.findings)

    def report(self, original: str) -> list[dict[str, object]]:
        """Every removed span with its rule, for the reviewer."""
        return [s.as_dict(original) for s in self.spans]


_GAPS = re.compile(r"[\s\-\u2010-\u2014]")
# Public by their shape wherever they are: decision and case numbers (武卫医罚〔2026〕21号,
# （2025）浙0102行初123号) and titles of laws and rules (《中华人民共和国食品安全法》), not of
# articles (《王某的重生日记》 names a person).
_PUBLIC_SHAPES = re.compile(
    r"[^\s，,。；;：:、（(“\"《》向送达的对与和给予]{1,8}[〔\[［(（]\s?\d{4}\s?[〕\]］)）][\u4e00-\u9fff]{0,6}第?\s?\d{1,6}\s?号"
    r"|[(（]\d{4}[)）][\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,4}\d{1,6}号"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[号证：:]))[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]执(?:法证)?(?:字)?\s?\d{6,12}(?!\d)"
    # licences: 云交运管许可J字530802928256号
    r"|[^\s，,。；;：:、（(“\"《》的为是之]{2,10}[A-Z]?字第?\s?\d{4,14}\s?号"
    r"|《[^》\n]{1,60}(?:法|条例|规定|办法|规则|标准|细则|决定|意见|通知|规范|目录|清单|解释|纲要|公约|章程)》"
)


_PROPERTY_WORD = re.compile(r"房权证|林权证|不动产权|集用|侨眷|使用权证|[佛道伊天基]证字|退伍证")
_SURROGATES = re.compile("[\ud800-\udfff]")
_LAW = re.compile(r"《[^》\n]{1,60}(?:法|条例|规定|办法|规则|标准|细则|解释|规范|目录|清单|纲要|公约|章程)》")


class _Finder:
    """Finds values in a text in any spacing: one whitespace-free index per document."""

    def __init__(self, folded: str) -> None:
        removed = [m.start() for m in _GAPS.finditer(folded)]
        self.compact = _GAPS.sub("", folded)
        # compact index at which each removed character sat; maps compact → original offsets
        self.shifts = [r - k for k, r in enumerate(removed)]

    def _original(self, index: int) -> int:
        return index + bisect.bisect_right(self.shifts, index)

    def find(self, value: str) -> list[tuple[int, int]]:
        """Return (start, end) in the original text of every occurrence of ``value``."""
        needle = _GAPS.sub("", fold(value))
        if len(needle) < 2:
            return []
        found, at = [], self.compact.find(needle)
        while at >= 0:
            found.append((self._original(at), self._original(at + len(needle) - 1) + 1))
            at = self.compact.find(needle, at + len(needle))
        return found


# How a text introduces where a person lives, and where a business trades. For an individual
# business 住所 is its operator's home: it registers 经营者姓名和住所 and, apart, its 经营场所
# (个体工商户登记管理办法 art. 8).
_LIVES = re.compile(
    r"(?:住|住址|住所|住所地|现住址?|现住于|户籍(?:地址?|所在地)?|家住|家庭住址|家庭地址|居住地?址?|通讯地址"
    r"|联系地址)(?:[（(][^）)]{0,6}[）)])?\s*(?:为|是)?\s*[：:|]?\s*\|?\s*$"
)
_TRADES = re.compile(r"^\s*[（(]\s*(?:经营场所|营业场所|经营地址|门店)\s*[）)]")


def home_address(record: Mapping[str, Any]) -> bool:
    """Whether the party's recorded address is a person's home: always for a natural person;
    for an individual business when its text introduces that address as a home (住所, 住址,
    家庭地址 …) anywhere, in any spacing or width, whatever the record calls it. A legal
    person's registered address (住所) and a business's premises (经营场所) stay public."""
    kind = record.get("target_type")
    if kind not in ORGANISATIONS:
        return True
    address, text = str(record.get("address") or "").strip(), str(record.get("text") or "")
    if kind != "individual_business" or not address:
        return False
    folded = fold(text)
    for a, b in _Finder(folded).find(fold(address)):
        if _LIVES.search(folded, max(0, a - 16), a) and not _TRADES.match(folded, b):
            return True
    return False


def _declared(finder: _Finder, folded: str, record: Mapping[str, Any], person: bool) -> Iterable[Span]:
    """Spans for the values the record itself declares as private."""
    for key in ("id_number", "phone"):
        yield from (Span(a, b, key) for a, b in finder.find(str(record.get(key) or "")))
    if person:
        name = str(record.get("target_name") or "")
        masked = people.mask_name(name)
        yield from (Span(a, b, "party_name", masked) for a, b in finder.find(name))
    if home_address(record):
        for a, b in finder.find(str(record.get("address") or "")):
            span = people.address_span(a, folded[a:b])
            if span:
                yield span
    for passage in str(record.get("trade_secrets") or "").splitlines():
        yield from (Span(a, b, "trade_secret", TRADE_SECRET) for a, b in finder.find(passage.strip()))


def redact_text(
    text: str,
    record: Mapping[str, Any],
    keep: Iterable[str] = (),
    remove: Iterable[str] = (),
    restore: Iterable[tuple[int, int]] = (),
) -> tuple[str, list[Span]]:
    """Redact a decision text; ``keep`` lists public values that must survive.

    A reviewer's adjustments: ``remove`` adds passages to take out wherever they occur
    (rule ``reviewer``), ``restore`` gives back automatic removals by their (start, end)
    in the original text. The leak scan still runs on the result.
    """
    text = _SURROGATES.sub("\ufffd", text)  # a lone surrogate (from JSON) is no character: replaced
    folded = fold(text)
    finder = _Finder(folded)
    person = record.get("target_type") not in ORGANISATIONS
    spans = list(_declared(finder, folded, record, person))
    declared = {(s.start, s.end) for s in spans}  # what the record itself says is private goes always
    spans += identifiers.find(folded)
    spans += names.third_parties(folded, keep)
    anchors = [s for s in spans if s.rule in ("id_number", "passport", "phone", "permit")]
    spans += names.record_subjects(folded, anchors)
    spans += names.nicknames(folded)
    spans += people.home_addresses(folded, person=True) if person else _third_party_homes(folded)
    spans += people.dwellings(folded)
    spans += people.addresses_beside(folded, [s for s in anchors if s.rule == "id_number"])
    spans += people.birth_dates(folded)  # anyone's, party or not
    spans += sensitive.sensitive(folded)
    spans += sensitive.trade_secrets(folded)
    protected = [found for value in keep for found in finder.find(value)]
    # the agency's own lines and addresses however the text writes them: +86 (0)571 8765 4321,
    # scjgj(at)hangzhou(dot)gov(dot)cn
    known = {plain for plain in map(_plain, keep) if len(plain) >= 5}
    spans = [
        s
        for s in spans
        if s.rule not in ("phone", "email", "long_number")
        or _plain(folded[s.start : s.end].translate(CN_DIGITS)) not in known
    ]
    # a property certificate (…房权证…字第…号) has a licence's shape and is private
    found_shapes = [
        m
        for m in _PUBLIC_SHAPES.finditer(folded)
        if not _PROPERTY_WORD.search(folded, max(0, m.start() - 8), m.end())
    ]
    protected += [(m.start(), m.end()) for m in found_shapes]
    # shapes that do not shield a name found by its label: numbers and titles of documents
    # that are not laws (《关于某某的处理意见》 can name a person; 《消费者权益保护法》 cannot)
    shapes = [(m.start(), m.end()) for m in found_shapes if not _LAW.fullmatch(m.group())]
    spans = [
        s
        for s in spans
        if (s.start, s.end) in declared
        or not any(a <= s.start and s.end <= b for a, b in protected)
        # a name found by its label or its details stays private inside a title or a number
        or (s.rule == "third_party_name" and not s.uncertain and not _inside(s, protected, shapes))
    ]
    restored = {tuple(r) for r in restore}
    spans = [s for s in spans if (s.start, s.end) not in restored]
    spans += [Span(a, b, "reviewer") for value in remove for a, b in finder.find(value)]
    resolved = resolve(spans)
    return apply(text, resolved), resolved


_AT_WORDS = re.compile(r"\s*[(（\[]\s*at\s*[)）\]]\s*|\s+at\s+|\s*[＠#]\s*", re.I)
_DOT_WORDS = re.compile(r"\s*[(（\[]\s*dot\s*[)）\]]\s*|\s+dot\s+|。", re.I)


def _plain(value: str) -> str:
    """A phone as its digits (without the country code and the (0) before the area code), an
    e-mail address as it is meant to be read."""
    if "@" in value or _AT_WORDS.search(value):
        return _DOT_WORDS.sub(".", _AT_WORDS.sub("@", value)).replace(" ", "").lower()
    digits = re.sub(r"\(0\)|\D", "", value)
    digits = digits[2:] if digits.startswith("86") and len(digits) > 11 else digits
    return digits.removeprefix("0")  # 0571… and (0)571… are the same line


def _inside(span: Span, protected: list[tuple[int, int]], shapes: list[tuple[int, int]]) -> bool:
    """True when a span lies inside a public value of the registry (not only inside a shape)."""
    return any(a <= span.start and span.end <= b for a, b in protected if (a, b) not in shapes)


def _third_party_homes(folded: str) -> Iterable[Span]:
    """For organisations only 住所 (the registered address) is public; homes are not."""
    return (
        s
        for s in people.home_addresses(folded, registered=False)
        if not folded[max(0, s.start - 12) : s.start].count("住所")
    )


def public_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return the fields that may be published, in their published form."""
    schema = schemas.load("decisions")
    out = {name: record.get(name) for name in schema.names("public") if record.get(name) not in (None, "")}
    person = record.get("target_type") not in ORGANISATIONS
    name = str(record.get("target_name") or "")
    out["target_name"] = people.mask_name(name) if person else name
    address = str(record.get("address") or "")
    out["address"] = (people.county_prefix(address) if home_address(record) else address) or None
    if person:
        out.pop("credit_code", None)
        out.pop("legal_representative", None)
    return out


def redact(
    record: Mapping[str, Any],
    keep: Iterable[str] = (),
    remove: Iterable[str] = (),
    restore: Iterable[tuple[int, int]] = (),
) -> Redaction:
    """Redact one decision record and run the final leak scan on everything public."""
    fields = public_fields(record)
    allowed = [str(fields.get("credit_code") or ""), *keep]
    text = str(record.get("text") or "")
    if record.get("target_type") in ORGANISATIONS:  # an organisation and its representative are public
        allowed += [str(record.get(k) or "") for k in ("target_name", "legal_representative")]
        if not home_address(record):
            allowed.append(str(record.get("address") or ""))
    text, spans = redact_text(text, record, allowed, remove, restore)
    allowed_set = scan_allowed(allowed)
    findings = scan(text, allowed_set)
    for value in fields.values():
        if isinstance(value, str) and value:
            findings += scan(value, allowed_set)
    return Redaction(fields, text, spans, findings)
