"""The draw of 双随机、一公开 is a pure function: reproducible, ratio-exact, and what the docs say."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from publisher.settings import ROOT
from publisher.spotcheck import draw

OBJECTS = [f"9132010200000{n:04d}X" for n in range(137)]
INSPECTORS = [f"JN{n:06d}" for n in range(9)]


def docs_redraw() -> object:
    """The re-implementation a reader copies from docs/rules.md, executed as written."""
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- spotcheck-snippet -->\n```python\n(.*?)```", text, re.S)
    assert code, "docs/rules.md lost its re-implementation of the draw"
    scope: dict[str, object] = {}
    exec(code.group(1), scope)  # noqa: S102 - our own documentation, checked here
    return scope["redraw"]


def test_the_same_inputs_give_the_same_draw_in_any_order() -> None:
    first = draw.draw("seed-1", OBJECTS, INSPECTORS, "0.05")
    again = draw.draw("seed-1", list(reversed(OBJECTS)), sorted(INSPECTORS, reverse=True), Decimal("0.0500"))
    assert first == again
    assert draw.draw("seed-2", OBJECTS, INSPECTORS, "0.05") != first


def test_a_reader_reproduces_the_draw_with_the_snippet_in_the_docs() -> None:
    redraw = docs_redraw()
    for seed, ratio in (("公开种子", "0.05"), ("2026-06-30 双色球 03 11 17 22 28 31 + 09", "0.3333")):
        plan = {"draw": {"seed": seed, "ratio": ratio, "objects": OBJECTS, "inspectors": INSPECTORS}}
        assert redraw(plan) == draw.as_data(draw.draw(seed, OBJECTS, INSPECTORS, ratio))  # type: ignore[operator]


@pytest.mark.parametrize(
    ("population", "ratio"),
    [(137, "0.05"), (100, "0.05"), (3, "0.1"), (10, "1"), (7, "0.3333"), (0, "0.5")],
    ids=["rounds-up", "exact", "at-least-one", "everyone", "thirds", "empty"],
)
def test_the_ratio_is_respected_rounding_up(population: int, ratio: str) -> None:
    picks = draw.draw("s", OBJECTS[:population], INSPECTORS, ratio)
    assert len(picks) == math.ceil(population * Fraction(ratio))
    assert len(picks) >= population * Fraction(ratio)
    assert len({p.credit_code for p in picks}) == len(picks)
    assert [p.rank for p in picks] == list(range(1, len(picks) + 1))


def test_two_different_inspectors_of_the_pool_for_each_object() -> None:
    for pick in draw.draw("s", OBJECTS, INSPECTORS, "0.2"):
        assert len(set(pick.inspectors)) == 2 and set(pick.inspectors) <= set(INSPECTORS)


def test_the_draw_spreads_over_the_directory_and_the_officers() -> None:
    """Not a statistical test: a ranking that ignored the seed or the object would fail it."""
    seen_objects, seen_inspectors = set(), set()
    for n in range(40):
        for pick in draw.draw(f"seed-{n}", OBJECTS, INSPECTORS, "0.05"):
            seen_objects.add(pick.credit_code)
            seen_inspectors.update(pick.inspectors)
    assert len(seen_objects) > 100 and seen_inspectors == set(INSPECTORS)


@pytest.mark.parametrize("ratio", ["0", "-0.1", "1.5"])
def test_a_ratio_outside_zero_to_one_is_refused(ratio: str) -> None:
    with pytest.raises(draw.DrawError):
        draw.draw("s", OBJECTS, INSPECTORS, ratio)


def test_fewer_than_two_inspectors_is_refused() -> None:
    with pytest.raises(draw.DrawError, match="at least 2"):
        draw.draw("s", OBJECTS, INSPECTORS[:1], "0.1")
