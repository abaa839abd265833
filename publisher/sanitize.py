"""The one place where text is sanitised (bleach, behind functions so it stays replaceable).

``snippet`` allows only <mark> (search highlights); ``plain`` removes every tag. Both strip
the control characters that are illegal in XML (feed generators fail on them).
"""

from __future__ import annotations

import html
import re
import unicodedata

import bleach

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
SNIPPET_TAGS = frozenset({"mark"})
# Escaped text (no "<", ">" or "&" but the three entities html.escape writes) in which only
# whole, unnested <mark>…</mark> pairs stand: what publisher/search/exact.py makes. Such a
# snippet is already what bleach would let through, and bleach costs a quarter of a search page.
_TEXT = r"(?:[^<>&]|&(?:amp|lt|gt);)"
_PLAIN_SNIPPET = re.compile(rf"(?:{_TEXT}|<mark>{_TEXT}*</mark>)*")


def strip_control(text: str) -> str:
    """Remove characters that XML 1.0 forbids."""
    return _XML_ILLEGAL.sub("", text)


def snippet(html: str) -> str:
    """A search snippet with <mark> kept and everything else escaped."""
    html = strip_control(html)
    if _PLAIN_SNIPPET.fullmatch(html):
        return html
    return bleach.clean(html, tags=SNIPPET_TAGS, attributes={}, strip=False)


def plain(value: str) -> str:
    """Text for an XML text node (feeds; readers may show an RSS description as HTML): tags
    removed and entities decoded until nothing changes, as ``text`` does, so the XML writer
    escapes it once (``>`` had come out as ``&amp;gt;``) and no entity spells a tag; a "<" is
    dropped from a text that never settles."""
    cleaned = text(value)
    settled = html.unescape(bleach.clean(cleaned, tags=set(), attributes={}, strip=True)) == cleaned
    return cleaned if settled else cleaned.replace("<", "")


_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)


def text(value: str, max_length: int | None = None) -> str:
    """Citizen input as plain text: NFC, no HTML (tags removed, entities decoded), no control
    or direction-override characters, Windows newlines unified, outer spaces trimmed.

    Removing tags can reveal new ones (``<scr<b>ipt>``) and decoding entities can spell
    one (``&lt;b&gt;``), so both repeat until nothing changes.
    """
    cleaned = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _CONTROL.sub("", cleaned)
    for _ in range(5):
        stripped = html.unescape(bleach.clean(cleaned, tags=set(), attributes={}, strip=True))
        stripped = _CONTROL.sub("", stripped)
        if stripped == cleaned:
            break
        cleaned = stripped
    cleaned = cleaned.strip()
    return cleaned[:max_length] if max_length else cleaned
