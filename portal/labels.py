"""The visitor's labels of codes: publisher.vocabulary in the request's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import get_locale

from publisher import vocabulary


def language() -> str:
    """'en' for English visitors, 'zh' otherwise."""
    locale = get_locale()
    return "en" if locale is not None and locale.language == "en" else "zh"


def labels(name: str) -> dict[str, str]:
    """Code → label of a vocabulary list (or joined lists) in the visitor's language."""
    return vocabulary.labels(name, language())


def label(name: str, code: str | None) -> str:
    """A code's label in the visitor's language (the code itself when unknown)."""
    return labels(name).get(code or "", code or "")


def field_labels(row: Mapping[str, Any]) -> list[str]:
    """The changed fields of a correction row ("text;result") in the visitor's language."""
    return [label("correction_field", name) for name in str(row.get("fields") or "").split(";") if name]
