"""``publisher supervision``: the district legal office's casework from the command line."""

from __future__ import annotations

import click

from publisher import clock, vocabulary
from publisher.office.supervision_notices import listing
from publisher.runtime import NOW_HELP, Runtime, parse_now


@click.group("supervision")
def supervision() -> None:
    """Supervision casework (行政执法监督通知书, seed 003 arts. 23–25)."""


@supervision.command("notices")
@click.option("--agency", help="Only the notices to this agency (its code).")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def notices(rt: Runtime, agency: str | None, now_text: str | None) -> None:
    """List open supervision notices with the step now due, its last day and working days left."""
    today = clock.local_date(parse_now(now_text, rt.tz))
    with rt.sessions() as session:
        rows = listing.due(session, today, rt.calendar, agency)
    if not rows:
        click.echo("没有待办的监督通知书 / no open supervision notices")
    for row in rows:
        left = row["days_left"]
        when = (
            f"剩余 {left} 个工作日 / {left} working days left"
            if left >= 0
            else f"逾期 {-left} 个工作日 / {-left} working days late"
        )
        warning = (
            f"  预警 {row['warning_level']} 级 / level {row['warning_level']}" if row["warning_level"] else ""
        )
        ground = vocabulary.label("supervision_ground", row["ground"])
        step = " / ".join(vocabulary.label("supervision_step", row["step"], lang) for lang in ("zh", "en"))
        click.echo(f"{row['doc_no']}  {row['agency']}  {ground}  {step} {row['due']}  {when}{warning}")
