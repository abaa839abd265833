"""``publisher spotcheck``: 双随机、一公开 plans, directory, draw, results and verification."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click
from sqlalchemy.orm import Session

from publisher import vocabulary
from publisher.lifecycle.actors import Actor, NotAllowed
from publisher.models import InspectionPlan
from publisher.runtime import NOW_HELP, Runtime, parse_now
from publisher.spotcheck import directory, plans, results, run
from publisher.spotcheck.draw import DrawError

ACTOR_HELP = "Who acts, for the audit trail."
DAY = click.DateTime(formats=["%Y-%m-%d"])


@contextmanager
def _refusals() -> Iterator[None]:
    """Turn a refusal into a message and exit status 1 (nothing is stored)."""
    try:
        yield
    except (ValueError, LookupError, NotAllowed, DrawError) as exc:
        click.echo(f"未完成 / not done: {exc}", err=True)
        sys.exit(1)


def _write(rt: Runtime, act: Callable[[Session], str]) -> None:
    with _refusals(), rt.sessions() as session, session.begin():
        click.echo(act(session))


@click.group("spotcheck")
def spotcheck() -> None:
    """Random inspections (双随机、一公开): plans, the directory, the draw and results."""


@spotcheck.command("plan")
@click.argument("agency")
@click.option("--title", required=True, help="The plan's title.")
@click.option("--scope", required=True, help="What the plan covers (抽查范围).")
@click.option("--item", "items", multiple=True, help="An inspection item (抽查事项); repeat for more.")
@click.option("--sector", "sectors", multiple=True, help="Draw only from this directory sector; repeatable.")
@click.option("--ratio", required=True, help="Share of the directory to draw, e.g. 0.05 (rounded up).")
@click.option("--from", "start", type=DAY, required=True, help="First day of the period.")
@click.option("--until", "end", type=DAY, required=True, help="Last day of the period.")
@click.option("--draw-date", type=DAY, required=True, help="Day of the draw (after the plan is published).")
@click.option("--seed", help="A seed fixed in advance (default: a random value generated now).")
@click.option("--seed-source", help="Where the seed comes from, in words.")
@click.option("--basis", help="Legal basis of the inspections.")
@click.option("--actor", default="cli", show_default=True, help=ACTOR_HELP)
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def plan_add(
    rt: Runtime, agency: str, ratio: str, start: dt.datetime, end: dt.datetime, **given: str
) -> None:
    """Publish AGENCY's inspection plan with its seed, before the draw."""
    actor, now = Actor(given.pop("actor"), "system"), parse_now(given.pop("now_text"), rt.tz)
    try:
        share = Decimal(ratio)
    except InvalidOperation:
        raise click.BadParameter(f"{ratio!r} is not a number", param_hint="--ratio") from None
    draw_date = dt.datetime.fromisoformat(str(given.pop("draw_date"))).date()
    items, sectors = list(given.pop("items")), list(given.pop("sectors"))
    entry = plans.PlanInput(
        agency, ratio=share, period_start=start.date(), period_end=end.date(), draw_date=draw_date,
        items=items, sectors=sectors, **given,
    )  # fmt: skip
    _write(rt, lambda s: _announce(plans.add_plan(s, entry, now=now, actor=actor)))


def _announce(plan: InspectionPlan) -> str:
    return f"{plan.plan_no}: seed {plan.seed}, draw on {plan.draw_date.isoformat()}"


@spotcheck.command("objects")
@click.argument("agency")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--actor", default="cli", show_default=True, help=ACTOR_HELP)
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def objects(rt: Runtime, agency: str, file: Path, actor: str, now_text: str | None) -> None:
    """Load AGENCY's directory of objects (CSV, XLSX or JSONL); nothing is stored if a row is wrong."""
    now = parse_now(now_text, rt.tz)
    with _refusals(), rt.sessions() as session, session.begin():
        report = directory.load_objects(session, file, agency, now=now, actor=Actor(actor, "system"))
    for problem in report.problems:
        click.echo(str(problem), err=True)
    click.echo(
        f"{report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {report.unchanged} unchanged"
        + (" — nothing stored / 未入库" if report.problems else "")
    )
    if report.problems:
        sys.exit(1)


@spotcheck.command("draw")
@click.argument("plan_no")
@click.option("--actor", default="cli", show_default=True, help=ACTOR_HELP)
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def draw(rt: Runtime, plan_no: str, actor: str, now_text: str | None) -> None:
    """Draw PLAN_NO's objects and two inspectors for each, on or after its draw date."""
    now = parse_now(now_text, rt.tz)

    def act(session: Session) -> str:
        done = run.run_draw(session, plan_no, now=now, actor=Actor(actor, "system"))
        lines = [_pick_line(p) for p in run.stored_picks(done)]
        return "\n".join([*lines, f"{len(lines)} drawn of {len(done.population or [])}; {done.draw_digest}"])

    _write(rt, act)


def _pick_line(pick: dict[str, object]) -> str:
    inspectors = pick["inspectors"]
    assert isinstance(inspectors, list)
    return f"{pick['rank']}\t{pick['credit_code']}\t{' '.join(inspectors)}"


@spotcheck.command("result")
@click.argument("plan_no")
@click.argument("credit_code")
@click.option(
    "--result",
    "code",
    type=click.Choice(vocabulary.codes("inspection_result")),
    required=True,
    help="The result (see schemas/vocabulary.json, inspection_result).",
)
@click.option("--date", "day", type=DAY, required=True, help="Day the inspection concluded.")
@click.option("--note", help="What was found, in words (public).")
@click.option("--decision", help="Number of the decision when a case followed (the agency's own).")
@click.option("--actor", default="cli", show_default=True, help=ACTOR_HELP)
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def result(rt: Runtime, plan_no: str, credit_code: str, code: str, day: dt.datetime, **given: str) -> None:
    """Publish (or correct) the result of inspecting CREDIT_CODE under PLAN_NO."""
    actor, now = Actor(given.pop("actor"), "system"), parse_now(given.pop("now_text"), rt.tz)

    def act(session: Session) -> str:
        task = results.record_result(
            session, rt.calendar, plan_no=plan_no, credit_code=credit_code, result=code,
            result_date=day.date(), now=now, actor=actor, **given,
        )  # fmt: skip
        deadline = task.deadline.isoformat() if task.deadline else "unknown (no calendar)"
        return (
            f"{plan_no} {credit_code}: {code}; deadline {deadline}, late {task.late_days or 0} working days"
        )

    _write(rt, act)


@spotcheck.command("verify")
@click.argument("plan_no")
@click.pass_obj
def verify(rt: Runtime, plan_no: str) -> None:
    """Re-run PLAN_NO's draw from its published inputs and the registry; exit 1 if anything differs."""
    with _refusals(), rt.sessions() as session:
        checked = run.verify(session, plan_no)
        for pick in run.stored_picks(plans.plan(session, plan_no)):
            click.echo(_pick_line(pick))
    for problem in checked.problems:
        click.echo(problem, err=True)
    if not checked.ok:
        sys.exit(1)
    click.echo(f"{plan_no}: draw reproduced ({checked.drawn} objects) / 抽取结果可复现")
