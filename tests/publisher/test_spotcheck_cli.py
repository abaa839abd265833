"""``publisher spotcheck``: plan, objects, draw, result and verify from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from publisher.cli import main
from publisher.models import InspectionTask
from publisher.runtime import Runtime
from tests import factories as f
from tests import spotcheck_helpers as h


def run(rt: Runtime, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    for key, value in rt.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    return CliRunner().invoke(main, ["spotcheck", *args])


def test_a_plan_from_the_command_line_to_a_verified_draw(
    rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h.district(rt, tmp_path)
    rows = [*h.companies(25), *h.companies(5, sector="餐饮服务", start=40)]
    directory = f.write_csv(tmp_path / "objects.csv", rows, encoding="utf-8-sig")
    loaded = run(rt, monkeypatch, "objects", "T-SCJG", str(directory), "--now", "2026-03-01")
    assert loaded.exit_code == 0 and "30 added" in loaded.output
    plan = run(
        rt, monkeypatch, "plan", "T-SCJG", "--title", "食品抽查", "--scope", "食品经营者", "--item", "许可",
        "--sector", "食品经营", "--ratio", "0.2", "--from", "2026-03-10", "--until", "2026-06-30",
        "--draw-date", "2026-03-10", "--seed", "公开的种子", "--now", "2026-03-02",
    )  # fmt: skip
    assert plan.exit_code == 0, plan.output
    assert plan.output.startswith("T-SCJG-2026-01: seed 公开的种子")
    early = run(rt, monkeypatch, "draw", "T-SCJG-2026-01", "--now", "2026-03-09")
    assert early.exit_code == 1 and "not before" in early.output
    drawn = run(rt, monkeypatch, "draw", "T-SCJG-2026-01", "--now", "2026-03-10")
    assert drawn.exit_code == 0 and "5 drawn of 25" in drawn.output  # ceil(25 × 0.2), its sector only
    first = drawn.output.splitlines()[0].split("\t")[1]
    done = run(
        rt, monkeypatch, "result", "T-SCJG-2026-01", first, "--result", "no_problem",
        "--date", "2026-04-01", "--now", "2026-04-03",
    )  # fmt: skip
    assert done.exit_code == 0 and "deadline 2026-04-30, late 0" in done.output
    checked = run(rt, monkeypatch, "verify", "T-SCJG-2026-01")
    assert checked.exit_code == 0 and "draw reproduced (5 objects)" in checked.output
    assert checked.output.splitlines()[:5] == drawn.output.splitlines()[:5]
    with rt.sessions() as s, s.begin():
        last = s.scalars(select(InspectionTask).order_by(InspectionTask.rank.desc())).first()
        assert last is not None
        s.delete(last)
    broken = run(rt, monkeypatch, "verify", "T-SCJG-2026-01")
    assert broken.exit_code == 1 and "differs from a re-run" in broken.output


def test_refusals_exit_1_and_store_nothing(
    rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    h.district(rt, tmp_path)
    bad = f.write_jsonl(tmp_path / "bad.jsonl", [{**h.companies(1)[0], "credit_code": "91320102000000001A"}])
    refused = run(rt, monkeypatch, "objects", "T-SCJG", str(bad))
    assert refused.exit_code == 1 and "GB 32100" in refused.output and "nothing stored" in refused.output
    unknown = run(rt, monkeypatch, "verify", "T-SCJG-2026-07")
    assert unknown.exit_code == 1 and "unknown plan" in unknown.output
    ratio = run(
        rt, monkeypatch, "plan", "T-SCJG", "--title", "t", "--scope", "s", "--ratio", "abc",
        "--from", "2026-03-10", "--until", "2026-06-30", "--draw-date", "2026-03-10",
    )  # fmt: skip
    assert ratio.exit_code == 2 and "not a number" in ratio.output
