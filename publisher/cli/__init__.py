"""The ``publisher`` command line: one click group, thin commands.

Every command that depends on the date takes ``--now`` so that deadlines, expiry and
warnings can be simulated. Settings come from ``PORTAL_*`` environment variables.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from publisher import migrate
from publisher.intake import ingest as intake
from publisher.runtime import NOW_HELP, Runtime, parse_now

# What a portal node that serves shipped index snapshots may run; the rest belongs to the publisher node.
ON_SNAPSHOT_NODES = {"index", "deadline", "calendar", "db"}


@click.group()
@click.pass_context
def main(ctx: click.Context) -> None:
    """Gongshi publisher: ingest, apply the disclosure rules, publish and export."""
    ctx.obj = Runtime()
    ctx.call_on_close(ctx.obj.close)
    if ctx.obj.config["INDEX_SNAPSHOTS"] and ctx.invoked_subcommand not in ON_SNAPSHOT_NODES:
        from publisher.outputs.refresh import SnapshotNode

        raise click.ClickException(
            f"{SnapshotNode()}; run `publisher {ctx.invoked_subcommand}` on the publisher node"
        )


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@click.pass_obj
def db_upgrade(rt: Runtime) -> None:
    """Create or migrate the database schema to the newest revision, and build the search index if none."""
    from publisher.outputs import refresh as outputs
    from publisher.search import index

    migrate.upgrade(rt.engine)
    click.echo(f"database at {rt.engine.url.render_as_string(hide_password=True)} is up to date")
    if rt.config["INDEX_SNAPSHOTS"]:
        click.echo("search index: shipped snapshots (publisher index use DIR), not built here")
    elif not index.current(outputs.index_path(rt)):  # none yet, or one an older version wrote
        click.echo(f"search index: {outputs.refresh(rt)}")


@db.command("copy")
@click.argument("target_url")
@click.pass_obj
def db_copy(rt: Runtime, target_url: str) -> None:
    """Copy this database (PORTAL_DATABASE_URL, SQLite by default) into an empty TARGET_URL.

    The way from SQLite to PostgreSQL: create an empty database, run this, then point
    PORTAL_DATABASE_URL at it and run `publisher audit verify`.
    """
    from sqlalchemy import func, select

    from publisher.db import make_engine
    from publisher.models import Base

    with rt.engine.connect() as conn:
        total = sum(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        )
    target = make_engine(target_url)
    try:
        with click.progressbar(length=total, label="复制 / copying", file=sys.stderr) as bar:
            counts = migrate.copy(rt.engine, target, progress=bar.update)
    except ValueError as exc:
        click.echo(f"未复制 / not copied: {exc}", err=True)
        sys.exit(1)
    finally:
        target.dispose()
    click.echo(", ".join(f"{name}: {n}" for name, n in counts.items() if n))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--kind",
    type=click.Choice(["agencies", "power_items", "officers", "decisions", "case_stages", "av_records"]),
    help="What the file holds (default: guessed from its name or headers).",
)
@click.option("--partial", is_flag=True, help="Store the good rows even when some are rejected.")
@click.option("--actor", default="cli", show_default=True, help="Who is ingesting, for the audit trail.")
@click.option("--show", default=200, show_default=True, help="Print at most this many problems.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def ingest(
    rt: Runtime,
    file: Path,
    kind: str | None,
    partial: bool,
    actor: str,
    show: int,
    now_text: str | None,
) -> None:
    """Validate FILE (CSV, XLSX or JSONL) and store its records.

    Exits 1 when any row is rejected; without --partial nothing is stored then.
    """
    now = parse_now(now_text, rt.tz)
    size = file.stat().st_size
    with click.progressbar(length=size, label=f"检查 / checking {file.name}", file=sys.stderr) as bar:
        seen = [0]

        def progress(position: int) -> None:
            bar.update(max(0, position - seen[0]))
            seen[0] = position

        report = intake.ingest(
            rt.sessions,
            file,
            now=now,
            kind=kind,
            partial=partial,
            actor=actor,
            progress=progress,
            rules=intake.Rules(rt.config, rt.calendar),
        )
    for problem in report.problems[:show]:
        click.echo(str(problem), err=True)
    if len(report.problems) > show:
        click.echo(f"… {len(report.problems) - show} more problems / 另有问题未列出", err=True)
    click.echo(
        f"{report.kind or '?'}: {report.rows} rows, {report.added} added, "
        f"{report.corrected} corrected, {report.unchanged} unchanged, {report.rejected} rejected"
        + (f", {report.requested} changes waiting for the legal office" if report.requested else "")
        + ("" if report.stored else " — nothing stored / 未入库")
    )
    if not report.ok:
        sys.exit(1)


@main.command("demo-data")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Directory to write into.",
)
@click.option("--decisions", default=3000, show_default=True, help="How many decisions to generate.")
@click.option("--officers", default=300, show_default=True, help="How many officers to generate.")
@click.option("--seed", default=2024, show_default=True, help="Random seed (same seed, same data).")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def demo_data(rt: Runtime, out: Path, decisions: int, officers: int, seed: int, now_text: str | None) -> None:
    """Write realistic demo intake files (JSONL) for a fictional district."""
    from publisher.demodata import generate

    until = parse_now(now_text, rt.tz).astimezone(rt.tz).date()
    with click.progressbar(length=decisions, label="生成 / generating", file=sys.stderr) as bar:
        counts = generate(
            out, decisions=decisions, officers=officers, seed=seed, until=until, progress=bar.update
        )
    click.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))


def _register() -> None:
    from publisher.cli import admin, demo, duties, redact, rules, search, spotcheck, supervision, trust

    for command in (
        rules.deadline,
        rules.calendar_group,
        rules.tick,
        rules.publish,
        rules.withdraw,
        rules.reindex,
        rules.index_worker,
        search.index_group,
        rules.export,
        demo.demo,
        redact.redact,
        redact.redact_score,
        admin.user,
        admin.exclusions,
        admin.repair,
        trust.token_group,
        trust.move,
        trust.audit_group,
        spotcheck.spotcheck,
        supervision.supervision,
        duties.duties,
    ):
        main.add_command(command)


_register()
