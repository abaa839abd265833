"""The draw of 双随机、一公开 (random objects, random inspectors), as a pure function anyone can re-run.

Inputs: the seed the plan published before the draw, the sorted credit codes of the
organisations in the directory, the sorted credential numbers of the agency's officers
whose credential is valid on the draw date, and the ratio. Nothing else (no clock, no
database, no ``random`` module): the same inputs give the same objects and inspectors on
any machine, and docs/rules.md shows the same algorithm in a dozen lines of Python.

Algorithm ``sha256-rank-v1``:

1. ``n = ceil(len(objects) × ratio)`` with exact arithmetic (never fewer than the ratio asks);
2. each object's key is ``sha256("<seed>|object|<credit code>")`` in hexadecimal (UTF-8);
   the ``n`` objects with the smallest keys are drawn, in that order;
3. for each drawn object, each inspector's key is
   ``sha256("<seed>|inspector|<credit code>|<credential number>")``; the two smallest inspect it.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

ALGORITHM = "sha256-rank-v1"
PER_OBJECT = 2  # two inspectors per object (双随机: 随机选派执法检查人员)


class DrawError(ValueError):
    """The draw cannot be made as asked (too few inspectors, a ratio out of range)."""


@dataclass(frozen=True)
class Pick:
    """One drawn object and the inspectors drawn for it."""

    rank: int
    credit_code: str
    inspectors: tuple[str, ...]


def key(seed: str, *parts: str) -> str:
    """The ranking key of one candidate: SHA-256 of the seed and the parts joined by '|'."""
    return hashlib.sha256("|".join((seed, *parts)).encode("utf-8")).hexdigest()


def sample_size(population: int, ratio: Decimal | Fraction | str) -> int:
    """How many objects a ratio draws from a population: rounded up, exactly."""
    if isinstance(ratio, (Decimal, str)) and not Decimal(ratio).is_finite():
        raise DrawError(f"the ratio must be a number above 0 and at most 1, not {ratio}")
    share = Fraction(ratio)
    if not 0 < share <= 1:
        raise DrawError(f"the ratio must be above 0 and at most 1, not {ratio}")
    return min(population, math.ceil(population * share))


def draw(
    seed: str, objects: Sequence[str], inspectors: Sequence[str], ratio: Decimal | Fraction | str
) -> list[Pick]:
    """Draw objects and two inspectors for each; a pure function of its inputs."""
    population = sorted(set(objects))
    pool = sorted(set(inspectors))
    if population and len(pool) < PER_OBJECT:
        raise DrawError(f"{len(pool)} valid inspector(s): at least {PER_OBJECT} are needed")
    count = sample_size(len(population), ratio)
    chosen = sorted(population, key=lambda code: (key(seed, "object", code), code))[:count]
    return [Pick(rank, code, inspectors_for(seed, code, pool)) for rank, code in enumerate(chosen, start=1)]


def inspectors_for(seed: str, credit_code: str, pool: Sequence[str]) -> tuple[str, ...]:
    """The two inspectors of one drawn object: the smallest keys for that object."""
    ranked = sorted(pool, key=lambda number: (key(seed, "inspector", credit_code, number), number))
    return tuple(ranked[:PER_OBJECT])


def as_data(picks: Sequence[Pick]) -> list[dict[str, object]]:
    """The picks as plain JSON values (what the plan's page and ``verify`` compare)."""
    return [{"rank": p.rank, "credit_code": p.credit_code, "inspectors": list(p.inspectors)} for p in picks]
