"""The one place where text is sanitised (bleach, behind functions so it stays replaceable).

``snippet`` allows only <mark> (search highlights); ``plain`` removes every tag. Both strip
the control characters that are illegal in XML (feed generators fail on them).
"""

from __future__ import annotations

import re

import bleach

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
SNIPPET_TAGS = frozenset({"mark"})


def strip_control(text: str) -> str:
    """Remove characters that XML 1.0 forbids."""
    return _XML_ILLEGAL.sub("", text)


def snippet(html: str) -> str:
    """A search snippet with <mark> kept and everything else escaped."""
    return bleach.clean(strip_control(html), tags=SNIPPET_TAGS, attributes={}, strip=False)


def plain(text: str) -> str:
    """Text with every tag removed (the content of harmless tags is kept)."""
    return bleach.clean(strip_control(text), tags=set(), attributes={}, strip=True)
