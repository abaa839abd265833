"""The operator commands as an operator types them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from publisher.cli import main
from publisher.models import PublicDecision, User
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, load, public


@pytest.fixture
def cli(rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for key, value in rt.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    return CliRunner()


def test_tick_withdraw_and_the_tombstone(cli: CliRunner, rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-09-01"), now=at("2026-09-01"))
    assert "published: 1" in cli.invoke(main, ["tick", "--now", "2026-09-02T10:00"]).output
    result = cli.invoke(
        main,
        [
            "withdraw",
            "测市监罚决〔2026〕1号",
            "--reason",
            "revoked",
            "--basis",
            "本机关撤销决定",
            "--effective",
            "2026-09-30",
            "--now",
            "2026-10-13T09:00",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "deadline 2026-10-10, late by 2 working days" in result.output
    with rt.sessions() as s:
        pub = public(s, "测市监罚决〔2026〕1号")
        assert pub.status == "withdrawn" and pub.text is None and pub.tombstone is not None
    again = cli.invoke(main, ["withdraw", pub.public_id, "--reason", "revoked", "--basis", "x"])
    assert again.exit_code == 1 and "no published decision" in again.output


def test_withdraw_refuses_an_unknown_reason(cli: CliRunner) -> None:
    result = cli.invoke(main, ["withdraw", "x", "--reason", "disliked", "--basis", "b"])
    assert result.exit_code == 2 and "disliked" in result.output


def test_exclusions_are_listed_with_reasons(cli: CliRunner, rt: Runtime, tmp_path: Path) -> None:
    load(
        rt,
        tmp_path,
        f.decision(penalty_types="warning"),
        f.decision(id="测市监罚决〔2026〕5号", fine_amount="150000"),
    )
    cli.invoke(main, ["tick", "--now", "2026-11-03T10:00"])
    rows = list(csv.DictReader(io.StringIO(cli.invoke(main, ["exclusions"]).output)))
    assert {(r["doc_no"], r["state"], r["reason"]) for r in rows} == {
        ("测市监罚决〔2026〕1号", "excluded", "warning_only"),
        ("测市监罚决〔2026〕5号", "pending_review", "legal_review_missing"),
    }
    assert all(r["reason_zh"] and r["source"] for r in rows)


def test_repair_refuses_before_the_minimum(cli: CliRunner, rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path, f.decision(decision_date="2026-05-06", severity="general"), now=at("2026-05-06"))
    cli.invoke(main, ["tick", "--now", "2026-05-07T10:00"])
    early = cli.invoke(
        main, ["repair", "测市监罚决〔2026〕1号", "--basis", "修复决定", "--now", "2026-06-01"]
    )
    assert early.exit_code == 1 and "最短公示期" in early.output
    ok = cli.invoke(main, ["repair", "测市监罚决〔2026〕1号", "--basis", "修复决定", "--now", "2026-08-08"])
    assert ok.exit_code == 0, ok.output
    with rt.sessions() as s:
        assert s.scalars(select(PublicDecision.status)).one() == "repaired"


def test_user_add_with_password_from_environment(cli: CliRunner, rt: Runtime, tmp_path: Path) -> None:
    load(rt, tmp_path)
    ok = cli.invoke(
        main,
        ["user", "add", "rev1", "--role", "reviewer", "--agency", "T-SCJG"],
        env={"GONGSHI_NEW_PASSWORD": "reviewer pass 2026"},
    )
    assert ok.exit_code == 0, ok.output
    weak = cli.invoke(
        main,
        ["user", "add", "rev2", "--role", "reviewer", "--agency", "T-SCJG"],
        env={"GONGSHI_NEW_PASSWORD": "weak"},
    )
    assert weak.exit_code == 1 and "12" in weak.output
    with rt.sessions() as s:
        assert [u.username for u in s.scalars(select(User))] == ["rev1"]
