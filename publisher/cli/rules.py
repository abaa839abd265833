"""CLI commands for the disclosure rules: deadline, calendar, tick, publish, withdraw."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from publisher import vocabulary
from publisher.intake import schemas
from publisher.lifecycle.actors import SYSTEM, RuleError
from publisher.lifecycle.tick import tick as run_tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision
from publisher.outputs import refresh as outputs
from publisher.rules import calendar, deadlines
from publisher.runtime import NOW_HELP, Runtime, parse_now

if TYPE_CHECKING:
    from publisher.outputs.packages import Export


@click.command()
@click.argument("date", type=click.DateTime(formats=["%Y-%m-%d"]))
@click.argument("category")
@click.option("--channel", default=None, help="Disclosure channel (default: PORTAL_DISCLOSURE_CHANNEL).")
@click.pass_obj
def deadline(rt: Runtime, date: dt.datetime, category: str, channel: str | None) -> None:
    """Print the last day (ISO date) to publish a decision of CATEGORY made on DATE."""
    category = schemas.load("decisions").field("category").aliases.get(category, category)
    try:
        found = deadlines.disclosure_deadline(
            date.date(),
            category,
            rt.calendar,
            channel or rt.config["DISCLOSURE_CHANNEL"],
            rt.config["DISCLOSURE_WINDOWS"],
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    if found.last_day is None:
        click.echo(
            f"无法确定期限：{found.unknown_year} 年节假日安排尚未录入 / cannot tell: the holiday "
            f"calendar for {found.unknown_year} is not known (publisher calendar add FILE)",
            err=True,
        )
        sys.exit(2)
    click.echo(found.last_day.isoformat())


@click.group("calendar")
def calendar_group() -> None:
    """The reviewed working-day calendar (one holiday notice per year)."""


@calendar_group.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def calendar_add(rt: Runtime, file: Path) -> None:
    """Check a holiday-notice file and install it for its year."""
    try:
        notice = calendar.add(file, rt.calendar_dir)
    except ValueError as exc:
        click.echo(f"日历文件有误 / calendar file rejected: {exc}", err=True)
        sys.exit(1)
    click.echo(
        f"{notice.year}: {notice.notice}, {len(notice.rest_days)} rest days, "
        f"{len(notice.makeup_workdays)} make-up working days installed in {rt.calendar_dir}"
    )


@calendar_group.command("list")
@click.pass_obj
def calendar_list(rt: Runtime) -> None:
    """List the years whose calendar is known."""
    for year in rt.calendar.years:
        notice = rt.calendar.notices[year]
        click.echo(
            f"{year}\t{notice.notice}\t{len(notice.rest_days)} rest\t{len(notice.makeup_workdays)} make-up"
        )


@click.command()
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def tick(rt: Runtime, now_text: str | None) -> None:
    """Run the periodic work: publish due, expire, escalate warnings, apply corrections."""
    now = parse_now(now_text, rt.tz)
    with rt.sessions() as session, session.begin():
        report = run_tick(session, now, rt.calendar, rt.config)
    click.echo(str(report))
    click.echo(f"outputs: {outputs.refresh(rt)}")


@click.command()
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def publish(rt: Runtime, now_text: str | None) -> None:
    """Assess received decisions and publish every scheduled one (a subset of tick)."""
    tick.callback(now_text)  # type: ignore[misc]


def published_or_exit(session: Session, decision: str) -> PublicDecision:
    """The published decision with this public id or document number, or exit 1 saying so."""
    public = session.scalars(
        select(PublicDecision).where(
            or_(PublicDecision.public_id == decision, PublicDecision.doc_no == decision)
        )
    ).first()
    if public is None or public.status != "published":
        click.echo(f"没有已公开的决定 {decision} / no published decision {decision}", err=True)
        sys.exit(1)
    return public


@click.command()
@click.argument("decision")
@click.option(
    "--reason",
    type=click.Choice(vocabulary.codes("withdrawal_reason")),
    required=True,
    help="Why it is withdrawn.",
)
@click.option("--basis", required=True, help="The legal basis: the act that revoked, varied or voided it.")
@click.option(
    "--effective",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date the basis took effect (default: today).",
)
@click.option("--actor", default="cli", show_default=True, help="Who withdraws, for the audit trail.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def withdraw(
    rt: Runtime,
    decision: str,
    reason: str,
    basis: str,
    effective: dt.datetime | None,
    actor: str,
    now_text: str | None,
) -> None:
    """Withdraw DECISION (public id or document number) and publish the reason."""
    now = parse_now(now_text, rt.tz)
    with rt.sessions() as session, session.begin():
        public = published_or_exit(session, decision)
        day = effective.date() if effective else now.astimezone(rt.tz).date()
        try:
            stone = Lifecycle(session, rt.calendar, rt.config).withdraw(
                public, reason, basis, day, now, SYSTEM.__class__(actor, "system")
            )
        except RuleError as exc:
            click.echo(str(exc), err=True)
            sys.exit(1)
    outputs.refresh(rt)
    late = f", late by {stone.late_days} working days" if stone.late_days else ""
    click.echo(f"{public.public_id} withdrawn ({reason}); deadline {stone.deadline}{late}")


@click.command()
@click.pass_obj
def reindex(rt: Runtime) -> None:
    """Rebuild the search index from the database and swap it in atomically."""
    with rt.sessions() as session:
        total = session.scalar(select(func.count()).select_from(PublicDecision)) or 0
    with click.progressbar(length=total, label="索引 / indexing", file=sys.stderr) as bar:
        counts = outputs.rebuild(rt, progress=bar.update)
    click.echo(f"indexed {counts['indexed']} published decisions")


@click.command("index-worker")
@click.option("--interval", default=0.5, show_default=True, help="Seconds between syncs.")
@click.pass_obj
def index_worker(rt: Runtime, interval: float) -> None:
    """Keep the search index in step with the database, beside the portal (`make serve` starts
    it and sets PORTAL_INDEX_WORKER for the portal). Stops cleanly on SIGTERM or Ctrl-C."""
    import signal

    stopping: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda number, _frame: stopping.append(number))
    click.echo(f"index worker: syncing every {interval} s", err=True)
    changed = outputs.follow(rt, interval, lambda: bool(stopping), lambda line: click.echo(line, err=True))
    click.echo(f"index worker stopped after {changed} syncs that changed the index", err=True)


@click.command()
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Package root (default: DATA_DIR/packages).",
)
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def export(rt: Runtime, out: Path | None, now_text: str | None) -> None:
    """Write new versions of the open-data packages (full and per year) when anything changed."""
    from publisher.outputs import packages

    root = out or Path(rt.config["DATA_DIR"]) / "packages"
    now = parse_now(now_text, rt.tz)
    with rt.sessions() as session:
        total = session.scalar(select(func.count()).select_from(PublicDecision)) or 0
        with click.progressbar(length=total * 2, label="导出 / exporting", file=sys.stderr) as bar:
            done = packages.export_all(session, root, now, rt.config, progress=bar.update)
    for item in done:
        click.echo(exported(item))


def exported(item: Export) -> str:
    """One package's line: what its figures count (taken-down decisions are listed in
    withdrawals.csv; on a first version they are not deletions from an earlier one)."""
    if not item.written:
        return f"{item.name} {item.version}: unchanged, nothing new since this version"
    since = "first version" if item.version == "1.0.0" else "since the previous version"
    changes = item.changes
    return (
        f"{item.name} {item.version} written ({since}): {changes.added} records published or added, "
        f"{changes.corrected} corrected, {changes.withdrawn} decisions taken down (listed in withdrawals.csv)"
    )
