"""API tokens for agencies' own case systems: shown once, stored as a hash, one agency each.

A token is ``gs_`` and 43 URL-safe characters (256 random bits), so a plain SHA-256 is
enough to store it: nothing of that strength can be guessed back from its hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.lifecycle.actors import RuleError
from publisher.models import Agency, ApiToken

PREFIX = "gs_"


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.strip().encode()).hexdigest()


def create(
    session: Session, agency_code: str, name: str, actor: str, now: dt.datetime
) -> tuple[ApiToken, str]:
    """Issue a token for one agency; return the row and the token (shown once, never stored)."""
    agency = session.scalars(select(Agency).where(Agency.code == agency_code)).first()
    if agency is None:
        raise RuleError(f"unknown agency {agency_code!r}")
    if not name.strip():
        raise RuleError("请为令牌命名（例如所用的办案系统）/ name the token (for example, the case system)")
    plain = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        name=name.strip()[:80],
        agency_id=agency.id,
        token_hash=hash_token(plain),
        created_by=actor,
        created_at=now,
    )
    session.add(token)
    session.flush()
    audit.record(
        session,
        now=now,
        actor=actor,
        action="token.created",
        entity="api_token",
        entity_id=str(token.id),
        agency_code=agency.code,
        detail={"name": token.name},
    )
    return token, plain


def verify(session: Session, presented: str, now: dt.datetime) -> ApiToken | None:
    """The live token matching ``presented``, with its last use recorded; None otherwise."""
    if not presented.startswith(PREFIX):
        return None
    token = session.scalars(select(ApiToken).where(ApiToken.token_hash == hash_token(presented))).first()
    if token is None or token.revoked_at is not None:
        return None
    token.last_used_at = now
    return token


def revoke(session: Session, token: ApiToken, actor: str, now: dt.datetime) -> None:
    """Revoke a token at once; requests carrying it are refused from now on."""
    if token.revoked_at is None:
        token.revoked_at = now
        audit.record(
            session,
            now=now,
            actor=actor,
            action="token.revoked",
            entity="api_token",
            entity_id=str(token.id),
            agency_code=session.get(Agency, token.agency_id).code,  # type: ignore[union-attr]
        )
