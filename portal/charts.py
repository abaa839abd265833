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


FLOW_WIDTH, STEP, STEP_GAP, STEP_CHARS = 360, 40, 22, 18


def flowchart(title: str, steps: Sequence[str]) -> Markup:
    """An enforcement flowchart (执法流程图): the steps top to bottom, each a box with an arrow
    to the next, narrow enough for a phone; its <desc> lists every step for screen readers, and
    the page lists them again as text."""
    uid = next(_ids)
    height = len(steps) * (STEP + STEP_GAP) - STEP_GAP + 8
    described = "；".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
    parts = [
        f'<svg class="flowchart" viewBox="0 0 {FLOW_WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="flow-{uid}-title flow-{uid}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="flow-{uid}-title">{escape(title)}</title>',
        f'<desc id="flow-{uid}-desc">{escape(described)}</desc>',
        f'<defs><marker id="flow-{uid}-arrow" viewBox="0 0 10 10" refX="5" refY="9" markerWidth="8" '
        'markerHeight="8" orient="auto-start-reverse">'
        '<path d="M0,0 L10,0 L5,10 z" class="flow-arrow"/></marker></defs>',
    ]
    middle = FLOW_WIDTH / 2
    for n, step in enumerate(steps):
        y = 4 + n * (STEP + STEP_GAP)
        shown = step if len(step) <= STEP_CHARS else step[: STEP_CHARS - 1] + "…"
        parts.append(
            f"<g><title>{n + 1}. {escape(step)}</title>"
            f'<rect x="20" y="{y}" width="{FLOW_WIDTH - 40}" height="{STEP}" rx="6" class="flow-step"/>'
            f'<text x="{middle}" y="{y + STEP * 0.62:.1f}" text-anchor="middle" class="flow-label">'
            f"{n + 1}. {escape(shown)}</text></g>"
        )
        if n < len(steps) - 1:
            parts.append(
                f'<line x1="{middle}" y1="{y + STEP}" x2="{middle}" y2="{y + STEP + STEP_GAP - 4}" '
                f'class="flow-line" marker-end="url(#flow-{uid}-arrow)"/>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def steps(procedures: str | None) -> list[str]:
    """The steps of a procedure written as 立案—调查取证—…, 立案→调查, or one per line."""
    text = (procedures or "").replace("→", "—").replace("->", "—").replace("\n", "—")
    return [step.strip(" ，,。；;") for step in text.split("—") if step.strip(" ，,。；;")]
