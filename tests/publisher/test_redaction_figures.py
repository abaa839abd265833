"""The redactor's figures on the independent corpus (written by a hand that had not read the
redactor; tests/data/redaction_independent/README.md) may only get better.

Issue 14's targets on the held-back part (at most 2 % of must-go spans leaked, no structured
identifier, at least 97 % of must-keep spans intact) are not all met yet: `publisher
redact-score` exits 1 and says which. Until they are, these floors hold the figures reached
so far (docs/redaction.md), so that no change quietly makes them worse."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from publisher.cli import main
from publisher.redact.evaluate import load, score, score_cases

CORPUS = Path(__file__).parents[1] / "data" / "redaction_independent"
SECOND = Path(__file__).parents[1] / "data" / "redaction_independent2"  # a second hand, 32 new structures
THIRD = Path(__file__).parents[1] / "data" / "redaction_independent3"  # a third hand, 28 more
FOURTH = Path(__file__).parents[1] / "data" / "redaction_independent4"  # a fourth hand, 28 more
FIFTH = Path(__file__).parents[1] / "data" / "redaction_independent5"  # a fifth hand, 28 more
SIXTH = Path(__file__).parents[1] / "data" / "redaction_independent6"  # a sixth hand, 28 more
SEVENTH = Path(__file__).parents[1] / "data" / "redaction_independent7"  # a seventh, identifiers above all


@pytest.mark.parametrize(
    ("path", "leaked", "structured", "intact"),
    [
        (CORPUS / "dev.jsonl", 0.007, 0, 0.999),
        (CORPUS / "heldout.jsonl", 0.058, 2, 0.993),
        (SECOND / "dev.jsonl", 0.004, 0, 0.999),
        (SECOND / "heldout.jsonl", 0.053, 0, 0.978),
        (THIRD / "dev.jsonl", 0.005, 0, 0.993),
        (THIRD / "heldout.jsonl", 0.087, 10, 0.961),
        (FOURTH / "dev.jsonl", 0.035, 0, 0.992),
        (FOURTH / "heldout.jsonl", 0.070, 11, 0.978),
        (FIFTH / "dev.jsonl", 0.019, 0, 0.983),
        (FIFTH / "heldout.jsonl", 0.085, 26, 0.965),
        (SIXTH / "dev.jsonl", 0.018, 0, 0.981),
        (SIXTH / "heldout.jsonl", 0.084, 8, 0.939),
        (SEVENTH / "dev.jsonl", 0.035, 0, 0.999),
        (SEVENTH / "heldout.jsonl", 0.102, 57, 0.989),
    ],
    ids=[
        "first dev",
        "first held back",
        "second dev",
        "second held back",
        "third dev",
        "third held back",
        "fourth dev",
        "fourth held back",
        "fifth dev",
        "fifth held back",
        "sixth dev",
        "sixth held back",
        "seventh dev",
        "seventh held back",
    ],
)
def test_the_independent_figures_do_not_get_worse(
    path: Path, leaked: float, structured: int, intact: float
) -> None:
    result = score(load(path))
    assert result.leak_rate() <= leaked, result.summary()
    assert result.structured <= structured, result.summary()
    assert 1 - result.damage_rate() >= intact, result.summary()


def test_redact_score_prints_every_corpus_and_says_which_target_is_missed() -> None:
    result = CliRunner().invoke(main, ["redact-score"])
    lines = result.output.splitlines()
    assert [line.split(":")[0] for line in lines[:15]] == [
        "ours",
        "independent, development",
        "independent, held back",
        "second independent, development",
        "second independent, held back",
        "third independent, development",
        "third independent, held back",
        "fourth independent, development",
        "fourth independent, held back",
        "fifth independent, development",
        "fifth independent, held back",
        "sixth independent, development",
        "sixth independent, held back",
        "seventh independent, development",
        "seventh independent, held back",
    ]
    assert all("must-go leaked" in line and "must-keep intact" in line for line in lines[:15])
    missed = [line for line in lines if line.startswith("target missed on the held-back part")]
    assert result.exit_code == (1 if missed else 0)


def test_the_red_team_cases_do_not_get_worse() -> None:
    """80 adversarial cases by a helper that had not read the redactor (before issue 14: 107 of
    185 must-go strings survived whole, 7 of 168 must-keep strings were damaged)."""
    result = score_cases(load(CORPUS.parent / "redaction_redteam" / "cases.jsonl"))
    assert result.total_go == 185 and result.total_keep == 168
    assert len(result.survived) <= 21, result.summary()
    assert len(result.damaged) <= 4, result.summary()
