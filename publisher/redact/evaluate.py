"""Score the redactor on a labelled corpus: leaks per label, damage to must-keep spans.

A must-go span leaks when two consecutive identifying characters of it survive (one,
for a one-character span); separators (spaces, dashes, dots) do not count. A home address
is scored below its county-level prefix, which the policy publishes (LEGAL.md §3). A must-keep
span is damaged when any of its characters is removed or replaced.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publisher.redact import redact
from publisher.redact.people import county_prefix

SEPARATORS = set(" -·•\u3000－")
# Identifiers that must never leak (issue 14's targets): none of these may survive.
STRUCTURED = (
    "id_number",
    "phone",
    "landline",
    "bank_account",
    "email",
    "passport",
    "permit",
    "plate",
    "driver_license",
    "ss_card",
    "social_id",
)
TARGETS = {"leaked": 0.02, "intact": 0.97, "structured": 0}


@dataclass
class Score:
    """Counts per label, and examples to look at."""

    go: Counter[str] = field(default_factory=Counter)
    leaked: Counter[str] = field(default_factory=Counter)
    keep: Counter[str] = field(default_factory=Counter)
    damaged: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    documents: int = 0
    clean: int = 0  # documents with no leak at all
    characters: int = 0
    seconds: float = 0.0

    @property
    def structured(self) -> int:
        """Structured identifiers leaked."""
        return sum(self.leaked[label] for label in STRUCTURED)

    def misses(self) -> list[str]:
        """Which of the targets this score misses."""
        out = []
        if self.leak_rate() > TARGETS["leaked"]:
            out.append(f"must-go leaked {self.leak_rate():.1%} > {TARGETS['leaked']:.0%}")
        if 1 - self.damage_rate() < TARGETS["intact"]:
            out.append(f"must-keep intact {1 - self.damage_rate():.1%} < {TARGETS['intact']:.0%}")
        if self.structured > TARGETS["structured"]:
            out.append(f"{self.structured} structured identifiers leaked")
        return out

    def summary(self) -> str:
        """One line: the figures the targets are about."""
        rate = self.documents / self.seconds if self.seconds else 0
        return (
            f"must-go leaked {self.leak_rate():.1%} "
            f"({sum(self.leaked.values())} of {sum(self.go.values())}); "
            f"structured identifiers leaked {self.structured}; "
            f"must-keep intact {1 - self.damage_rate():.1%}; "
            f"documents without a leak {self.clean / self.documents if self.documents else 0:.0%}; "
            f"{rate:.0f} documents/s"
        )

    def leak_rate(self, labels: Iterable[str] | None = None) -> float:
        """Share of must-go spans leaked (over the given labels)."""
        chosen = list(labels) if labels is not None else list(self.go)
        total = sum(self.go[label] for label in chosen)
        return sum(self.leaked[label] for label in chosen) / total if total else 0.0

    def damage_rate(self) -> float:
        """Share of must-keep spans damaged."""
        total = sum(self.keep.values())
        return sum(self.damaged.values()) / total if total else 0.0

    def table(self) -> str:
        """A plain-text report per label."""
        lines = [f"{'label':<22}{'spans':>7}{'leaked':>8}   (must go)"]
        lines += [f"{label:<22}{self.go[label]:>7}{self.leaked[label]:>8}" for label in sorted(self.go)]
        lines += ["", f"{'label':<22}{'spans':>7}{'damaged':>8}   (must keep)"]
        lines += [f"{label:<22}{self.keep[label]:>7}{self.damaged[label]:>8}" for label in sorted(self.keep)]
        rate = self.documents / self.seconds if self.seconds else 0
        lines += ["", f"{self.documents} documents, {self.characters} characters, {rate:.0f} documents/s"]
        return "\n".join(lines)


def _removed(length: int, spans: Iterable[Any]) -> list[bool]:
    mask = [False] * length
    for span in spans:
        for index in range(span.start, span.end):
            mask[index] = True
    return mask


def _leaks(text: str, mask: list[bool], start: int, end: int) -> bool:
    chars = [i for i in range(start, end) if text[i] not in SEPARATORS]
    if len(chars) == 1:
        return not mask[chars[0]]
    return any(not mask[a] and not mask[b] for a, b in zip(chars, chars[1:], strict=False))


def score(documents: Iterable[dict[str, Any]]) -> Score:
    """Redact every labelled document and count leaks and damage."""
    result = Score()
    for doc in documents:
        record = dict(doc["record"])
        if isinstance(record.get("trade_secrets"), list):  # declared passages, one per line at intake
            record["trade_secrets"] = "\n".join(record["trade_secrets"])
        text = record["text"]
        started = time.perf_counter()
        redaction = redact(record, keep=doc.get("keep_values", []))
        result.seconds += time.perf_counter() - started
        result.documents += 1
        result.characters += len(text)
        mask = _removed(len(text), redaction.spans)
        leaks_before = sum(result.leaked.values())
        for span in doc["spans"]:
            label, piece = span["label"], text[span["start"] : span["end"]]
            if span["kind"] == "go":
                result.go[label] += 1
                start = span["start"]
                if label == "address":  # the policy keeps a home address down to county level
                    start += len(county_prefix(piece))
                if _leaks(text, mask, start, span["end"]):
                    result.leaked[label] += 1
                    result.examples.append(f"LEAK {label}: {piece!r} in {record['id']}")
            else:
                result.keep[label] += 1
                if any(mask[span["start"] : span["end"]]):
                    result.damaged[label] += 1
                    result.examples.append(f"DAMAGED {label}: {piece!r} in {record['id']}")
        result.clean += sum(result.leaked.values()) == leaks_before
    return result


def load(path: Path) -> list[dict[str, Any]]:
    """Read a labelled corpus (JSON lines)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Cases:
    """An adversarial set of short cases: strings that must not survive, strings that must."""

    total_go: int = 0
    survived: list[str] = field(default_factory=list)
    total_keep: int = 0
    damaged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"must-go strings surviving whole {len(self.survived)} of {self.total_go}; "
            f"must-keep strings damaged {len(self.damaged)} of {self.total_keep}"
        )


def score_cases(cases: Iterable[dict[str, Any]]) -> Cases:
    """Redact every case (tests/data/redaction_redteam) and count what survived and what broke."""
    result = Cases()
    for case in cases:
        record = {
            k: case.get(k) for k in ("id", "text", "target_type", "target_name", "legal_representative")
        }
        text = redact(record, keep=case.get("keep_values", [])).text
        for value in case["must_go"]:
            result.total_go += 1
            if value in text:
                result.survived.append(f"{case['id']} {case['kind']}: {value!r}")
        for value in case["must_keep"]:
            result.total_keep += 1
            if value not in text:
                result.damaged.append(f"{case['id']} {case['kind']}: {value!r}")
    return result
