"""Server-side SVG bar charts: readable without JavaScript, each with a title, a description
and a <title> per bar for screen readers; the page shows the same figures as a table."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count

from markupsafe import Markup, escape

_ids = count(1)
WIDTH, BAR, GAP, LABEL = 640, 22, 8, 200


def bars(
    title: str,
    description: str,
    rows: Sequence[tuple[str, float, str]],
    maximum: float | None = None,
    threshold: tuple[float, str] | None = None,
) -> Markup:
    """Horizontal bars: (label, value, value as text) per row; an optional marked threshold."""
    uid = next(_ids)
    top = max([maximum or 0.0, *(value for _label, value, _text in rows)]) or 1.0
    plot = WIDTH - LABEL - 70
    height = len(rows) * (BAR + GAP) + GAP + (18 if threshold else 0)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-{uid}-title chart-{uid}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-{uid}-title">{escape(title)}</title>',
        f'<desc id="chart-{uid}-desc">{escape(description)}</desc>',
    ]
    for i, (label, value, text) in enumerate(rows):
        y = GAP + i * (BAR + GAP)
        width = max(1.0, plot * value / top) if value else 0.0
        base = y + BAR * 0.7
        parts.append(
            f"<g><title>{escape(label)}：{escape(text)}</title>"
            f'<text x="{LABEL - 6}" y="{base:.1f}" text-anchor="end" class="chart-label">'
            f"{escape(label[:16])}</text>"
            f'<rect x="{LABEL}" y="{y}" width="{width:.1f}" height="{BAR}" class="chart-bar"/>'
            f'<text x="{LABEL + width + 6:.1f}" y="{base:.1f}" class="chart-value">{escape(text)}</text></g>'
        )
    if threshold:
        value, text = threshold
        x = LABEL + plot * value / top
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height - 16}" class="chart-threshold"/>'
            f'<text x="{x + 4:.1f}" y="{height - 4}" class="chart-value">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
