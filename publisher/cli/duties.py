"""``publisher duties``: the agencies' duties to the district legal office (seed 000) from the
command line: import training or exam records, list the quarterly tables and their status."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from publisher import clock, vocabulary
from publisher.intake.readers import ReadError, open_rows
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import Agency, QuarterlyTable
from publisher.office.duties import quarterly, training
from publisher.runtime import NOW_HELP, Runtime, parse_now


@click.group("duties")
def duties() -> None:
    """Quarterly penalty tables, officers' training and exams, special statements (seed 000)."""


@duties.command("import")
@click.argument("kind", type=click.Choice(["training", "exam"]))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--agency", required=True, help="Code of the agency whose officers the file lists.")
@click.option("--actor", default="cli", show_default=True, help="Who imports, for the audit trail.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def import_file(rt: Runtime, kind: str, file: Path, agency: str, actor: str, now_text: str | None) -> None:
    """Import training (执法证号, 培训日期, 学时, 培训内容) or exam records (执法证号, 考试日期,
    考试结果, 成绩) of one agency's officers: the whole file or nothing."""
    now = parse_now(now_text, rt.tz)
    try:
        with rt.sessions() as session, session.begin():
            found = session.scalars(select(Agency).where(Agency.code == agency)).first()
            if found is None:
                raise RuleError(f"未知的执法机关 / unknown agency {agency}")
            who = Actor(actor, "system")
            added, problems = training.import_rows(session, kind, open_rows(file), found.id, who, now)
            if problems:
                for problem in problems[:200]:
                    click.echo(str(problem), err=True)
                session.rollback()
                sys.exit(1)
    except (ReadError, RuleError, NotAllowed) as exc:
        click.echo(f"未完成 / not done: {exc}", err=True)
        sys.exit(1)
    click.echo(f"imported: {added}")


@duties.command("tables")
@click.option("--year", type=int, help="Only this year.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def tables(rt: Runtime, year: int | None, now_text: str | None) -> None:
    """List the quarterly penalty tables: agency, quarter, due day, status."""
    today = clock.local_date(parse_now(now_text, rt.tz))
    with rt.sessions() as session:
        stmt = select(QuarterlyTable).order_by(QuarterlyTable.year, QuarterlyTable.quarter)
        if year is not None:
            stmt = stmt.where(QuarterlyTable.year == year)
        for table in session.scalars(stmt):
            state = quarterly.status(table, today)
            label = vocabulary.label("quarterly_table_status", state)
            click.echo(f"{table.agency.code}\t{table.label}\t{table.due.isoformat()}\t{state}\t{label}")
