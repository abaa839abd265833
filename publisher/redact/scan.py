"""The final leak scan: nothing shaped like an ID, mobile or card number is published."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from publisher.redact.spans import fold

_JOIN = re.compile(r"(?<=\d)[ \-\u2010-\u2015](?=\d)")
_SHAPES = (
    ("id_number", re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")),
    ("id_number", re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")),
    ("phone", re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")),
    ("card_number", re.compile(r"(?<!\d)\d{16,19}(?!\d)")),
)


@dataclass(frozen=True)
class Finding:
    """Something in a public text that looks like a personal identifier."""

    kind: str
    start: int
    end: int


def scan_allowed(values: Iterable[str]) -> frozenset[str]:
    """Fold public values once, for repeated scans."""
    return frozenset(fold(v).replace(" ", "") for v in values if v)


def scan(text: str, allowed: Iterable[str] = ()) -> list[Finding]:
    """Return every identifier-shaped run, ignoring values known to be public."""
    allowed_set = allowed if isinstance(allowed, frozenset) else scan_allowed(allowed)
    folded = _JOIN.sub("", fold(text))  # digits split by spaces or dashes count as one run
    findings = []
    for kind, pattern in _SHAPES:
        for m in pattern.finditer(folded):
            if m.group(0) not in allowed_set:
                findings.append(Finding(kind, m.start(), m.end()))
    return findings
