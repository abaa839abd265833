"""The final leak scan: nothing shaped like an ID, mobile or card number is published."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from publisher.redact import identifiers
from publisher.redact.spans import fold

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015()（）]")


@dataclass(frozen=True)
class Finding:
    """Something in a public text that looks like a personal identifier."""

    kind: str
    start: int
    end: int


def scan_allowed(values: Iterable[str]) -> frozenset[str]:
    """Fold public values once, for repeated scans."""
    return frozenset(_SEPARATORS.sub("", fold(v)) for v in values if v)


def scan(text: str, allowed: Iterable[str] = ()) -> list[Finding]:
    """Return every identifier-shaped number (the redactor's own default-deny rules for long
    numbers, mobiles and landlines), ignoring values known to be public."""
    allowed_set = allowed if isinstance(allowed, frozenset) else scan_allowed(allowed)
    folded = fold(text)
    return [
        Finding(span.rule, span.start, span.end)
        for span in identifiers.shapes(folded)
        if _SEPARATORS.sub("", folded[span.start : span.end]) not in allowed_set
    ]
