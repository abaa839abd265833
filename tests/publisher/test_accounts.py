"""Accounts: argon2 hashes, the password policy, roles bound to agencies."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from publisher.models import AuditEvent, User
from publisher.office import accounts
from publisher.runtime import Runtime
from tests.publisher.lifecycle_helpers import at, load


def test_password_is_stored_as_argon2_and_verifies(rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path)
    with rt.sessions() as s, s.begin():
        accounts.create_user(
            s,
            username="clerk1",
            password="correct horse 42",
            role="clerk",
            agency_code="T-SCJG",
            now=at("2026-11-20"),
        )
    with rt.sessions() as s:
        stored = s.scalars(select(User)).one()
        assert stored.password_hash.startswith("$argon2id$") and "correct horse" not in stored.password_hash
        assert accounts.verify_password(stored.password_hash, "correct horse 42")
        assert not accounts.verify_password(stored.password_hash, "correct horse 43")
        assert s.scalars(select(AuditEvent.action)).all()[-1] == "user.create"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"password": "short1"}, "12"),
        ({"password": "onlylettershere"}, "digits"),
        ({"role": "clerk", "agency_code": None}, "one agency"),
        ({"role": "supervisor", "agency_code": "T-SCJG"}, "one agency"),
        ({"role": "mayor"}, "unknown role"),
        ({"agency_code": "NOPE"}, "unknown agency"),
    ],
    ids=[
        "too-short",
        "no-digits",
        "clerk-without-agency",
        "supervisor-with-agency",
        "bad-role",
        "bad-agency",
    ],
)
def test_account_rules(rt: Runtime, tmp_path: Path, changes: dict[str, object], message: str) -> None:
    load(rt, tmp_path)
    values: dict[str, object] = {
        "username": "u",
        "password": "long enough 123",
        "role": "reviewer",
        "agency_code": "T-SCJG",
    }
    values.update(changes)
    with rt.sessions() as s, pytest.raises(accounts.AccountError, match=message):
        accounts.create_user(s, now=at("2026-11-20"), **values)  # type: ignore[arg-type]


def test_a_broken_hash_never_verifies() -> None:
    assert not accounts.verify_password("not-a-hash", "anything")
