"""Commands for trust: API tokens, moving a record between agencies, the audit chain."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from publisher import audit, integrity, ownership
from publisher.lifecycle.actors import RuleError
from publisher.models import Agency, ApiToken
from publisher.office import tokens
from publisher.runtime import NOW_HELP, Runtime, parse_now


@click.group("token")
def token_group() -> None:
    """API tokens for agencies' case systems (POST /api/v1/intake/<kind>)."""


@token_group.command("add")
@click.argument("agency")
@click.option("--name", default="case system", show_default=True, help="What uses the token.")
@click.option("--actor", default="cli", show_default=True, help="Who issues it, for the audit trail.")
@click.pass_obj
def token_add(rt: Runtime, agency: str, name: str, actor: str) -> None:
    """Issue a token for AGENCY; the token is printed once, on the last line, and never stored."""
    try:
        with rt.sessions() as session, session.begin():
            row, plain = tokens.create(session, agency, name, actor, parse_now(None, rt.tz))
            token_id = row.id
    except RuleError as exc:
        click.echo(f"未创建 / not created: {exc}", err=True)
        sys.exit(1)
    click.echo(f"token {token_id} for {agency} ({name}); it is shown only now:", err=True)
    click.echo(plain)


@token_group.command("list")
@click.pass_obj
def token_list(rt: Runtime) -> None:
    """List tokens (id, agency, name, created, last used, revoked); never the tokens themselves."""
    stmt = select(ApiToken, Agency.code).join(Agency, Agency.id == ApiToken.agency_id).order_by(ApiToken.id)
    with rt.sessions() as session:
        for token, code in session.execute(stmt):
            created, used, revoked = (
                t.isoformat(timespec="minutes") if t else "-"
                for t in (token.created_at, token.last_used_at, token.revoked_at)
            )
            state = f"revoked {revoked}" if token.revoked_at else "live"
            click.echo(f"{token.id}\t{code}\t{token.name}\tcreated {created}\tused {used}\t{state}")


@token_group.command("revoke")
@click.argument("token_id", type=int)
@click.option("--actor", default="cli", show_default=True, help="Who revokes it, for the audit trail.")
@click.pass_obj
def token_revoke(rt: Runtime, token_id: int, actor: str) -> None:
    """Revoke token TOKEN_ID at once (see `publisher token list`)."""
    with rt.sessions() as session, session.begin():
        token = session.get(ApiToken, token_id)
        if token is None:
            click.echo(f"no token {token_id}", err=True)
            sys.exit(1)
        tokens.revoke(session, token, actor, parse_now(None, rt.tz))
    click.echo(f"token {token_id} revoked")


@click.command()
@click.argument("kind", type=click.Choice(["decisions", "officers"]))
@click.argument("key")
@click.option("--to", "to", required=True, help="Code of the agency that should own the record.")
@click.option("--reason", required=True, help="Why it moves (kept in the audit trail).")
@click.option("--actor", default="cli", show_default=True, help="Who moves it, for the audit trail.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def move(rt: Runtime, kind: str, key: str, to: str, reason: str, actor: str, now_text: str | None) -> None:
    """Move a record filed under the wrong agency: KEY is a document number, or AUTHORITY/CREDENTIAL_NO."""
    from publisher.outputs import refresh as outputs

    try:
        with rt.sessions() as session, session.begin():
            old = ownership.move(session, kind, key, to, reason, actor, parse_now(now_text, rt.tz))
    except RuleError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    outputs.refresh(rt)
    click.echo(f"{key}: {old} → {to}")


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit trail and the published data it covers."""


@audit_group.command("verify")
@click.option(
    "--against",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A head saved earlier (from /data/audit/head.json or `publisher audit head`).",
)
@click.pass_obj
def audit_verify(rt: Runtime, against: Path | None) -> None:
    """Recompute the chain and every public row's digest; exit 1 and name what differs."""
    try:
        _verify(rt, against)
    except (
        SQLAlchemyError,
        ValueError,
        TypeError,
        OverflowError,
    ) as exc:  # a stored value that cannot be read
        click.echo(f"audit trail UNREADABLE: {type(exc).__name__}: {str(exc)[:500]}", err=True)
        sys.exit(1)


def _verify(rt: Runtime, against: Path | None) -> None:
    failed = False
    with rt.sessions() as session:
        result = audit.verify(session)
        if not result.ok:
            failed = True
            click.echo(
                f"audit trail BROKEN at event {result.broken_seq}: {result.problem} "
                f"({result.checked} events before it are intact)",
                err=True,
            )
        if against is not None:
            problem = integrity.check_against(session, _saved_head(against))
            if problem:
                failed = True
                click.echo(f"audit trail does not extend {against.name}: {problem}", err=True)
        rows = 0
        for row in integrity.check_rows(session):
            rows += 1
            click.echo(f"public row altered: {row}", err=True)
    if failed or rows:
        sys.exit(1)
    click.echo(f"audit trail intact: {result.checked} events; every public row matches it")


def _saved_head(path: Path) -> dict[str, object]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        click.echo(f"cannot read {path}: {exc}", err=True)
        sys.exit(2)
    return value if isinstance(value, dict) else {}


@audit_group.command("head")
@click.pass_obj
def audit_head(rt: Runtime) -> None:
    """Print the chain's head (sequence and hash) as JSON: keep it to check the chain later."""
    with rt.sessions() as session:
        click.echo(json.dumps(integrity.head(session), ensure_ascii=False))


@audit_group.command("seal")
@click.option("--actor", default="cli", show_default=True, help="Who seals, for the audit trail.")
@click.option("--now", "now_text", help=NOW_HELP)
@click.pass_obj
def audit_seal(rt: Runtime, actor: str, now_text: str | None) -> None:
    """Once after upgrading: record the digest of public rows published before digests existed."""
    with rt.sessions() as session, session.begin():
        count = integrity.seal(session, actor, parse_now(now_text, rt.tz))
    click.echo(f"sealed {count} public rows")
