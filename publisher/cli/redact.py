"""``publisher redact``: redact decision records from a file without storing anything."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from publisher.intake import schemas
from publisher.intake.store import jsonable
from publisher.intake.validate import ANY_AGENCY, validate_row
from publisher.redact import redact as redact_record
from publisher.redact.evaluate import load, score, score_cases
from publisher.settings import ROOT


def redact_line(line: str, number: int, keep: list[str]) -> dict[str, Any]:
    """Redact one intake record (a JSON line) and return the output object."""
    import datetime as dt

    raw = json.loads(line)
    record, problems = validate_row(schemas.load("decisions"), number, raw, ANY_AGENCY, dt.date.max)
    if problems:
        return {"id": raw.get("id"), "problems": [p.message_en for p in problems]}
    result = redact_record(jsonable(record), keep=keep)
    return {
        "id": record["id"],
        "text": result.text,
        "fields": jsonable(result.fields),
        "report": result.report(record["text"]),
        "blocked": [f.kind for f in result.findings],
    }


@click.command()
@click.option(
    "--in",
    "source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Decision records, one JSON object a line (the intake format).",
)
@click.option(
    "--out",
    "target",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write one JSON object a line: id, redacted text, fields, report, blocked.",
)
@click.option(
    "--keep", multiple=True, help="A public value that must survive (an agency hotline); repeatable."
)
def redact(source: Path, target: Path, keep: tuple[str, ...]) -> None:
    """Redact decision records without storing them (for review and evaluation).

    Exits 1 when any record is invalid or still blocked by the final leak scan.
    """
    failed = 0
    with open(source, encoding="utf-8-sig") as lines, open(target, "w", encoding="utf-8") as out:
        with click.progressbar(
            length=source.stat().st_size, label="脱敏 / redacting", file=sys.stderr
        ) as bar:
            for number, line in enumerate(lines, start=1):
                bar.update(len(line.encode()))
                if not line.strip():
                    continue
                result = redact_line(line, number, list(keep))
                failed += bool(result.get("problems") or result.get("blocked"))
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
    click.echo(f"{target}: written; {failed} records need a person" if failed else f"{target}: written")
    if failed:
        sys.exit(1)


CORPORA = {
    "ours": "tests/data/redaction_corpus.jsonl",
    "independent, development": "tests/data/redaction_independent/dev.jsonl",
    "independent, held back": "tests/data/redaction_independent/heldout.jsonl",
    "second independent, development": "tests/data/redaction_independent2/dev.jsonl",
    "second independent, held back": "tests/data/redaction_independent2/heldout.jsonl",
    "third independent, development": "tests/data/redaction_independent3/dev.jsonl",
    "third independent, held back": "tests/data/redaction_independent3/heldout.jsonl",
    "fourth independent, development": "tests/data/redaction_independent4/dev.jsonl",
    "fourth independent, held back": "tests/data/redaction_independent4/heldout.jsonl",
    "fifth independent, development": "tests/data/redaction_independent5/dev.jsonl",
    "fifth independent, held back": "tests/data/redaction_independent5/heldout.jsonl",
    "sixth independent, development": "tests/data/redaction_independent6/dev.jsonl",
    "sixth independent, held back": "tests/data/redaction_independent6/heldout.jsonl",
    "seventh independent, development": "tests/data/redaction_independent7/dev.jsonl",
    "seventh independent, held back": "tests/data/redaction_independent7/heldout.jsonl",
}
REDTEAM = "tests/data/redaction_redteam/cases.jsonl"


@click.command("redact-score")
@click.argument("corpus", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--examples", default=0, show_default=True, help="How many leaks and damages to list.")
@click.option("--table/--no-table", default=False, help="Print the figures per label too.")
def redact_score(corpus: tuple[Path, ...], examples: int, table: bool) -> None:
    """Score the redactor on labelled corpora: ours, both parts of the independent one and the
    red team's cases by default (docs/redaction.md). Exits 1 when the held-back part misses a
    target."""
    chosen = {str(p): p for p in corpus} or {name: ROOT / path for name, path in CORPORA.items()}
    if not corpus and not all(path.exists() for path in chosen.values()):
        raise click.ClickException(
            "the labelled corpora are in the source checkout (tests/data/), not in an installed "
            "copy: run this in a checkout, or name a corpus file"
        )
    missed = []
    for name, path in chosen.items():
        result = score(load(path))
        click.echo(f"{name}: {result.summary()}")
        if table:
            click.echo(result.table())
        for line in result.examples[:examples]:
            click.echo(f"  {line}")
        if "held" in name or "heldout" in name:
            missed += result.misses()
    if not corpus:
        cases = score_cases(load(ROOT / REDTEAM))
        click.echo(f"red team (adversarial cases): {cases.summary()}")
        for line in (cases.survived + cases.damaged)[:examples]:
            click.echo(f"  {line}")
    for miss in missed:
        click.echo(f"target missed on the held-back part: {miss}", err=True)
    sys.exit(1 if missed else 0)
