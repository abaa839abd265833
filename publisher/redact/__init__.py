"""Redaction (脱敏): personal data and trade secrets out, everything else identical.

``redact(record)`` returns the public fields, the redacted text and a report of every
removed span with its rule. ``scan`` is the final check run before anything is
published. See docs/redaction.md for the policy and its sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from publisher import schemas
from publisher.redact import identifiers, people
from publisher.redact.scan import Finding, scan
from publisher.redact.spans import DELETED, TRADE_SECRET, Span, apply, fold, resolve

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
    def blocked(self) -> bool:
        """True when the leak scan found something: the record must go to a person."""
        return bool(self.findings)

    def report(self, original: str) -> list[dict[str, object]]:
        """Every removed span with its rule, for the reviewer."""
        return [s.as_dict(original) for s in self.spans]


def _flexible(value: str) -> re.Pattern[str] | None:
    """A pattern for a declared value in any spacing (matched on folded text)."""
    chars = [re.escape(c) for c in fold(value) if not c.isspace()]
    if len(chars) < 2:
        return None
    return re.compile(r"[\s\-]*".join(chars))


def _declared(folded: str, record: Mapping[str, Any], person: bool) -> Iterable[Span]:
    """Spans for the values the record itself declares as private."""
    for key, rule in (("id_number", "id_number"), ("phone", "phone")):
        pattern = _flexible(str(record.get(key) or ""))
        if pattern:
            yield from (Span(m.start(), m.end(), rule) for m in pattern.finditer(folded))
    if person:
        name = str(record.get("target_name") or "")
        pattern = _flexible(name)
        if pattern:
            masked = people.mask_name(name)
            yield from (Span(m.start(), m.end(), "party_name", masked) for m in pattern.finditer(folded))
        address = str(record.get("address") or "")
        pattern = _flexible(address)
        if pattern:
            for m in pattern.finditer(folded):
                span = people.address_span(m.start(), m.group(0))
                if span:
                    yield span
    for passage in str(record.get("trade_secrets") or "").splitlines():
        pattern = _flexible(passage.strip())
        if pattern:
            yield from (
                Span(m.start(), m.end(), "trade_secret", TRADE_SECRET) for m in pattern.finditer(folded)
            )


def redact_text(text: str, record: Mapping[str, Any], keep: Iterable[str] = ()) -> tuple[str, list[Span]]:
    """Redact a decision text; ``keep`` lists public values that must survive."""
    folded = fold(text)
    person = record.get("target_type") not in ORGANISATIONS
    spans = list(_declared(folded, record, person))
    spans += identifiers.find(folded)
    spans += people.third_parties(folded)
    spans += people.home_addresses(folded) if person else _third_party_homes(folded)
    if person:
        spans += people.birth_dates(folded)
    protected = [(m.start(), m.end()) for k in keep if (p := _flexible(k)) for m in p.finditer(folded)]
    spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in protected)]
    resolved = resolve(spans)
    return apply(text, resolved), resolved


def _third_party_homes(folded: str) -> Iterable[Span]:
    """For organisations only 住所 (the registered address) is public; homes are not."""
    return (
        s for s in people.home_addresses(folded) if not folded[max(0, s.start - 12) : s.start].count("住所")
    )


def public_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return the fields that may be published, in their published form."""
    schema = schemas.load("decisions")
    out = {name: record.get(name) for name in schema.names("public") if record.get(name) not in (None, "")}
    person = record.get("target_type") not in ORGANISATIONS
    name = str(record.get("target_name") or "")
    out["target_name"] = people.mask_name(name) if person else name
    address = str(record.get("address") or "")
    out["address"] = (people.county_prefix(address) if person else address) or None
    if person:
        out.pop("credit_code", None)
        out.pop("legal_representative", None)
    return out


def redact(record: Mapping[str, Any], keep: Iterable[str] = ()) -> Redaction:
    """Redact one decision record and run the final leak scan on everything public."""
    fields = public_fields(record)
    allowed = [str(fields.get("credit_code") or ""), *keep]
    text, spans = redact_text(str(record.get("text") or ""), record, keep=allowed)
    findings = scan(text, allowed)
    for value in fields.values():
        if isinstance(value, str) and value:
            findings += scan(value, allowed)
    return Redaction(fields, text, spans, findings)
