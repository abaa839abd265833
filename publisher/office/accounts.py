"""Back-office accounts: argon2 password hashes, a password policy, creation."""

from __future__ import annotations

import datetime as dt
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit
from publisher.models import ROLES, Agency, User

_hasher = PasswordHasher()
MIN_LENGTH = 12
AGENCY_ROLES = ("clerk", "reviewer")


class AccountError(ValueError):
    """The account or password does not meet the rules."""


def check_password(password: str) -> list[str]:
    """Return what is wrong with a password (empty when it is acceptable)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"密码至少 {MIN_LENGTH} 个字符 / at least {MIN_LENGTH} characters")
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        problems.append("密码须同时包含字母和数字 / letters and digits are both required")
    return problems


def hash_password(password: str) -> str:
    """Return the argon2id hash of a password."""
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when the password matches the stored hash (never raises on a bad hash)."""
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    now: dt.datetime,
    display_name: str = "",
    agency_code: str | None = None,
    actor: str = "cli",
) -> User:
    """Create an account after checking the role, the agency and the password policy."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    if (role in AGENCY_ROLES) != bool(agency_code):
        raise AccountError("clerks and reviewers belong to one agency; other roles to none")
    problems = check_password(password)
    if problems:
        raise AccountError("; ".join(problems))
    if session.scalars(select(User).where(User.username == username)).first():
        raise AccountError(f"user {username!r} exists")
    agency_id = None
    if agency_code:
        agency_id = session.scalars(select(Agency.id).where(Agency.code == agency_code)).first()
        if agency_id is None:
            raise AccountError(f"unknown agency {agency_code!r}")
    user = User(
        username=username,
        display_name=display_name or username,
        password_hash=hash_password(password),
        role=role,
        agency_id=agency_id,
        created_at=now,
    )
    session.add(user)
    audit.record(
        session,
        now=now,
        actor=actor,
        action="user.create",
        entity="user",
        entity_id=username,
        agency_code=agency_code,
        detail={"role": role},
    )
    return user
