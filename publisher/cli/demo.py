"""``publisher demo load``: ingest the demo files and replay their history."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from publisher.intake import ingest as intake
from publisher.lifecycle.tick import tick
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime, parse_now

KINDS = ("agencies", "power_items", "officers", "decisions")


@click.group()
def demo() -> None:
    """Demo data for a fictional district (see also demo-data)."""


@demo.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--now", "now_text", help="Act as if it were this moment (default: now).")
@click.pass_obj
def load(rt: Runtime, directory: Path, now_text: str | None) -> None:
    """Ingest DIRECTORY's demo files, publish them on simulated dates, then tick at NOW."""
    from publisher.demodata import (
        cases,
        complaints,
        duties,
        error_reports,
        filings,
        registry_changes,
        spotchecks,
        supervision_notices,
    )
    from publisher.demodata.history import replay

    now = parse_now(now_text, rt.tz)
    with rt.sessions() as session:
        changed = registry_changes.seeded(session)
    for kind in KINDS:
        if changed and kind in ("agencies", "power_items"):
            # loaded before: the demo's approved changes are live, and its original files would
            # now be requests to undo them
            click.echo(f"{kind}: loaded before, with the demo's changes of basic information")
            continue
        report = intake.ingest(
            rt.sessions,
            directory / f"{kind}.jsonl",
            now=now,
            kind=kind,
            actor="demo",
            rules=intake.Rules(rt.config, rt.calendar),
        )
        click.echo(
            f"{kind}: {report.added} added, {report.unchanged} unchanged, {report.corrected} corrected"
        )
        if not report.ok:
            for problem in report.problems[:20]:
                click.echo(str(problem), err=True)
            sys.exit(1)
    with rt.sessions() as session, session.begin():
        with click.progressbar(length=report.added, label="发布 / publishing", file=sys.stderr) as bar:
            counts = replay(session, rt.calendar, rt.config, directory, now, progress=bar.update)
        click.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))
        created = complaints.ensure_accounts(session, now)
        filed = complaints.seed(session, rt.calendar, rt.config, now)
        click.echo(f"complaints: {filed['filed']} filed, {filed['handled']} handled")
        reported = error_reports.seed(session, rt.calendar, rt.config, now)
        click.echo(
            f"error reports: {reported['filed']} filed, {reported['answered']} answered, "
            f"{reported['corrected']} corrected"
        )
        if created:
            click.echo(
                f"demo accounts {', '.join(created)}; password {complaints.DEMO_PASSWORD} "
                "(demo only: never use these accounts in production)"
            )
        changes = registry_changes.seed(session, now)
        click.echo("changes of basic information: " + ", ".join(f"{k}: {v}" for k, v in changes.items()))
        inspections = spotchecks.seed(session, rt.calendar, now)
        click.echo("random inspections: " + ", ".join(f"{k}: {v}" for k, v in inspections.items()))
        recorded = cases.seed(session, rt.calendar, rt.config, now)
        click.echo("case records: " + ", ".join(f"{k}: {v}" for k, v in recorded.items()))
        notices = supervision_notices.seed(session, rt.calendar, rt.config, now)
        click.echo("supervision notices: " + ", ".join(f"{k}: {v}" for k, v in notices.items()))
        done = duties.seed(session, rt.calendar, rt.config, now)
        click.echo("duties: " + ", ".join(f"{k}: {v}" for k, v in done.items()))
        majors = filings.seed(session, now)
        click.echo("filings of major decisions: " + ", ".join(f"{k}: {v}" for k, v in majors.items()))
        click.echo(f"tick: {tick(session, now, rt.calendar, rt.config)}")
    with click.progressbar(length=counts["published"], label="索引 / indexing", file=sys.stderr) as bar:
        click.echo(f"outputs: {outputs.refresh(rt, progress=bar.update)}")
