"""Server-side SVG bar charts: readable without JavaScript, each with a title, a description
and a <title> per bar for screen readers; the page shows the same figures as a table."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count

from markupsafe import Markup, escape

_ids = count(1)
# Each bar has its label on a line of its own above it, so no name is cut, and the chart is
# drawn 400 units wide: about 12 px text on a 360 px phone, about 19 px in a 32rem column.
WIDTH, FONT, BAR, GAP, VALUE = 400, 15, 16, 10, 64
LINE = FONT + 4


def lines(label: str, width: float = WIDTH) -> list[str]:
    """The label in lines that fit the chart: broken between words, or between Chinese characters."""
    room = width / FONT  # in ems: a Chinese character is one, a Latin letter about 0.55
    out, line, used = [], "", 0.0
    for word in label.split(" ") if " " in label else list(label):
        size = sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in word) + (0.3 if " " in label else 0)
        if line and used + size > room:
            out.append(line.rstrip())
            line, used = "", 0.0
        line += word + (" " if " " in label else "")
        used += size
    return [*out, line.rstrip()]


def colon(label: str) -> str:
    """A full-width colon after a Chinese label, a colon and a space after an English one."""
    return "：" if any(ord(ch) > 0x2E7F for ch in label) else ": "


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
    plot = WIDTH - VALUE
    body, y, spans_of_bars = [], GAP, []
    for label, value, text in rows:
        names = lines(label)
        spans = "".join(
            f'<tspan x="0" dy="{LINE if n else 0}">{escape(part)}</tspan>' for n, part in enumerate(names)
        )
        top_of_bar, value_y = y + LINE * len(names), y + LINE * len(names) + BAR - 3
        width = max(1.0, plot * value / top) if value else 0.0
        body.append(
            f"<g><title>{escape(label)}{colon(label)}{escape(text)}</title>"
            f'<text y="{y + FONT}" class="chart-label">{spans}</text>'
            f'<rect x="0" y="{top_of_bar}" width="{width:.1f}" height="{BAR}" class="chart-bar"/>'
            f'<text x="{width + 6:.1f}" y="{value_y}" class="chart-value">{escape(text)}</text></g>'
        )
        y = top_of_bar + BAR + GAP
        spans_of_bars.append((top_of_bar, y))
    height = y + (LINE if threshold else 0)
    if threshold:  # drawn first, under the bars, across each bar and not through the labels above it
        value, text = threshold
        x = plot * value / top
        body.insert(
            0,
            "".join(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y1}" y2="{y2}" class="chart-threshold"/>'
                for y1, y2 in spans_of_bars
            )
            + f'<text x="{x + 4:.1f}" y="{height - 4}" class="chart-value">{escape(text)}</text>',
        )
    head = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-{uid}-title chart-{uid}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-{uid}-title">{escape(title)}</title>',
        f'<desc id="chart-{uid}-desc">{escape(description)}</desc>',
    ]
    return Markup("".join([*head, *body, "</svg>"]))


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
