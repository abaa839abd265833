"""The codes the public sees and their Chinese and English labels (``schemas/vocabulary.json``).

One source for categories, party types, statuses and reasons: the Table Schemas name a
list with ``"vocabulary"`` (tests/publisher/test_vocabulary.py checks their enums against
it), and the portal, feeds, CLI and OpenAPI document read codes and labels from here.
"""

from __future__ import annotations

import json
from functools import cache

from publisher.settings import ROOT

LANGUAGES = ("zh", "en")
# Names that join lists: a tombstone's reason is from either list; a received record's
# state is a state before publication or a public status.
JOINED = {"reason": ("withdrawal_reason", "end_reason"), "state": ("record_state", "decision_status")}


@cache
def _lists() -> dict[str, dict[str, dict[str, str]]]:
    data = json.loads((ROOT / "schemas" / "vocabulary.json").read_text(encoding="utf-8"))
    data.pop("$comment", None)
    return data


def names() -> list[str]:
    """The lists there are."""
    return list(_lists())


def codes(name: str) -> tuple[str, ...]:
    """A list's codes in their order (KeyError for a list that does not exist)."""
    return tuple(_lists()[name])


def labels(name: str, lang: str = "zh") -> dict[str, str]:
    """Code → label in ``lang`` (Chinese for any language without labels) of a list or of
    the lists a JOINED name joins. Built once per list and language (templates ask per row):
    callers read it, never change it."""
    return _labels(name, lang if lang in LANGUAGES else "zh")


@cache
def _labels(name: str, lang: str) -> dict[str, str]:
    return {code: entry[lang] for part in JOINED.get(name, (name,)) for code, entry in _lists()[part].items()}


def label(name: str, code: str | None, lang: str = "zh") -> str:
    """A code's label in ``lang``; the code itself when the list does not know it."""
    return labels(name, lang).get(code or "", code or "")


def entry(name: str, code: str | None) -> dict[str, str]:
    """Everything the list says of a code (labels, and a source where there is one; {} if unknown)."""
    return _lists()[name].get(code or "", {})
