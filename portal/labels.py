"""The visitor's labels of codes: publisher.vocabulary in the request's language."""

from __future__ import annotations

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
