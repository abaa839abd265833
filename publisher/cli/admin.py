"""Administrative commands: accounts, exclusions, credit repair."""

from __future__ import annotations

import csv
import sys

import click
from sqlalchemy import select

from publisher import vocabulary
from publisher.cli.rules import published_or_exit
from publisher.lifecycle.actors import Actor, RuleError
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import ROLES, Agency, RawDecision
from publisher.office import accounts
from publisher.outputs import refresh as outputs
from publisher.runtime import NOW_HELP, Runtime, parse_now


@click.group()
def user() -> None:
    """Back-office accounts."""


@user.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the account may do.")
@click.option("--agency", help="Agency code (clerks and reviewers only).")
@click.option("--name", "display_name", default="", help="Name shown in the back office.")
@click.password_option(envvar="GONGSHI_NEW_PASSWORD", help="Password (prompted; or GONGSHI_NEW_PASSWORD).")
@click.pass_obj
def user_add(
    rt: Runtime, username: str, role: str, agency: str | None, display_name: str, password: str
) -> None:
    """Create a back-office account (the password is stored as an argon2 hash)."""
    try:
        with rt.sessions() as session, session.begin():
            accounts.create_user(
                session,
                username=username,
                password=password,
                role=role,
                agency_code=agency,
                display_name=display_name,
                now=parse_now(None, rt.tz),
            )
    except accounts.AccountError as exc:
        click.echo(f"未创建 / not created: {exc}", err=True)
        sys.exit(1)
    click.echo(f"created {username} ({role}{', ' + agency if agency else ''})")


@click.command()
@click.option("--agency", help="Only this agency's exclusions.")
@click.pass_obj
def exclusions(rt: Runtime, agency: str | None) -> None:
    """List excluded and held decisions with their reasons, as CSV (for supervisors)."""
    stmt = (
        select(
            RawDecision.doc_no,
            Agency.code,
            RawDecision.category,
            RawDecision.decision_date,
            RawDecision.state,
            RawDecision.state_reason,
        )
        .join(Agency)
        .where(RawDecision.state.in_(("excluded", "pending_review")))
        .order_by(Agency.code, RawDecision.decision_date)
    )
    if agency:
        stmt = stmt.where(Agency.code == agency)
    out = csv.writer(sys.stdout)
    out.writerow(["doc_no", "agency", "category", "decision_date", "state", "reason", "reason_zh", "source"])
    with rt.sessions() as session:
        for doc_no, code, category, day, state, reason in session.execute(stmt):
            said = vocabulary.entry("exclusion_reason", reason)
            out.writerow(
                [doc_no, code, category, day.isoformat(), state, reason, said.get("zh"), said.get("source")]
            )


@click.command()
@click.argument("decision")
@click.option("--basis", required=True, help="The approved credit-repair decision.")
@click.option("--actor", default="cli", show_default=True, help="Who approved it, for the audit trail.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def repair(rt: Runtime, decision: str, basis: str, actor: str, now_text: str | None) -> None:
    """End DECISION's publication early after approved credit repair (信用修复)."""
    now = parse_now(now_text, rt.tz)
    with rt.sessions() as session, session.begin():
        public = published_or_exit(session, decision)
        try:
            Lifecycle(session, rt.calendar, rt.config).repair(public, basis, now, Actor(actor, "system"))
        except RuleError as exc:
            click.echo(str(exc), err=True)
            sys.exit(1)
    outputs.refresh(rt)
    click.echo(f"{public.public_id} repaired: publication ended")
