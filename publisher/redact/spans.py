"""Spans to remove, and applying them to a text without disturbing anything else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DELETED = "（已删除）"
TRADE_SECRET = "（涉及商业秘密，已删除）"

# Full-width ASCII (U+FF01–FF5E) and the ideographic space fold one-to-one, so offsets
# found in the folded text are offsets in the original.
_FOLD = (
    {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20}
    # zero-width characters and soft hyphens hidden between digits: a space, same length
    | dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD), 0x20)
)


# Digits written as Chinese numerals (一五九…, 幺三九零…), read as digits to find phone numbers
# and dates of birth; one character for one, so offsets carry over.
# Digits in words, also as radio operators read them (幺 1, 两 2, 拐 7, 洞 0).
CN_DIGITS = str.maketrans("〇零一二三四五六七八九幺洞壹贰叁肆伍陆柒捌玖两拐", "001234567891012345678927")


def fold(text: str) -> str:
    """Return the text with full-width letters, digits and spaces made ASCII (same length)."""
    return text.translate(_FOLD)


@dataclass(frozen=True, order=True)
class Span:
    """One removal: characters [start, end) replaced by ``replacement`` under ``rule``."""

    start: int
    end: int
    rule: str
    replacement: str = DELETED
    uncertain: bool = False  # removed by default-deny, not by evidence: a person should look

    def as_dict(self, text: str) -> dict[str, object]:
        """The span for a reviewer's report (the original characters are not included)."""
        return {
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "replacement": self.replacement,
            "length": self.end - self.start,
            "uncertain": self.uncertain,
        }


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Drop spans covered by others: the earliest, then the longest, wins an overlap."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and span.start < out[-1].end:
            last = out[-1]
            if span.end > last.end:  # partial overlap: widen the earlier one
                out[-1] = Span(
                    last.start, span.end, last.rule, last.replacement, last.uncertain and span.uncertain
                )
            elif last.uncertain and not span.uncertain:  # covered by evidence: certain
                out[-1] = Span(last.start, last.end, last.rule, last.replacement)
            continue
        out.append(span)
    return out


def apply(text: str, spans: list[Span]) -> str:
    """Replace every resolved span in the text."""
    parts, cursor = [], 0
    for span in spans:
        parts.append(text[cursor : span.start])
        parts.append(span.replacement)
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)
