"""`publisher token add|list|revoke`: an operator issues a token once, lists it without the secret,
and a revoked token is refused by the intake API at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from publisher.models import ApiToken, AuditEvent
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_records import jsonl


def submit(client: Any, token: str) -> Any:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"}
    return client.post(
        "/api/v1/intake/decisions", data=jsonl(f.decision(id="测市监罚决〔2026〕88号")), headers=headers
    )


def test_a_token_is_shown_once_listed_without_its_secret_and_revoked(
    client: Any, published: Runtime, cli: Callable[..., Any]
) -> None:
    added = cli("token", "add", "T-SCJG", "--name", "办案系统")
    assert added.exit_code == 0, added.output
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("gs_") and len(token) > 40
    with published.sessions() as s:
        row = s.scalars(select(ApiToken)).one()
        assert token not in row.token_hash  # only a hash is kept
    listed = cli("token", "list")
    assert listed.exit_code == 0 and token not in listed.output
    assert f"{row.id}\tT-SCJG\t办案系统" in listed.output and "live" in listed.output
    assert submit(client, token).status_code == 201
    assert cli("token", "revoke", str(row.id)).exit_code == 0
    assert "revoked" in cli("token", "list").output
    assert submit(client, token).status_code == 401
    with published.sessions() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "api_token")))
    assert actions == ["token.created", "token.revoked"]


def test_unknown_agency_and_token_are_refused_clearly(cli: Callable[..., Any]) -> None:
    unknown = cli("token", "add", "NO-SUCH")
    assert unknown.exit_code == 1 and "unknown agency" in unknown.output
    missing = cli("token", "revoke", "999")
    assert missing.exit_code == 1 and "no token 999" in missing.output
